package org.knime.core.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.knime.core.node.port.PortObjectSpec;

/** Stand-in: the immutable column specs of a table; column names are unique. Default name "default". */
public final class DataTableSpec implements PortObjectSpec, Iterable<DataColumnSpec> {
    private final String m_name;
    private final DataColumnSpec[] m_columns;
    private final Map<String, Integer> m_index = new HashMap<>();

    public DataTableSpec() {
        this("default", new DataColumnSpec[0]);
    }

    public DataTableSpec(final DataColumnSpec... colSpecs) {
        this("default", colSpecs);
    }

    public DataTableSpec(final String name) {
        this(name, new DataColumnSpec[0]);
    }

    /** @throws IllegalArgumentException on a duplicate column name */
    public DataTableSpec(final String name, final DataColumnSpec... colSpecs) {
        m_name = name;
        m_columns = colSpecs.clone();
        for (int i = 0; i < m_columns.length; i++) {
            if (m_index.put(m_columns[i].getName(), i) != null) {
                throw new IllegalArgumentException("Duplicate column name \"" + m_columns[i].getName() + "\"");
            }
        }
    }

    /** Concatenation of the two specs. */
    public DataTableSpec(final DataTableSpec spec1, final DataTableSpec spec2) {
        this(spec1.getName() + "+" + spec2.getName(),
            Stream.concat(spec1.stream(), spec2.stream()).toArray(DataColumnSpec[]::new));
    }

    public DataTableSpec(final String[] names, final DataType[] types) {
        this("default", createColumnSpecs(names, types));
    }

    public static DataColumnSpec[] createColumnSpecs(final String[] names, final DataType[] types) {
        if (names.length != types.length) {
            throw new IllegalArgumentException("Arrays must have the same length.");
        }
        DataColumnSpec[] specs = new DataColumnSpec[names.length];
        for (int i = 0; i < names.length; i++) {
            specs[i] = new DataColumnSpecCreator(names[i], types[i]).createSpec();
        }
        return specs;
    }

    /** @return {@code columnName}, or it with " (#1)", " (#2)", ... appended until it is not in {@code spec} */
    public static String getUniqueColumnName(final DataTableSpec spec, final String columnName) {
        if (spec == null || !spec.containsName(columnName)) {
            return columnName;
        }
        int i = 1;
        while (spec.containsName(columnName + " (#" + i + ")")) {
            i++;
        }
        return columnName + " (#" + i + ")";
    }

    public String getName() {
        return m_name;
    }

    public int getNumColumns() {
        return m_columns.length;
    }

    public DataColumnSpec getColumnSpec(final int index) {
        return m_columns[index];
    }

    /** @return the spec or null if absent */
    public DataColumnSpec getColumnSpec(final String column) {
        Integer i = m_index.get(column);
        return i == null ? null : m_columns[i];
    }

    /** @return the index or -1 if absent */
    public int findColumnIndex(final String columnName) {
        Integer i = m_index.get(columnName);
        return i == null ? -1 : i;
    }

    public boolean containsName(final String name) {
        return m_index.containsKey(name);
    }

    public final String[] getColumnNames() {
        return stream().map(DataColumnSpec::getName).toArray(String[]::new);
    }

    public boolean containsCompatibleType(final Class<? extends DataValue> valueClass) {
        return stream().anyMatch(c -> c.getType().isCompatible(valueClass));
    }

    /** @return the indices, -1 for absent names */
    public int[] columnsToIndices(final String... columns) {
        return Arrays.stream(columns).mapToInt(this::findColumnIndex).toArray();
    }

    @Override
    public Iterator<DataColumnSpec> iterator() {
        return List.of(m_columns).iterator();
    }

    public Stream<DataColumnSpec> stream() {
        return Arrays.stream(m_columns);
    }

    /** @return whether both have the same column names and types in the same order */
    public boolean equalStructure(final DataTableSpec spec) {
        if (spec == null || spec.getNumColumns() != getNumColumns()) {
            return false;
        }
        for (int i = 0; i < m_columns.length; i++) {
            if (!m_columns[i].equalStructure(spec.getColumnSpec(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof DataTableSpec s && s.m_name.equals(m_name) && equalStructure(s);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(m_columns);
    }

    @Override
    public String toString() {
        return "name=" + m_name + ",columns=" + Arrays.toString(getColumnNames());
    }
}
