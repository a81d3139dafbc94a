package org.tradeecon.knime.nodes.cointegration;

import static org.tradeecon.knime.nodes.common.RegressionTables.statistic;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.nodes.common.view.ChartsPort;
import org.tradeecon.knime.engine.unitroot.UnitRootResult;
import org.tradeecon.knime.engine.cointegration.EngleGranger;
import org.tradeecon.knime.engine.cointegration.EngleGrangerOptions;
import org.tradeecon.knime.engine.cointegration.EngleGrangerResult;
import org.tradeecon.knime.engine.cointegration.Johansen;
import org.tradeecon.knime.engine.cointegration.JohansenOptions;
import org.tradeecon.knime.nodes.common.Choice;
import org.tradeecon.knime.nodes.common.MissingValuePolicy;
import org.tradeecon.knime.nodes.common.NodeSettingsSet;
import org.tradeecon.knime.nodes.common.RegressionColumns;
import org.tradeecon.knime.nodes.common.RegressionNodeRunner;
import org.tradeecon.knime.nodes.common.SeriesColumnSettings;
import org.tradeecon.knime.nodes.common.SeriesTable;
import org.tradeecon.knime.nodes.common.SimulationSettings;
import org.tradeecon.knime.nodes.common.PlannedNodeModel;
import org.tradeecon.knime.nodes.common.TestSettings;

/**
 * The Engle-Granger ({@link EngleGranger}) or Johansen ({@link JohansenTables}) cointegration test of the dependent
 * variable and the other series, once per group. Engle-Granger, optionally in every normalisation; outputs: the
 * cointegrating regression's coefficients (no standard errors: they are not valid there), the test in words, and
 * the input rows with the fitted values and residuals of the first normalisation's cointegrating regression. Flow
 * variables (without a group column), per normalisation: {@code cointegration.<dependent>.decision}, {@code .tau},
 * {@code .p_value}, {@code .lag}, {@code .observations}. Johansen: see {@link JohansenTables}.
 */
final class CointegrationNodeModel extends PlannedNodeModel<CointegrationNodeModel.Plan> {

    private final NodeSettingsSet m_settings = settings();
    private final SettingsModelString m_dependent = m_settings.add(CointegrationSettings.createDependentModel(),
        CointegrationSettings.LABEL_DEPENDENT);
    private final SettingsModelColumnFilter2 m_others = m_settings.add(CointegrationSettings.createOthersModel(),
        CointegrationSettings.LABEL_OTHERS);
    private final SettingsModelBoolean m_each = m_settings.add(CointegrationSettings.createEachModel(),
        CointegrationSettings.LABEL_EACH);
    private final SettingsModelString m_terms = m_settings.add(CointegrationSettings.createTermsModel(),
        TestSettings.LABEL_DETERMINISTIC);
    private final SettingsModelString m_lagRule = m_settings.add(CointegrationSettings.createLagRuleModel(),
        TestSettings.LABEL_LAG_RULE);
    private final SettingsModelString m_maxLag = m_settings.add(CointegrationSettings.createMaxLagModel(),
        TestSettings.LABEL_MAX_LAG_RULE);
    private final SettingsModelIntegerBounded m_lags = m_settings.add(CointegrationSettings.createLagsModel(),
        TestSettings.LABEL_LAGS);
    private final SettingsModelString m_sample = m_settings.add(CointegrationSettings.createSampleModel(),
        TestSettings.LABEL_LAG_SEARCH_SAMPLE);
    private final SettingsModelDoubleBounded m_alpha = m_settings.add(CointegrationSettings.createAlphaModel(),
        TestSettings.LABEL_ALPHA);
    // issue 16: older workflows lack these and load as Engle-Granger
    private final SettingsModelString m_method = m_settings.addLater(CointegrationSettings.createMethodModel(),
        CointegrationSettings.CFG_METHOD, CointegrationSettings.LABEL_METHOD);
    private final SettingsModelString m_johansenCase = m_settings.addLater(
        CointegrationSettings.createJohansenCaseModel(), CointegrationSettings.CFG_JOHANSEN_CASE,
        CointegrationSettings.LABEL_JOHANSEN_CASE);
    private final SettingsModelString m_johansenLagOrder = m_settings.addLater(
        CointegrationSettings.createJohansenLagOrderModel(), CointegrationSettings.CFG_JOHANSEN_LAG_ORDER,
        CointegrationSettings.LABEL_JOHANSEN_LAG_ORDER);
    private final SettingsModelIntegerBounded m_johansenLags = m_settings.addLater(
        CointegrationSettings.createJohansenLagsModel(), CointegrationSettings.CFG_JOHANSEN_LAGS,
        CointegrationSettings.LABEL_JOHANSEN_LAGS);
    private final SettingsModelIntegerBounded m_replications = m_settings.addLater(
        SimulationSettings.createReplicationsModel(), SimulationSettings.CFG_REPLICATIONS,
        CointegrationSettings.LABEL_REPLICATIONS);
    private final SettingsModelInteger m_seed = m_settings.addLater(SimulationSettings.createSeedModel(),
        SimulationSettings.CFG_SEED, SimulationSettings.LABEL_SEED);
    private final SeriesColumnSettings m_series =
        series(new SeriesColumnSettings(m_settings, MissingValuePolicy.FAIL, CointegrationSettings.OFFERED));

