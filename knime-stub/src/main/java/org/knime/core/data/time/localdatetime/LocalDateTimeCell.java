package org.knime.core.data.time.localdatetime;

import java.time.LocalDateTime;
import java.util.Objects;

import org.knime.core.data.DataCell;

/** Stand-in: a LocalDateTime cell; create it with {@link LocalDateTimeCellFactory}. */
public final class LocalDateTimeCell extends DataCell implements LocalDateTimeValue {
    private static final long serialVersionUID = 1L;

    private final LocalDateTime m_value;

    LocalDateTimeCell(final LocalDateTime value) {
        m_value = Objects.requireNonNull(value);
    }

    @Override
    public LocalDateTime getLocalDateTime() {
        return m_value;
    }

    @Override
    public String toString() {
        return m_value.toString();
    }

    @Override
    public int hashCode() {
        return m_value.hashCode();
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return ((LocalDateTimeCell)dc).m_value.equals(m_value);
    }
}
