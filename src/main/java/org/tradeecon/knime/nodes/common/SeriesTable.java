package org.tradeecon.knime.nodes.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/**
 * An input table read as time series: rows split by the optional group column (groups in order of first
 * appearance), each group sorted by the optional time column (else row order is time order), and the chosen
 * numeric columns read into {@code double[]} with {@code NaN} for a missing cell.
 * <p>
 * Checked while reading, each failure an {@link IllegalArgumentException} that names the rows or times: a
 * missing or unreadable time, time values of mixed kinds, a time value occurring twice in one group, and for
 * yearly and monthly times a gap in the sequence (e.g. year 2003 absent between 2002 and 2004; dates and
 * date-times are not checked for gaps); a missing group value; an infinite number.
 */
public final class SeriesTable {
    /** The rows of one group, in time order. */
    public static final class Group {
        private final DataCell m_groupCell;
        private final List<DataRow> m_rows;
        private final List<TimeKey> m_times;
        private final double[][] m_columns;

        private Group(final DataCell groupCell, final List<DataRow> rows, final List<TimeKey> times,
            final double[][] columns) {
            m_groupCell = groupCell;
            m_rows = List.copyOf(rows);
            m_times = times;
            m_columns = columns;
        }

        /** @return the group column's cell, null without a group column */
        public DataCell groupCell() {
            return m_groupCell;
        }

        /** @return the group value as text, "" without a group column */
        public String groupName() {
            return m_groupCell == null ? "" : m_groupCell.toString();
        }

        /** @return the input rows in time order */
        public List<DataRow> rows() {
            return m_rows;
        }

        public int size() {
            return m_rows.size();
        }

        /** @return a copy of series {@code i} (index into the chosen columns) */
        public double[] column(final int i) {
            return m_columns[i].clone();
        }

        /**
         * @return the year of each row when the time column holds years (consecutive, checked while reading), else
         *         null; for engines that name periods by integer time keys
         */
        public long[] years() {
            if (m_times == null || m_times.isEmpty() || m_times.get(0).kind() != TimeKey.Kind.YEAR) {
                return null;
            }
            return m_times.stream().mapToLong(t -> t.instant().getYear()).toArray();
        }

        /**
         * @return one integer per row that orders the rows' times and, for years and months, counts them (year;
         *         12 x year + month - 1; the day number of a date; the second of a date-time, as UTC), null without a
         *         time column; for engines that align several groups on one grid of times
         */
        public long[] timeOrdinals() {
            if (m_times == null) {
                return null;
            }
            return m_times.stream().mapToLong(t -> switch (t.kind()) {
                case YEAR -> t.instant().getYear();
                case YEAR_MONTH -> 12L * t.instant().getYear() + t.instant().getMonthValue() - 1;
                case DATE -> t.instant().toLocalDate().toEpochDay();
                default -> t.instant().toEpochSecond(java.time.ZoneOffset.UTC);
            }).toArray();
        }

        /** @return the x axis of a chart of this group's rows: years when the time column holds years, else 1, 2, ... */
        public double[] chartAxis() {
            long[] years = years();
            double[] axis = new double[m_rows.size()];
            for (int i = 0; i < axis.length; i++) {
                axis[i] = years != null ? years[i] : i + 1;
            }
            return axis;
        }

        /** @return the name of {@link #chartAxis()}: "Year" or "Observation" */
        public String chartAxisLabel() {
            return years() != null ? "Year" : "Observation";
        }

        /**
         * @return an engine's error for this group's series, its message prefixed with the group's name (e itself
         *         without a group column)
         */
        public IllegalArgumentException inGroup(final IllegalArgumentException e) {
            return m_groupCell == null ? e
                : new IllegalArgumentException("Group \"" + groupName() + "\": " + e.getMessage(), e);
        }

        /** @return how row {@code i} is named in messages: its time (e.g. "year 1995") or its row ID */
        public String describeRow(final int i) {
            String where = m_times == null ? "row \"" + m_rows.get(i).getKey() + "\""
                : m_times.get(i).describe();
            return m_groupCell == null ? where : where + " of group \"" + groupName() + "\"";
        }
    }

    private final String[] m_columnNames;
    private final List<Group> m_groups;

    private SeriesTable(final String[] columnNames, final List<Group> groups) {
        m_columnNames = columnNames;
        m_groups = groups;
    }

    /** @return the names of the chosen numeric columns, in the order given to {@link #read} */
    public String[] columnNames() {
        return m_columnNames.clone();
    }

    public List<Group> groups() {
        return m_groups;
    }

