package org.knime.core.node.defaultnodesettings;

import java.awt.Component;
import java.util.ArrayList;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JPanel;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in: a dialog made of {@link DialogComponent}s, placed top to bottom (or side by side) in tabs and
 * titled groups. It starts with one tab "Options".
 */
public class DefaultNodeSettingsPane extends NodeDialogPane {
    private final List<DialogComponent> m_components = new ArrayList<>();
    private JPanel m_tab;
    private String m_tabTitle = "Options";
    private JPanel m_group;
    private boolean m_horizontal;

    public DefaultNodeSettingsPane() {
        m_tab = newPanel();
        addTab(m_tabTitle, m_tab);
    }

    private static JPanel newPanel() {
        JPanel p = new JPanel();
        p.setLayout(new BoxLayout(p, BoxLayout.Y_AXIS));
        return p;
    }

    public void addDialogComponent(final DialogComponent diaC) {
        m_components.add(diaC);
        JPanel target = m_group != null ? m_group : m_tab;
        if (m_horizontal && target.getComponentCount() > 0
            && target.getComponent(target.getComponentCount() - 1) instanceof Box row) {
            row.add(diaC.getComponentPanel());
        } else {
            Box row = m_horizontal ? Box.createHorizontalBox() : null;
            Component c = diaC.getComponentPanel();
            if (row != null) {
                row.add(c);
                c = row;
            }
            target.add(c);
        }
    }

    public void setDefaultTabTitle(final String tabTitle) {
        renameTab(m_tabTitle, tabTitle);
    }

    private void renameTab(final String oldTitle, final String newTitle) {
        Component tab = getTab(oldTitle);
        removeTab(oldTitle);
        addTab(newTitle, tab, false);
        m_tabTitle = newTitle;
    }

    public void createNewTab(final String tabTitle) {
        closeCurrentGroup();
        m_tab = newPanel();
        m_tabTitle = tabTitle;
        addTab(tabTitle, m_tab);
    }

    public void selectTab(final String tabTitle) {
        setSelected(tabTitle);
    }

    public void createNewGroup(final String title) {
        closeCurrentGroup();
        m_group = newPanel();
        m_group.setBorder(BorderFactory.createTitledBorder(title));
        m_tab.add(m_group);
    }

    public void closeCurrentGroup() {
        m_group = null;
        m_horizontal = false;
    }

    public void setHorizontalPlacement(final boolean horizontal) {
        m_horizontal = horizontal;
    }

    @Override
    public final void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        for (DialogComponent c : m_components) {
            c.loadSettingsFrom(settings, specs);
        }
        loadAdditionalSettingsFrom(settings, specs);
    }

    @Override
    public final void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        for (DialogComponent c : m_components) {
            c.saveSettingsTo(settings);
        }
        saveAdditionalSettingsTo(settings);
    }

    /** Hook for extra settings; default delegates to the DataTableSpec variant. */
    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        DataTableSpec[] tableSpecs = new DataTableSpec[specs.length];
        for (int i = 0; i < specs.length; i++) {
            tableSpecs[i] = specs[i] instanceof DataTableSpec s ? s : null;
        }
        loadAdditionalSettingsFrom(settings, tableSpecs);
    }

    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings, final DataTableSpec[] specs)
        throws NotConfigurableException {
    }

    public void saveAdditionalSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
    }
}
