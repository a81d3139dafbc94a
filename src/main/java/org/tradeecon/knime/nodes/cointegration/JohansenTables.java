package org.tradeecon.knime.nodes.cointegration;

import static org.tradeecon.knime.nodes.common.ResultCells.column;
import static org.tradeecon.knime.nodes.common.ResultCells.of;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.tradeecon.knime.engine.cointegration.Johansen;
import org.tradeecon.knime.engine.cointegration.JohansenOptions;
import org.tradeecon.knime.engine.cointegration.JohansenResult;
import org.tradeecon.knime.engine.cointegration.JohansenResult.RankTest;
import org.tradeecon.knime.engine.cointegration.JohansenResult.Statistic;
import org.tradeecon.knime.engine.simulation.SimulationCancelledException;
import org.tradeecon.knime.engine.unitroot.UnitRootResult;
import org.tradeecon.knime.nodes.common.Cells;
import org.tradeecon.knime.nodes.common.MissingValuePolicy;
import org.tradeecon.knime.nodes.common.RegressionColumns;
import org.tradeecon.knime.nodes.common.RegressionNodeRunner;
import org.tradeecon.knime.nodes.common.ResultCells;
import org.tradeecon.knime.nodes.common.ResultTableBuilder;
import org.tradeecon.knime.nodes.common.ResultVariables;
import org.tradeecon.knime.nodes.common.SeriesTable;
import org.tradeecon.knime.nodes.common.SimulationProgress;
import org.tradeecon.knime.nodes.common.view.Figure;
import org.tradeecon.knime.nodes.common.view.ViewContent;
import org.tradeecon.knime.nodes.common.view.ViewPage;

/**
 * The Johansen method of the Cointegration Test node: runs {@link Johansen} once per group on the dependent column
 * followed by the other series (the order of the rows of β, normalised on the dependent column) and writes its
 * three outputs: the rank tests in words, the details (eigenvalues, cointegrating vectors, loadings, lag search,
 * conventions) and the input with the estimated cointegrating relations appended (Engle-Granger's third port has
 * the cointegrating regression's residuals; these are Johansen's analogue).
 */
final class JohansenTables {

    /** The levels of the engine's simulated critical values, as columns. */
    private static final double[] LEVELS = {0.10, 0.05, 0.01};

    private JohansenTables() {
    }

    /** @return the columns of the results table (port 0), one row per rank hypothesis */
    static DataColumnSpec[] resultColumns() {
        List<DataColumnSpec> c = new ArrayList<>();
        c.add(column("Rank hypothesis", StringCell.TYPE));
        for (Statistic s : Statistic.values()) {
            String name = name(s);
            c.add(column("Alternative (" + s.words() + ")", StringCell.TYPE));
            c.add(column(name + " statistic", DoubleCell.TYPE));
            for (double level : LEVELS) {
                c.add(column(name + " critical value " + UnitRootResult.percent(level), DoubleCell.TYPE));
            }
            c.add(column(name + " p-value", DoubleCell.TYPE));
        }
        c.add(column("Decision at alpha", StringCell.TYPE));
        return c.toArray(DataColumnSpec[]::new);
    }

    /** @return the columns of the details table (port 1) */
    static DataColumnSpec[] detailColumns() {
        return new DataColumnSpec[]{column("Quantity", StringCell.TYPE), column("Relation", IntCell.TYPE),
            column("Variable", StringCell.TYPE), column("Value", DoubleCell.TYPE), column("Note", StringCell.TYPE)};
    }

    /** @return the input spec with one column per cointegrating relation (k of them, k the number of series) */
    static DataTableSpec relationsSpec(final DataTableSpec in, final int series) {
        DataTableSpec out = in;
        for (int j = 1; j <= series; j++) {
            String name = DataTableSpec.getUniqueColumnName(out, "Cointegrating relation " + j);
            out = new DataTableSpec(out, new DataTableSpec(column(name, DoubleCell.TYPE)));
        }
        return out;
    }

