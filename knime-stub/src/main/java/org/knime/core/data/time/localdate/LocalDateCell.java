package org.knime.core.data.time.localdate;

import java.time.LocalDate;
import java.util.Objects;

import org.knime.core.data.DataCell;

/** Stand-in: a LocalDate cell; create it with {@link LocalDateCellFactory}. */
public final class LocalDateCell extends DataCell implements LocalDateValue {
    private static final long serialVersionUID = 1L;

    private final LocalDate m_value;

    LocalDateCell(final LocalDate value) {
        m_value = Objects.requireNonNull(value);
    }

    @Override
    public LocalDate getLocalDate() {
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
        return ((LocalDateCell)dc).m_value.equals(m_value);
    }
}
