package org.tradeecon.knime.nodes.transform;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the Series Transform node (description: TransformNodeFactory.xml). */
public final class TransformNodeFactory extends NodeFactory<TransformNodeModel> {
    @Override
    public TransformNodeModel createNodeModel() {
        return new TransformNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<TransformNodeModel> createNodeView(final int viewIndex, final TransformNodeModel nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new TransformNodeDialog();
    }
}
