package org.knime.core.node;

/** Stand-in: thrown by {@link ExecutionMonitor#checkCanceled()} when the user cancelled. */
public class CanceledExecutionException extends Exception {
    private static final long serialVersionUID = 1L;

    public CanceledExecutionException() {
        super();
    }

    public CanceledExecutionException(final String s) {
        super(s);
    }
}
