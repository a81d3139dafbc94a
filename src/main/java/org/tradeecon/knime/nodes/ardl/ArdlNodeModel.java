package org.tradeecon.knime.nodes.ardl;

import static org.tradeecon.knime.nodes.common.RegressionTables.statistic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.nodes.common.view.ChartsPort;
import org.tradeecon.knime.engine.unitroot.UnitRootResult;
import org.tradeecon.knime.engine.cointegration.ArdlBoundsSimulation;
import org.tradeecon.knime.engine.cointegration.ArdlBoundsTest;
import org.tradeecon.knime.engine.cointegration.ArdlOptions;
import org.tradeecon.knime.engine.cointegration.ArdlResult;
import org.tradeecon.knime.engine.cointegration.PssBounds;
import org.tradeecon.knime.engine.cointegration.SimulatedBounds;
import org.tradeecon.knime.engine.simulation.SimulationCancelledException;
import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.tradeecon.knime.nodes.common.LabelledChoice;
import org.tradeecon.knime.nodes.common.MissingValuePolicy;
import org.tradeecon.knime.nodes.common.NodeSettingsSet;
import org.tradeecon.knime.nodes.common.RegressionColumns;
import org.tradeecon.knime.nodes.common.RegressionNodeRunner;
import org.tradeecon.knime.nodes.common.RegressionTables;
import org.tradeecon.knime.nodes.common.SeriesColumnSettings;
import org.tradeecon.knime.nodes.common.SeriesTable;
import org.tradeecon.knime.nodes.common.SimulationProgress;
import org.tradeecon.knime.nodes.common.SimulationSettings;
import org.tradeecon.knime.nodes.common.PlannedNodeModel;

/**
 * The ARDL bounds test of Pesaran, Shin and Smith (2001) ({@link ArdlBoundsTest}), once per group. Outputs: the
 * error-correction regression's coefficients followed by the long-run coefficients, the bounds test and the model
 * in words, and the input rows with the fitted values and residuals of Δy. Flow variables (without a group
 * column): {@code ardl.<dependent>.decision}, {@code .F}, {@code .t}, {@code .p}, {@code .q},
 * {@code .observations}; with the simulated bounds (issue 16, {@link ArdlBoundsSimulation}) their rows beside the
 * asymptotic ones and {@code .decision_simulated}, {@code .F_simulated_I0}, {@code .F_simulated_I1}.
 */
final class ArdlNodeModel extends PlannedNodeModel<ArdlNodeModel.Plan> {

    private final NodeSettingsSet m_settings = settings();
    private final SettingsModelString m_dependent = m_settings.add(ArdlSettings.createDependentModel(),
        ArdlSettings.LABEL_DEPENDENT);
    private final SettingsModelColumnFilter2 m_regressors = m_settings.add(ArdlSettings.createRegressorsModel(),
        ArdlSettings.LABEL_REGRESSORS);
    private final SettingsModelString m_case = m_settings.addChoice(ArdlSettings.createCaseModel(),
        ArdlSettings.LABEL_CASE, ArdlChoices.Case.class);
    private final SettingsModelString m_orders = m_settings.addChoice(ArdlSettings.createOrdersModel(),
        ArdlSettings.LABEL_ORDERS, ArdlChoices.Orders.class);
    private final SettingsModelIntegerBounded m_p = m_settings.add(ArdlSettings.createDependentLagsModel(),
        ArdlSettings.LABEL_DEPENDENT_LAGS);
    private final SettingsModelIntegerBounded m_q = m_settings.add(ArdlSettings.createRegressorLagsModel(),
        ArdlSettings.LABEL_REGRESSOR_LAGS);
    private final SettingsModelIntegerBounded m_maxP = m_settings.add(ArdlSettings.createMaxDependentLagsModel(),
        ArdlSettings.LABEL_MAX_DEPENDENT_LAGS);
    private final SettingsModelIntegerBounded m_maxQ = m_settings.add(ArdlSettings.createMaxRegressorLagsModel(),
        ArdlSettings.LABEL_MAX_REGRESSOR_LAGS);
    private final SettingsModelString m_level = m_settings.addChoice(ArdlSettings.createLevelModel(),
        ArdlSettings.LABEL_LEVEL, ArdlChoices.Level.class);
    // issue 16: older workflows lack these and load with the simulation off
    private final SettingsModelBoolean m_simulate = m_settings.addLater(ArdlSettings.createSimulateModel(),
        ArdlSettings.CFG_SIMULATE, ArdlSettings.LABEL_SIMULATE);
    private final SettingsModelIntegerBounded m_replications = m_settings.addLater(
        SimulationSettings.createReplicationsModel(), SimulationSettings.CFG_REPLICATIONS,
        ArdlSettings.LABEL_REPLICATIONS);
    private final SettingsModelInteger m_seed = m_settings.addLater(SimulationSettings.createSeedModel(),
        SimulationSettings.CFG_SEED, SimulationSettings.LABEL_SEED);
    private final SeriesColumnSettings m_series =
        series(new SeriesColumnSettings(m_settings, MissingValuePolicy.FAIL, ArdlSettings.OFFERED));

