package org.tradeecon.knime.nodes.common;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataType;
import org.knime.core.data.def.BooleanCell.BooleanCellFactory;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;

/** Small conversions from results to cells and column specs, shared by the unit-root nodes. */
public final class ResultCells {
    private ResultCells() {
    }

    public static DataColumnSpec column(final String name, final DataType type) {
        return new DataColumnSpecCreator(name, type).createSpec();
    }

    /** @return a double cell, missing for null or NaN */
    public static DataCell of(final Double v) {
        return v == null ? DataType.getMissingCell() : Cells.ofDouble(v);
    }

    /** @return an integer cell, missing for null */
    public static DataCell of(final Integer v) {
        return v == null ? DataType.getMissingCell() : new IntCell(v);
    }

    /** @return a string cell, missing for null */
    public static DataCell of(final String v) {
        return v == null ? DataType.getMissingCell() : new StringCell(v);
    }

    /** @return a boolean cell, missing for null */
    public static DataCell of(final Boolean v) {
        return v == null ? DataType.getMissingCell() : BooleanCellFactory.create(v);
    }

    /** @return the joined texts, or null if there are none */
    public static String join(final java.util.List<String> texts) {
        return texts.isEmpty() ? null : String.join(" ", texts);
    }

    /**
     * @return the rows {@code [start, end)} of a group in words, e.g. "year 2005 to year 2017" (the group itself is
     *         not repeated; it has its own column)
     */
    public static String sample(final SeriesTable.Group g, final int start, final int end) {
        return period(g, start) + " to " + period(g, end - 1);
    }

    /** @return row {@code i} of the group in words without the group's name, e.g. "year 2008" or row "Row7" */
    public static String period(final SeriesTable.Group g, final int i) {
        return withoutGroup(g, g.describeRow(i));
    }

    private static String withoutGroup(final SeriesTable.Group g, final String where) {
        String suffix = " of group \"" + g.groupName() + "\"";
        return g.groupCell() != null && where.endsWith(suffix) ? where.substring(0, where.length() - suffix.length())
            : where;
    }

    /** @return e.g. "1 lag", "0 lags", "13 observations" */
    public static String count(final int n, final String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
