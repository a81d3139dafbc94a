package org.knime.core.node.defaultnodesettings;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

import javax.swing.JComboBox;
import javax.swing.JLabel;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObjectSpec;

/** Stand-in: a labelled combo box storing the chosen string in a string model. */
public final class DialogComponentStringSelection extends DialogComponent {
    private final JComboBox<String> m_combo = new JComboBox<>();

    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label,
        final String... list) {
        this(stringModel, label, Arrays.asList(list));
    }

    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label,
        final Collection<String> list) {
        this(stringModel, label, list, false);
    }

    /** @throws IllegalArgumentException if {@code list} is empty */
    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label,
        final Collection<String> list, final boolean editable) {
        super(stringModel);
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException("Selection list can't be empty");
        }
        list.forEach(m_combo::addItem);
        m_combo.setEditable(editable);
        m_combo.addActionListener(e -> {
            if (m_combo.getSelectedItem() != null) {
                stringModel.setStringValue((String)m_combo.getSelectedItem());
            }
        });
        getComponentPanel().add(new JLabel(label));
        getComponentPanel().add(m_combo);
        updateComponent();
    }

    /** @throws IllegalArgumentException if {@code newItems} is empty */
    public void replaceListItems(final Collection<String> newItems, final String select) {
        if (newItems == null || newItems.isEmpty()) {
            throw new IllegalArgumentException("The container with the new items can't be null or empty.");
        }
        String keep = select != null ? select : (String)m_combo.getSelectedItem();
        m_combo.removeAllItems();
        newItems.forEach(m_combo::addItem);
        m_combo.setSelectedItem(newItems.contains(keep) ? keep : newItems.iterator().next());
    }

    public void setSizeComponents(final int width, final int height) {
        m_combo.setPreferredSize(new java.awt.Dimension(width, height));
    }

    @Override
    protected void updateComponent() {
        String v = ((SettingsModelString)getModel()).getStringValue();
        if (!Objects.equals(v, m_combo.getSelectedItem())) {
            m_combo.setSelectedItem(v);
        }
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        if (m_combo.getSelectedItem() == null) {
            throw new InvalidSettingsException("Please select an item from the list.");
        }
        ((SettingsModelString)getModel()).setStringValue((String)m_combo.getSelectedItem());
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) {
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
