package org.knime.core.data.def;

import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.NominalValue;

/** Stand-in: a boolean cell; only {@link #TRUE} and {@link #FALSE} exist. Numeric views give 1/0. */
public final class BooleanCell extends DataCell implements BooleanValue, IntValue, LongValue, DoubleValue, NominalValue {
    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = DataType.getType(BooleanCell.class);

    public static final BooleanCell TRUE = new BooleanCell(true);

    public static final BooleanCell FALSE = new BooleanCell(false);

    private final boolean m_value;

    private BooleanCell(final boolean b) {
        m_value = b;
    }

    /** @deprecated use {@link BooleanCellFactory#create(boolean)} */
    @Deprecated
    public static BooleanCell get(final boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public boolean getBooleanValue() {
        return m_value;
    }

    @Override
    public int getIntValue() {
        return m_value ? 1 : 0;
    }

    @Override
    public long getLongValue() {
        return getIntValue();
    }

    @Override
    public double getDoubleValue() {
        return getIntValue();
    }

    @Override
    public String toString() {
        return Boolean.toString(m_value);
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(m_value);
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return ((BooleanCell)dc).m_value == m_value;
    }

    /** Stand-in: creates boolean cells. */
    public static final class BooleanCellFactory {
        public static final DataType TYPE = BooleanCell.TYPE;

        private BooleanCellFactory() {
        }

        public static DataCell create(final boolean b) {
            return b ? TRUE : FALSE;
        }

        /** @throws IllegalArgumentException if {@code s} is neither "true" nor "false" (case-insensitive) */
        public static DataCell create(final String s) {
            if ("true".equalsIgnoreCase(s)) {
                return TRUE;
            }
            if ("false".equalsIgnoreCase(s)) {
                return FALSE;
            }
            throw new IllegalArgumentException("'" + s + "' is not a boolean value");
        }
    }
}
