package org.knime.core.data;

import java.util.Objects;

/** Stand-in: the unique ID of a row. Equality is that of the id string. */
public final class RowKey implements RowKeyValue {
    private final String m_id;

    /** @throws NullPointerException if {@code id} is null */
    public RowKey(final String id) {
        m_id = Objects.requireNonNull(id, "Row key must not be null.");
    }

    /** @return "Row" + rowIndex */
    public static RowKey createRowKey(final long rowIndex) {
        return new RowKey("Row" + rowIndex);
    }

    @Override
    public String getString() {
        return m_id;
    }

    @Override
    public String toString() {
        return m_id;
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof RowKey k && k.m_id.equals(m_id);
    }

    @Override
    public int hashCode() {
        return m_id.hashCode();
    }
}
