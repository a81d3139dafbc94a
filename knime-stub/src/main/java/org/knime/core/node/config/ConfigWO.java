package org.knime.core.node.config;

import org.knime.core.node.config.base.ConfigBaseWO;

/** Stand-in: write access with sub-configs. */
public interface ConfigWO extends ConfigBaseWO {
    Config addConfig(String key);
}
