package org.knime.core.node.defaultnodesettings;

import javax.swing.JCheckBox;

import org.knime.core.node.port.PortObjectSpec;

/** Stand-in: a check box (its text is the label) for a boolean model. */
public final class DialogComponentBoolean extends DialogComponent {
    private final JCheckBox m_box;

    public DialogComponentBoolean(final SettingsModelBoolean booleanModel, final String label) {
        super(booleanModel);
        m_box = new JCheckBox(label, booleanModel.getBooleanValue());
        m_box.addItemListener(e -> booleanModel.setBooleanValue(m_box.isSelected()));
        getComponentPanel().add(m_box);
    }

    public boolean isSelected() {
        return m_box.isSelected();
    }

    @Override
    protected void updateComponent() {
        boolean v = ((SettingsModelBoolean)getModel()).getBooleanValue();
        if (v != m_box.isSelected()) {
            m_box.setSelected(v);
        }
    }

    @Override
    protected void validateSettingsBeforeSave() {
        ((SettingsModelBoolean)getModel()).setBooleanValue(m_box.isSelected());
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) {
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        m_box.setEnabled(enabled);
    }

    @Override
    public void setToolTipText(final String text) {
        m_box.setToolTipText(text);
    }
}
