package org.tradeecon.knime.nodes.granger;

import static org.tradeecon.knime.nodes.granger.GrangerSettings.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.tradeecon.knime.nodes.common.view.ChartsPort;
import org.tradeecon.knime.engine.granger.GrangerBootstrap;
import org.tradeecon.knime.engine.simulation.SimulatedInference;
import org.tradeecon.knime.engine.simulation.SimulationCancelledException;
import org.tradeecon.knime.engine.simulation.SimulationMonitor;
import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.engine.granger.GrangerCausality;
import org.tradeecon.knime.engine.granger.GrangerResult;
import org.tradeecon.knime.engine.granger.LagOrderSelection;
import org.tradeecon.knime.engine.regression.DiagnosticResult;
import org.tradeecon.knime.nodes.common.Cells;
import org.tradeecon.knime.nodes.common.Choice;
import org.tradeecon.knime.nodes.common.CommonSettings;
import org.tradeecon.knime.nodes.common.LabelledChoice;
import org.tradeecon.knime.nodes.common.MissingValuePolicy;
import org.tradeecon.knime.nodes.common.MissingValues;
import org.tradeecon.knime.nodes.common.NodeSettingsSet;
import org.tradeecon.knime.nodes.common.PlannedNodeModel;
import org.tradeecon.knime.nodes.common.RegressionTables;
import org.tradeecon.knime.nodes.common.ResultTableBuilder;
import org.tradeecon.knime.nodes.common.ResultVariables;
import org.tradeecon.knime.nodes.common.SeriesColumnSettings;
import org.tradeecon.knime.nodes.common.SeriesTable;
import org.tradeecon.knime.nodes.common.SimulationProgress;
import org.tradeecon.knime.nodes.common.SpecChecks;

/**
 * Granger-causality tests ({@link GrangerCausality}) for every ordered pair of the chosen columns or for one pair,
 * once per group. Outputs: one row per test in words, all statistics of each test, and the lag-selection criteria.
 */
final class GrangerNodeModel extends PlannedNodeModel<GrangerNodeModel.Plan> {
    private final NodeSettingsSet m_settings = settings();
    private final SettingsModelString m_pairs =
        m_settings.addChoice(createPairsModel(), LABEL_PAIRS, GrangerChoices.Pairs.class);
    private final SettingsModelColumnFilter2 m_columns =
        m_settings.add(CommonSettings.createColumnsModel(), CommonSettings.LABEL_COLUMNS);
    private final SettingsModelString m_cause = m_settings.add(createCauseModel(), LABEL_CAUSE);
    private final SettingsModelString m_effect = m_settings.add(createEffectModel(), LABEL_EFFECT);
    private final SettingsModelString m_lagRule =
        m_settings.addChoice(createLagRuleModel(), LABEL_LAG_RULE, GrangerChoices.LagRule.class);
    private final SettingsModelIntegerBounded m_lag = m_settings.add(createLagModel(), LABEL_LAG);
    private final SettingsModelIntegerBounded m_maxLag = m_settings.add(createMaxLagModel(), LABEL_MAX_LAG);
    private final SettingsModelString m_selectionModel =
        m_settings.addChoice(createSelectionModelModel(), LABEL_SELECTION_MODEL, GrangerChoices.SelectionModel.class);
    private final SettingsModelString m_statistic =
        m_settings.addChoice(createStatisticModel(), LABEL_STATISTIC, GrangerChoices.Statistic.class);
    private final SettingsModelBoolean m_todaYamamoto = m_settings.add(createTodaYamamotoModel(), LABEL_TODA_YAMAMOTO);
    private final SettingsModelIntegerBounded m_extraLags = m_settings.add(createExtraLagsModel(), LABEL_EXTRA_LAGS);
    private final SettingsModelDoubleBounded m_alpha = m_settings.add(createAlphaModel(), LABEL_ALPHA);
    // issue 15: older workflows lack these and load without a bootstrap
    private final SettingsModelString m_bootstrap = m_settings.addLater(createBootstrapModel(), CFG_BOOTSTRAP,
        LABEL_BOOTSTRAP);
    private final SettingsModelIntegerBounded m_bootstrapReplications = m_settings.addLater(
        createBootstrapReplicationsModel(), CFG_BOOTSTRAP_REPLICATIONS, LABEL_BOOTSTRAP_REPLICATIONS);
    private final SettingsModelInteger m_bootstrapSeed = m_settings.addLater(createBootstrapSeedModel(),
        CFG_BOOTSTRAP_SEED, LABEL_BOOTSTRAP_SEED);
    private final SettingsModelString m_preset = m_settings.addLater(createPresetModel(), CFG_CONVENTIONS_OF,
        LABEL_CONVENTIONS_OF);
    private final SettingsModelString m_varForm = m_settings.addLater(createVarCriterionFormModel(),
        CFG_VAR_CRITERION_FORM, LABEL_VAR_CRITERION_FORM);
    private final SeriesColumnSettings m_series =
        series(new SeriesColumnSettings(m_settings, MissingValuePolicy.FAIL, OFFERED));

