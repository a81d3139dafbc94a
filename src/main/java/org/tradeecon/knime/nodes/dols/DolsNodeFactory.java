package org.tradeecon.knime.nodes.dols;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;
import org.tradeecon.knime.nodes.common.view.ResultsNodeView;

/** Factory of the Dynamic OLS (Stock-Watson) node (description: DolsNodeFactory.xml). */
public final class DolsNodeFactory extends NodeFactory<DolsNodeModel> {
    @Override
    public DolsNodeModel createNodeModel() {
        return new DolsNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 1;
    }

    @Override
    public NodeView<DolsNodeModel> createNodeView(final int viewIndex,
        final DolsNodeModel nodeModel) {
        return new ResultsNodeView<>(nodeModel, nodeModel::viewContent);
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new DolsNodeDialog();
    }
}
