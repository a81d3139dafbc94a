package org.tradeecon.knime.nodes.unitroot;

import static org.tradeecon.knime.nodes.common.ResultCells.column;
import static org.tradeecon.knime.nodes.common.ResultCells.join;
import static org.tradeecon.knime.nodes.common.ResultCells.of;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.InvalidSettingsException;
import org.tradeecon.knime.engine.regression.CoefficientTable;
import org.tradeecon.knime.engine.simulation.SimulatedInference;
import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.tradeecon.knime.engine.unitroot.AdfResult;
import org.tradeecon.knime.engine.unitroot.AdfSimulation;
import org.tradeecon.knime.engine.unitroot.KpssSimulation;
import org.tradeecon.knime.engine.unitroot.Deterministic;
import org.tradeecon.knime.engine.unitroot.DfGlsResult;
import org.tradeecon.knime.engine.unitroot.PhillipsPerronResult;
import org.tradeecon.knime.engine.unitroot.ZivotAndrewsResult;
import org.tradeecon.knime.engine.unitroot.KpssResult;
import org.tradeecon.knime.engine.unitroot.LagSelection;
import org.tradeecon.knime.engine.unitroot.UnitRootResult;
import org.tradeecon.knime.nodes.common.ResultTableBuilder;
import org.tradeecon.knime.nodes.common.ResultVariables;
import org.tradeecon.knime.nodes.common.ResultCells;
import org.tradeecon.knime.nodes.common.TestSettings;
import org.tradeecon.knime.nodes.common.SeriesTestNodeModel;
import org.tradeecon.knime.nodes.common.Choice;

/**
 * Runs the ADF, KPSS, DF-GLS, Phillips-Perron or Zivot-Andrews test (engine.unitroot) on every chosen column, per
 * group. Output 0: one row per series; output 1: the test regression's coefficients and the criterion of every
 * candidate lag, and what each other test adds ({@link UnitRootDetails}). A series the engine cannot test gets a row with its reason instead of stopping the node.
 */
final class UnitRootNodeModel extends SeriesTestNodeModel<UnitRootSettings> {
    static final String ITEM_COEFFICIENT = "Coefficient";
    static final String ITEM_CANDIDATE = "Lag candidate";
    static final String ITEM_LONG_RUN_VARIANCE = "Long-run variance";
    /** Confidence level of the coefficient intervals in the details. */
    static final double CI_LEVEL = 0.95;

    static final DataColumnSpec[] SUMMARY = {column("Series", StringCell.TYPE),
        column("Test", StringCell.TYPE), column("Deterministic terms", StringCell.TYPE),
        column("Lags used", IntCell.TYPE), column("Lag rule", StringCell.TYPE),
        column("Maximum lag", IntCell.TYPE), column("Observations", IntCell.TYPE),
        column("Sample", StringCell.TYPE), column("Statistic", DoubleCell.TYPE),
        column("p-value", DoubleCell.TYPE), column("Critical value 1%", DoubleCell.TYPE),
        column("Critical value 5%", DoubleCell.TYPE), column("Critical value 10%", DoubleCell.TYPE),
        column("Null hypothesis", StringCell.TYPE), column("Decision at alpha", StringCell.TYPE),
        column("Null rejected", BooleanCell.TYPE), column("Warnings", StringCell.TYPE),
        column("Break date", StringCell.TYPE), column("Break observation", IntCell.TYPE),
        column("Simulated p-value", DoubleCell.TYPE), column("Simulated critical value 1%", DoubleCell.TYPE),
        column("Simulated critical value 5%", DoubleCell.TYPE), column("Simulated critical value 10%", DoubleCell.TYPE),
        column("Simulated decision at alpha", StringCell.TYPE), column("Simulation", StringCell.TYPE)};

    static final DataColumnSpec[] DETAILS = {column("Series", StringCell.TYPE),
        column("Item", StringCell.TYPE), column("Term", StringCell.TYPE),
        column("Estimate", DoubleCell.TYPE), column("Standard error", DoubleCell.TYPE),
        column("t", DoubleCell.TYPE), column("p-value", DoubleCell.TYPE),
        column("95% CI lower", DoubleCell.TYPE), column("95% CI upper", DoubleCell.TYPE),
        column("Lag", IntCell.TYPE), column("Criterion", StringCell.TYPE),
        column("Criterion value", DoubleCell.TYPE), column("Residual sum of squares", DoubleCell.TYPE),
        column("Chosen", BooleanCell.TYPE)};

