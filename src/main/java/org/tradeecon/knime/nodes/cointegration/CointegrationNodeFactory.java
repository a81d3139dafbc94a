package org.tradeecon.knime.nodes.cointegration;

import org.knime.core.node.NodeDialogPane;
import org.tradeecon.knime.nodes.common.view.ViewedNodeFactory;

/** Factory of the Cointegration Test node (description: CointegrationNodeFactory.xml). */
public final class CointegrationNodeFactory extends ViewedNodeFactory<CointegrationNodeModel> {
    @Override
    public CointegrationNodeModel createNodeModel() {
        return new CointegrationNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new CointegrationNodeDialog();
    }
}
