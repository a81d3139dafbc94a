package org.tradeecon.knime.nodes.common;

import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeView;

/**
 * Factory base of the nodes with a dialog and no view (readers, transforms, the results check); a node names only
 * its model and its dialog.
 *
 * @param <M> the node model
 */
public abstract class DialogOnlyNodeFactory<M extends NodeModel> extends NodeFactory<M> {
    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<M> createNodeView(final int viewIndex, final M nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }
}
