package org.knime.core.node.defaultnodesettings;

import java.awt.FlowLayout;

import javax.swing.JPanel;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Stand-in: a Swing component editing one {@link SettingsModel}; it follows the model's changes. */
public abstract class DialogComponent {
    private final SettingsModel m_model;
    private final JPanel m_panel = new JPanel(new FlowLayout(FlowLayout.LEFT));
    private PortObjectSpec[] m_lastSpecs = new PortObjectSpec[0];

    public DialogComponent(final SettingsModel model) {
        m_model = model;
        model.prependChangeListener(e -> {
            updateComponent();
            setEnabledComponents(model.isEnabled());
        });
    }

    public JPanel getComponentPanel() {
        return m_panel;
    }

    public final SettingsModel getModel() {
        return m_model;
    }

    public final void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        m_lastSpecs = specs == null ? new PortObjectSpec[0] : specs.clone();
        checkConfigurabilityBeforeLoad(m_lastSpecs);
        m_model.dlgLoadSettingsFrom(settings, m_lastSpecs);
        updateComponent();
        setEnabledComponents(m_model.isEnabled());
    }

    public final void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        validateSettingsBeforeSave();
        m_model.dlgSaveSettingsTo(settings);
    }

    protected abstract void updateComponent();

    protected abstract void validateSettingsBeforeSave() throws InvalidSettingsException;

    protected abstract void checkConfigurabilityBeforeLoad(PortObjectSpec[] specs) throws NotConfigurableException;

    protected abstract void setEnabledComponents(boolean enabled);

    public abstract void setToolTipText(String text);

    /** @return the spec last loaded for {@code portID}, null if none */
    protected final PortObjectSpec getLastTableSpec(final int portID) {
        return portID < m_lastSpecs.length ? m_lastSpecs[portID] : null;
    }

    protected final PortObjectSpec[] getLastTableSpecs() {
        return m_lastSpecs.clone();
    }

    /** @deprecated enable or disable the model instead */
    @Deprecated
    public final void setEnabled(final boolean enabled) {
        m_model.setEnabled(enabled);
    }
}
