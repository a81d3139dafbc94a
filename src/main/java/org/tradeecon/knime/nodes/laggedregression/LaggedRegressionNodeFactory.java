package org.tradeecon.knime.nodes.laggedregression;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;
import org.tradeecon.knime.nodes.common.view.ResultsNodeView;

/** Factory of the Lagged-Dependent Regression node (description: LaggedRegressionNodeFactory.xml). */
public final class LaggedRegressionNodeFactory extends NodeFactory<LaggedRegressionNodeModel> {
    @Override
    public LaggedRegressionNodeModel createNodeModel() {
        return new LaggedRegressionNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 1;
    }

    @Override
    public NodeView<LaggedRegressionNodeModel> createNodeView(final int viewIndex,
        final LaggedRegressionNodeModel nodeModel) {
        return new ResultsNodeView<>(nodeModel, nodeModel::viewContent);
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new LaggedRegressionNodeDialog();
    }
}
