package org.knime.core.node.defaultnodesettings;

import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JList;
import javax.swing.JScrollPane;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.util.filter.NameFilterConfiguration.FilterResult;

/**
 * Stand-in: include and exclude lists for a {@link SettingsModelColumnFilter2} on input port {@code inPortIdx}.
 * Saving stores a standard include/exclude filter with the lists shown.
 */
public class DialogComponentColumnFilter2 extends DialogComponent {
    private final int m_inPortIdx;
    private final DefaultListModel<String> m_incl = new DefaultListModel<>();
    private final DefaultListModel<String> m_excl = new DefaultListModel<>();
    private final JScrollPane m_inclPane = new JScrollPane(new JList<>(m_incl));
    private final JScrollPane m_exclPane = new JScrollPane(new JList<>(m_excl));

    public DialogComponentColumnFilter2(final SettingsModelColumnFilter2 model, final int inPortIdx) {
        this(model, inPortIdx, false);
    }

    public DialogComponentColumnFilter2(final SettingsModelColumnFilter2 model, final int inPortIdx,
        final boolean showSelectionListsOnly) {
        super(model);
        m_inPortIdx = inPortIdx;
        setExcludeTitle("Exclude");
        setIncludeTitle("Include");
        getComponentPanel().add(m_exclPane);
        getComponentPanel().add(m_inclPane);
    }

    public void setIncludeTitle(final String title) {
        m_inclPane.setBorder(BorderFactory.createTitledBorder(title));
    }

    public void setExcludeTitle(final String title) {
        m_exclPane.setBorder(BorderFactory.createTitledBorder(title));
    }

    @Override
    protected void updateComponent() {
        m_incl.clear();
        m_excl.clear();
        if (getLastTableSpec(m_inPortIdx) instanceof DataTableSpec spec) {
            FilterResult r = ((SettingsModelColumnFilter2)getModel()).applyTo(spec);
            for (String s : r.getIncludes()) {
                m_incl.addElement(s);
            }
            for (String s : r.getExcludes()) {
                m_excl.addElement(s);
            }
        }
    }

    @Override
    protected void validateSettingsBeforeSave() {
        if (getLastTableSpec(m_inPortIdx) instanceof DataTableSpec) {
            ((SettingsModelColumnFilter2)getModel()).setStandard(
                java.util.Collections.list(m_incl.elements()).toArray(String[]::new),
                java.util.Collections.list(m_excl.elements()).toArray(String[]::new));
        }
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) {
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        m_inclPane.setEnabled(enabled);
        m_exclPane.setEnabled(enabled);
    }

    @Override
    public void setToolTipText(final String text) {
        m_inclPane.setToolTipText(text);
    }
}
