package org.tradeecon.knime.nodes.unitroot;

import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.InvalidSettingsException;
import org.tradeecon.knime.engine.regression.CoefficientTable;
import org.tradeecon.knime.engine.unitroot.AdfResult;
import org.tradeecon.knime.engine.unitroot.KpssResult;
import org.tradeecon.knime.engine.unitroot.LagSelection;
import org.tradeecon.knime.engine.unitroot.UnitRootResult;
import org.tradeecon.knime.nodes.common.ResultTableBuilder;

/**
 * Runs the ADF or KPSS test (engine.unitroot) on every chosen column, per group. Output 0: one row per series;
 * output 1: the ADF regression's coefficients and the criterion of every candidate lag (KPSS: the long-run
 * variance). A series the engine cannot test gets a row with its reason instead of stopping the node.
 */
final class UnitRootNodeModel extends SeriesTestNodeModel<UnitRootSettings> {
    static final String ITEM_COEFFICIENT = "Coefficient";
    static final String ITEM_CANDIDATE = "Lag candidate";
    static final String ITEM_LONG_RUN_VARIANCE = "Long-run variance";
    /** Confidence level of the coefficient intervals in the details. */
    static final double CI_LEVEL = 0.95;

    static final DataColumnSpec[] SUMMARY = {Cells.column("Series", StringCell.TYPE),
        Cells.column("Test", StringCell.TYPE), Cells.column("Deterministic terms", StringCell.TYPE),
        Cells.column("Lags used", IntCell.TYPE), Cells.column("Lag rule", StringCell.TYPE),
        Cells.column("Maximum lag", IntCell.TYPE), Cells.column("Observations", IntCell.TYPE),
        Cells.column("Sample", StringCell.TYPE), Cells.column("Statistic", DoubleCell.TYPE),
        Cells.column("p-value", DoubleCell.TYPE), Cells.column("Critical value 1%", DoubleCell.TYPE),
        Cells.column("Critical value 5%", DoubleCell.TYPE), Cells.column("Critical value 10%", DoubleCell.TYPE),
        Cells.column("Null hypothesis", StringCell.TYPE), Cells.column("Decision at alpha", StringCell.TYPE),
        Cells.column("Null rejected", BooleanCell.TYPE), Cells.column("Warnings", StringCell.TYPE)};

    static final DataColumnSpec[] DETAILS = {Cells.column("Series", StringCell.TYPE),
        Cells.column("Item", StringCell.TYPE), Cells.column("Term", StringCell.TYPE),
        Cells.column("Estimate", DoubleCell.TYPE), Cells.column("Standard error", DoubleCell.TYPE),
        Cells.column("t", DoubleCell.TYPE), Cells.column("p-value", DoubleCell.TYPE),
        Cells.column("95% CI lower", DoubleCell.TYPE), Cells.column("95% CI upper", DoubleCell.TYPE),
        Cells.column("Lag", IntCell.TYPE), Cells.column("Criterion", StringCell.TYPE),
        Cells.column("Criterion value", DoubleCell.TYPE), Cells.column("Residual sum of squares", DoubleCell.TYPE),
        Cells.column("Chosen", BooleanCell.TYPE)};

    private static final Double NO_NUMBER = null;
    private static final Integer NO_INT = null;
    private static final String NO_TEXT = null;

    UnitRootNodeModel() {
        super(UnitRootSettings::new, SUMMARY, DETAILS);
    }

