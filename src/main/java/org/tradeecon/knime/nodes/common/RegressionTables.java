package org.tradeecon.knime.nodes.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.tradeecon.knime.engine.regression.CoefficientTable;
import org.tradeecon.knime.engine.regression.TestDistribution;
import org.tradeecon.knime.engine.regression.DiagnosticResult;
import org.tradeecon.knime.engine.regression.OlsFit;

/**
 * The output tables shared by the regression nodes: a coefficient table, a table of model statistics in words,
 * and the input rows with fitted values and residuals appended. Only converts engine results to cells.
 */
public final class RegressionTables {
    /** Confidence level of the intervals in the coefficient table. */
    public static final double CONFIDENCE = 0.95;

    private RegressionTables() {
    }

    /** @return the columns of the coefficient table (without the group column) */
    public static DataColumnSpec[] coefficientColumns() {
        return new DataColumnSpec[]{col("Term", StringCell.TYPE), col("Coefficient", DoubleCell.TYPE),
            col("Standard error", DoubleCell.TYPE), col("t statistic", DoubleCell.TYPE),
            col("p-value", DoubleCell.TYPE), col("95% CI lower", DoubleCell.TYPE),
            col("95% CI upper", DoubleCell.TYPE), col("Standard errors", StringCell.TYPE)};
    }

    /** @return one row of cells per term of {@code table}, matching {@link #coefficientColumns()} */
    public static List<DataCell[]> coefficientRows(final CoefficientTable table) {
        return coefficientRows(table, TestDistribution.STUDENT_T);
    }

    /**
     * @param distribution the reference distribution of the t statistics (issue 15: statsmodels reads robust ones
     *        with the standard normal)
     * @return one row of cells per term of {@code table}, p-values and intervals from {@code distribution}
     */
    public static List<DataCell[]> coefficientRows(final CoefficientTable table, final TestDistribution distribution) {
        double[] b = table.estimates();
        double[] se = table.standardErrors();
        double[] t = table.tValues();
        double[] p = distribution.pValues(table);
        double[][] ci = distribution.confidenceIntervals(table, CONFIDENCE);
        List<DataCell[]> rows = new ArrayList<>();
        for (int i = 0; i < b.length; i++) {
            rows.add(new DataCell[]{new StringCell(table.names().get(i)), Cells.ofDouble(b[i]), Cells.ofDouble(se[i]),
                Cells.ofDouble(t[i]), Cells.ofDouble(p[i]), Cells.ofDouble(ci[i][0]), Cells.ofDouble(ci[i][1]),
                new StringCell(table.covarianceDescription() + (distribution == TestDistribution.NORMAL
                    ? "; p-values and intervals from the standard normal" : ""))});
        }
        return rows;
    }

    /** @return the columns of the statistics table (without the group column) */
    public static DataColumnSpec[] statisticsColumns() {
        return new DataColumnSpec[]{col("Statistic", StringCell.TYPE), col("Value", DoubleCell.TYPE),
            col("Standard error", DoubleCell.TYPE), col("p-value", DoubleCell.TYPE),
            col("Degrees of freedom", StringCell.TYPE), col("Null hypothesis", StringCell.TYPE),
            col("Note", StringCell.TYPE)};
    }

    /**
     * One row of the statistics table; NaN numbers and null texts become missing cells.
     *
     * @param name the statistic in words
     * @param value its value
     * @param standardError its standard error (NaN if none)
     * @param pValue its p-value (NaN if not a test)
     * @param df degrees of freedom in words, e.g. "chi2(1)" or "F(3, 10)" (null if none)
     * @param nullHypothesis for tests, in words (null otherwise)
     * @param note how to read it, or why it is missing (null if nothing to say)
     */
    public static DataCell[] statistic(final String name, final double value, final double standardError,
        final double pValue, final String df, final String nullHypothesis, final String note) {
        return new DataCell[]{new StringCell(name), Cells.ofDouble(value), Cells.ofDouble(standardError),
            Cells.ofDouble(pValue), text(df), text(nullHypothesis), text(note)};
    }

    /** @return the "Condition number" row of the statistics table for a fit */
    public static DataCell[] conditionNumber(final OlsFit fit) {
        return statistic("Condition number", fit.conditionNumber(), String.format(Locale.ROOT, "2-norm condition"
            + " number of the design with its columns scaled to unit length; above %.0e the node warns (nearly"
            + " collinear regressors)", OlsFit.CONDITION_WARNING));
    }

    /** A statistic without standard error, p-value or degrees of freedom; its note may be null. */
    public static DataCell[] statistic(final String name, final double value, final String note) {
        return statistic(name, value, Double.NaN, Double.NaN, null, null, note);
    }

    /** @return the input spec with "Fitted value" and "Residual" appended (renamed if those names exist) */
    public static DataTableSpec fittedSpec(final DataTableSpec in) {
        String fitted = DataTableSpec.getUniqueColumnName(in, "Fitted value");
        DataTableSpec withFitted = new DataTableSpec(in, new DataTableSpec(col(fitted, DoubleCell.TYPE)));
        String residual = DataTableSpec.getUniqueColumnName(withFitted, "Residual");
        return new DataTableSpec(withFitted, new DataTableSpec(col(residual, DoubleCell.TYPE)));
    }

    /**
     * Appends all rows of {@code g} (in time order) with the fit's fitted values and residuals at the sample rows
     * and missing cells elsewhere.
     *
     * @param first the group row of the fit's first observation
     */
    public static void appendFitted(final BufferedDataContainer out, final SeriesTable.Group g, final int first,
        final OlsFit fit) {
        double[] fitted = fit.fittedValues();
        double[] residuals = fit.residuals();
        for (int r = 0; r < g.size(); r++) {
            int i = r - first;
            boolean in = i >= 0 && i < fitted.length;
            out.addRowToTable(Cells.append(g.rows().get(r), Cells.ofDouble(in ? fitted[i] : Double.NaN),
                Cells.ofDouble(in ? residuals[i] : Double.NaN)));
        }
    }

    /** @return the test's reference distribution in words, e.g. "F(3, 10)", "chi2(1)" or "N(0,1)" */
    public static String distribution(final DiagnosticResult t) {
        return switch (t.distribution()) {
            case "F" -> String.format(Locale.ROOT, "F(%.0f, %.0f)", t.df1(), t.df2());
            case "chi2" -> String.format(Locale.ROOT, "chi2(%.0f)", t.df1());
            case "t" -> String.format(Locale.ROOT, "t(%.0f)", t.df2());
            default -> t.distribution();
        };
    }

    /** A row of the statistics table for a test, with its distribution, null hypothesis and a note. */
    public static DataCell[] test(final String name, final DiagnosticResult t, final String note) {
        return statistic(name, t.statistic(), Double.NaN, t.pValue(), distribution(t), t.nullHypothesis(),
            t.isDefined() ? note : t.undefinedReason());
    }

    private static DataCell text(final String s) {
        return s == null ? DataType.getMissingCell() : new StringCell(s);
    }

    private static DataColumnSpec col(final String name, final DataType type) {
        return new DataColumnSpecCreator(name, type).createSpec();
    }
}
