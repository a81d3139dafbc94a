package org.tradeecon.knime.nodes.integration;

import org.knime.core.node.NodeDialogPane;
import org.tradeecon.knime.nodes.common.view.ViewedNodeFactory;

/** Factory of the Order of Integration node (description: IntegrationNodeFactory.xml). */
public final class IntegrationNodeFactory extends ViewedNodeFactory<IntegrationNodeModel> {
    @Override
    public IntegrationNodeModel createNodeModel() {
        return new IntegrationNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new IntegrationNodeDialog();
    }
}
