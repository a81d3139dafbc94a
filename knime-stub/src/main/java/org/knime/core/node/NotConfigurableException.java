package org.knime.core.node;

/** Stand-in: a dialog cannot be opened (e.g. no suitable input column). */
public class NotConfigurableException extends Exception {
    private static final long serialVersionUID = 1L;

    public NotConfigurableException(final String s) {
        super(s);
    }

    public NotConfigurableException(final String s, final Throwable cause) {
        super(s, cause);
    }
}
