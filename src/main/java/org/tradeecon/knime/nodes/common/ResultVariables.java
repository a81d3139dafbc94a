package org.tradeecon.knime.nodes.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.BufferedDataTable;

/**
 * Publishes the key figures of a result table as flow variables, so that a workflow can branch on them (e.g. on
 * whether a series is I(1)): one variable per row and chosen column, named {@code <prefix>.<row>.<name>}, e.g.
 * {@code integration.PATENT.order}. Integer cells become integer variables, other numbers double variables, text
 * string variables, booleans the strings "true" / "false" (which KNIME accepts for boolean settings); a missing
 * cell (a series that was not tested) publishes nothing.
 */
public final class ResultVariables {
    private ResultVariables() {
    }

    /** Where the variables go: the node model's {@code pushFlowVariable...} methods. */
    public interface Sink {
        void string(String name, String value);

        void integer(String name, int value);

        void number(String name, double value);
    }

    /**
     * @param table a result table (one row per series or pair)
     * @param prefix the first part of every name, e.g. "unit_root"
     * @param rowName the middle part, from a row (e.g. the series name)
     * @param columns result column name to the last part of the variable name, in push order
     * @param sink receives each variable
     */
    public static void push(final BufferedDataTable table, final String prefix, final Function<DataRow, String> rowName,
        final Map<String, String> columns, final Sink sink) {
        for (DataRow row : table) {
            String base = prefix + "." + rowName.apply(row) + ".";
            for (Map.Entry<String, String> c : columns.entrySet()) {
                int index = table.getDataTableSpec().findColumnIndex(c.getKey());
                if (index < 0) {
                    throw new IllegalStateException("no result column " + c.getKey()); // a coding error
                }
                push(row.getCell(index), base + c.getValue(), sink);
            }
        }
    }

    private static void push(final DataCell cell, final String name, final Sink sink) {
        if (cell.isMissing()) {
            return;
        }
        if (cell instanceof BooleanValue b) {
            sink.string(name, Boolean.toString(b.getBooleanValue()));
        } else if (cell instanceof IntValue i) {
            sink.integer(name, i.getIntValue());
        } else if (cell instanceof DoubleValue d) {
            sink.number(name, d.getDoubleValue());
        } else if (cell instanceof StringValue s) {
            sink.string(name, s.getStringValue());
        } else {
            sink.string(name, cell.toString());
        }
    }

    /** @return the map of {@code columnThenName} pairs (column, name, column, name, ...), in that order */
    public static Map<String, String> ordered(final String... columnThenName) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < columnThenName.length; i += 2) {
            out.put(columnThenName[i], columnThenName[i + 1]);
        }
        return Collections.unmodifiableMap(out);
    }

    /** @return the text of the row's cell in column {@code index} */
    public static String text(final DataRow row, final int index) {
        return row.getCell(index).toString();
    }
}
