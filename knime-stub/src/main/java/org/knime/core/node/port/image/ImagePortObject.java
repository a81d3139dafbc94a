package org.knime.core.node.port.image;

import org.knime.core.data.image.ImageContent;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/** Stand-in: an image travelling along a port. */
public class ImagePortObject implements PortObject {
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(ImagePortObject.class);

    private final ImageContent m_content;
    private final ImagePortObjectSpec m_spec;

    public ImagePortObject(final ImageContent content, final ImagePortObjectSpec spec) {
        m_content = content;
        m_spec = spec;
    }

    /** @return the image (not KNIME API: tests read it through the stand-in's test helper ImagePorts) */
    ImageContent content() {
        return m_content;
    }

    @Override
    public String getSummary() {
        return m_content.getSummary();
    }

    @Override
    public ImagePortObjectSpec getSpec() {
        return m_spec;
    }
}
