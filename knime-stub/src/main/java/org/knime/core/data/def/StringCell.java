package org.knime.core.data.def;

import java.util.Objects;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.NominalValue;
import org.knime.core.data.StringValue;

/** Stand-in: a string cell. */
public final class StringCell extends DataCell implements StringValue, NominalValue {
    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = DataType.getType(StringCell.class);

    private final String m_value;

    /** @throws NullPointerException if {@code str} is null */
    public StringCell(final String str) {
        m_value = Objects.requireNonNull(str, "String value can't be null.");
    }

    @Override
    public String getStringValue() {
        return m_value;
    }

    @Override
    public String toString() {
        return m_value;
    }

    @Override
    public int hashCode() {
        return m_value.hashCode();
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return ((StringCell)dc).m_value.equals(m_value);
    }
}
