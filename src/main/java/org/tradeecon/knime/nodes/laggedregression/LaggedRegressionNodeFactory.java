package org.tradeecon.knime.nodes.laggedregression;

import org.knime.core.node.NodeDialogPane;
import org.tradeecon.knime.nodes.common.view.ViewedNodeFactory;

/** Factory of the Lagged-Dependent Regression node (description: LaggedRegressionNodeFactory.xml). */
public final class LaggedRegressionNodeFactory extends ViewedNodeFactory<LaggedRegressionNodeModel> {
    @Override
    public LaggedRegressionNodeModel createNodeModel() {
        return new LaggedRegressionNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new LaggedRegressionNodeDialog();
    }
}
