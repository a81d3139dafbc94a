package org.tradeecon.knime.nodes.worldbank;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the World Bank Indicator Reader node (description: WorldBankReaderNodeFactory.xml). */
public final class WorldBankReaderNodeFactory extends NodeFactory<WorldBankReaderNodeModel> {
    @Override
    public WorldBankReaderNodeModel createNodeModel() {
        return new WorldBankReaderNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<WorldBankReaderNodeModel> createNodeView(final int viewIndex,
        final WorldBankReaderNodeModel nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new WorldBankReaderNodeDialog();
    }
}
