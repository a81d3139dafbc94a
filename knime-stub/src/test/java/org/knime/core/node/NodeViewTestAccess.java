package org.knime.core.node;

import java.awt.Component;

/** Stand-in only (tests): drives a classic node view without a window and reads what it shows. */
public final class NodeViewTestAccess {
    private NodeViewTestAccess() {
    }

    /** Tells the view its model changed (KNIME does this after execute, reset and load) and returns its component. */
    public static Component refresh(final NodeView<?> view) {
        view.modelChanged();
        return view.getComponent();
    }

    /** @return whether the view shows KNIME's "no data" label instead of its component */
    public static boolean showsNoData(final NodeView<?> view) {
        return view.stubShowsNoData();
    }

    /** @return the suffix of the view's title, or null */
    public static String titleSuffix(final NodeView<?> view) {
        return view.stubTitleSuffix();
    }
}
