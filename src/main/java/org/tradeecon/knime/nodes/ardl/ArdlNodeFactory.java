package org.tradeecon.knime.nodes.ardl;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;
import org.tradeecon.knime.nodes.common.view.ResultsNodeView;

/** Factory of the ARDL Bounds Test node (description: ArdlNodeFactory.xml). */
public final class ArdlNodeFactory extends NodeFactory<ArdlNodeModel> {
    @Override
    public ArdlNodeModel createNodeModel() {
        return new ArdlNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 1;
    }

    @Override
    public NodeView<ArdlNodeModel> createNodeView(final int viewIndex, final ArdlNodeModel nodeModel) {
        return new ResultsNodeView<>(nodeModel, nodeModel::viewContent);
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new ArdlNodeDialog();
    }
}