    CointegrationNodeModel() {
        super(3, ChartsPort.CHARTS);
    }

    /** What configure and execute both need: the Engle-Granger or the Johansen options (the other is null). */
    record Plan(RegressionColumns columns, EngleGrangerOptions options, JohansenOptions johansen,
        DataTableSpec[] outSpecs) implements PlannedNodeModel.Plan {
    }

    @Override
    protected Plan plan(final DataTableSpec in) throws InvalidSettingsException {
        RegressionColumns columns = RegressionColumns.check(in, m_dependent, CointegrationSettings.LABEL_DEPENDENT,
            m_others, CointegrationSettings.LABEL_OTHERS, m_series.timeModel(), m_series.groupModel());
        if (Choice.parse(m_method.getStringValue(), CointegrationSettings.LABEL_METHOD, CointegrationSettings.METHODS)
            == CointegrationSettings.Method.JOHANSEN) {
            if (columns.regressors().length + 1 > Johansen.MAX_VARIABLES) {
                throw new InvalidSettingsException("\"" + CointegrationSettings.LABEL_OTHERS + "\": "
                    + columns.regressors().length + " columns are chosen, but the Johansen test takes at most "
                    + Johansen.MAX_VARIABLES + " series in all (the dependent variable and "
                    + (Johansen.MAX_VARIABLES - 1) + " others).");
            }
            JohansenOptions o = CointegrationSettings.johansenOptions(m_johansenCase, m_johansenLagOrder,
                m_johansenLags, m_alpha, m_replications, m_seed);
            return new Plan(columns, null, o, JohansenTables.outSpecs(columns, in));
        }
        if (columns.regressors().length + 1 > EngleGranger.MAX_VARIABLES) {
            throw new InvalidSettingsException("\"" + CointegrationSettings.LABEL_OTHERS + "\": "
                + columns.regressors().length + " columns are chosen, but MacKinnon's tables cover at most "
                + EngleGranger.MAX_VARIABLES + " series in all (the dependent variable and 5 others).");
        }
        EngleGrangerOptions o = CointegrationSettings.options(m_terms, m_lagRule, m_maxLag, m_lags, m_sample, m_alpha);
        return new Plan(columns, o, null, RegressionNodeRunner.outSpecs(columns, in));
    }

