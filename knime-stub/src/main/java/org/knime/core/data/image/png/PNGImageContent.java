package org.knime.core.data.image.png;

import java.io.IOException;
import java.io.OutputStream;

import org.knime.core.data.DataType;
import org.knime.core.data.image.ImageContent;

/** Stand-in: PNG image bytes. */
public class PNGImageContent implements ImageContent {
    public static final DataType TYPE = DataType.getType(PNGImageCell.class);

    private final byte[] m_bytes;

    public PNGImageContent(final byte[] imageBytes) {
        m_bytes = imageBytes.clone();
    }

    /** @return a copy of the PNG bytes */
    public byte[] getByteArray() {
        return m_bytes.clone();
    }

    @Override
    public void save(final OutputStream output) throws IOException {
        output.write(m_bytes);
    }

    @Override
    public String getSummary() {
        return "PNG image (" + m_bytes.length + " bytes)";
    }
}
