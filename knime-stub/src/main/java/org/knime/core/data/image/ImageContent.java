package org.knime.core.data.image;

import java.io.IOException;
import java.io.OutputStream;

/** Stand-in: the content of an image port or image cell. */
public interface ImageContent {
    /** Writes the image in its format (PNG bytes for {@code PNGImageContent}). */
    void save(OutputStream out) throws IOException;

    /** @return a one-line summary */
    String getSummary();
}
