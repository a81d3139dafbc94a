package org.tradeecon.knime.nodes.census;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the US Census ATP Trade Reader node (description: CensusAtpReaderNodeFactory.xml). */
public final class CensusAtpReaderNodeFactory extends NodeFactory<CensusAtpReaderNodeModel> {
    @Override
    public CensusAtpReaderNodeModel createNodeModel() {
        return new CensusAtpReaderNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<CensusAtpReaderNodeModel> createNodeView(final int viewIndex,
        final CensusAtpReaderNodeModel nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new CensusAtpReaderNodeDialog();
    }
}