    ArdlNodeModel() {
        super(3, ChartsPort.CHARTS);
    }

    /** What configure and execute both need. */
    record Plan(RegressionColumns columns, ArdlOptions options, DataTableSpec[] outSpecs)
        implements PlannedNodeModel.Plan {
    }

    @Override
    protected Plan plan(final DataTableSpec in) throws InvalidSettingsException {
        RegressionColumns columns = RegressionColumns.check(in, m_dependent, ArdlSettings.LABEL_DEPENDENT,
            m_regressors, ArdlSettings.LABEL_REGRESSORS, m_series.timeModel(), m_series.groupModel());
        if (columns.regressors().length > PssBounds.MAX_REGRESSORS) {
            throw new InvalidSettingsException("\"" + ArdlSettings.LABEL_REGRESSORS + "\": "
                + columns.regressors().length + " columns are chosen, but PSS (2001) tabulate bounds for at most "
                + PssBounds.MAX_REGRESSORS + " regressors.");
        }
        ArdlOptions o = ArdlOptions.defaults()
            .withCase(LabelledChoice.fromSetting(m_case.getStringValue(), ArdlSettings.LABEL_CASE,
                ArdlChoices.Case.class).engine())
            .withAlpha(LabelledChoice.fromSetting(m_level.getStringValue(), ArdlSettings.LABEL_LEVEL,
                ArdlChoices.Level.class).level());
        ArdlChoices.Orders orders = LabelledChoice.fromSetting(m_orders.getStringValue(), ArdlSettings.LABEL_ORDERS,
            ArdlChoices.Orders.class);
        if (orders == ArdlChoices.Orders.FIXED) {
            int[] q = new int[columns.regressors().length];
            Arrays.fill(q, m_q.getIntValue());
            o = o.withFixedOrders(m_p.getIntValue(), q);
        } else {
            o = o.withOrderSearch(orders.engine(), m_maxP.getIntValue(), m_maxQ.getIntValue());
        }
        return new Plan(columns, o, RegressionNodeRunner.outSpecs(columns, in));
    }

