package org.knime.core.node;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Stand-in: KNIME's logger, forwarding to java.util.logging. */
public final class NodeLogger {
    /** Log levels. */
    public enum LEVEL {
        DEBUG, INFO, WARN, ERROR, FATAL, ALL
    }

    private final Logger m_logger;

    private NodeLogger(final String name) {
        m_logger = Logger.getLogger(name);
    }

    public static NodeLogger getLogger(final Class<?> c) {
        return new NodeLogger(c.getName());
    }

    public static NodeLogger getLogger(final String s) {
        return new NodeLogger(s);
    }

    private void log(final Level level, final Object o, final Throwable t) {
        m_logger.log(level, String.valueOf(o), t);
    }

    public void debug(final Object o) {
        log(Level.FINE, o, null);
    }

    public void debug(final Object o, final Throwable t) {
        log(Level.FINE, o, t);
    }

    public void info(final Object o) {
        log(Level.INFO, o, null);
    }

    public void info(final Object o, final Throwable t) {
        log(Level.INFO, o, t);
    }

    public void warn(final Object o) {
        log(Level.WARNING, o, null);
    }

    public void warn(final Object o, final Throwable t) {
        log(Level.WARNING, o, t);
    }

    public void error(final Object o) {
        log(Level.SEVERE, o, null);
    }

    public void error(final Object o, final Throwable t) {
        log(Level.SEVERE, o, t);
    }

    public void fatal(final Object o) {
        log(Level.SEVERE, o, null);
    }

    public void fatal(final Object o, final Throwable t) {
        log(Level.SEVERE, o, t);
    }

    public void coding(final Object o) {
        log(Level.SEVERE, o, null);
    }

    public void coding(final Object o, final Throwable t) {
        log(Level.SEVERE, o, t);
    }

    public void debugWithFormat(final String format, final Object... args) {
        debug(String.format(format, args));
    }

    public void infoWithFormat(final String format, final Object... args) {
        info(String.format(format, args));
    }

    public void warnWithFormat(final String format, final Object... args) {
        warn(String.format(format, args));
    }

    public void errorWithFormat(final String format, final Object... args) {
        error(String.format(format, args));
    }

    public boolean isDebugEnabled() {
        return m_logger.isLoggable(Level.FINE);
    }

    public boolean isInfoEnabled() {
        return m_logger.isLoggable(Level.INFO);
    }
}
