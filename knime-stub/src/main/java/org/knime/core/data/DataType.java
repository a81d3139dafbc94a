package org.knime.core.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stand-in: the type of a column, defined by a cell class and the value interfaces it implements. Only
 * "native" types (one cell class) exist in this stand-in.
 */
public final class DataType {
    private static final Map<Class<? extends DataCell>, DataType> TYPES = new ConcurrentHashMap<>();

    /** Display names as KNIME shows them. */
    private static final Map<String, String> NAMES = Map.of(
        "org.knime.core.data.def.DoubleCell", "Number (double)",
        "org.knime.core.data.def.IntCell", "Number (integer)",
        "org.knime.core.data.def.LongCell", "Number (long)",
        "org.knime.core.data.def.StringCell", "String",
        "org.knime.core.data.def.BooleanCell", "Boolean value",
        "org.knime.core.data.MissingCell", "Missing value",
        "org.knime.core.data.time.localdate.LocalDateCell", "Local Date",
        "org.knime.core.data.time.localdatetime.LocalDateTimeCell", "Local Date Time");

    private final Class<? extends DataCell> m_cellClass;
    private final List<Class<? extends DataValue>> m_valueClasses;

    private DataType(final Class<? extends DataCell> cellClass) {
        m_cellClass = cellClass;
        List<Class<? extends DataValue>> values = new ArrayList<>();
        collectValueClasses(cellClass, values);
        m_valueClasses = Collections.unmodifiableList(values);
    }

    @SuppressWarnings("unchecked")
    private static void collectValueClasses(final Class<?> c, final List<Class<? extends DataValue>> out) {
        if (c == null) {
            return;
        }
        for (Class<?> i : c.getInterfaces()) {
            if (DataValue.class.isAssignableFrom(i) && !out.contains(i)) {
                out.add((Class<? extends DataValue>)i);
                collectValueClasses(i, out);
            }
        }
        collectValueClasses(c.getSuperclass(), out);
    }

    public static DataType getType(final Class<? extends DataCell> cell) {
        return TYPES.computeIfAbsent(cell, DataType::new);
    }

    /** @return the shared missing cell (no error message) */
    public static DataCell getMissingCell() {
        return MissingCell.INSTANCE;
    }

    /** @return whether cells of this type implement {@code valueClass} */
    public boolean isCompatible(final Class<? extends DataValue> valueClass) {
        return valueClass.isAssignableFrom(m_cellClass);
    }

    /** @return whether a cell of type {@code type} may be put in a column of this type */
    public boolean isASuperTypeOf(final DataType type) {
        return type.isMissingValueType() || m_cellClass.isAssignableFrom(type.m_cellClass);
    }

    public Class<? extends DataCell> getCellClass() {
        return m_cellClass;
    }

    public Class<? extends DataValue> getPreferredValueClass() {
        return m_valueClasses.isEmpty() ? DataValue.class : m_valueClasses.get(0);
    }

    public List<Class<? extends DataValue>> getValueClasses() {
        return m_valueClasses;
    }

    public boolean isMissingValueType() {
        return m_cellClass == MissingCell.class;
    }

    public boolean isCollectionType() {
        return false;
    }

    public String getName() {
        return NAMES.getOrDefault(m_cellClass.getName(), m_cellClass.getSimpleName());
    }

    public String toPrettyString() {
        return getName();
    }

    @Override
    public String toString() {
        return getName();
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof DataType t && t.m_cellClass == m_cellClass;
    }

    @Override
    public int hashCode() {
        return m_cellClass.hashCode();
    }
}