    @Override
    protected BufferedDataTable[] run(final Plan plan, final BufferedDataTable in, final ExecutionContext exec)
        throws Exception {
        RegressionColumns cols = plan.columns();
        List<ArdlResult> results = new ArrayList<>();
        List<SimulatedBounds> simulated = new ArrayList<>();
        SimulationOptions simulation = m_simulate.getBooleanValue()
            ? SimulationSettings.options(m_replications, m_seed) : null;
        BufferedDataTable[] out;
        try {
            out = RegressionNodeRunner.execute(in, exec, cols, m_series.policy(), (g, s, warnings) -> {
                ArdlResult r = ArdlBoundsTest.test(s.y(), s.x(), cols.dependent(), cols.regressors(), plan.options());
                results.add(r);
                SimulatedBounds sb = simulation == null ? null : ArdlBoundsSimulation.simulate(r, simulation,
                    SimulationProgress.of(exec, "Simulating the bounds"
                        + (g.groupCell() == null ? "" : " (group \"" + g.groupName() + "\")")));
                simulated.add(sb);
                String where = RegressionNodeRunner.warningPrefix(g);
                warnings.addAll(r.warnings().stream().map(w -> where + w).toList());
                List<DataCell[]> coefficients = new ArrayList<>(
                    RegressionTables.coefficientRows(r.errorCorrectionRegression()));
                for (DataCell[] row : RegressionTables.coefficientRows(r.longRun())) {
                    row[0] = new StringCell("long run: " + row[0]);
                    coefficients.add(row);
                }
                int first = s.start() + r.firstRow();
                return new RegressionNodeRunner.GroupResult(r.errorCorrectionFit(), first, coefficients,
                    statisticRows(r, sb, g, first), "\u0394" + cols.dependent()); // the error-correction form fits Δy
            }, new RegressionNodeRunner.Reports(this::setWarningMessage, this::setViewContent, null, null)); // see below
        } catch (SimulationCancelledException e) {
            exec.checkCanceled(); // the user cancelled during a simulation: stop as KNIME expects
            throw e;
        }
        if (cols.group() == null && results.size() == 1) {
            pushVariables(results.get(0), simulated.get(0));
        }
        return out;
    }

    private void pushVariables(final ArdlResult r, final SimulatedBounds sb) {
        String base = "ardl." + r.dependent() + ".";
        if (sb != null) {
            double[] b = sb.fBounds(r.alpha());
            flowVariables().string(base + "decision_simulated", sb.conclusion());
            flowVariables().number(base + "F_simulated_I0", b[0]);
            flowVariables().number(base + "F_simulated_I1", b[1]);
        }
        flowVariables().string(base + "decision", r.conclusion());
        flowVariables().number(base + "F", r.fStatistic());
        r.tStatistic().ifPresent(t -> flowVariables().number(base + "t", t));
        flowVariables().integer(base + "p", r.p());
        flowVariables().string(base + "q", Arrays.toString(r.q()).replaceAll("[\\[\\] ]", ""));
        flowVariables().integer(base + "observations", r.observations());
    }

