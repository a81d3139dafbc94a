package org.knime.core.data;

import java.io.Serializable;

/**
 * Stand-in: one immutable cell of a table. Equality: two missing cells are equal, a missing and a non-missing
 * cell never; cells of the same class compare by {@link #equalsDataCell(DataCell)}; cells of different classes
 * are never equal here (real KNIME may compare content of the same preferred value class).
 */
public abstract class DataCell implements DataValue, Serializable {
    private static final long serialVersionUID = 1L;

    protected DataCell() {
    }

    public final DataType getType() {
        return DataType.getType(getClass());
    }

    public boolean isMissing() {
        return false;
    }

    @Override
    public abstract String toString();

    @Override
    public abstract int hashCode();

    protected abstract boolean equalsDataCell(DataCell dc);

    @Override
    public final boolean equals(final Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DataCell other)) {
            return false;
        }
        if (isMissing() || other.isMissing()) {
            return isMissing() && other.isMissing();
        }
        return getClass() == other.getClass() && equalsDataCell(other);
    }
}
