package org.knime.core.node.defaultnodesettings;

import javax.swing.JLabel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObjectSpec;

/** Stand-in: a labelled spinner for an integer or double model (honouring a bounded model's range). */
public class DialogComponentNumber extends DialogComponent {
    private final JLabel m_label;
    private final JSpinner m_spinner;

    public DialogComponentNumber(final SettingsModelNumber numberModel, final String label, final Number stepSize) {
        this(numberModel, label, stepSize, 10);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public DialogComponentNumber(final SettingsModelNumber numberModel, final String label, final Number stepSize,
        final int compWidth) {
        super(numberModel);
        Number[] bounds = numberModel.bounds();
        m_spinner = new JSpinner(new SpinnerNumberModel(numberModel.numberValue(), (Comparable)bounds[0],
            (Comparable)bounds[1], stepSize));
        if (numberModel instanceof SettingsModelDouble) {
            // as KNIME: doubles get this pattern; integers keep Swing's default editor (with grouping: "2,004")
            m_spinner.setEditor(new JSpinner.NumberEditor(m_spinner, "0.0##############"));
        }
        ((JSpinner.DefaultEditor)m_spinner.getEditor()).getTextField().setColumns(compWidth);
        m_label = new JLabel(label);
        m_spinner.addChangeListener(e -> {
            try {
                numberModel.setNumberValue((Number)m_spinner.getValue());
            } catch (IllegalArgumentException ex) {
                // out of range: the model keeps its value
            }
        });
        getComponentPanel().add(m_label);
        getComponentPanel().add(m_spinner);
    }

    public JSpinner getSpinner() {
        return m_spinner;
    }

    public JLabel getLabel() {
        return m_label;
    }

    @Override
    protected void updateComponent() {
        Number v = ((SettingsModelNumber)getModel()).numberValue();
        if (!v.equals(m_spinner.getValue())) {
            m_spinner.setValue(v);
        }
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        try {
            ((SettingsModelNumber)getModel()).setNumberValue((Number)m_spinner.getValue());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) {
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        m_spinner.setEnabled(enabled);
    }

    @Override
    public void setToolTipText(final String text) {
        m_spinner.setToolTipText(text);
    }
}
