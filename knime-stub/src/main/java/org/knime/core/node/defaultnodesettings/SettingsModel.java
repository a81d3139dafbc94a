package org.knime.core.node.defaultnodesettings;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.swing.event.ChangeEvent;
import javax.swing.event.ChangeListener;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in: one setting, shared by a NodeModel and a dialog through its config name. {@link #saveSettingsTo}
 * writes {@code <name>_Internals} ({@code SettingsModelID}, {@code EnabledStatus}) and then the value under
 * {@code <name>}; {@link #loadSettingsFrom} reads {@code _Internals} only if present.
 */
public abstract class SettingsModel {
    public static final String CFGKEY_INTERNAL = "_Internals";

    private static final String CFGKEY_MODELID = "SettingsModelID";
    private static final String CFGKEY_ENABLESTAT = "EnabledStatus";

    private boolean m_enabled = true;
    private final List<ChangeListener> m_listeners = new CopyOnWriteArrayList<>();

    public SettingsModel() {
    }

    protected abstract <T extends SettingsModel> T createClone();

    protected abstract String getModelTypeID();

    protected abstract String getConfigName();

    protected abstract void loadSettingsForDialog(NodeSettingsRO settings, PortObjectSpec[] specs)
        throws NotConfigurableException;

    protected abstract void saveSettingsForDialog(NodeSettingsWO settings) throws InvalidSettingsException;

    protected abstract void validateSettingsForModel(NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void loadSettingsForModel(NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void saveSettingsForModel(NodeSettingsWO settings);

    @Override
    public abstract String toString();

    public final void saveSettingsTo(final NodeSettingsWO settings) {
        saveInternals(settings);
        saveSettingsForModel(settings);
    }

    /** Reads the value; if the stored enabled status is false, a failing value is ignored. */
    public final void loadSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        boolean enabled = storedEnabledStatus(settings);
        m_enabled = enabled;
        try {
            loadSettingsForModel(settings);
        } catch (InvalidSettingsException e) {
            if (enabled) {
                throw e;
            }
        }
        notifyChangeListeners();
    }

    public final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        if (storedEnabledStatus(settings)) {
            validateSettingsForModel(settings);
        }
    }

    /** @return a clone holding the value from {@code settings} (validated first) */
    public final <T extends SettingsModel> T createCloneWithValidatedValue(final NodeSettingsRO settings)
        throws InvalidSettingsException {
        validateSettings(settings);
        T clone = createClone();
        clone.loadSettingsFrom(settings);
        return clone;
    }

    private boolean storedEnabledStatus(final NodeSettingsRO settings) throws InvalidSettingsException {
        String key = getConfigName() + CFGKEY_INTERNAL;
        if (!settings.containsKey(key)) {
            return true;
        }
        NodeSettingsRO internals = settings.getNodeSettings(key);
        internals.getString(CFGKEY_MODELID);
        return internals.getBoolean(CFGKEY_ENABLESTAT);
    }

    private void saveInternals(final NodeSettingsWO settings) {
        NodeSettingsWO internals = settings.addNodeSettings(getConfigName() + CFGKEY_INTERNAL);
        internals.addString(CFGKEY_MODELID, getModelTypeID());
        internals.addBoolean(CFGKEY_ENABLESTAT, m_enabled);
    }

    /** Used by dialog components: load quietly (keep the current value where the settings lack one). */
    final void dlgLoadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        try {
            m_enabled = storedEnabledStatus(settings);
        } catch (InvalidSettingsException e) {
            // keep the current status
        }
        loadSettingsForDialog(settings, specs);
        notifyChangeListeners();
    }

    /** Used by dialog components. */
    final void dlgSaveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        saveInternals(settings);
        saveSettingsForDialog(settings);
    }

    public void setEnabled(final boolean enabled) {
        if (enabled != m_enabled) {
            m_enabled = enabled;
            notifyChangeListeners();
        }
    }

    public boolean isEnabled() {
        return m_enabled;
    }

    public void addChangeListener(final ChangeListener l) {
        if (!m_listeners.contains(l)) {
            m_listeners.add(l);
        }
    }

    public void removeChangeListener(final ChangeListener l) {
        m_listeners.remove(l);
    }

    protected void prependChangeListener(final ChangeListener l) {
        if (!m_listeners.contains(l)) {
            m_listeners.add(0, l);
        }
    }

    protected void notifyChangeListeners() {
        ChangeEvent e = new ChangeEvent(this);
        for (ChangeListener l : m_listeners) {
            l.stateChanged(e);
        }
    }
}