    /** @return the specs of the three outputs */
    static DataTableSpec[] outSpecs(final RegressionColumns cols, final DataTableSpec in) {
        return new DataTableSpec[]{ResultTableBuilder.spec(cols.groupSpec(), resultColumns()),
            ResultTableBuilder.spec(cols.groupSpec(), detailColumns()), relationsSpec(in, cols.all().length)};
    }

    /** Where the node's warning message, view and flow variables go. */
    record Reports(java.util.function.Consumer<String> warningMessage,
        java.util.function.Consumer<ViewContent> view, ResultVariables.Sink variables) {
    }

    /**
     * @return the three output tables
     * @throws IllegalArgumentException from the engine, naming the group
     */
    static BufferedDataTable[] execute(final BufferedDataTable in, final ExecutionContext exec,
        final RegressionColumns cols, final MissingValuePolicy policy, final JohansenOptions options,
        final Reports reports) throws Exception {
        String[] names = cols.all();
        SeriesTable table = SeriesTable.read(in, names, cols.time(), cols.group(), exec.createSubProgress(0.05));
        ResultTableBuilder results = new ResultTableBuilder(exec, cols.groupSpec(), resultColumns());
        ResultTableBuilder details = new ResultTableBuilder(exec, cols.groupSpec(), detailColumns());
        BufferedDataContainer relations = exec.createDataContainer(relationsSpec(in.getDataTableSpec(), names.length));
        List<String> warnings = new ArrayList<>();
        List<ViewPage> pages = new ArrayList<>();
        JohansenResult last = null;
        int done = 0;
        for (SeriesTable.Group g : table.groups()) {
            exec.checkCanceled();
            RegressionColumns.Sample s = cols.sample(g, policy, warnings);
            double[][] series = new double[names.length][];
            series[0] = s.y();
            System.arraycopy(s.x(), 0, series, 1, s.x().length);
            String group = g.groupCell() == null ? "" : " (group \"" + g.groupName() + "\")";
            JohansenResult r;
            try {
                r = Johansen.test(series, names, options,
                    SimulationProgress.of(exec, "Simulating Johansen critical values" + group));
            } catch (IllegalArgumentException e) {
                throw g.inGroup(e);
            } catch (SimulationCancelledException e) {
                exec.checkCanceled(); // the user cancelled during the simulation: stop as KNIME expects
                throw e;
            }
            String where = RegressionNodeRunner.warningPrefix(g);
            r.warnings().forEach(w -> warnings.add(where + w));
            resultRows(r).forEach(row -> results.add(g, row));
            detailRows(r, g, s.start()).forEach(row -> details.add(g, row));
            double[][] z = relations(r, series);
            appendRelations(relations, g, s.start(), z);
            pages.add(viewPage(r, g, s.start(), z));
            last = r;
            exec.setProgress(0.05 + 0.95 * ++done / table.groups().size());
        }
        relations.close();
        reports.warningMessage().accept(warnings.isEmpty() ? null : String.join("\n", warnings));
        reports.view().accept(new ViewContent(pages));
        if (cols.group() == null && last != null) {
            variables(last, reports.variables());
        }
        return new BufferedDataTable[]{results.build(), details.build(), relations.getTable()};
    }

    private static String name(final Statistic s) {
        return s == Statistic.TRACE ? "Trace" : "Maximum-eigenvalue";
    }

    /** One row per rank hypothesis r = 0..k − 1: both tests and the decisions at α. */
    static List<DataCell[]> resultRows(final JohansenResult r) {
        List<DataCell[]> rows = new ArrayList<>();
        for (int i = 0; i < r.traceTests().size(); i++) {
            List<DataCell> row = new ArrayList<>();
            RankTest trace = r.traceTests().get(i);
            row.add(new StringCell(trace.nullHypothesis()));
            List<String> decisions = new ArrayList<>();
            for (RankTest t : List.of(trace, r.maxEigenvalueTests().get(i))) {
                row.add(new StringCell(t.alternativeHypothesis()));
                row.add(new DoubleCell(t.value()));
                for (double level : LEVELS) {
                    row.add(Cells.ofDouble(t.criticalValues().get(level)));
                }
                row.add(new DoubleCell(t.pValue()));
                decisions.add(t.statistic().words() + " test: " + t.decision(r.alpha()));
            }
            row.add(new StringCell(String.join("; ", decisions)));
            rows.add(row.toArray(DataCell[]::new));
        }
        return rows;
    }

