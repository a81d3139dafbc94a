package org.knime.core.data.container;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowIterator;
import org.knime.core.util.DuplicateKeyException;

/**
 * Stand-in: collects rows (in memory here) into a table. Like KNIME it rejects rows with the wrong number of
 * cells, cells whose type does not fit the column type (missing cells always fit) and duplicate row keys.
 */
public class DataContainer {
    private final DataTableSpec m_spec;
    private final List<DataRow> m_rows = new ArrayList<>();
    private final Set<String> m_keys = new HashSet<>();
    private boolean m_closed;

    public DataContainer(final DataTableSpec spec) {
        m_spec = Objects.requireNonNull(spec, "Spec must not be null!");
    }

    public DataContainer(final DataTableSpec spec, final boolean initDomain) {
        this(spec);
    }

    /**
     * @throws IllegalStateException if closed
     * @throws IllegalArgumentException if the row does not fit the spec
     * @throws DuplicateKeyException if the row key was added before
     */
    public void addRowToTable(final DataRow row) {
        if (m_closed) {
            throw new IllegalStateException("Cannot add row: container has been closed.");
        }
        if (row.getNumCells() != m_spec.getNumColumns()) {
            throw new IllegalArgumentException("Cell count in row \"" + row.getKey() + "\" is not equal to length of"
                + " column names array: " + row.getNumCells() + " vs. " + m_spec.getNumColumns());
        }
        for (int c = 0; c < row.getNumCells(); c++) {
            DataCell cell = row.getCell(c);
            if (!m_spec.getColumnSpec(c).getType().isASuperTypeOf(cell.getType())) {
                throw new IllegalArgumentException("Runtime class of object \"" + cell + "\" (index " + c
                    + ") in row \"" + row.getKey() + "\" is " + cell.getType() + " and does not comply with its"
                    + " supposed superclass " + m_spec.getColumnSpec(c).getType());
            }
        }
        if (!m_keys.add(row.getKey().getString())) {
            throw new DuplicateKeyException(row.getKey().getString());
        }
        m_rows.add(row);
    }

    public void close() {
        m_closed = true;
    }

    public boolean isOpen() {
        return !m_closed;
    }

    public boolean isClosed() {
        return m_closed;
    }

    public long size() {
        return m_rows.size();
    }

    public DataTableSpec getTableSpec() {
        return m_spec;
    }

    /** @throws IllegalStateException if not closed yet */
    public DataTable getTable() {
        if (!m_closed) {
            throw new IllegalStateException("Cannot get table: container is not closed.");
        }
        final List<DataRow> rows = List.copyOf(m_rows);
        return new DataTable() {
            @Override
            public DataTableSpec getDataTableSpec() {
                return m_spec;
            }

            @Override
            public RowIterator iterator() {
                var it = rows.iterator();
                return new RowIterator() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public DataRow next() {
                        return it.next();
                    }
                };
            }
        };
    }
}