    GrangerNodeModel() {
        super(3, ChartsPort.CHARTS);
    }

    /** What configure and execute both need. */
    record Plan(String[] columns, boolean allPairs, String time, String group, DataColumnSpec groupSpec,
        MissingValuePolicy policy, GrangerChoices.LagRule rule, GrangerChoices.SelectionModel model,
        GrangerChoices.Statistic statistic, LagOrderSelection.VarForm varForm, DataTableSpec[] outSpecs)
        implements PlannedNodeModel.Plan {
    }

    @Override
    protected Plan plan(final DataTableSpec in) throws InvalidSettingsException {
        SpecChecks.requireSpec(in);
        MissingValuePolicy policy = m_series.policy();
        GrangerChoices.Pairs pairs = LabelledChoice.fromSetting(m_pairs.getStringValue(), LABEL_PAIRS,
            GrangerChoices.Pairs.class);
        LabelledChoice.fromSetting(m_bootstrap.getStringValue(), LABEL_BOOTSTRAP, GrangerChoices.Bootstrap.class);
        GrangerChoices.LagRule rule = LabelledChoice.fromSetting(m_lagRule.getStringValue(),
            LABEL_LAG_RULE, GrangerChoices.LagRule.class);
        GrangerChoices.SelectionModel model = LabelledChoice.fromSetting(m_selectionModel.getStringValue(),
            LABEL_SELECTION_MODEL, GrangerChoices.SelectionModel.class);
        GrangerChoices.Statistic statistic = LabelledChoice.fromSetting(m_statistic.getStringValue(),
            LABEL_STATISTIC, GrangerChoices.Statistic.class);
        Choice.parse(m_preset.getStringValue(), LABEL_CONVENTIONS_OF, PRESETS);
        LagOrderSelection.VarForm varForm = Choice.parse(m_varForm.getStringValue(), LABEL_VAR_CRITERION_FORM,
            VAR_FORMS);
        String time = m_series.timeColumn();
        String group = m_series.groupColumn();
        SpecChecks.timeColumn(in, time);
        DataColumnSpec groupSpec = SpecChecks.groupColumn(in, group, time);
        String[] columns;
        if (pairs == GrangerChoices.Pairs.ALL_PAIRS) {
            columns = SpecChecks.chosenColumns(in, m_columns, time, group);
            if (columns.length < 2) {
                throw new InvalidSettingsException("Only one column (\"" + columns[0] + "\") chosen in \""
                    + CommonSettings.LABEL_COLUMNS + "\": include at least two, or set \"" + LABEL_PAIRS
                    + "\" to \"" + GrangerChoices.Pairs.ONE_PAIR.label() + "\".");
            }
        } else {
            columns = new String[]{m_cause.getStringValue(), m_effect.getStringValue()};
            SpecChecks.requiredColumn(in, columns[0], LABEL_CAUSE, DoubleValue.class);
            SpecChecks.requiredColumn(in, columns[1], LABEL_EFFECT, DoubleValue.class);
            if (columns[0].equals(columns[1])) {
                throw new InvalidSettingsException("\"" + LABEL_CAUSE + "\" and \""
                    + LABEL_EFFECT + "\" are the same column \"" + columns[0]
                    + "\". Choose two different columns.");
            }
            for (String c : columns) {
                if (c.equals(time) || c.equals(group)) {
                    throw new InvalidSettingsException("The column \"" + c + "\" is chosen both as a series and as"
                        + " time or group column. Choose another one.");
                }
            }
        }
        DataTableSpec[] out = {ResultTableBuilder.spec(groupSpec, testColumns()),
            ResultTableBuilder.spec(groupSpec, detailColumns()),
            ResultTableBuilder.spec(groupSpec, criterionColumns())};
        return new Plan(columns, pairs == GrangerChoices.Pairs.ALL_PAIRS, time, group, groupSpec, policy, rule, model,
            statistic, varForm, out);
    }

