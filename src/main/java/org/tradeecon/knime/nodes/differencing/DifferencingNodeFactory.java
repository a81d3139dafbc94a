package org.tradeecon.knime.nodes.differencing;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the Differencing node (description: DifferencingNodeFactory.xml). */
public final class DifferencingNodeFactory extends NodeFactory<DifferencingNodeModel> {
    @Override
    public DifferencingNodeModel createNodeModel() {
        return new DifferencingNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<DifferencingNodeModel> createNodeView(final int viewIndex, final DifferencingNodeModel nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new DifferencingNodeDialog();
    }
}
