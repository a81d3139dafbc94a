package org.knime.core.util;

/** Stand-in: a row key occurs twice in one table (unchecked). */
public class DuplicateKeyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String m_key;

    public DuplicateKeyException(final String key) {
        super("Encountered duplicate row ID \"" + key + "\"");
        m_key = key;
    }

    public String getKey() {
        return m_key;
    }
}