    private static DataColumnSpec col(final String name, final DataType type) {
        return new DataColumnSpecCreator(name, type).createSpec();
    }

    private static DataColumnSpec[] testColumns() {
        return new DataColumnSpec[]{col("Null hypothesis", StringCell.TYPE), col("Cause", StringCell.TYPE),
            col("Effect", StringCell.TYPE), col("Lag", IntCell.TYPE), col("Lag rule", StringCell.TYPE),
            col("Extra lags (Toda-Yamamoto)", IntCell.TYPE), col("Observations", IntCell.TYPE),
            col("Sample", StringCell.TYPE), col("Statistic", StringCell.TYPE),
            col("Statistic value", DoubleCell.TYPE), col("Distribution", StringCell.TYPE),
            col("Numerator df", IntCell.TYPE), col("Denominator df", IntCell.TYPE), col("p-value", DoubleCell.TYPE),
            col("Significance level", DoubleCell.TYPE), col("Decision at alpha", StringCell.TYPE),
            col("Conclusion", StringCell.TYPE), col("Bootstrap p-value", DoubleCell.TYPE),
            col("Bootstrap decision at alpha", StringCell.TYPE), col("Bootstrap", StringCell.TYPE)};
    }

    private static DataColumnSpec[] detailColumns() {
        return new DataColumnSpec[]{col("Null hypothesis", StringCell.TYPE), col("Lag", IntCell.TYPE),
            col("Extra lags (Toda-Yamamoto)", IntCell.TYPE), col("Observations", IntCell.TYPE),
            col("F", DoubleCell.TYPE), col("F p-value", DoubleCell.TYPE), col("F denominator df", IntCell.TYPE),
            col("Wald chi-squared", DoubleCell.TYPE), col("Wald p-value", DoubleCell.TYPE),
            col("SSR chi-squared", DoubleCell.TYPE), col("SSR chi-squared p-value", DoubleCell.TYPE),
            col("Likelihood ratio", DoubleCell.TYPE), col("Likelihood ratio p-value", DoubleCell.TYPE),
            col("Restricted SSR", DoubleCell.TYPE), col("Unrestricted SSR", DoubleCell.TYPE)};
    }

    private static DataColumnSpec[] criterionColumns() {
        return new DataColumnSpec[]{col("Cause", StringCell.TYPE), col("Effect", StringCell.TYPE),
            col("Criterion", StringCell.TYPE), col("Computed on", StringCell.TYPE), col("Lag", IntCell.TYPE),
            col("Criterion value", DoubleCell.TYPE), col("Chosen", StringCell.TYPE),
            col("Observations", IntCell.TYPE)};
    }

