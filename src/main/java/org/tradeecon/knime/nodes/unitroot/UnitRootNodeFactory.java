package org.tradeecon.knime.nodes.unitroot;

import org.knime.core.node.NodeDialogPane;
import org.tradeecon.knime.nodes.common.view.ViewedNodeFactory;

/** Factory of the Unit Root Test node (description: UnitRootNodeFactory.xml). */
public final class UnitRootNodeFactory extends ViewedNodeFactory<UnitRootNodeModel> {
    @Override
    public UnitRootNodeModel createNodeModel() {
        return new UnitRootNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new UnitRootNodeDialog();
    }
}
