package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in: a column name or the RowID. Stored as a sub-config {@code <name>} with {@code useRowID} (xboolean)
 * and {@code columnName} (xstring).
 */
public class SettingsModelColumnName extends SettingsModelString {
    private static final String CFG_ROWID = "useRowID";
    private static final String CFG_COLUMN_NAME = "columnName";

    private boolean m_useRowID;

    public SettingsModelColumnName(final String configName, final String defaultValue) {
        super(configName, defaultValue);
    }

    @SuppressWarnings("unchecked")
    @Override
    protected <T extends SettingsModel> T createClone() {
        SettingsModelColumnName c = new SettingsModelColumnName(getConfigName(), getStringValue());
        c.m_useRowID = m_useRowID;
        return (T)c;
    }

    /** @return the column name, null when the RowID is selected */
    public String getColumnName() {
        return m_useRowID ? null : getStringValue();
    }

    public boolean useRowID() {
        return m_useRowID;
    }

    public void setSelection(final String columnName, final boolean useRowID) {
        boolean changed = useRowID != m_useRowID;
        m_useRowID = useRowID;
        if (useRowID) {
            setStringValue(null);
        } else {
            setStringValue(columnName);
        }
        if (changed) {
            notifyChangeListeners();
        }
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs) {
        try {
            loadSettingsForModel(settings);
        } catch (InvalidSettingsException e) {
            // keep the current value
        }
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        NodeSettingsRO c = settings.getNodeSettings(getConfigName());
        c.getBoolean(CFG_ROWID);
        c.getString(CFG_COLUMN_NAME);
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        NodeSettingsRO c = settings.getNodeSettings(getConfigName());
        setSelection(c.getString(CFG_COLUMN_NAME), c.getBoolean(CFG_ROWID));
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        NodeSettingsWO c = settings.addNodeSettings(getConfigName());
        c.addBoolean(CFG_ROWID, m_useRowID);
        c.addString(CFG_COLUMN_NAME, getStringValue());
    }
}