    @Override
    protected BufferedDataTable[] run(final Plan plan, final BufferedDataTable in, final ExecutionContext exec)
        throws Exception {
        SeriesTable table = SeriesTable.read(in, plan.columns(), plan.time(), plan.group(),
            exec.createSubProgress(0.1));
        ResultTableBuilder tests = new ResultTableBuilder(exec, plan.groupSpec(), testColumns());
        ResultTableBuilder details = new ResultTableBuilder(exec, plan.groupSpec(), detailColumns());
        ResultTableBuilder criteria = new ResultTableBuilder(exec, plan.groupSpec(), criterionColumns());
        // one pair: the columns are {cause, effect}
        List<int[]> pairs = plan.allPairs() ? GrangerCausality.orderedPairs(plan.columns().length)
            : List.of(new int[]{0, 1});
        List<String> warnings = new ArrayList<>();
        int total = table.groups().size() * pairs.size();
        int done = 0;
        IllegalArgumentException firstFailure = null;
        int tested = 0;
        for (SeriesTable.Group g : table.groups()) {
            for (int[] pair : pairs) {
                exec.checkCanceled();
                String cause = plan.columns()[pair[0]];
                String effect = plan.columns()[pair[1]];
                try {
                    testPair(plan, g, cause, g.column(pair[0]), effect, g.column(pair[1]), tests, details, criteria,
                        warnings, SimulationProgress.of(exec, "Bootstrap " + cause + " -> " + effect));
                    tested++;
                } catch (SimulationCancelledException e) {
                    exec.checkCanceled(); // the user cancelled during a bootstrap: stop as KNIME expects
                    throw e;
                } catch (IllegalArgumentException e) {
                    if (!plan.allPairs() || plan.policy() == MissingValuePolicy.FAIL) {
                        throw g.inGroup(e); // one pair asked for, or the user chose to stop at a gap
                    }
                    // all pairs: a pair without enough common data is a row that says why, as a unit-root test is
                    firstFailure = firstFailure == null ? g.inGroup(e) : firstFailure;
                    tests.add(g, notTestedRow(plan, cause, effect, g.inGroup(e).getMessage()));
                    warnings.add(cause + " -> " + effect + " not tested: " + g.inGroup(e).getMessage());
                }
                exec.setProgress(0.1 + 0.9 * ++done / total, "Tested " + cause + " -> " + effect
                    + (g.groupCell() == null ? "" : " in group \"" + g.groupName() + "\""));
            }
        }
        if (tested == 0 && firstFailure != null) {
            throw firstFailure; // nothing could be tested: the node fails with the first reason
        }
        setWarningMessage(warnings.isEmpty() ? null : String.join("\n", warnings));
        BufferedDataTable results = tests.build();
        if (plan.group() == null) { // with groups the pairs repeat: no variables
            DataTableSpec spec = results.getDataTableSpec();
            int cause = spec.findColumnIndex("Cause");
            int effect = spec.findColumnIndex("Effect");
            int lag = spec.findColumnIndex("Lag");
            boolean perLag = plan.rule() == GrangerChoices.LagRule.TABLE;
            ResultVariables.push(results, "granger", row -> ResultVariables.text(row, cause) + "_to_"
                + ResultVariables.text(row, effect)
                + (perLag && !row.getCell(lag).isMissing() ? ".lag" + ResultVariables.text(row, lag) : ""),
                VARIABLES, flowVariables());
        }
        BufferedDataTable criteriaTable = criteria.build();
        setViewContent(GrangerView.of(results, criteriaTable, plan.columns(), plan.group() != null, plan.allPairs()));
        return new BufferedDataTable[]{results, details.build(), criteriaTable};
    }

