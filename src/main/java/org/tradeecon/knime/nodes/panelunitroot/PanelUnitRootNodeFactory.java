package org.tradeecon.knime.nodes.panelunitroot;

import org.knime.core.node.NodeDialogPane;
import org.tradeecon.knime.nodes.common.view.ViewedNodeFactory;

/** Factory of the Panel Unit Root Test node (description: PanelUnitRootNodeFactory.xml). */
public final class PanelUnitRootNodeFactory extends ViewedNodeFactory<PanelUnitRootNodeModel> {
    @Override
    public PanelUnitRootNodeModel createNodeModel() {
        return new PanelUnitRootNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new PanelUnitRootNodeDialog();
    }
}
