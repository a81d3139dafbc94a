package org.knime.core.node.config.base;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;

import org.knime.core.node.InvalidSettingsException;

/**
 * Stand-in: read access to a settings tree. Getters are type-strict: a key written with another type counts as
 * absent. The one-argument getters throw InvalidSettingsException ("Int for key "k" not found."), the two-argument
 * ones return the default.
 */
public interface ConfigBaseRO extends Iterable<String> {
    int getInt(String key) throws InvalidSettingsException;

    int getInt(String key, int def);

    long getLong(String key) throws InvalidSettingsException;

    long getLong(String key, long def);

    double getDouble(String key) throws InvalidSettingsException;

    double getDouble(String key, double def);

    boolean getBoolean(String key) throws InvalidSettingsException;

    boolean getBoolean(String key, boolean def);

    String getString(String key) throws InvalidSettingsException;

    String getString(String key, String def);

    int[] getIntArray(String key) throws InvalidSettingsException;

    int[] getIntArray(String key, int... def);

    double[] getDoubleArray(String key) throws InvalidSettingsException;

    double[] getDoubleArray(String key, double... def);

    String[] getStringArray(String key) throws InvalidSettingsException;

    String[] getStringArray(String key, String... def);

    ConfigBase getConfigBase(String key) throws InvalidSettingsException;

    String getPassword(String key, String encryptionKey) throws InvalidSettingsException;

    String getPassword(String key, String encryptionKey, String def);

    Set<String> keySet();

    boolean containsKey(String key);

    String getKey();

    void saveToXML(OutputStream os) throws IOException;
}