    /** Flow variables {@code granger.<cause>_to_<effect>.<name>} (see the node description). */
    private static final Map<String, String> VARIABLES = ResultVariables.ordered("Lag", "lag", "Observations",
        "observations", "Sample", "sample", "Statistic value", "statistic", "p-value", "p_value", "Decision at alpha",
        "decision", "Bootstrap p-value", "bootstrap_p_value");

    /** @return a row of the test table for a pair that could not be tested, with the reason as its conclusion */
    private DataCell[] notTestedRow(final Plan plan, final String cause, final String effect, final String reason) {
        DataCell missing = DataType.getMissingCell();
        return new DataCell[]{new StringCell(cause + " does not Granger-cause " + effect), new StringCell(cause),
            new StringCell(effect), missing, new StringCell(plan.rule().label()), missing, missing, missing,
            new StringCell(plan.statistic().label()), missing, missing, missing, missing, missing,
            new DoubleCell(m_alpha.getDoubleValue()), new StringCell("Not tested"), new StringCell(reason), missing,
            missing, missing};
    }

    private void testPair(final Plan plan, final SeriesTable.Group g, final String cause, final double[] x,
        final String effect, final double[] y, final ResultTableBuilder tests, final ResultTableBuilder details,
        final ResultTableBuilder criteria, final List<String> warnings, final SimulationMonitor monitor) {
        MissingValues.Selection sel = MissingValues.select(plan.policy(), g, new String[]{cause, effect}, x, y);
        if (sel.warning() != null) {
            warnings.add(sel.warning());
        }
        double[] xs = sel.slice(x);
        double[] ys = sel.slice(y);
        long[] years = g.years() == null ? null : Arrays.copyOfRange(g.years(), sel.start(), sel.end());
        int extra = m_todaYamamoto.getBooleanValue() ? m_extraLags.getIntValue() : 0;
        int[] lags;
        if (plan.rule() == GrangerChoices.LagRule.FIXED) {
            lags = new int[]{m_lag.getIntValue()};
        } else {
            int maxLag = GrangerCausality.cappedMaxLag(cause, effect, sel.length(), m_maxLag.getIntValue(), extra);
            if (maxLag < m_maxLag.getIntValue()) {
                warnings.add(cause + " -> " + effect + (g.groupCell() == null ? "" : " (group \"" + g.groupName()
                    + "\")") + ": \"" + LABEL_MAX_LAG + "\" capped at " + maxLag + " by the sample of "
                    + sel.length() + " observations.");
            }
            if (plan.rule() == GrangerChoices.LagRule.TABLE) {
                lags = new int[maxLag];
                Arrays.setAll(lags, i -> i + 1);
            } else {
                LagOrderSelection s = GrangerCausality.selectLag(cause, xs, effect, ys, maxLag, plan.model().m_engine,
                    plan.rule().m_criterion, plan.varForm(), years);
                double[] values = s.values();
                // the log-likelihood form is named, as its values are not those of the default form
                String computedOn = plan.model().label() + (s.varForm() == LagOrderSelection.VarForm.LOG_LIKELIHOOD
                    ? ", " + Choice.label(s.varForm(), VAR_FORMS) : "");
                for (int p = 1; p <= values.length; p++) {
                    criteria.add(g, new StringCell(cause), new StringCell(effect),
                        new StringCell(plan.rule().label()), new StringCell(computedOn), new IntCell(p),
                        new DoubleCell(values[p - 1]), new StringCell(p == s.chosenLag() ? "yes" : "no"),
                        new IntCell(s.observations()));
                }
                lags = new int[]{s.chosenLag()};
            }
        }
        for (int p : lags) {
            GrangerResult t = extra > 0 ? GrangerCausality.todaYamamoto(cause, xs, effect, ys, p, extra, years)
                : GrangerCausality.test(cause, xs, effect, ys, p, years);
            tests.add(g, testRow(plan, g, sel, years, t, bootstrap(cause, xs, effect, ys, p, extra, years, monitor)));
            details.add(g, new StringCell(t.nullHypothesis()), new IntCell(t.lag()), new IntCell(t.extraLags()),
                new IntCell(t.observations()), new DoubleCell(t.fStatistic()), new DoubleCell(t.fPValue()),
                new IntCell(t.denominatorDf()), new DoubleCell(t.waldChiSquared()), new DoubleCell(t.waldPValue()),
                new DoubleCell(t.ssrChiSquared()), new DoubleCell(t.ssrChiSquaredPValue()),
                new DoubleCell(t.likelihoodRatio()), new DoubleCell(t.likelihoodRatioPValue()),
                new DoubleCell(t.restrictedSsr()), new DoubleCell(t.unrestrictedSsr()));
        }
    }

