package org.tradeecon.knime.nodes.common;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;

/**
 * All settings models of a NodeModel with their dialog labels, so that saving, validating and loading is one call
 * each and a validation failure names the option to change.
 */
public final class NodeSettingsSet {
    private final Map<SettingsModel, String> m_models = new LinkedHashMap<>();
    /** Models added in a later version, with their keys: absent from older workflows, then left at default. */
    private final Map<SettingsModel, String> m_later = new IdentityHashMap<>();

    /** @return {@code model}, registered under its dialog {@code label} */
    public <T extends SettingsModel> T add(final T model, final String label) {
        m_models.put(model, label);
        return model;
    }

    /**
     * For a setting introduced after the node's first release: workflows saved before lack {@code key}; they load
     * with the model's default instead of failing.
     *
     * @return {@code model}
     */
    public <T extends SettingsModel> T addLater(final T model, final String key, final String label) {
        m_later.put(model, key);
        return add(model, label);
    }

    private boolean absent(final SettingsModel m, final NodeSettingsRO settings) {
        return m_later.containsKey(m) && !settings.containsKey(m_later.get(m));
    }

    public void saveTo(final NodeSettingsWO settings) {
        m_models.keySet().forEach(m -> m.saveSettingsTo(settings));
    }

    /** @throws InvalidSettingsException prefixed with the option's label */
    public void validate(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (Map.Entry<SettingsModel, String> e : m_models.entrySet()) {
            if (!absent(e.getKey(), settings)) {
                CommonSettings.validate(e.getKey(), e.getValue(), settings);
            }
        }
    }

    public void loadFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel m : m_models.keySet()) {
            if (!absent(m, settings)) {
                m.loadSettingsFrom(settings);
            }
        }
    }
}
