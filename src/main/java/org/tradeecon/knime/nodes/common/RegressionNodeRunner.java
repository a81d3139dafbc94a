package org.tradeecon.knime.nodes.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.tradeecon.knime.engine.regression.OlsFit;
import org.tradeecon.knime.engine.timeseries.Autocorrelation;
import org.tradeecon.knime.nodes.common.view.Figure;
import org.tradeecon.knime.nodes.common.view.ViewContent;
import org.tradeecon.knime.nodes.common.view.ViewPage;

/**
 * The execute skeleton of the regression nodes (lagged-dependent OLS, DOLS): read the series, estimate once per
 * group, and write three tables (coefficients, statistics in words, the input rows with fitted values and
 * residuals). A node supplies only its estimation of one group ({@link GroupFit}); the rows it writes and the
 * warnings it gives stay the node's own.
 */
public final class RegressionNodeRunner {
    private RegressionNodeRunner() {
    }

    /**
     * One group's estimate.
     *
     * @param fit the regression whose fitted values and residuals go to the third table
     * @param firstRow the group row of the fit's first observation
     * @param coefficientRows rows of the coefficient table ({@link RegressionTables#coefficientColumns()})
     * @param statisticRows rows of the statistics table ({@link RegressionTables#statisticsColumns()})
     * @param fittedName the name of the fit's dependent variable in the view, or null for the dependent column's
     *            (an error-correction form fits its first difference)
     */
    public record GroupResult(OlsFit fit, int firstRow, List<DataCell[]> coefficientRows,
        List<DataCell[]> statisticRows, String fittedName) {
        /** A result whose fit explains the dependent column itself. */
        public GroupResult(final OlsFit fit, final int firstRow, final List<DataCell[]> coefficientRows,
            final List<DataCell[]> statisticRows) {
            this(fit, firstRow, coefficientRows, statisticRows, null);
        }
    }

    /** Estimates one group of the input. */
    @FunctionalInterface
    public interface GroupFit {
        /**
         * @param group the group (its rows in time order)
         * @param sample the rows the missing-value policy keeps
         * @param warnings receives the group's warnings, each prefixed by {@link #warningPrefix}
         * @return the group's rows of the three outputs
         * @throws IllegalArgumentException for bad input; the runner adds the group's name to the message
         */
        GroupResult fit(SeriesTable.Group group, RegressionColumns.Sample sample, List<String> warnings);
    }

    /**
     * @param columns the checked columns
     * @param in the input spec
     * @return the specs of the coefficient table, the statistics table and the input with fitted values
     */
    public static DataTableSpec[] outSpecs(final RegressionColumns columns, final DataTableSpec in) {
        return new DataTableSpec[]{ResultTableBuilder.spec(columns.groupSpec(), RegressionTables.coefficientColumns()),
            ResultTableBuilder.spec(columns.groupSpec(), RegressionTables.statisticsColumns()),
            RegressionTables.fittedSpec(in)};
    }

    /**
     * Runs {@code fitter} on every group of {@code in}, in group order, checking for cancellation between groups.
     *
     * @param policy the missing-value policy that selects each group's sample
     * @param reports where the warning message, the view's pages and the flow variables go
     * @return the coefficient table, the statistics table and the input with fitted values and residuals
     * @throws IllegalArgumentException from {@code fitter} or the missing-value policy, naming the group
     * @throws CanceledExecutionException when the user cancels
     */
    public static BufferedDataTable[] execute(final BufferedDataTable in, final ExecutionContext exec,
        final RegressionColumns cols, final MissingValuePolicy policy, final GroupFit fitter, final Reports reports)
        throws CanceledExecutionException {
        SeriesTable table = SeriesTable.read(in, cols.all(), cols.time(), cols.group(), exec.createSubProgress(0.1));
        ResultTableBuilder coefficients = new ResultTableBuilder(exec, cols.groupSpec(),
            RegressionTables.coefficientColumns());
        ResultTableBuilder statistics = new ResultTableBuilder(exec, cols.groupSpec(),
            RegressionTables.statisticsColumns());
        BufferedDataContainer fitted = exec.createDataContainer(RegressionTables.fittedSpec(in.getDataTableSpec()));
        List<String> warnings = new ArrayList<>();
        List<ViewPage> pages = new ArrayList<>();
        int done = 0;
        for (SeriesTable.Group g : table.groups()) {
            exec.checkCanceled();
            GroupResult result;
            try {
                result = fitter.fit(g, cols.sample(g, policy, warnings), warnings);
            } catch (IllegalArgumentException e) {
                throw g.inGroup(e);
            }
            result.coefficientRows().forEach(r -> coefficients.add(g, r));
            result.statisticRows().forEach(r -> statistics.add(g, r));
            RegressionTables.appendFitted(fitted, g, result.firstRow(), result.fit());
            pages.add(viewPage(result.fittedName() == null ? cols.dependent() : result.fittedName(), g,
                result.firstRow(), result.fit()));
            exec.setProgress(0.1 + 0.9 * ++done / table.groups().size(),
                "Fitted " + cols.dependent() + (g.groupCell() == null ? "" : " for group \"" + g.groupName() + "\""));
        }
        fitted.close();
        reports.warningMessage().accept(warnings.isEmpty() ? null : String.join("\n", warnings));
        reports.view().accept(new ViewContent(pages));
        BufferedDataTable coefficientTable = coefficients.build();
        BufferedDataTable statisticsTable = statistics.build();
        if (cols.group() == null && reports.variables() != null) { // with groups the tables are the answer
            ResultVariables.push(coefficientTable, reports.variablePrefix(), row -> ResultVariables.text(row, 0),
                COEFFICIENT_VARIABLES, reports.variables());
            ResultVariables.push(statisticsTable, reports.variablePrefix(), row -> ResultVariables.text(row, 0),
                STATISTIC_VARIABLES, reports.variables());
        }
        return new BufferedDataTable[]{coefficientTable, statisticsTable, fitted.getTable()};
    }