    /** The rank in words for the decision variable and the details: "cointegration (rank 1)" or "no ...". */
    static String conclusion(final int rank, final int series) {
        return rank == 0 ? "no cointegration"
            : rank == series ? "full rank: the series are stationary in levels (no unit root to share)"
                : "cointegration (rank " + rank + ")";
    }

    static List<DataCell[]> detailRows(final JohansenResult r, final SeriesTable.Group g, final int first) {
        List<DataCell[]> rows = new ArrayList<>();
        DataCell none = of((String)null);
        int k = r.names().size();
        for (Statistic s : Statistic.values()) {
            int rank = r.selectedRank(s, r.alpha());
            rows.add(new DataCell[]{new StringCell("Rank chosen by the " + s.words() + " test at "
                + UnitRootResult.percent(r.alpha())), of((Integer)null), none, new DoubleCell(rank),
                new StringCell(conclusion(rank, k) + "; testing rank 0, 1, ... in turn, the first hypothesis not"
                    + " rejected")});
        }
        double[] eigenvalues = r.eigenvalues();
        for (int j = 0; j < k; j++) {
            rows.add(new DataCell[]{new StringCell("Eigenvalue"), new IntCell(j + 1), none,
                new DoubleCell(eigenvalues[j]), none});
        }
        addMatrix(rows, "Cointegrating vector", r.cointegratingVectors(), r.cointegratingVectorRows(),
            "normalised on " + r.names().get(0) + " = 1");
        addMatrix(rows, "Loading", r.loadings(), r.names(), "adjustment of the variable's equation to the relation");
        rows.add(new DataCell[]{new StringCell("Lagged differences"), of((Integer)null), none,
            new DoubleCell(r.lags()), new StringCell(r.lagOrder().description() + "; the VAR in levels has "
                + ResultCells.count(r.lags() + 1, "lag"))});
        rows.add(new DataCell[]{new StringCell("Observations"), of((Integer)null), none,
            new DoubleCell(r.observations()), new StringCell("T of the VECM, " + ResultCells.sample(g,
                first + r.lags() + 1, first + r.lags() + 1 + r.observations()))});
        for (JohansenResult.Candidate c : r.candidates()) {
            String p = "p = " + c.lags();
            String chosen = c.lags() == r.lags() ? "chosen" : null;
            rows.add(new DataCell[]{new StringCell("Lag search: AIC"), of((Integer)null), new StringCell(p),
                new DoubleCell(c.aic()), of(chosen)});
            rows.add(new DataCell[]{new StringCell("Lag search: BIC"), of((Integer)null), new StringCell(p),
                new DoubleCell(c.bic()), of(chosen)});
            rows.add(new DataCell[]{new StringCell("Lag search: HQ"), of((Integer)null), new StringCell(p),
                new DoubleCell(c.hq()), of(chosen)});
        }
        r.conventions().forEach((key, text) -> rows.add(new DataCell[]{new StringCell("Convention: " + key),
            of((Integer)null), none, of((Double)null), new StringCell(text)}));
        r.warnings().forEach(w -> rows.add(new DataCell[]{new StringCell("Warning"), of((Integer)null), none,
            of((Double)null), new StringCell(w)}));
        return rows;
    }

    /** Column j of {@code m} as rows "quantity, j + 1, variable, value". */
    private static void addMatrix(final List<DataCell[]> rows, final String quantity, final double[][] m,
        final List<String> rowNames, final String note) {
        for (int j = 0; j < m[0].length; j++) {
            for (int i = 0; i < m.length; i++) {
                rows.add(new DataCell[]{new StringCell(quantity), new IntCell(j + 1), new StringCell(rowNames.get(i)),
                    new DoubleCell(m[i][j]), new StringCell(note)});
            }
        }
    }