    private static final Double NO_NUMBER = null;
    private static final Integer NO_INT = null;
    private static final String NO_TEXT = null;

    UnitRootNodeModel() {
        super(UnitRootSettings::new, SUMMARY, DETAILS, "unit_root", VARIABLES);
    }

    @Override
    protected void test(final Series s, final ResultTableBuilder summary, final ResultTableBuilder details,
        final List<String> nodeWarnings) throws InvalidSettingsException {
        UnitRootResult r;
        try {
            r = m_settings.run(s.values(), s.name());
        } catch (IllegalArgumentException e) {
            notTested(s, e.getMessage(), summary, nodeWarnings);
            return;
        }
        List<String> warnings = s.warnings();
        warnings.addAll(r.warnings());
        DataCell[] sim = simulated(s, r, warnings);
        warnings.forEach(w -> nodeWarnings.add(s.where() + ": " + w));
        String lagRule = m_settings.lagRuleLabel();
        Integer maxLag = null;
        String breakDate = null;
        Integer breakObservation = null;
        boolean searched = m_settings.tests().lagRule() != LagSelection.FIXED;
        if (r instanceof AdfResult adf) {
            maxLag = searched ? adf.maxLag() : null;
            addAdfDetails(s, adf, lagRule, details);
        } else if (r instanceof DfGlsResult gls) {
            maxLag = !searched ? null : gls.maicCandidates().isEmpty() ? gls.detrendedRegression().maxLag()
                : gls.maicCandidates().size() - 1;
            UnitRootDetails.addDfGls(s, gls, lagRule, details);
            addAdfDetails(s, gls.detrendedRegression(), lagRule, details);
        } else if (r instanceof ZivotAndrewsResult za) {
            maxLag = searched ? za.maxLag() : null;
            int row = s.selection().start() + za.breakIndex();
            breakDate = UnitRootDetails.period(s, row);
            breakObservation = za.breakIndex() + 1;
            UnitRootDetails.addZivotAndrews(s, za, details);
        } else if (r instanceof PhillipsPerronResult pp) {
            UnitRootDetails.addPhillipsPerron(s, pp, details);
        } else {
            details.add(s.group(), of(s.name()), of(ITEM_LONG_RUN_VARIANCE),
                of("Bartlett, " + r.lags() + " lags"), of(((KpssResult)r).longRunVariance()),
                of(NO_NUMBER), of(NO_NUMBER), of(NO_NUMBER), of(NO_NUMBER),
                of(NO_NUMBER), of(NO_INT), of(NO_TEXT), of(NO_NUMBER), of(NO_NUMBER),
                of((Boolean)null));
        }
        summary.add(s.group(), of(s.name()), of(testLabel()), of(termsLabel(r)),
            of(r.lags()), of(lagRule), of(maxLag), of(r.observations()), of(s.sample()),
            of(r.statistic()), of(r.pValue()), of(r.criticalValues().get(0.01)),
            of(r.criticalValues().get(0.05)), of(r.criticalValues().get(0.10)),
            of(r.nullHypothesis()), of(r.decision()), of(r.rejectsNull()),
            of(join(warnings)), of(breakDate), of(breakObservation), sim[0], sim[1], sim[2], sim[3], sim[4], sim[5]);
        addViewPage(s, List.of(String.format(Locale.ROOT, "%s, %s: statistic %.4f, p-value %.4g, %s, %s.",
            testLabel(), s.sample(), r.statistic(), r.pValue(), ResultCells.count(r.lags(), "lag"),
            ResultCells.count(r.observations(), "observation")),
            "Null hypothesis: " + r.nullHypothesis() + ".", "Decision: " + r.decision()), 1, 0);
    }

