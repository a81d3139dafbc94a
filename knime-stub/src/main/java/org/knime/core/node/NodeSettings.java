package org.knime.core.node;

import java.io.IOException;
import java.io.InputStream;

import org.knime.core.node.config.Config;

/** Stand-in: node settings, saved and loaded in KNIME's XMLConfig format (see {@link Config}). */
public final class NodeSettings extends Config implements NodeSettingsRO, NodeSettingsWO {
    public NodeSettings(final String key) {
        super(key);
    }

    @Override
    public NodeSettings getInstance(final String key) {
        return new NodeSettings(key);
    }

    @Override
    public NodeSettings getNodeSettings(final String key) throws InvalidSettingsException {
        return (NodeSettings)getConfig(key);
    }

    @Override
    public NodeSettingsWO addNodeSettings(final String key) {
        return (NodeSettings)addConfig(key);
    }

    @Override
    public void addNodeSettings(final NodeSettings settings) {
        putConfigBase(settings);
    }

    /** @throws IOException if the stream is not a settings XML document */
    public static NodeSettingsRO loadFromXML(final InputStream in) throws IOException {
        NodeSettings s = new NodeSettings("ignored");
        s.readXML(in);
        return s;
    }
}
