package org.knime.core.node.config.base;

/** Stand-in: write access to a settings tree. Adding a key again replaces its value. */
public interface ConfigBaseWO {
    String getKey();

    void addInt(String key, int value);

    void addLong(String key, long value);

    void addDouble(String key, double value);

    void addBoolean(String key, boolean value);

    /** {@code value} may be null */
    void addString(String key, String value);

    void addIntArray(String key, int... values);

    void addDoubleArray(String key, double... values);

    void addStringArray(String key, String... values);

    ConfigBase addConfigBase(String key);

    void addPassword(String key, String encryptionKey, String value);
}
