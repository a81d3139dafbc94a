package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObjectSpec;

/** Stand-in: a string-array setting (config with {@code array-size}, {@code 0}, {@code 1}, ...). */
public class SettingsModelStringArray extends SettingsModel {
    private final String m_configName;
    private String[] m_value;

    /** @throws IllegalArgumentException if {@code configName} is null or empty */
    public SettingsModelStringArray(final String configName, final String[] defaultValue) {
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The configName must be a non-empty string");
        }
        m_configName = configName;
        m_value = defaultValue == null ? null : defaultValue.clone();
    }

    @SuppressWarnings("unchecked")
    @Override
    protected <T extends SettingsModel> T createClone() {
        return (T)new SettingsModelStringArray(m_configName, m_value);
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_stringarray";
    }

    @Override
    protected String getConfigName() {
        return m_configName;
    }

    public String[] getStringArrayValue() {
        return m_value == null ? null : m_value.clone();
    }

    public void setStringArrayValue(final String[] newValue) {
        m_value = newValue == null ? null : newValue.clone();
        notifyChangeListeners();
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs) {
        m_value = settings.getStringArray(m_configName, m_value);
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        saveSettingsForModel(settings);
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        settings.getStringArray(m_configName);
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        setStringArrayValue(settings.getStringArray(m_configName));
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        settings.addStringArray(m_configName, m_value);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " ('" + m_configName + "')";
    }
}
