package org.knime.core.node.defaultnodesettings;

import java.util.Objects;

import javax.swing.JPasswordField;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObjectSpec;

/** Stand-in: a labelled password field (characters hidden) for a password model. */
public final class DialogComponentPasswordField extends DialogComponent {
    private final JPasswordField m_field = new JPasswordField();

    public DialogComponentPasswordField(final SettingsModelPassword passwordModel, final String label) {
        this(passwordModel, label, 15);
    }

    public DialogComponentPasswordField(final SettingsModelPassword passwordModel, final String label,
        final int compWidth) {
        super(passwordModel);
        DialogComponentString.place(this, m_field, label, compWidth);
        updateComponent();
    }

    public void setSizeComponents(final int width, final int height) {
        m_field.setPreferredSize(new java.awt.Dimension(width, height));
    }

    @Override
    protected void updateComponent() {
        String v = ((SettingsModelString)getModel()).getStringValue();
        if (!Objects.equals(v, new String(m_field.getPassword()))) {
            m_field.setText(v);
        }
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        ((SettingsModelString)getModel()).setStringValue(new String(m_field.getPassword()));
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) {
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        m_field.setEnabled(enabled);
    }

    @Override
    public void setToolTipText(final String text) {
        m_field.setToolTipText(text);
    }
}
