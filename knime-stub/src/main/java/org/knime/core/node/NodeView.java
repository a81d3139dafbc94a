package org.knime.core.node;

import java.awt.Component;

/**
 * Stand-in: a (classic) node view; nodes without views return null from createNodeView. The real class builds a
 * JFrame around the component (so it needs a display); the stand-in only keeps the component, the title suffix and
 * the "no data" flag, which tests read.
 */
public abstract class NodeView<T extends NodeModel> {
    private final T m_model;
    private Component m_component;
    private boolean m_showNoData = true;
    private String m_titleSuffix;

    protected NodeView(final T nodeModel) {
        m_model = nodeModel;
    }

    protected T getNodeModel() {
        return m_model;
    }

    protected abstract void modelChanged();

    protected abstract void onClose();

    protected abstract void onOpen();

    protected final void setComponent(final Component comp) {
        m_component = comp;
    }

    protected final Component getComponent() {
        return m_component;
    }

    protected final void setShowNODATALabel(final boolean showIt) {
        m_showNoData = showIt;
    }

    protected final void setViewTitleSuffix(final String suffix) {
        m_titleSuffix = suffix;
    }

    // stand-in only, package-private: read by the test helper NodeViewTestAccess
    boolean stubShowsNoData() {
        return m_showNoData;
    }

    String stubTitleSuffix() {
        return m_titleSuffix;
    }
}