    /** Flow variables {@code unit_root.<series>.<name>} (see the node description): result column to name. */
    private static final Map<String, String> VARIABLES = ResultVariables.ordered(
            "Statistic", "statistic",
            "p-value", "p_value",
            "Lags used", "lags",
            "Observations", "observations",
            "Sample", "sample",
            "Null rejected", "null_rejected",
            "Decision at alpha", "decision",
            "Break date", "break_date",
            "Break observation", "break_observation",
            "Simulated p-value", "simulated_p_value",
            "Simulated decision at alpha", "simulated_decision");

    @Override
    protected DataCell[] notTestedRow(final Series s, final String reason) throws InvalidSettingsException {
        return new DataCell[]{of(s.name()), of(testLabel()), of(termsLabel()), of(NO_INT),
            of(NO_TEXT), of(NO_INT), of(NO_INT), of(NO_TEXT), of(NO_NUMBER),
            of(NO_NUMBER), of(NO_NUMBER), of(NO_NUMBER), of(NO_NUMBER), of(NO_TEXT),
            of("Not tested"), of((Boolean)null), of(reason), of(NO_TEXT), of(NO_INT), of(NO_NUMBER), of(NO_NUMBER),
            of(NO_NUMBER), of(NO_NUMBER), of(NO_TEXT), of(NO_TEXT)};
    }

    /**
     * The simulated finite-sample cells (issue 15): p-value, critical values, decision and how it was simulated, all
     * missing when the simulation is off; its warnings (e.g. T below Fuller's smallest tabulated size) join the
     * series' warnings.
     */
    private DataCell[] simulated(final Series s, final UnitRootResult r, final List<String> warnings) {
        SimulationOptions options = m_settings.simulation();
        SimulatedInference si = null;
        if (options != null && r instanceof AdfResult adf) {
            si = AdfSimulation.inference(adf, options, simulationMonitor(s.where()));
        } else if (options != null && r instanceof KpssResult kpss) {
            si = KpssSimulation.inference(kpss, options, simulationMonitor(s.where()));
        }
        if (si == null) {
            return new DataCell[]{of(NO_NUMBER), of(NO_NUMBER), of(NO_NUMBER), of(NO_NUMBER), of(NO_TEXT),
                of(NO_TEXT)};
        }
        warnings.addAll(si.warnings());
        return new DataCell[]{of(si.pValue()), of(si.criticalValue(0.01)), of(si.criticalValue(0.05)),
            of(si.criticalValue(0.10)), of(si.decision()),
            of(String.format(Locale.ROOT, "%s, %d replications, seed %d, %s held fixed, T = %d", si.method(),
                si.replications(), si.seed(), ResultCells.count(si.lags(), "lag"), si.observations()))};
    }

    private String testLabel() throws InvalidSettingsException {
        return Choice.label(m_settings.test(), UnitRootSettings.TESTS);
    }

    private String termsLabel() throws InvalidSettingsException {
        return Choice.label(m_settings.tests().terms(), TestSettings.TERMS);
    }

    /** Zivot-Andrews always has a constant and a trend (plus its break), whatever the terms setting says. */
    private String termsLabel(final UnitRootResult r) throws InvalidSettingsException {
        return r instanceof ZivotAndrewsResult za ? Choice.label(Deterministic.TREND, TestSettings.TERMS) + " with a "
            + za.model().description() : termsLabel();
    }

    static void addAdfDetails(final Series s, final AdfResult adf, final String lagRule,
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
            details.add(s.group(), of(s.name()), of(ITEM_COEFFICIENT), of(k.name()),
                of(k.estimate()), of(k.standardError()), of(k.tStatistic()), of(k.pValue()),
                of(ci[i][0]), of(ci[i][1]), of(NO_INT), of(NO_TEXT), of(NO_NUMBER),
                of(NO_NUMBER), of((Boolean)null));
        }
        String criterion = adf.lagSelection() == LagSelection.T_STAT ? "|t| of the last lag" : lagRule;
        for (AdfResult.LagCandidate k : adf.lagCandidates()) {
            details.add(s.group(), of(s.name()), of(ITEM_CANDIDATE), of("lag " + k.lag()),
                of(NO_NUMBER), of(NO_NUMBER), of(NO_NUMBER), of(NO_NUMBER),
                of(NO_NUMBER), of(NO_NUMBER), of(k.lag()), of(criterion),
                of(k.criterion()), of(k.residualSumOfSquares()), of(k.lag() == adf.lags()));
        }
    }
}
