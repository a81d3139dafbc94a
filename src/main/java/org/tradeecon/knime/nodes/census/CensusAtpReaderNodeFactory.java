package org.tradeecon.knime.nodes.census;

import org.knime.core.node.NodeDialogPane;
import org.tradeecon.knime.nodes.common.DialogOnlyNodeFactory;

/** Factory of the US Census ATP Trade Reader node (description: CensusAtpReaderNodeFactory.xml). */
public final class CensusAtpReaderNodeFactory extends DialogOnlyNodeFactory<CensusAtpReaderNodeModel> {
    @Override
    public CensusAtpReaderNodeModel createNodeModel() {
        return new CensusAtpReaderNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new CensusAtpReaderNodeDialog();
    }
}
