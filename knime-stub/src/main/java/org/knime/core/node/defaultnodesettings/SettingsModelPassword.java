package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObjectSpec;

/** Stand-in: a string setting saved encrypted with {@code encryptionKey} ({@code xpassword}). */
public class SettingsModelPassword extends SettingsModelString {
    private final String m_encryptionKey;

    /** @throws IllegalArgumentException if {@code encryptionKey} is null or empty */
    public SettingsModelPassword(final String configName, final String encryptionKey, final String defaultValue) {
        super(configName, defaultValue);
        if (encryptionKey == null || encryptionKey.isEmpty()) {
            throw new IllegalArgumentException("The encryption key must not be null or empty");
        }
        m_encryptionKey = encryptionKey;
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_password";
    }

    @SuppressWarnings("unchecked")
    @Override
    protected <T extends SettingsModel> T createClone() {
        return (T)new SettingsModelPassword(getConfigName(), m_encryptionKey, getStringValue());
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        settings.getPassword(getConfigName(), m_encryptionKey);
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        setStringValue(settings.getPassword(getConfigName(), m_encryptionKey));
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs) {
        try {
            setStringValue(settings.getPassword(getConfigName(), m_encryptionKey, getStringValue()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            // keep the old value, as KNIME does
        }
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        settings.addPassword(getConfigName(), m_encryptionKey, getStringValue());
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        settings.addPassword(getConfigName(), m_encryptionKey, getStringValue());
    }
}
