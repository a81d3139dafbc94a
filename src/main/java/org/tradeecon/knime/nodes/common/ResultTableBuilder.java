package org.tradeecon.knime.nodes.common;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;

/**
 * Builds a result table whose rows are stacked over groups: with a group column, the group value is the first
 * column (named and typed like the input's group column); row IDs are Row0, Row1, ...
 */
public final class ResultTableBuilder {
    private final BufferedDataContainer m_container;
    private final boolean m_grouped;
    private long m_next;

    /** @param groupColumn the input's group column spec, null without grouping */
    public ResultTableBuilder(final ExecutionContext exec, final DataColumnSpec groupColumn,
        final DataColumnSpec... resultColumns) {
        m_container = exec.createDataContainer(spec(groupColumn, resultColumns));
        m_grouped = groupColumn != null;
    }

    /**
     * @return the output spec; the group column comes first and is renamed ("Group (name)", made unique) only if
     *         its name clashes with a result column
     */
    public static DataTableSpec spec(final DataColumnSpec groupColumn, final DataColumnSpec... resultColumns) {
        DataTableSpec results = new DataTableSpec(resultColumns);
        if (groupColumn == null) {
            return results;
        }
        DataColumnSpecCreator c = new DataColumnSpecCreator(groupColumn);
        if (results.containsName(groupColumn.getName())) {
            c.setName(DataTableSpec.getUniqueColumnName(results, "Group (" + groupColumn.getName() + ")"));
        }
        List<DataColumnSpec> all = new ArrayList<>();
        all.add(c.createSpec());
        all.addAll(List.of(resultColumns));
        return new DataTableSpec(all.toArray(DataColumnSpec[]::new));
    }

    /** @param group the row's group (its value is prepended when grouping) */
    public void add(final SeriesTable.Group group, final DataCell... cells) {
        DataCell[] row = cells;
        if (m_grouped) {
            row = new DataCell[cells.length + 1];
            row[0] = group.groupCell();
            System.arraycopy(cells, 0, row, 1, cells.length);
        }
        m_container.addRowToTable(new DefaultRow(RowKey.createRowKey(m_next++), row));
    }

    public BufferedDataTable build() {
        m_container.close();
        return m_container.getTable();
    }
}