    private static List<DataCell[]> statisticRows(final ArdlResult r, final SimulatedBounds sb,
        final SeriesTable.Group g, final int first) {
        List<DataCell[]> rows = new ArrayList<>();
        int n = r.observations();
        int k = r.regressors().size();
        rows.add(statistic("Model", Double.NaN, r.model() + ", " + r.boundsCase().description()));
        rows.add(statistic("Observations", n, "Estimation sample " + g.describeRow(first) + " to "
            + g.describeRow(first + n - 1) + " (the first max(p, q) rows are used up by the lags)"));
        rows.add(statistic("Lags of the dependent variable (p)", r.p(), null));
        rows.add(statistic("Lags of the regressors (q)", Double.NaN, String.join(", ", r.regressors()) + ": "
            + Arrays.toString(r.q()).replaceAll("[\\[\\]]", "")));
        rows.add(statistic("F statistic (bounds test)", r.fStatistic(), Double.NaN, Double.NaN,
            r.fRestrictions() + " restrictions", r.nullHypothesis(), "Compare with the bounds below; no p-value:"
                + " its distribution depends on whether the regressors are I(0) or I(1)"));
        for (double level : PssBounds.LEVELS) {
            double[] b = r.fBounds(level);
            rows.add(statistic("F bounds at " + UnitRootResult.percent(level), Double.NaN, String.format(Locale.ROOT,
                "I(0) %.2f, I(1) %.2f (PSS 2001 Table CI, k = %d): %s", b[0], b[1], k, r.fDecision(level).words())));
            if (sb != null) {
                rows.add(simulatedRow("F", sb.fBounds(level), level, sb, sb.fDecision(level)));
            }
        }
        if (sb != null) {
            rows.addAll(simulatedPValueRows("F", sb.fPValues(), sb));
        }
        if (r.tStatistic().isPresent()) {
            rows.add(statistic("t statistic (bounds test)", r.tStatistic().getAsDouble(), Double.NaN, Double.NaN,
                null, "the coefficient of " + r.dependent() + "(t-1) is zero", "Compare with the bounds below"));
            for (double level : PssBounds.LEVELS) {
                double[] b = r.tBounds(level);
                rows.add(statistic("t bounds at " + UnitRootResult.percent(level), Double.NaN, String.format(Locale.ROOT,
                    "I(0) %.2f, I(1) %.2f (PSS 2001 Table CII, k = %d): %s", b[0], b[1], k,
                    r.tDecision(level).words())));
                if (sb != null) {
                    rows.add(simulatedRow("t", sb.tBounds(level), level, sb, sb.tDecision(level)));
                }
            }
            if (sb != null) {
                rows.addAll(simulatedPValueRows("t", sb.tPValues(), sb));
            }
        } else {
            rows.add(statistic("t statistic (bounds test)", Double.NaN, "PSS (2001) tabulate no t bounds for "
                + r.boundsCase().description()));
        }
        rows.add(statistic("Decision at " + UnitRootResult.percent(r.alpha()), Double.NaN, r.conclusion()
            + " (F test; H0: " + r.nullHypothesis() + ")"));
        if (sb != null) {
            rows.add(statistic("Decision at " + UnitRootResult.percent(r.alpha()) + " (simulated bounds)", Double.NaN,
                sb.conclusion() + " (F test against the bounds simulated at T = " + sb.observations() + ")"));
        }
        rows.add(statistic("Error-correction coefficient", r.errorCorrectionCoefficient(),
            r.errorCorrectionStandardError(), Double.NaN, null, null, "Coefficient of " + r.dependent()
                + "(t-1): the share of a gap to the long-run relation closed each period (negative when the model"
                + " corrects)"));
        for (ArdlResult.Candidate c : r.candidates()) {
            rows.add(statistic("Order search: " + c.label(), r.orderSelection() == ArdlOptions.OrderSelection.BIC
                ? c.bic() : c.aic(), String.format(Locale.ROOT, "%s on the common sample of %d observations",
                    r.orderSelection(), r.searchObservations())));
        }
        return rows;
    }

    /** The simulated bounds of one statistic at one level, beside the row of PSS's asymptotic ones. */
    private static DataCell[] simulatedRow(final String statistic, final double[] b, final double level,
        final SimulatedBounds sb, final ArdlResult.Decision decision) {
        return statistic("Simulated " + statistic + " bounds at " + UnitRootResult.percent(level), Double.NaN,
            String.format(Locale.ROOT, "I(0) %.2f, I(1) %.2f (simulated at T = %d, %d replications, seed %d): %s",
                b[0], b[1], sb.observations(), sb.replications(), sb.seed(), decision.words()));
    }

    /** The p-values of the observed statistic if all regressors are I(0), and if all are I(1). */
    private static List<DataCell[]> simulatedPValueRows(final String statistic, final double[] p,
        final SimulatedBounds sb) {
        String how = "Monte Carlo, (1 + #{simulated at least as extreme}) / (R + 1), R = " + sb.replications();
        return List.of(
            statistic("Simulated p-value of " + statistic + " if all regressors are I(0)", Double.NaN, Double.NaN,
                p[0], null, null, how),
            statistic("Simulated p-value of " + statistic + " if all regressors are I(1)", Double.NaN, Double.NaN,
                p[1], null, null, how));
    }
}