    @Override
    protected void test(final Series s, final ResultTableBuilder summary, final ResultTableBuilder details,
        final List<String> nodeWarnings) throws InvalidSettingsException {
        TestSettings t = m_settings.tests();
        UnitRootResult r;
        try {
            r = m_settings.adf() ? t.adf(s.values(), s.name()) : t.kpss(t.terms()).apply(s.values(), s.name());
        } catch (IllegalArgumentException e) {
            notTested(s, e.getMessage(), summary, nodeWarnings);
            return;
        }
        List<String> warnings = s.warnings();
        warnings.addAll(r.warnings());
        warnings.forEach(w -> nodeWarnings.add(s.where() + ": " + w));
        Integer maxLag = null;
        String lagRule;
        if (r instanceof AdfResult adf) {
            LagSelection rule = t.lagRule();
            lagRule = Choice.label(rule, TestSettings.LAG_RULES);
            maxLag = rule == LagSelection.FIXED ? null : adf.maxLag();
            addAdfDetails(s, adf, lagRule, details);
        } else {
            lagRule = Choice.label(t.bandwidth(), TestSettings.BANDWIDTHS);
            details.add(s.group(), Cells.of(s.name()), Cells.of(ITEM_LONG_RUN_VARIANCE),
                Cells.of("Bartlett, " + r.lags() + " lags"), Cells.of(((KpssResult)r).longRunVariance()),
                Cells.of(NO_NUMBER), Cells.of(NO_NUMBER), Cells.of(NO_NUMBER), Cells.of(NO_NUMBER),
                Cells.of(NO_NUMBER), Cells.of(NO_INT), Cells.of(NO_TEXT), Cells.of(NO_NUMBER), Cells.of(NO_NUMBER),
                Cells.of((Boolean)null));
        }
        summary.add(s.group(), Cells.of(s.name()), Cells.of(testLabel()), Cells.of(termsLabel()),
            Cells.of(r.lags()), Cells.of(lagRule), Cells.of(maxLag), Cells.of(r.observations()), Cells.of(s.sample()),
            Cells.of(r.statistic()), Cells.of(r.pValue()), Cells.of(r.criticalValues().get(0.01)),
            Cells.of(r.criticalValues().get(0.05)), Cells.of(r.criticalValues().get(0.10)),
            Cells.of(r.nullHypothesis()), Cells.of(r.decision()), Cells.of(r.rejectsNull()),
            Cells.of(Cells.join(warnings)));
    }

    @Override
    protected DataCell[] notTestedRow(final Series s, final String reason) throws InvalidSettingsException {
        return new DataCell[]{Cells.of(s.name()), Cells.of(testLabel()), Cells.of(termsLabel()), Cells.of(NO_INT),
            Cells.of(NO_TEXT), Cells.of(NO_INT), Cells.of(NO_INT), Cells.of(NO_TEXT), Cells.of(NO_NUMBER),
            Cells.of(NO_NUMBER), Cells.of(NO_NUMBER), Cells.of(NO_NUMBER), Cells.of(NO_NUMBER), Cells.of(NO_TEXT),
            Cells.of("Not tested"), Cells.of((Boolean)null), Cells.of(reason)};
    }

    private String testLabel() throws InvalidSettingsException {
        return Choice.label(m_settings.adf(), UnitRootSettings.TESTS);
    }

    private String termsLabel() throws InvalidSettingsException {
        return Choice.label(m_settings.tests().terms(), TestSettings.TERMS);
    }

    private static void addAdfDetails(final Series s, final AdfResult adf, final String lagRule,
        final ResultTableBuilder details) {
        List<AdfResult.Coefficient> coef = adf.coefficients();
        double[] b = coef.stream().mapToDouble(AdfResult.Coefficient::estimate).toArray();
        // the intervals need only the standard errors: a diagonal covariance carries them
        double[][] cov = new double[b.length][b.length];
        for (int i = 0; i < b.length; i++) {
            cov[i][i] = coef.get(i).standardError() * coef.get(i).standardError();
        }
        double[][] ci = new CoefficientTable(coef.stream().map(AdfResult.Coefficient::name).toList(), b, cov,
            adf.observations() - b.length, "classical OLS").confidenceIntervals(CI_LEVEL);
        for (int i = 0; i < b.length; i++) {
            AdfResult.Coefficient k = coef.get(i);
            details.add(s.group(), Cells.of(s.name()), Cells.of(ITEM_COEFFICIENT), Cells.of(k.name()),
                Cells.of(k.estimate()), Cells.of(k.standardError()), Cells.of(k.tStatistic()), Cells.of(k.pValue()),
                Cells.of(ci[i][0]), Cells.of(ci[i][1]), Cells.of(NO_INT), Cells.of(NO_TEXT), Cells.of(NO_NUMBER),
                Cells.of(NO_NUMBER), Cells.of((Boolean)null));
        }
        String criterion = adf.lagSelection() == LagSelection.T_STAT ? "|t| of the last lag" : lagRule;
        for (AdfResult.LagCandidate k : adf.lagCandidates()) {
            details.add(s.group(), Cells.of(s.name()), Cells.of(ITEM_CANDIDATE), Cells.of("lag " + k.lag()),
                Cells.of(NO_NUMBER), Cells.of(NO_NUMBER), Cells.of(NO_NUMBER), Cells.of(NO_NUMBER),
                Cells.of(NO_NUMBER), Cells.of(NO_NUMBER), Cells.of(k.lag()), Cells.of(criterion),
                Cells.of(k.criterion()), Cells.of(k.residualSumOfSquares()), Cells.of(k.lag() == adf.lags()));
        }
    }
}
