package org.tradeecon.knime.nodes.unitroot;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;
import org.tradeecon.knime.nodes.common.view.ResultsNodeView;

/** Factory of the Unit Root Test node (description: UnitRootNodeFactory.xml). */
public final class UnitRootNodeFactory extends NodeFactory<UnitRootNodeModel> {
    @Override
    public UnitRootNodeModel createNodeModel() {
        return new UnitRootNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 1;
    }

    @Override
    public NodeView<UnitRootNodeModel> createNodeView(final int viewIndex, final UnitRootNodeModel nodeModel) {
        return new ResultsNodeView<>(nodeModel, nodeModel::viewContent);
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new UnitRootNodeDialog();
    }
}