    /** @return the bootstrap cells (p-value, decision, description), missing without a bootstrap */
    private DataCell[] bootstrap(final String cause, final double[] x, final String effect, final double[] y,
        final int lag, final int extra, final long[] years, final SimulationMonitor monitor) {
        GrangerChoices.Bootstrap b = bootstrapChoice();
        if (b == GrangerChoices.Bootstrap.NONE) {
            return new DataCell[]{DataType.getMissingCell(), DataType.getMissingCell(), DataType.getMissingCell()};
        }
        SimulatedInference si = GrangerBootstrap.test(cause, x, effect, y, lag, extra, years, b.m_engine,
            SimulationOptions.of(m_bootstrapReplications.getIntValue(), m_bootstrapSeed.getIntValue()), monitor);
        double alpha = m_alpha.getDoubleValue();
        return new DataCell[]{new DoubleCell(si.pValue()),
            new StringCell(si.rejectsNull(alpha) ? "Reject" : "Do not reject"),
            new StringCell(String.format(Locale.ROOT, "%s of the %s statistic, %d replications, seed %d", si.method(),
                si.testName(), si.replications(), si.seed()))};
    }

    /** @return the bootstrap choice; plan() has checked it, so a bad value here is a coding error */
    private GrangerChoices.Bootstrap bootstrapChoice() {
        try {
            return LabelledChoice.fromSetting(m_bootstrap.getStringValue(), LABEL_BOOTSTRAP,
                GrangerChoices.Bootstrap.class);
        } catch (InvalidSettingsException e) {
            throw new IllegalStateException(e);
        }
    }


    private DataCell[] testRow(final Plan plan, final SeriesTable.Group g, final MissingValues.Selection sel,
        final long[] years, final GrangerResult t, final DataCell[] bootstrap) {
        DiagnosticResult d = t.test(plan.statistic().m_engine);
        double alpha = m_alpha.getDoubleValue();
        String sample = g.describeRow(row(sel, years, t.firstKey())) + " to "
            + g.describeRow(row(sel, years, t.lastKey()));
        return new DataCell[]{new StringCell(t.nullHypothesis()), new StringCell(t.cause()),
            new StringCell(t.effect()), new IntCell(t.lag()), new StringCell(plan.rule().label()),
            new IntCell(t.extraLags()), new IntCell(t.observations()), new StringCell(sample),
            new StringCell(plan.statistic().label()), new DoubleCell(d.statistic()),
            new StringCell(RegressionTables.distribution(d)), new IntCell(t.numeratorDf()),
            "F".equals(d.distribution()) ? new IntCell(t.denominatorDf()) : DataType.getMissingCell(),
            Cells.ofDouble(d.pValue()), new DoubleCell(alpha),
            new StringCell(d.rejects(alpha) ? "Reject" : "Do not reject"),
            new StringCell(t.decision(plan.statistic().m_engine, alpha)), bootstrap[0], bootstrap[1], bootstrap[2]};
    }

    /** @return the group row of an engine time key: a year, or a 1-based position in the selected rows */
    private static int row(final MissingValues.Selection sel, final long[] years, final long key) {
        return sel.start() + (int)(years == null ? key - 1 : key - years[0]);
    }
}
