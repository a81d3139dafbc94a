package org.tradeecon.knime.nodes.common.view;

import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;
import org.tradeecon.knime.nodes.common.StatelessNodeModel;

/**
 * Factory base of the analysis nodes: one dialog and one {@link ResultsNodeView} showing the model's
 * {@link ViewContent}; a node names only its model and its dialog.
 *
 * @param <M> the node model
 */
public abstract class ViewedNodeFactory<M extends StatelessNodeModel> extends NodeFactory<M> {
    @Override
    protected int getNrNodeViews() {
        return 1;
    }

    @Override
    public NodeView<M> createNodeView(final int viewIndex, final M nodeModel) {
        return new ResultsNodeView<>(nodeModel, nodeModel::viewContent);
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }
}