    /**
     * @param columns numeric columns to read (names present in the table)
     * @param timeColumn time column or null
     * @param groupColumn group column or null
     * @throws IllegalArgumentException as described in the class comment
     */
    public static SeriesTable read(final BufferedDataTable table, final String[] columns, final String timeColumn,
        final String groupColumn, final ExecutionMonitor exec) throws CanceledExecutionException {
        DataTableSpec spec = table.getDataTableSpec();
        int timeIdx = timeColumn == null ? -1 : spec.findColumnIndex(timeColumn);
        int groupIdx = groupColumn == null ? -1 : spec.findColumnIndex(groupColumn);
        Map<DataCell, List<DataRow>> byGroup = new LinkedHashMap<>();
        for (DataRow row : table) {
            exec.checkCanceled();
            DataCell g = groupIdx < 0 ? null : row.getCell(groupIdx);
            if (g != null && g.isMissing()) {
                throw new IllegalArgumentException("Row \"" + row.getKey() + "\" has no value in the group column \""
                    + groupColumn + "\". Fill or filter out such rows first.");
            }
            byGroup.computeIfAbsent(g, k -> new ArrayList<>()).add(row);
        }
        List<Group> groups = new ArrayList<>();
        TimeKey.Kind[] kind = new TimeKey.Kind[1];
        for (Map.Entry<DataCell, List<DataRow>> e : byGroup.entrySet()) {
            groups.add(group(e.getKey(), e.getValue(), spec, columns, timeIdx, kind));
        }
        return new SeriesTable(columns.clone(), List.copyOf(groups));
    }

    private static Group group(final DataCell groupCell, final List<DataRow> inRows, final DataTableSpec spec,
        final String[] columns, final int timeIdx, final TimeKey.Kind[] kind) {
        String inGroup = groupCell == null ? "" : " in group \"" + groupCell + "\"";
        List<DataRow> rows = new ArrayList<>(inRows);
        List<TimeKey> times = null;
        if (timeIdx >= 0) {
            Map<DataRow, TimeKey> keys = new IdentityHashMap<>();
            for (DataRow row : rows) {
                keys.put(row, timeKey(row, timeIdx, spec, kind));
            }
            rows.sort(Comparator.comparing(keys::get));
            times = rows.stream().map(keys::get).toList();
            checkUniqueAndRegular(rows, times, inGroup);
        }
        double[][] values = new double[columns.length][rows.size()];
        for (int c = 0; c < columns.length; c++) {
            int idx = spec.findColumnIndex(columns[c]);
            for (int r = 0; r < rows.size(); r++) {
                DataCell cell = rows.get(r).getCell(idx);
                double v = cell.isMissing() ? Double.NaN : ((DoubleValue)cell).getDoubleValue();
                if (Double.isInfinite(v)) {
                    throw new IllegalArgumentException("Column \"" + columns[c] + "\" holds an infinite value in row \""
                        + rows.get(r).getKey() + "\"" + inGroup + ". Replace it by a missing value or a number.");
                }
                values[c][r] = v;
            }
        }
        return new Group(groupCell, rows, times, values);
    }

    private static TimeKey timeKey(final DataRow row, final int timeIdx, final DataTableSpec spec,
        final TimeKey.Kind[] kind) {
        String col = spec.getColumnSpec(timeIdx).getName();
        DataCell cell = row.getCell(timeIdx);
        if (cell.isMissing()) {
            throw new IllegalArgumentException("Row \"" + row.getKey() + "\" has no value in the time column \"" + col
                + "\". Every row needs a time.");
        }
        TimeKey key;
        try {
            key = TimeKey.of(cell);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Time column \"" + col + "\", row \"" + row.getKey() + "\": "
                + e.getMessage() + ".", e);
        }
        if (kind[0] == null) {
            kind[0] = key.kind();
        } else if (kind[0] != key.kind()) {
            throw new IllegalArgumentException("Time column \"" + col + "\" mixes kinds of time: row \""
                + row.getKey() + "\" holds a " + key.kind().m_word + " (" + key.text() + ") where earlier rows hold a "
                + kind[0].m_word + ". Use one kind for all rows.");
        }
        return key;
    }

    private static void checkUniqueAndRegular(final List<DataRow> rows, final List<TimeKey> times,
        final String inGroup) {
        List<String> duplicates = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (int i = 1; i < times.size(); i++) {
            TimeKey prev = times.get(i - 1);
            if (times.get(i).equals(prev)) {
                duplicates.add(times.get(i).describe() + " (rows \"" + rows.get(i - 1).getKey() + "\", \""
                    + rows.get(i).getKey() + "\")");
                continue;
            }
            TimeKey expected = prev.successor();
            while (expected != null && expected.compareTo(times.get(i)) < 0 && gaps.size() <= 10) {
                gaps.add(expected.text());
                expected = expected.successor();
            }
        }
        if (!duplicates.isEmpty()) {
            throw new IllegalArgumentException("The time column has duplicate values" + inGroup + ": "
                + String.join(", ", duplicates) + ". Each time may occur once" + (inGroup.isEmpty()
                    ? "; if the table holds several series, choose a group column." : " per group."));
        }
        if (!gaps.isEmpty()) {
            String kind = times.get(0).kind().m_word;
            throw new IllegalArgumentException("The series" + inGroup + " has gaps: no row for " + kind + " "
                + String.join(", ", gaps.subList(0, Math.min(10, gaps.size()))) + (gaps.size() > 10 ? ", ..." : "")
                + ". Add rows with missing values for them (and choose how to treat missing values).");
        }
    }
}
