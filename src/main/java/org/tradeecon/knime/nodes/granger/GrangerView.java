package org.tradeecon.knime.nodes.granger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.BufferedDataTable;
import org.tradeecon.knime.nodes.common.view.Figure;
import org.tradeecon.knime.nodes.common.view.ViewContent;
import org.tradeecon.knime.nodes.common.view.ViewPage;

/**
 * The Granger view, read from the node's own output tables (so it shows exactly what the tables say): per group,
 * a heat map of p-values (cause by effect, one per lag when a lag table was asked for) when all pairs were tested;
 * for one pair, the tests in words and the lag-selection criteria by lag.
 */
final class GrangerView {
    private GrangerView() {
    }

    /** One row of the test table, as the view needs it. */
    private record Test(String cause, String effect, Integer lag, double p, String decision, String statistic,
        double value) {
    }

    /**
     * @param tests output 0
     * @param criteria output 2
     * @param columns the chosen columns, in order (the heat map's rows and columns)
     * @param grouped whether the first column of the tables is the group column
     * @param allPairs whether every ordered pair was tested
     */
    static ViewContent of(final BufferedDataTable tests, final BufferedDataTable criteria, final String[] columns,
        final boolean grouped, final boolean allPairs) {
        Map<String, List<Test>> byGroup = new LinkedHashMap<>();
        DataTableSpec spec = tests.getDataTableSpec();
        int cause = spec.findColumnIndex("Cause");
        int effect = spec.findColumnIndex("Effect");
        int lag = spec.findColumnIndex("Lag");
        int p = spec.findColumnIndex("p-value");
        int decision = spec.findColumnIndex("Decision at alpha");
        int statistic = spec.findColumnIndex("Statistic");
        int value = spec.findColumnIndex("Statistic value");
        for (DataRow r : tests) {
            byGroup.computeIfAbsent(grouped ? r.getCell(0).toString() : "", k -> new ArrayList<>())
                .add(new Test(text(r.getCell(cause)), text(r.getCell(effect)),
                    r.getCell(lag).isMissing() ? null : (int)number(r.getCell(lag)), number(r.getCell(p)),
                    text(r.getCell(decision)), text(r.getCell(statistic)), number(r.getCell(value))));
        }
        List<ViewPage> pages = new ArrayList<>();
        for (Map.Entry<String, List<Test>> e : byGroup.entrySet()) {
            String title = grouped ? "Group \"" + e.getKey() + "\"" : "Granger causality";
            pages.add(allPairs ? heatMaps(title, e.getValue(), columns)
                : onePair(title, e.getValue(), criteria, grouped ? e.getKey() : null));
        }
        return new ViewContent(pages);
    }

    private static ViewPage heatMaps(final String title, final List<Test> tests, final String[] columns) {
        Map<Integer, double[][]> byLag = new TreeMap<>();
        List<String> names = List.of(columns);
        boolean lagTable = tests.stream().map(Test::lag).distinct().count() > 1;
        for (Test t : tests) {
            Integer key = lagTable ? t.lag() : Integer.valueOf(0);
            if (key == null) {
                continue; // a pair not tested: its cell stays "not tested" in every map
            }
            double[][] m = byLag.computeIfAbsent(key, k -> nanMatrix(columns.length));
            m[names.indexOf(t.cause())][names.indexOf(t.effect())] = t.p();
        }
        if (byLag.isEmpty()) {
            byLag.put(0, nanMatrix(columns.length));
        }
        List<Figure> maps = new ArrayList<>();
        for (Map.Entry<Integer, double[][]> e : byLag.entrySet()) {
            String what = lagTable ? "p-values at lag " + e.getKey() : "p-values";
            maps.add(new Figure.HeatMap(what, "cause (row)", "effect (column)", names, names, e.getValue()));
        }
        long rejected = tests.stream().filter(t -> t.decision().startsWith("Reject")).count();
        return new ViewPage(title, List.of("Null hypothesis in each cell: the row does not Granger-cause the column.",
            rejected + " of " + tests.size() + " tests reject it at the chosen significance level."), maps);
    }

    private static double[][] nanMatrix(final int n) {
        double[][] m = new double[n][n];
        for (double[] r : m) {
            Arrays.fill(r, Double.NaN);
        }
        return m;
    }

    private static ViewPage onePair(final String title, final List<Test> tests, final BufferedDataTable criteria,
        final String group) {
        List<String> text = new ArrayList<>();
        for (Test t : tests) {
            text.add(t.lag() == null ? t.cause() + " \u2192 " + t.effect() + ": " + t.decision()
                : String.format(Locale.ROOT, "%s \u2192 %s, lag %d: %s %.4f, p-value %.4g. Decision: %s", t.cause(),
                    t.effect(), t.lag(), t.statistic(), t.value(), t.p(), t.decision()));
        }
        return new ViewPage(title, text, criteriaCharts(criteria, group));
    }

    /** @return one chart per direction: each criterion's value by lag */
    private static List<Figure> criteriaCharts(final BufferedDataTable criteria, final String group) {
        DataTableSpec spec = criteria.getDataTableSpec();
        boolean grouped = group != null;
        int cause = spec.findColumnIndex("Cause");
        int effect = spec.findColumnIndex("Effect");
        int criterion = spec.findColumnIndex("Criterion");
        int lag = spec.findColumnIndex("Lag");
        int value = spec.findColumnIndex("Criterion value");
        Map<String, Map<String, TreeMap<Integer, Double>>> byDirection = new LinkedHashMap<>();
        for (DataRow r : criteria) {
            if (grouped && !r.getCell(0).toString().equals(group)) {
                continue;
            }
            byDirection.computeIfAbsent(text(r.getCell(cause)) + " \u2192 " + text(r.getCell(effect)),
                k -> new LinkedHashMap<>()).computeIfAbsent(text(r.getCell(criterion)), k -> new TreeMap<>())
                .put((int)number(r.getCell(lag)), number(r.getCell(value)));
        }
        List<Figure> charts = new ArrayList<>();
        for (Map.Entry<String, Map<String, TreeMap<Integer, Double>>> d : byDirection.entrySet()) {
            TreeMap<Integer, Double> first = d.getValue().values().iterator().next();
            double[] lags = first.keySet().stream().mapToDouble(Integer::doubleValue).toArray();
            List<Figure.Line> lines = new ArrayList<>();
            for (Map.Entry<String, TreeMap<Integer, Double>> c : d.getValue().entrySet()) {
                double[] y = new double[lags.length];
                for (int i = 0; i < lags.length; i++) {
                    Double v = c.getValue().get((int)lags[i]);
                    y[i] = v == null ? Double.NaN : v;
                }
                lines.add(new Figure.Line(c.getKey(), y));
            }
            charts.add(new Figure.LineChart("Lag selection, " + d.getKey() + " (smaller is better)", "Lag", lags,
                lines, false));
        }
        return charts;
    }

    private static String text(final DataCell c) {
        return c.isMissing() ? "" : c.toString();
    }

    private static double number(final DataCell c) {
        return c.isMissing() ? Double.NaN : ((DoubleValue)c).getDoubleValue();
    }
}
