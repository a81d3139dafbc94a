package org.knime.core.data;

import java.util.Objects;

/** Stand-in: name and type of a column (domain, properties and handlers are not modelled). */
public final class DataColumnSpec {
    private final String m_name;
    private final DataType m_type;

    DataColumnSpec(final String name, final DataType type) {
        m_name = Objects.requireNonNull(name, "Column name must not be null.");
        m_type = Objects.requireNonNull(type, "Column type must not be null.");
    }

    public String getName() {
        return m_name;
    }

    public DataType getType() {
        return m_type;
    }

    /** @return whether name and type are equal */
    public boolean equalStructure(final DataColumnSpec cspec) {
        return cspec != null && m_name.equals(cspec.m_name) && m_type.equals(cspec.m_type);
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof DataColumnSpec c && equalStructure(c);
    }

    @Override
    public int hashCode() {
        return m_name.hashCode();
    }

    @Override
    public String toString() {
        return "\"" + m_name + "\" (" + m_type + ")";
    }
}
