package org.tradeecon.knime.nodes.ardl;

import org.knime.core.node.NodeDialogPane;
import org.tradeecon.knime.nodes.common.view.ViewedNodeFactory;

/** Factory of the ARDL Bounds Test node (description: ArdlNodeFactory.xml). */
public final class ArdlNodeFactory extends ViewedNodeFactory<ArdlNodeModel> {
    @Override
    public ArdlNodeModel createNodeModel() {
        return new ArdlNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new ArdlNodeDialog();
    }
}
