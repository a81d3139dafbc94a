package org.tradeecon.knime.nodes.granger;

import org.knime.core.node.NodeDialogPane;
import org.tradeecon.knime.nodes.common.view.ViewedNodeFactory;

/** Factory of the Granger Causality node (description: GrangerNodeFactory.xml). */
public final class GrangerNodeFactory extends ViewedNodeFactory<GrangerNodeModel> {
    @Override
    public GrangerNodeModel createNodeModel() {
        return new GrangerNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new GrangerNodeDialog();
    }
}
