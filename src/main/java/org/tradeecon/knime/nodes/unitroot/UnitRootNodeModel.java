package org.tradeecon.knime.nodes.unitroot;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.tradeecon.knime.engine.regression.CoefficientTable;
import org.tradeecon.knime.engine.unitroot.AdfResult;
import org.tradeecon.knime.engine.unitroot.KpssResult;
import org.tradeecon.knime.engine.unitroot.UnitRootResult;
import org.tradeecon.knime.nodes.common.CommonSettings;
import org.tradeecon.knime.nodes.common.MissingValuePolicy;
import org.tradeecon.knime.nodes.common.MissingValues;
import org.tradeecon.knime.nodes.common.ResultTableBuilder;
import org.tradeecon.knime.nodes.common.SeriesTable;
import org.tradeecon.knime.nodes.common.SpecChecks;

/**
 * Runs the ADF or KPSS test (engine.unitroot) on every chosen column, per group. Output 0: one row per series;
 * output 1: the ADF regression's coefficients and the criterion of every candidate lag (KPSS: the long-run
 * variance). A series the engine cannot test gets a row with its reason instead of stopping the node.
 */
final class UnitRootNodeModel extends NodeModel {
    static final String COL_SERIES = "Series";
    static final String COL_STATISTIC = "Statistic";
    static final String COL_P = "p-value";
    static final String COL_LAGS = "Lags used";
    static final String COL_OBS = "Observations";
    static final String COL_REJECTED = "Null rejected";
    static final String COL_WARNINGS = "Warnings";
    static final String ITEM_COEFFICIENT = "Coefficient";
    static final String ITEM_CANDIDATE = "Lag candidate";
    static final String ITEM_LONG_RUN_VARIANCE = "Long-run variance";
    /** Confidence level of the coefficient intervals in the details. */
    static final double CI_LEVEL = 0.95;

    static final DataColumnSpec[] SUMMARY = {Cells.column(COL_SERIES, StringCell.TYPE),
        Cells.column("Test", StringCell.TYPE), Cells.column("Deterministic terms", StringCell.TYPE),
        Cells.column(COL_LAGS, IntCell.TYPE), Cells.column("Lag rule", StringCell.TYPE),
        Cells.column("Maximum lag", IntCell.TYPE), Cells.column(COL_OBS, IntCell.TYPE),
        Cells.column("Sample", StringCell.TYPE), Cells.column(COL_STATISTIC, DoubleCell.TYPE),
        Cells.column(COL_P, DoubleCell.TYPE), Cells.column("Critical value 1%", DoubleCell.TYPE),
        Cells.column("Critical value 5%", DoubleCell.TYPE), Cells.column("Critical value 10%", DoubleCell.TYPE),
        Cells.column("Null hypothesis", StringCell.TYPE), Cells.column("Decision at alpha", StringCell.TYPE),
        Cells.column(COL_REJECTED, BooleanCell.TYPE), Cells.column(COL_WARNINGS, StringCell.TYPE)};

    static final DataColumnSpec[] DETAILS = {Cells.column(COL_SERIES, StringCell.TYPE),
        Cells.column("Item", StringCell.TYPE), Cells.column("Term", StringCell.TYPE),
        Cells.column("Estimate", DoubleCell.TYPE), Cells.column("Standard error", DoubleCell.TYPE),
        Cells.column("t", DoubleCell.TYPE), Cells.column(COL_P, DoubleCell.TYPE),
        Cells.column("95% CI lower", DoubleCell.TYPE), Cells.column("95% CI upper", DoubleCell.TYPE),
        Cells.column("Lag", IntCell.TYPE), Cells.column("Criterion", StringCell.TYPE),
        Cells.column("Criterion value", DoubleCell.TYPE), Cells.column("Residual sum of squares", DoubleCell.TYPE),
        Cells.column("Chosen", BooleanCell.TYPE)};

    private final UnitRootSettings m_settings = new UnitRootSettings();

    UnitRootNodeModel() {
        super(1, 2);
    }

