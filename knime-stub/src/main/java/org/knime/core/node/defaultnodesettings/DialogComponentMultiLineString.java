package org.knime.core.node.defaultnodesettings;

import java.awt.BorderLayout;
import java.util.Objects;

import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObjectSpec;

/** Stand-in: a labelled text area for a string model (label above, as in KNIME). */
public class DialogComponentMultiLineString extends DialogComponent {
    private final JTextArea m_area = new JTextArea();
    private final boolean m_disallowEmpty;

    public DialogComponentMultiLineString(final SettingsModelString stringModel, final String label) {
        this(stringModel, label, false, 40, 3);
    }

    public DialogComponentMultiLineString(final SettingsModelString stringModel, final String label,
        final boolean disallowEmptyString, final int cols, final int rows) {
        super(stringModel);
        m_disallowEmpty = disallowEmptyString;
        m_area.setColumns(cols);
        m_area.setRows(rows);
        getComponentPanel().setLayout(new BorderLayout());
        getComponentPanel().add(new JLabel(label), BorderLayout.NORTH);
        getComponentPanel().add(new JScrollPane(m_area), BorderLayout.CENTER);
        updateComponent();
    }

    @Override
    protected void updateComponent() {
        String v = ((SettingsModelString)getModel()).getStringValue();
        if (!Objects.equals(v, m_area.getText())) {
            m_area.setText(v);
        }
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        if (m_disallowEmpty && m_area.getText().isEmpty()) {
            throw new InvalidSettingsException("Please enter a string value.");
        }
        ((SettingsModelString)getModel()).setStringValue(m_area.getText());
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) {
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        m_area.setEnabled(enabled);
    }

    public void setSizeComponents(final int width, final int height) {
        m_area.setPreferredSize(new java.awt.Dimension(width, height));
    }

    @Override
    public void setToolTipText(final String text) {
        m_area.setToolTipText(text);
    }
}
