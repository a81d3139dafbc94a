package org.knime.core.node;

import java.awt.BorderLayout;
import java.awt.Component;

import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObjectSpec;

/** Stand-in: a Swing dialog with tabs; settings go in and out through NodeSettings. */
public abstract class NodeDialogPane {
    private final JPanel m_panel = new JPanel(new BorderLayout());
    private final JTabbedPane m_tabs = new JTabbedPane();

    protected NodeDialogPane() {
        m_panel.add(m_tabs, BorderLayout.CENTER);
    }

    protected abstract void saveSettingsTo(NodeSettingsWO settings) throws InvalidSettingsException;

    /** Default: casts the specs (null stays null) and delegates to the DataTableSpec variant. */
    protected void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        DataTableSpec[] tableSpecs = new DataTableSpec[specs.length];
        for (int i = 0; i < specs.length; i++) {
            tableSpecs[i] = specs[i] instanceof DataTableSpec s ? s : null;
        }
        loadSettingsFrom(settings, tableSpecs);
    }

    /** Override this or the PortObjectSpec variant. */
    protected void loadSettingsFrom(final NodeSettingsRO settings, final DataTableSpec[] specs)
        throws NotConfigurableException {
    }

    protected final void addTab(final String title, final Component comp) {
        addTab(title, comp, true);
    }

    protected final void addTab(final String title, final Component comp, final boolean wrapInScrollPane) {
        m_tabs.addTab(title, wrapInScrollPane ? new JScrollPane(comp) : comp);
    }

    protected final void removeTab(final String name) {
        int i = m_tabs.indexOfTab(name);
        if (i >= 0) {
            m_tabs.removeTabAt(i);
        }
    }

    protected final boolean setSelected(final String tabTitle) {
        int i = m_tabs.indexOfTab(tabTitle);
        if (i >= 0) {
            m_tabs.setSelectedIndex(i);
        }
        return i >= 0;
    }

    protected final Component getTab(final String title) {
        int i = m_tabs.indexOfTab(title);
        return i < 0 ? null : m_tabs.getComponentAt(i);
    }

    protected final int getTabIndex(final String title) {
        return m_tabs.indexOfTab(title);
    }

    public void onOpen() {
    }

    public void onClose() {
    }

    public final JPanel getPanel() {
        return m_panel;
    }

    protected final NodeLogger getLogger() {
        return NodeLogger.getLogger(getClass());
    }
}
