package org.knime.core.node.config;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.base.ConfigBase;

/** Stand-in: a settings tree with sub-configs of the same kind (see {@link #getInstance(String)}). */
public abstract class Config extends ConfigBase implements ConfigRO, ConfigWO {
    protected Config(final String key) {
        super(key);
    }

    /** @return a new empty config of this class */
    @Override
    public abstract Config getInstance(String key);

    @Override
    public Config addConfig(final String key) {
        return (Config)addConfigBase(key);
    }

    @Override
    public Config getConfig(final String key) throws InvalidSettingsException {
        ConfigBase c = getConfigBase(key);
        return (Config)c;
    }
}
