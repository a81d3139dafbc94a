package org.tradeecon.knime.nodes.worldbank;

import org.knime.core.node.NodeDialogPane;
import org.tradeecon.knime.nodes.common.DialogOnlyNodeFactory;

/** Factory of the World Bank Indicator Reader node (description: WorldBankReaderNodeFactory.xml). */
public final class WorldBankReaderNodeFactory extends DialogOnlyNodeFactory<WorldBankReaderNodeModel> {
    @Override
    public WorldBankReaderNodeModel createNodeModel() {
        return new WorldBankReaderNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new WorldBankReaderNodeDialog();
    }
}
