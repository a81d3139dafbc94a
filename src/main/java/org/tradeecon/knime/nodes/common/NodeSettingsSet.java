package org.tradeecon.knime.nodes.common;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * All settings models of a NodeModel with their dialog labels, so that saving, validating and loading is one call
 * each and a validation failure names the option to change. Checks of incoming settings beyond each model's own
 * (a choice among fixed labels, a combination of values) are registered here too.
 */
public final class NodeSettingsSet {
    /** A check of incoming settings, run by {@link #validate} after every model has validated its own value. */
    @FunctionalInterface
    public interface Check {
        /** @throws InvalidSettingsException saying what to change */
        void validate(NodeSettingsRO settings) throws InvalidSettingsException;
    }

    private final Map<SettingsModel, String> m_models = new LinkedHashMap<>();
    private final List<Check> m_checks = new ArrayList<>();
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

    /**
     * A string setting whose value must be one of the labels (or constant names) of {@code choices}.
     *
     * @return {@code model}
     */
    public <E extends Enum<E> & LabelledChoice> SettingsModelString addChoice(final SettingsModelString model,
        final String label, final Class<E> choices) {
        add(model, label);
        return addCheck(model, s -> LabelledChoice.fromSetting(
            model.<SettingsModelString>createCloneWithValidatedValue(s).getStringValue(), label, choices));
    }

    /** @return {@code model}, with {@code check} run on incoming settings after the models' own validation */
    public <T extends SettingsModel> T addCheck(final T model, final Check check) {
        m_checks.add(s -> {
            if (!absent(model, s)) {
                check.validate(s);
            }
        });
        return model;
    }

    /** Registers a check of incoming settings that concerns several settings. */
    public void addCheck(final Check check) {
        m_checks.add(check);
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
        for (Check c : m_checks) {
            c.validate(settings);
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
