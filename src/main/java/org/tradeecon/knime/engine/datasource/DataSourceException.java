package org.tradeecon.knime.engine.datasource;

import java.io.IOException;

/**
 * A data source could not be read: network failure, timeout, HTTP error, or an answer in an unexpected format.
 * The message never holds an API key: secret query parameters are masked (see {@link Secrets}).
 */
public class DataSourceException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int m_httpStatus;

    /** @param message what failed, where, and what to do */
    public DataSourceException(String message) {
        this(message, -1);
    }

    /**
     * @param message    what failed, where, and what to do
     * @param httpStatus the HTTP status of the answer that failed, or -1
     */
    public DataSourceException(String message, int httpStatus) {
        super(Secrets.redact(message));
        m_httpStatus = httpStatus;
    }

    /**
     * @param message what failed, where, and what to do
     * @param cause   the underlying error
     */
    public DataSourceException(String message, Throwable cause) {
        super(Secrets.redact(message), cause);
        m_httpStatus = cause instanceof DataSourceException d ? d.httpStatus() : -1;
    }

    /** @return the HTTP status of the answer that failed, or -1 if the failure was not an HTTP error status */
    public int httpStatus() {
        return m_httpStatus;
    }
}
