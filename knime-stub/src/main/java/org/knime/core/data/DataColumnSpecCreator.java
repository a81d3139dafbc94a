package org.knime.core.data;

import java.util.Objects;

/** Stand-in: builds {@link DataColumnSpec}s. */
public final class DataColumnSpecCreator {
    private String m_name;
    private DataType m_type;

    public DataColumnSpecCreator(final String name, final DataType type) {
        setName(name);
        setType(type);
    }

    public DataColumnSpecCreator(final DataColumnSpec cspec) {
        this(cspec.getName(), cspec.getType());
    }

    /** @throws NullPointerException if {@code name} is null */
    public void setName(final String name) {
        m_name = Objects.requireNonNull(name, "Column name must not be null.");
    }

    public void setType(final DataType type) {
        m_type = Objects.requireNonNull(type, "Column type must not be null.");
    }

    public DataType getType() {
        return m_type;
    }

    public DataColumnSpec createSpec() {
        return new DataColumnSpec(m_name, m_type);
    }
}
