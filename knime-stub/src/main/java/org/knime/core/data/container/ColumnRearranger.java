package org.knime.core.data.container;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DefaultRow;

/**
 * Stand-in: describes how to derive a table from another one (keep, remove, replace and append columns).
 * Apply it with {@code ExecutionContext.createColumnRearrangeTable}. Indices always refer to the current
 * arrangement.
 */
public class ColumnRearranger {
    /** One output column: either an input column (factory == null) or output {@code index} of a factory. */
    private record Col(DataColumnSpec spec, CellFactory factory, int index) {
    }

    private final DataTableSpec m_original;
    private final List<Col> m_cols = new ArrayList<>();

    public ColumnRearranger(final DataTableSpec original) {
        m_original = original;
        for (int i = 0; i < original.getNumColumns(); i++) {
            m_cols.add(new Col(original.getColumnSpec(i), null, i));
        }
    }

    private static List<Col> columnsOf(final CellFactory fac) {
        DataColumnSpec[] specs = fac.getColumnSpecs();
        List<Col> cols = new ArrayList<>();
        for (int i = 0; i < specs.length; i++) {
            cols.add(new Col(specs[i], fac, i));
        }
        return cols;
    }

    public final void append(final CellFactory fac) {
        m_cols.addAll(columnsOf(fac));
    }

    public final void insertAt(final int position, final CellFactory fac) {
        m_cols.addAll(position, columnsOf(fac));
    }

    public final void replace(final CellFactory newCol, final String colName) {
        replace(newCol, indexOfExisting(colName));
    }

    /** @throws IllegalArgumentException if the factory does not produce {@code colIndex.length} columns */
    public final void replace(final CellFactory fac, final int... colIndex) {
        List<Col> cols = columnsOf(fac);
        if (cols.size() != colIndex.length) {
            throw new IllegalArgumentException("Number of columns to replace (" + colIndex.length
                + ") differs from number of new columns (" + cols.size() + ")");
        }
        for (int i = 0; i < colIndex.length; i++) {
            m_cols.set(colIndex[i], cols.get(i));
        }
    }

    public final void remove(final int... colIndices) {
        int[] sorted = colIndices.clone();
        Arrays.sort(sorted);
        for (int i = sorted.length - 1; i >= 0; i--) {
            m_cols.remove(sorted[i]);
        }
    }

    public final void remove(final String... colNames) {
        remove(Arrays.stream(colNames).mapToInt(this::indexOfExisting).toArray());
    }

    public final void keepOnly(final int... colIndices) {
        List<Col> kept = new ArrayList<>();
        for (int i : colIndices) {
            kept.add(m_cols.get(i));
        }
        m_cols.clear();
        m_cols.addAll(kept);
    }

    public final void keepOnly(final String... colNames) {
        keepOnly(Arrays.stream(colNames).mapToInt(this::indexOfExisting).toArray());
    }

    /** @return the index in the current arrangement, -1 if absent */
    public final int indexOf(final String colName) {
        for (int i = 0; i < m_cols.size(); i++) {
            if (m_cols.get(i).spec().getName().equals(colName)) {
                return i;
            }
        }
        return -1;
    }

    private int indexOfExisting(final String colName) {
        int i = indexOf(colName);
        if (i < 0) {
            throw new IllegalArgumentException("No such column: " + colName);
        }
        return i;
    }

    public final int getColumnCount() {
        return m_cols.size();
    }

    /** @throws IllegalArgumentException if the result has duplicate column names */
    public final DataTableSpec createSpec() {
        return new DataTableSpec(m_original.getName(), m_cols.stream().map(Col::spec).toArray(DataColumnSpec[]::new));
    }

    /** Computes the output row (each factory is asked once per row). */
    final DataRow apply(final DataRow row) {
        Map<CellFactory, DataCell[]> computed = new IdentityHashMap<>();
        DataCell[] out = new DataCell[m_cols.size()];
        for (int i = 0; i < out.length; i++) {
            Col c = m_cols.get(i);
            if (c.factory() == null) {
                out[i] = row.getCell(c.index());
            } else {
                DataCell[] cells = computed.computeIfAbsent(c.factory(), f -> f.getCells(row));
                if (cells.length != c.factory().getColumnSpecs().length) {
                    throw new IllegalStateException("Cell factory returned " + cells.length + " cells, expected "
                        + c.factory().getColumnSpecs().length);
                }
                out[i] = cells[c.index()];
            }
        }
        return new DefaultRow(row.getKey(), out);
    }

    /** The distinct factories in use, for progress and afterProcessing. */
    final List<CellFactory> factories() {
        return m_cols.stream().map(Col::factory).filter(f -> f != null).distinct().toList();
    }
}
