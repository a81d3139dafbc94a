package org.knime.core.node.defaultnodesettings;

import java.util.Objects;

import javax.swing.JLabel;
import javax.swing.JTextField;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObjectSpec;

/** Stand-in: a labelled text field for a string model. */
public final class DialogComponentString extends DialogComponent {
    private final JTextField m_field = new JTextField();
    private final boolean m_disallowEmpty;

    public DialogComponentString(final SettingsModelString stringModel, final String label) {
        this(stringModel, label, false, 15);
    }

    public DialogComponentString(final SettingsModelString stringModel, final String label,
        final boolean disallowEmptyString, final int compWidth) {
        super(stringModel);
        m_disallowEmpty = disallowEmptyString;
        place(this, m_field, label, compWidth);
        updateComponent();
    }

    /** Puts {@code label} and {@code field} (of {@code columns} columns) on the component's panel. */
    static void place(final DialogComponent c, final JTextField field, final String label, final int columns) {
        field.setColumns(columns);
        c.getComponentPanel().add(new JLabel(label));
        c.getComponentPanel().add(field);
    }

    public void setSizeComponents(final int width, final int height) {
        m_field.setPreferredSize(new java.awt.Dimension(width, height));
    }

    @Override
    protected void updateComponent() {
        String v = ((SettingsModelString)getModel()).getStringValue();
        if (!Objects.equals(v, m_field.getText())) {
            m_field.setText(v);
        }
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        if (m_disallowEmpty && m_field.getText().isEmpty()) {
            throw new InvalidSettingsException("Please enter a string value.");
        }
        ((SettingsModelString)getModel()).setStringValue(m_field.getText());
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
