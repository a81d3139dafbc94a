package org.knime.core.node.defaultnodesettings;

import java.util.Arrays;
import java.util.Objects;

import javax.swing.JComboBox;
import javax.swing.JLabel;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in: a labelled combo box of the compatible columns of input port {@code specIndex}. With
 * {@code addNoneCol} the first item is "&lt;none&gt;", which stores null in the model. (The RowID item that
 * KNIME offers for a SettingsModelColumnName is not modelled.)
 */
public class DialogComponentColumnNameSelection extends DialogComponent {
    /** The item meaning "no column". */
    static final String NONE = "<none>";

    private final JComboBox<String> m_combo = new JComboBox<>();
    private final int m_specIndex;
    private final boolean m_isRequired;
    private final boolean m_addNone;
    private final Class<? extends DataValue>[] m_classFilter;

    @SafeVarargs
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final Class<? extends DataValue>... classFilter) {
        this(model, label, specIndex, true, classFilter);
    }

    @SafeVarargs
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final boolean isRequired, final Class<? extends DataValue>... classFilter) {
        this(model, label, specIndex, isRequired, false, classFilter);
    }

    @SafeVarargs
    @SuppressWarnings("varargs")
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final boolean isRequired, final boolean addNoneCol,
        final Class<? extends DataValue>... classFilter) {
        super(model);
        m_specIndex = specIndex;
        m_isRequired = isRequired;
        m_addNone = addNoneCol;
        m_classFilter = classFilter.clone();
        m_combo.addActionListener(e -> storeSelection());
        getComponentPanel().add(new JLabel(label));
        getComponentPanel().add(m_combo);
    }

    private boolean accepts(final DataColumnSpec col) {
        return m_classFilter.length == 0 || Arrays.stream(m_classFilter).anyMatch(c -> col.getType().isCompatible(c));
    }

    /** @return the selected column name, null for "&lt;none&gt;" */
    public final String getSelected() {
        Object s = m_combo.getSelectedItem();
        return s == null || (m_addNone && NONE.equals(s)) ? null : (String)s;
    }

    /** @return the selected column's spec, null for none */
    public final DataColumnSpec getSelectedAsSpec() {
        String s = getSelected();
        return s == null || !(getLastTableSpec(m_specIndex) instanceof DataTableSpec spec) ? null
            : spec.getColumnSpec(s);
    }

    private void storeSelection() {
        if (m_combo.getSelectedItem() == null) {
            return;
        }
        SettingsModelString model = (SettingsModelString)getModel();
        if (model instanceof SettingsModelColumnName cn) {
            cn.setSelection(getSelected(), false);
        } else {
            model.setStringValue(getSelected());
        }
    }

    @Override
    protected void updateComponent() {
        String selected = ((SettingsModelString)getModel()).getStringValue();
        m_combo.removeAllItems();
        if (m_addNone) {
            m_combo.addItem(NONE);
        }
        if (getLastTableSpec(m_specIndex) instanceof DataTableSpec spec) {
            for (DataColumnSpec col : spec) {
                if (accepts(col)) {
                    m_combo.addItem(col.getName());
                }
            }
        }
        boolean found = false;
        for (int i = 0; i < m_combo.getItemCount(); i++) {
            found |= Objects.equals(m_combo.getItemAt(i), selected);
        }
        if (found) {
            m_combo.setSelectedItem(selected);
        } else if (m_combo.getItemCount() > 0) {
            // as KNIME: "<none>" if offered, else the last column
            m_combo.setSelectedIndex(m_addNone ? 0 : m_combo.getItemCount() - 1);
        }
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        if (m_isRequired && getSelected() == null) {
            throw new InvalidSettingsException("Please select an item from the list.");
        }
        storeSelection();
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
        if (!m_isRequired) {
            return;
        }
        if (m_specIndex >= specs.length || !(specs[m_specIndex] instanceof DataTableSpec spec)) {
            throw new NotConfigurableException("Need input table spec to configure dialog. Configure or execute "
                + "predecessor nodes.");
        }
        if (spec.stream().noneMatch(this::accepts)) {
            throw new NotConfigurableException("No column in spec compatible to "
                + Arrays.stream(m_classFilter).map(Class::getSimpleName).toList() + ".");
        }
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        m_combo.setEnabled(enabled);
    }

    @Override
    public void setToolTipText(final String text) {
        m_combo.setToolTipText(text);
    }
}
