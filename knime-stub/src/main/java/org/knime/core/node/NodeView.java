package org.knime.core.node;

/** Stand-in: a (classic) node view; nodes without views return null from createNodeView. */
public abstract class NodeView<T extends NodeModel> {
    private final T m_model;

    protected NodeView(final T nodeModel) {
        m_model = nodeModel;
    }

    protected T getNodeModel() {
        return m_model;
    }

    protected abstract void modelChanged();

    protected abstract void onClose();

    protected abstract void onOpen();
}
