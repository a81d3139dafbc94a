package org.tradeecon.knime.nodes.granger;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;
import org.tradeecon.knime.nodes.common.view.ResultsNodeView;

/** Factory of the Granger Causality node (description: GrangerNodeFactory.xml). */
public final class GrangerNodeFactory extends NodeFactory<GrangerNodeModel> {
    @Override
    public GrangerNodeModel createNodeModel() {
        return new GrangerNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 1;
    }

    @Override
    public NodeView<GrangerNodeModel> createNodeView(final int viewIndex,
        final GrangerNodeModel nodeModel) {
        return new ResultsNodeView<>(nodeModel, nodeModel::viewContent);
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new GrangerNodeDialog();
    }
}