    /** The checked settings applied to the input spec, as configure and execute both need them. */
    private record Plan(String[] columns, String time, String group, DataColumnSpec groupSpec,
        MissingValuePolicy policy, UnitRootSettings.TestKind test) {
    }

    private Plan plan(final DataTableSpec in) throws InvalidSettingsException {
        SpecChecks.requireSpec(in);
        m_settings.check();
        String time = CommonSettings.optionalColumn(m_settings.m_time);
        String group = CommonSettings.optionalColumn(m_settings.m_group);
        SpecChecks.timeColumn(in, time);
        DataColumnSpec groupSpec = SpecChecks.groupColumn(in, group, time);
        String[] columns = SpecChecks.chosenColumns(in, m_settings.m_columns, time, group);
        return new Plan(columns, time, group, groupSpec, m_settings.missing(), m_settings.test());
    }

    @Override
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        Plan p = plan(inSpecs[0]);
        return new DataTableSpec[]{ResultTableBuilder.spec(p.groupSpec(), SUMMARY),
            ResultTableBuilder.spec(p.groupSpec(), DETAILS)};
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        Plan p = plan(inData[0].getDataTableSpec());
        SeriesTable table = SeriesTable.read(inData[0], p.columns(), p.time(), p.group(), exec.createSubProgress(0.1));
        ResultTableBuilder summary = new ResultTableBuilder(exec, p.groupSpec(), SUMMARY);
        ResultTableBuilder details = new ResultTableBuilder(exec, p.groupSpec(), DETAILS);
        List<String> nodeWarnings = new ArrayList<>();
        int total = table.groups().size() * p.columns().length;
        int done = 0;
        for (SeriesTable.Group g : table.groups()) {
            for (int c = 0; c < p.columns().length; c++) {
                exec.checkCanceled();
                String name = p.columns()[c];
                String where = g.groupCell() == null ? "\"" + name + "\""
                    : "\"" + name + "\" (group \"" + g.groupName() + "\")";
                testSeries(p, g, c, summary, details, where, nodeWarnings);
                exec.setProgress(0.1 + 0.9 * ++done / total, "Tested " + where);
            }
        }
        setWarningMessage(nodeWarnings.isEmpty() ? null : String.join("\n", nodeWarnings));
        return new BufferedDataTable[]{summary.build(), details.build()};
    }

    private void testSeries(final Plan p, final SeriesTable.Group g, final int c, final ResultTableBuilder summary,
        final ResultTableBuilder details, final String where, final List<String> nodeWarnings)
        throws InvalidSettingsException {
        String name = p.columns()[c];
        TestSettings s = m_settings.m_tests;
        String testLabel = p.test().label();
        String terms = s.terms().label();
        List<String> warnings = new ArrayList<>();
        double[] x = g.column(c);
        MissingValues.Selection sel;
        UnitRootResult r;
        try {
            sel = MissingValues.selectObserved(p.policy(), g, new String[]{name}, x);
        } catch (IllegalArgumentException e) {
            if (p.policy() == MissingValuePolicy.FAIL) {
                throw e; // the user chose to stop at a missing value
            }
            notTested(g, name, testLabel, terms, e, summary, where, nodeWarnings);
            return;
        }
        if (sel.warning() != null) {
            warnings.add(sel.warning());
        }
        try {
            double[] y = sel.slice(x);
            r = p.test() == UnitRootSettings.TestKind.ADF ? s.adf(y, name) : s.kpss(y, s.terms().engine(), name);
        } catch (IllegalArgumentException e) {
            notTested(g, name, testLabel, terms, e, summary, where, nodeWarnings);
            return;
        }
        warnings.addAll(r.warnings());
        warnings.forEach(w -> nodeWarnings.add(where + ": " + w));
        Integer maxLag = null;
        String lagRule;
        if (r instanceof AdfResult adf) {
            TestSettings.LagRule rule = s.lagRule();
            lagRule = rule.label();
            maxLag = rule == TestSettings.LagRule.FIXED ? null : adf.maxLag();
            addAdfDetails(g, name, adf, rule, details);
        } else {
            lagRule = s.bandwidth().label();
            details.add(g, Cells.of(name), Cells.of(ITEM_LONG_RUN_VARIANCE), Cells.of("Bartlett, " + r.lags()
                + " lags"), Cells.of(((KpssResult)r).longRunVariance()), Cells.of((Double)null),
                Cells.of((Double)null), Cells.of((Double)null), Cells.of((Double)null), Cells.of((Double)null),
                Cells.of((Integer)null), Cells.of((String)null), Cells.of((Double)null), Cells.of((Double)null),
                Cells.of((Boolean)null));
        }
        summary.add(g, Cells.of(name), Cells.of(testLabel), Cells.of(terms), Cells.of(r.lags()), Cells.of(lagRule),
            Cells.of(maxLag), Cells.of(r.observations()), Cells.of(Cells.sample(g, sel.start(), sel.end())),
            Cells.of(r.statistic()), Cells.of(r.pValue()), Cells.of(r.criticalValues().get(0.01)),
            Cells.of(r.criticalValues().get(0.05)), Cells.of(r.criticalValues().get(0.10)),
            Cells.of(r.nullHypothesis()), Cells.of(r.decision()), Cells.of(r.rejectsNull()),
            Cells.of(Cells.join(warnings)));
    }

    /** A row for a series the engine could not test, with the reason; also a node warning. */
    private static void notTested(final SeriesTable.Group g, final String name, final String testLabel,
        final String terms, final IllegalArgumentException e, final ResultTableBuilder summary, final String where,
        final List<String> nodeWarnings) {
        nodeWarnings.add(where + " was not tested: " + e.getMessage());
        summary.add(g, Cells.of(name), Cells.of(testLabel), Cells.of(terms), Cells.of((Integer)null),
            Cells.of((String)null), Cells.of((Integer)null), Cells.of((Integer)null), Cells.of((String)null),
            Cells.of((Double)null), Cells.of((Double)null), Cells.of((Double)null), Cells.of((Double)null),
            Cells.of((Double)null), Cells.of((String)null), Cells.of("Not tested"), Cells.of((Boolean)null),
            Cells.of(e.getMessage()));
    }

    private static void addAdfDetails(final SeriesTable.Group g, final String name, final AdfResult adf,
        final TestSettings.LagRule rule, final ResultTableBuilder details) {
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
            details.add(g, Cells.of(name), Cells.of(ITEM_COEFFICIENT), Cells.of(k.name()), Cells.of(k.estimate()),
                Cells.of(k.standardError()), Cells.of(k.tStatistic()), Cells.of(k.pValue()), Cells.of(ci[i][0]),
                Cells.of(ci[i][1]), Cells.of((Integer)null), Cells.of((String)null), Cells.of((Double)null),
                Cells.of((Double)null), Cells.of((Boolean)null));
        }
        String criterion = rule == TestSettings.LagRule.T_STAT ? "|t| of the last lag" : rule.label();
        for (AdfResult.LagCandidate k : adf.lagCandidates()) {
            details.add(g, Cells.of(name), Cells.of(ITEM_CANDIDATE), Cells.of("lag " + k.lag()),
                Cells.of((Double)null), Cells.of((Double)null), Cells.of((Double)null), Cells.of((Double)null),
                Cells.of((Double)null), Cells.of((Double)null), Cells.of(k.lag()), Cells.of(criterion),
                Cells.of(k.criterion()), Cells.of(k.residualSumOfSquares()), Cells.of(k.lag() == adf.lags()));
        }
    }

    @Override
    protected void saveSettingsTo(final NodeSettingsWO settings) {
        m_settings.m_set.saveTo(settings);
    }

    @Override
    protected void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        UnitRootSettings incoming = new UnitRootSettings();
        incoming.m_set.validate(settings);
        incoming.m_set.loadFrom(settings);
        incoming.check();
    }

    @Override
    protected void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_settings.m_set.loadFrom(settings);
    }

    @Override
    protected void reset() {
        // nothing cached
    }

    @Override
    protected void loadInternals(final File nodeInternDir, final ExecutionMonitor exec) {
        // no internals
    }

    @Override
    protected void saveInternals(final File nodeInternDir, final ExecutionMonitor exec) {
        // no internals
    }
}
