package org.tradeecon.knime.nodes.integration;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;
import org.tradeecon.knime.nodes.common.view.ResultsNodeView;

/** Factory of the Order of Integration node (description: IntegrationNodeFactory.xml). */
public final class IntegrationNodeFactory extends NodeFactory<IntegrationNodeModel> {
    @Override
    public IntegrationNodeModel createNodeModel() {
        return new IntegrationNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 1;
    }

    @Override
    public NodeView<IntegrationNodeModel> createNodeView(final int viewIndex, final IntegrationNodeModel nodeModel) {
        return new ResultsNodeView<>(nodeModel, nodeModel::viewContent);
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new IntegrationNodeDialog();
    }
}