    /**
     * @return z[j][t] = β_j'(X_t, d_t) for every observation t of the sample, d_t the restricted constant (1) or
     *         trend (t + 1) when the case has one
     */
    static double[][] relations(final JohansenResult r, final double[][] series) {
        double[][] beta = r.cointegratingVectors();
        int k = series.length;
        int n = series[0].length;
        double[][] z = new double[k][n];
        for (int j = 0; j < k; j++) {
            for (int t = 0; t < n; t++) {
                double v = 0;
                for (int i = 0; i < k; i++) {
                    v += beta[i][j] * series[i][t];
                }
                if (r.deterministic().hasRestrictedTerm()) {
                    v += beta[k][j] * ("trend".equals(r.deterministic().restrictedTermName()) ? t + 1.0 : 1.0);
                }
                z[j][t] = v;
            }
        }
        return z;
    }

    private static void appendRelations(final BufferedDataContainer out, final SeriesTable.Group g, final int first,
        final double[][] z) {
        for (int row = 0; row < g.size(); row++) {
            int t = row - first;
            DataCell[] cells = new DataCell[z.length];
            for (int j = 0; j < z.length; j++) {
                cells[j] = Cells.ofDouble(t >= 0 && t < z[j].length ? z[j][t] : Double.NaN);
            }
            out.addRowToTable(Cells.append(g.rows().get(row), cells));
        }
    }

    /** The view: the relations of the chosen rank (at least the first) over time, with the summary's key lines. */
    private static ViewPage viewPage(final JohansenResult r, final SeriesTable.Group g, final int first,
        final double[][] z) {
        int n = z[0].length;
        double[] axis = Arrays.copyOfRange(g.chartAxis(), first, first + n);
        int rank = r.selectedRank(Statistic.TRACE, r.alpha());
        List<Figure> figures = new ArrayList<>();
        for (int j = 0; j < Math.max(1, Math.min(rank, z.length)); j++) {
            figures.add(new Figure.LineChart("Cointegrating relation " + (j + 1) + " (eigenvalue "
                + String.format(Locale.ROOT, "%.4g", r.eigenvalues()[j]) + ")", g.chartAxisLabel(), axis,
                List.of(new Figure.Line("relation " + (j + 1), z[j])), false));
        }
        List<String> text = new ArrayList<>();
        text.add(String.format(Locale.ROOT, "Johansen test, case %d (%s), %s, T = %d: rank %d by the trace test,"
            + " %d by the maximum-eigenvalue test at %s.", r.deterministic().number(), r.deterministic().description(),
            ResultCells.count(r.lags(), "lagged difference"), r.observations(), rank,
            r.selectedRank(Statistic.MAX_EIGENVALUE, r.alpha()), UnitRootResult.percent(r.alpha())));
        text.addAll(r.warnings());
        String title = "Johansen: " + String.join(", ", r.names())
            + (g.groupCell() == null ? "" : " (group \"" + g.groupName() + "\")");
        return new ViewPage(title, text, figures);
    }

    /** The flow variables of an ungrouped run (names listed in the node description). */
    static void variables(final JohansenResult r, final ResultVariables.Sink sink) {
        int rank = r.selectedRank(Statistic.TRACE, r.alpha());
        sink.string("cointegration.decision", conclusion(rank, r.names().size()));
        sink.integer("cointegration.rank", rank);
        sink.integer("cointegration.rank_max_eigenvalue", r.selectedRank(Statistic.MAX_EIGENVALUE, r.alpha()));
        for (int i = 0; i < r.traceTests().size(); i++) {
            String base = "cointegration.r" + i + ".";
            sink.number(base + "trace", r.traceTests().get(i).value());
            sink.number(base + "trace_p_value", r.traceTests().get(i).pValue());
            sink.number(base + "max_eigenvalue", r.maxEigenvalueTests().get(i).value());
            sink.number(base + "max_eigenvalue_p_value", r.maxEigenvalueTests().get(i).pValue());
        }
        sink.integer("cointegration.lags", r.lags());
        sink.integer("cointegration.observations", r.observations());
    }
}
