package org.knime.core.node.port.image;

import org.knime.core.data.image.ImageContent;

/** Test helper, not KNIME API: the content of an image port object (KNIME exposes it only as a cell). */
public final class ImagePorts {
    private ImagePorts() {
    }

    public static ImageContent content(final ImagePortObject port) {
        return port.content();
    }
}
