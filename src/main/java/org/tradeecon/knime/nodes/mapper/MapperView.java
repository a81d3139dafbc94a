package org.tradeecon.knime.nodes.mapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.BufferedDataTable;
import org.tradeecon.knime.nodes.common.view.Figure;
import org.tradeecon.knime.nodes.common.view.ViewContent;
import org.tradeecon.knime.nodes.common.view.ViewPage;

/**
 * The Category Mapper view, read from the node's own output tables: how many records and how much value got no
 * category, and, when the node aggregates, exports, imports and the balance of each category by year.
 */
final class MapperView {
    private MapperView() {
    }

    /**
     * @param out0 the first output (aggregated by year and category, or the input with categories appended)
     * @param unmapped the codes without a category
     * @param aggregated whether out0 is the aggregate
     */
    static ViewContent of(final BufferedDataTable out0, final Unmapped unmapped, final boolean aggregated) {
        List<String> text = new ArrayList<>(unmapped.text());
        List<Figure> figures = new ArrayList<>();
        if (aggregated) {
            figures.addAll(byCategory(out0));
        } else {
            text.add("Tick \"" + CategoryMapperSettings.LABEL_AGGREGATE
                + "\" to see the value of each category by year here.");
        }
        return new ViewContent(List.of(new ViewPage("High-tech categories", text, figures)));
    }

    /**
     * The codes without a category, summed from the second output.
     *
     * @param records the number of input records
     * @param withoutCategory how many of them got no category
     * @param valueShare the share of the value they carry, NaN without a value column
     * @param largest up to five codes, largest first, with their record counts in words
     * @param more whether there are more such codes than listed
     */
    record Unmapped(long records, long withoutCategory, double valueShare, List<String> largest, boolean more) {
        static Unmapped of(final BufferedDataTable unmapped, final long records) {
            DataTableSpec spec = unmapped.getDataTableSpec();
            int code = spec.findColumnIndex("Code");
            int count = spec.findColumnIndex("Records");
            int share = spec.findColumnIndex("Share of value");
            long without = 0;
            double shareSum = 0;
            List<String> top = new ArrayList<>();
            for (DataRow r : unmapped) {
                long c = (long)number(r.getCell(count));
                without += c;
                shareSum += number(r.getCell(share)); // NaN without a value column, and then NaN in total
                if (top.size() < 5) {
                    top.add(r.getCell(code) + " (" + c + " record" + (c == 1 ? "" : "s") + ")");
                }
            }
            return new Unmapped(records, without, without == 0 ? 0 : shareSum, top, unmapped.size() > top.size());
        }

        List<String> text() {
            List<String> text = new ArrayList<>();
            text.add(String.format(Locale.ROOT, "%d of %d records got no category%s.", withoutCategory, records,
                !Double.isNaN(valueShare) && withoutCategory > 0
                    ? String.format(Locale.ROOT, "; they carry %.2f%% of the value", 100 * valueShare) : ""));
            if (!largest.isEmpty()) {
                text.add("Codes without a category (largest first, see the second output): "
                    + String.join(", ", largest) + (more ? ", ..." : "") + ".");
            }
            return text;
        }
    }

    /** @return exports, imports and balance of each category over the years */
    private static List<Figure> byCategory(final BufferedDataTable out0) {
        DataTableSpec spec = out0.getDataTableSpec();
        int year = spec.findColumnIndex("Year");
        int category = spec.findColumnIndex(CategoryMapperNodeModel.COL_CATEGORY);
        int name = spec.findColumnIndex(CategoryMapperNodeModel.COL_NAME);
        String[] measures = {"Exports", "Imports", "Balance (exports - imports)"};
        TreeSet<Integer> years = new TreeSet<>();
        Map<String, Map<Integer, double[]>> values = new LinkedHashMap<>();
        for (DataRow r : out0) {
            int y = (int)number(r.getCell(year));
            years.add(y);
            String label = r.getCell(category) + " " + r.getCell(name);
            double[] v = new double[measures.length];
            for (int m = 0; m < measures.length; m++) {
                v[m] = number(r.getCell(spec.findColumnIndex(measures[m])));
            }
            values.computeIfAbsent(label, k -> new LinkedHashMap<>()).put(y, v);
        }
        double[] axis = years.stream().mapToDouble(Integer::doubleValue).toArray();
        List<Figure> charts = new ArrayList<>();
        for (int m = 0; m < measures.length; m++) {
            List<Figure.Line> lines = new ArrayList<>();
            for (Map.Entry<String, Map<Integer, double[]>> e : values.entrySet()) {
                double[] y = new double[axis.length];
                for (int i = 0; i < axis.length; i++) {
                    double[] v = e.getValue().get((int)axis[i]);
                    y[i] = v == null ? Double.NaN : v[m];
                }
                lines.add(new Figure.Line(e.getKey(), y));
            }
            charts.add(new Figure.LineChart(measures[m] + " by category", "Year", axis, lines, m == 2));
        }
        return charts;
    }

    private static double number(final DataCell c) {
        return c.isMissing() ? Double.NaN : ((DoubleValue)c).getDoubleValue();
    }
}
