package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObjectSpec;

/** Stand-in: a double setting (`xdouble`). */
public class SettingsModelDouble extends SettingsModelNumber {
    private final String m_configName;
    private double m_value;

    /** @throws IllegalArgumentException if {@code configName} is null or empty */
    public SettingsModelDouble(final String configName, final double defaultValue) {
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The configName must be a non-empty string");
        }
        m_configName = configName;
        m_value = defaultValue;
    }

    @SuppressWarnings("unchecked")
    @Override
    protected <T extends SettingsModel> T createClone() {
        return (T)new SettingsModelDouble(m_configName, m_value);
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_double";
    }

    @Override
    protected String getConfigName() {
        return m_configName;
    }

    public String getKey() {
        return m_configName;
    }

    public double getDoubleValue() {
        return m_value;
    }

    /** @throws IllegalArgumentException if a bounded model's range is violated */
    public void setDoubleValue(final double newValue) {
        try {
            validateValue(newValue);
        } catch (InvalidSettingsException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (newValue != m_value) {
            m_value = newValue;
            notifyChangeListeners();
        }
    }

    /** Subclasses restrict the value here (no restriction by default). */
    protected void validateValue(final double value) throws InvalidSettingsException {
    }

    @Override
    Number numberValue() {
        return m_value;
    }

    @Override
    void setNumberValue(final Number n) {
        setDoubleValue(n.doubleValue());
    }

    @Override
    Number[] bounds() {
        return new Number[]{-Double.MAX_VALUE, Double.MAX_VALUE};
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs) {
        try {
            loadSettingsForModel(settings);
        } catch (InvalidSettingsException | IllegalArgumentException e) {
            // keep the current value
        }
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        saveSettingsForModel(settings);
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        validateValue(settings.getDouble(m_configName));
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        double value = settings.getDouble(m_configName);
        validateValue(value);
        setDoubleValue(value);
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        settings.addDouble(m_configName, m_value);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " ('" + m_configName + "')";
    }
}
