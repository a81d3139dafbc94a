package org.tradeecon.knime.engine.datasource;

import java.io.IOException;

/** A data source could not be read: network failure, timeout, HTTP error, or an answer in an unexpected format. */
public class DataSourceException extends IOException {

    private static final long serialVersionUID = 1L;

    /** @param message what failed, where, and what to do */
    public DataSourceException(String message) {
        super(message);
    }

    /**
     * @param message what failed, where, and what to do
     * @param cause   the underlying error
     */
    public DataSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