    @Override
    protected BufferedDataTable[] run(final Plan plan, final BufferedDataTable in, final ExecutionContext exec)
        throws Exception {
        RegressionColumns cols = plan.columns();
        if (plan.johansen() != null) {
            return JohansenTables.execute(in, exec, cols, m_series.policy(), plan.johansen(),
                new JohansenTables.Reports(this::setWarningMessage, this::setViewContent, flowVariables()));
        }
        List<EngleGrangerResult> all = new ArrayList<>();
        BufferedDataTable[] out = RegressionNodeRunner.execute(in, exec, cols, m_series.policy(),
            (g, s, warnings) -> {
                double[][] series = new double[s.x().length + 1][];
                series[0] = s.y();
                System.arraycopy(s.x(), 0, series, 1, s.x().length);
                List<EngleGrangerResult> results = m_each.getBooleanValue()
                    ? EngleGranger.testEachNormalisation(series, cols.all(), plan.options())
                    : List.of(EngleGranger.test(series, cols.all(), plan.options()));
                all.addAll(results);
                String where = RegressionNodeRunner.warningPrefix(g);
                List<DataCell[]> coefficients = new ArrayList<>();
                List<DataCell[]> statistics = new ArrayList<>();
                for (EngleGrangerResult r : results) {
                    r.warnings().forEach(w -> warnings.add(where + r.dependent() + ": " + w));
                    coefficients.addAll(coefficientRows(r));
                    statistics.addAll(statisticRows(r, g, s.start() + r.leadingMissingTrimmed()));
                }
                EngleGrangerResult first = results.get(0);
                return new RegressionNodeRunner.GroupResult(first.cointegratingFit(),
                    s.start() + first.leadingMissingTrimmed(), coefficients, statistics);
            }, new RegressionNodeRunner.Reports(this::setWarningMessage, this::setViewContent, null, null)); // see below
        if (cols.group() == null) {
            for (EngleGrangerResult r : all) {
                String base = "cointegration." + r.dependent() + ".";
                flowVariables().string(base + "decision", r.conclusion());
                flowVariables().number(base + "tau", r.statistic());
                flowVariables().number(base + "p_value", r.pValue());
                flowVariables().integer(base + "lag", r.lags());
                flowVariables().integer(base + "observations", r.observations());
            }
        }
        return out;
    }

    private static List<DataCell[]> coefficientRows(final EngleGrangerResult r) {
        List<DataCell[]> rows = new ArrayList<>();
        DataCell missing = DataType.getMissingCell();
        for (EngleGrangerResult.Coefficient c : r.coefficients()) {
            rows.add(new DataCell[]{new StringCell(r.dependent() + " equation: " + c.name()),
                new DoubleCell(c.estimate()), missing, missing, missing, missing, missing,
                new StringCell("none: OLS standard errors are not valid in a cointegrating regression (use the DOLS"
                    + " node for inference on the long-run coefficients)")});
        }
        return rows;
    }

    private static List<DataCell[]> statisticRows(final EngleGrangerResult r, final SeriesTable.Group g,
        final int first) {
        String of = " (" + r.dependent() + " on " + String.join(", ", r.regressors()) + ")";
        int n = r.cointegratingObservations();
        List<DataCell[]> rows = new ArrayList<>();
        rows.add(statistic("Engle-Granger tau" + of, r.statistic(), Double.NaN, r.pValue(),
            "MacKinnon, N = " + r.variables(), r.nullHypothesis(), r.conventions().get("p-value")));
        r.criticalValues().forEach((level, value) -> rows.add(statistic("Critical value " + UnitRootResult.percent(level) + of,
            value, r.conventions().get("critical values"))));
        rows.add(statistic("Lag of the residual ADF regression" + of, r.lags(),
            r.conventions().getOrDefault("residual ADF lag selection", "")));
        rows.add(statistic("Observations" + of, r.observations(), "Of the residual ADF regression; the cointegrating"
            + " regression uses " + n + " (" + g.describeRow(first) + " to " + g.describeRow(first + n - 1) + ")"));
        rows.add(statistic("Decision at " + UnitRootResult.percent(r.alpha()) + of, Double.NaN, r.conclusion() + ". "
            + r.decision()));
        return rows;
    }
}
