package org.knime.core.node.port.image;

import org.knime.core.data.DataType;
import org.knime.core.node.port.PortObjectSpec;

/** Stand-in: the spec of an image port (the image's cell type, e.g. PNG). */
public final class ImagePortObjectSpec implements PortObjectSpec {
    private final DataType m_type;

    public ImagePortObjectSpec(final DataType type) {
        m_type = type;
    }

    public DataType getDataType() {
        return m_type;
    }
}