    /**
     * What a regression node reports besides its tables.
     *
     * @param warningMessage receives the node's warning message (all warnings, one a line), or null without any
     * @param view receives the view's pages, one per group: actual and fitted, residuals, residual ACF
     * @param variablePrefix the first part of the flow variables' names, e.g. "lagged_regression"
     * @param variables receives the flow variables ({@code <prefix>.<term>.coefficient} etc., see
     *            {@link #COEFFICIENT_VARIABLES} and {@link #STATISTIC_VARIABLES}); only without a group column;
     *            null for a node that publishes its own (the bounds and cointegration tests: their decision)
     */
    public record Reports(Consumer<String> warningMessage, Consumer<ViewContent> view, String variablePrefix,
        ResultVariables.Sink variables) {
    }

    /** Coefficient-table column to the last part of {@code <prefix>.<term>.<name>}. */
    static final java.util.Map<String, String> COEFFICIENT_VARIABLES = ResultVariables.ordered("Coefficient",
        "coefficient", "Standard error", "standard_error", "p-value", "p_value");
    /** Statistics-table column to the last part of {@code <prefix>.<statistic>.<name>}. */
    static final java.util.Map<String, String> STATISTIC_VARIABLES = ResultVariables.ordered("Value", "value",
        "p-value", "p_value");

    /** @return a group's view page: actual and fitted over time, the residuals, and their correlogram */
    static ViewPage viewPage(final String dependent, final SeriesTable.Group g, final int first, final OlsFit fit) {
        double[] fitted = fit.fittedValues();
        double[] residuals = fit.residuals();
        int n = fitted.length;
        double[] actual = new double[n];
        Arrays.setAll(actual, i -> fitted[i] + residuals[i]);
        double[] axis = Arrays.copyOfRange(g.chartAxis(), first, first + n);
        String sample = ResultCells.sample(g, first, first + n);
        List<String> text = new ArrayList<>();
        text.add(String.format(Locale.ROOT, "Dependent variable %s, %s (%s): R\u00b2 %.4f, adjusted R\u00b2 %.4f, "
            + "standard error of the regression %.4g.", dependent, sample, ResultCells.count(n, "observation"),
            fit.rSquared(), fit.adjustedRSquared(), fit.sigma()));
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure.LineChart("Actual and fitted " + dependent, g.chartAxisLabel(), axis,
            List.of(new Figure.Line("actual", actual), new Figure.Line("fitted", fitted)), false));
        figures.add(new Figure.LineChart("Residuals", g.chartAxisLabel(), axis,
            List.of(new Figure.Line("residual", residuals)), true));
        try {
            figures.add(new Figure.Correlogram("ACF of the residuals",
                Arrays.copyOfRange(Autocorrelation.acf(residuals, Autocorrelation.defaultMaxLag(n)), 1,
                    Autocorrelation.defaultMaxLag(n) + 1), Autocorrelation.whiteNoiseBand(n)));
        } catch (IllegalArgumentException e) {
            text.add("ACF of the residuals not drawn: " + e.getMessage());
        }
        String title = g.groupCell() == null ? dependent : dependent + " (group \"" + g.groupName() + "\")";
        return new ViewPage(title, text, figures);
    }

    /** @return {@code Group "name": } for grouped input, empty otherwise: what a group's warnings start with */
    public static String warningPrefix(final SeriesTable.Group g) {
        return g.groupCell() == null ? "" : "Group \"" + g.groupName() + "\": ";
    }
}
