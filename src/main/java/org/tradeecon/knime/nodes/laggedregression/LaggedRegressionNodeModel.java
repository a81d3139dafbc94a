package org.tradeecon.knime.nodes.laggedregression;

import static org.tradeecon.knime.nodes.common.RegressionTables.statistic;
import static org.tradeecon.knime.nodes.laggedregression.LaggedRegressionSettings.*;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.nodes.common.view.ChartsPort;
import org.tradeecon.knime.engine.regression.CoefficientTable;
import org.tradeecon.knime.engine.regression.CovarianceEstimator;
import org.tradeecon.knime.engine.regression.DurbinH;
import org.tradeecon.knime.engine.regression.LaggedDependentRegression;
import org.tradeecon.knime.engine.regression.NeweyWestLagRule;
import org.tradeecon.knime.engine.regression.OlsFit;
import org.tradeecon.knime.engine.regression.TestDistribution;
import org.tradeecon.knime.nodes.common.Choice;
import org.tradeecon.knime.nodes.common.LabelledChoice;
import org.tradeecon.knime.nodes.common.MissingValuePolicy;
import org.tradeecon.knime.nodes.common.NodeSettingsSet;
import org.tradeecon.knime.nodes.common.PlannedNodeModel;
import org.tradeecon.knime.nodes.common.RegressionColumns;
import org.tradeecon.knime.nodes.common.RegressionNodeRunner;
import org.tradeecon.knime.nodes.common.RegressionTables;
import org.tradeecon.knime.nodes.common.SeriesColumnSettings;
import org.tradeecon.knime.nodes.common.SeriesTable;

/**
 * OLS with a lagged dependent variable ({@link LaggedDependentRegression}), once per group. Outputs: the coefficient
 * table, the model statistics and serial-correlation diagnostics in words, and the input rows (in time order)
 * with fitted values and residuals.
 */
final class LaggedRegressionNodeModel extends PlannedNodeModel<LaggedRegressionNodeModel.Plan> {
    /** Below this many observations the large-sample diagnostics get a warning. */
    static final int SMALL_SAMPLE = 30;

    private final NodeSettingsSet m_settings = settings();
    private final SettingsModelString m_dependent = m_settings.add(createDependentModel(),
        LABEL_DEPENDENT);
    private final SettingsModelColumnFilter2 m_regressors = m_settings.add(createRegressorsModel(), LABEL_REGRESSORS);
    private final SettingsModelIntegerBounded m_dependentLags = m_settings.add(
        createDependentLagsModel(), LABEL_DEPENDENT_LAGS);
    private final SettingsModelIntegerBounded m_regressorLags = m_settings.add(
        createRegressorLagsModel(), LABEL_REGRESSOR_LAGS);
    private final SettingsModelString m_regressorLagsByName =
        m_settings.add(createRegressorLagsByNameModel(), LABEL_REGRESSOR_LAGS_BY_NAME);
    private final SettingsModelString m_standardErrors = m_settings.addChoice(
        createStandardErrorsModel(), LABEL_STANDARD_ERRORS,
        StandardErrorType.class);
    private final SettingsModelBoolean m_nwAutomatic = m_settings.add(
        createNeweyWestAutomaticModel(), LABEL_NW_AUTOMATIC);
    private final SettingsModelIntegerBounded m_nwLag = m_settings.add(createNeweyWestLagModel(), LABEL_NW_LAG);
    private final SettingsModelBoolean m_nwSmallSample = m_settings.add(
        createNeweyWestSmallSampleModel(), LABEL_NW_SMALL_SAMPLE);
    private final SettingsModelIntegerBounded m_serialOrder = m_settings.add(
        createSerialOrderModel(), LABEL_SERIAL_ORDER);
    private final SettingsModelString m_preset = m_settings.addLater(createPresetModel(), CFG_CONVENTIONS_OF,
        LABEL_CONVENTIONS_OF);
    private final SettingsModelString m_nwLagRule = m_settings.addLater(createNeweyWestLagRuleModel(),
        CFG_NW_LAG_RULE, LABEL_NW_LAG_RULE);
    private final SettingsModelString m_robustPValues = m_settings.addLater(createRobustPValuesModel(),
        CFG_ROBUST_P_VALUES, LABEL_ROBUST_P_VALUES);
    private final SettingsModelBoolean m_criteriaCountVariance = m_settings.addLater(
        createCriteriaCountVarianceModel(), CFG_CRITERIA_COUNT_VARIANCE, LABEL_CRITERIA_COUNT_VARIANCE);
    private final SeriesColumnSettings m_series =
        series(new SeriesColumnSettings(m_settings, MissingValuePolicy.FAIL, OFFERED));

    LaggedRegressionNodeModel() {
        super(3, ChartsPort.CHARTS);
    }

    /** What configure and execute both need. */
    record Plan(RegressionColumns columns, int[] regressorLags, MissingValuePolicy policy,
        StandardErrorType seType, NeweyWestLagRule nwLagRule, TestDistribution distribution,
        DataTableSpec[] outSpecs) implements PlannedNodeModel.Plan {
    }

    @Override
    protected Plan plan(final DataTableSpec in) throws InvalidSettingsException {
        RegressionColumns columns = RegressionColumns.check(in, m_dependent, LABEL_DEPENDENT,
            m_regressors, LABEL_REGRESSORS, m_series.timeModel(), m_series.groupModel());
        MissingValuePolicy policy = m_series.policy();
        StandardErrorType se = LabelledChoice.fromSetting(m_standardErrors.getStringValue(),
            LABEL_STANDARD_ERRORS, StandardErrorType.class);
        int[] lags = lagsPerRegressor(m_regressorLagsByName.getStringValue(),
            columns.regressors(), m_regressorLags.getIntValue());
        Choice.parse(m_preset.getStringValue(), LABEL_CONVENTIONS_OF, PRESETS);
        NeweyWestLagRule nwRule = Choice.parse(m_nwLagRule.getStringValue(), LABEL_NW_LAG_RULE, NW_LAG_RULES);
        // the classical covariance is always read with Student's t (every tool does)
        TestDistribution distribution = se == StandardErrorType.CLASSICAL ? TestDistribution.STUDENT_T
            : Choice.parse(m_robustPValues.getStringValue(), LABEL_ROBUST_P_VALUES, ROBUST_P_VALUES);
        return new Plan(columns, lags, policy, se, nwRule, distribution, RegressionNodeRunner.outSpecs(columns, in));
    }

    @Override
    protected BufferedDataTable[] run(final Plan plan, final BufferedDataTable in, final ExecutionContext exec)
        throws Exception {
        RegressionColumns cols = plan.columns();
        return RegressionNodeRunner.execute(in, exec, cols, plan.policy(), (g, s, warnings) -> {
            LaggedDependentRegression model = LaggedDependentRegression.fit(cols.dependent(), s.y(),
                m_dependentLags.getIntValue(), cols.regressors(), s.x(), plan.regressorLags(), s.years());
            // the automatic Newey-West lag by the chosen rule, for this group's observations (-1: the estimator's
            // own Newey-West 1994 rule, which it names in its description)
            int lag = !m_nwAutomatic.getBooleanValue() ? m_nwLag.getIntValue()
                : plan.nwLagRule() == NeweyWestLagRule.NEWEY_WEST_1994 ? -1
                : plan.nwLagRule().lag(model.fit().observations());
            CovarianceEstimator estimator = plan.seType().estimator(lag, m_nwSmallSample.getBooleanValue());
            int first = s.start() + model.sample().start();
            List<DataCell[]> coefficients = RegressionTables.coefficientRows(model.coefficients(estimator),
                plan.distribution());
            return new RegressionNodeRunner.GroupResult(model.fit(), first, coefficients,
                statisticRows(model, estimator, plan.distribution(), g, first, warnings));
        }, new RegressionNodeRunner.Reports(this::setWarningMessage, this::setViewContent, "lagged_regression",
            flowVariables()));
    }

    private List<DataCell[]> statisticRows(final LaggedDependentRegression model, final CovarianceEstimator estimator,
        final TestDistribution distribution, final SeriesTable.Group g, final int first, final List<String> warnings) {
        OlsFit fit = model.fit();
        int n = fit.observations();
        int k = fit.coefficientCount();
        String where = RegressionNodeRunner.warningPrefix(g);
        warnings.addAll(fit.warnings().stream().map(w -> where + w).toList());
        List<DataCell[]> rows = new ArrayList<>();
        rows.add(statistic("Observations", n, "Estimation sample " + g.describeRow(first) + " to "
            + g.describeRow(first + n - 1) + " (the first rows are used up by the lags)"));
        rows.add(statistic("Coefficients (k)", k, "Including the intercept"));
        rows.add(RegressionTables.conditionNumber(fit));
        rows.add(statistic("R-squared", fit.rSquared(), "Share of the variance of " + model.dependentName()
            + " explained by the model (centred)"));
        rows.add(statistic("Adjusted R-squared", fit.adjustedRSquared(), "R-squared corrected for the number of "
            + "coefficients"));
        rows.add(statistic("F statistic", fit.fStatistic().orElse(Double.NaN), Double.NaN,
            fit.fPValue().orElse(Double.NaN), "F(" + fit.modelDegreesOfFreedom() + ", " + (n - k) + ")",
            "All coefficients except the intercept are zero", null));
        rows.add(statistic("Sum of squared residuals", fit.residualSumOfSquares(), null));
        rows.add(statistic("Standard error of the regression (sigma)", fit.sigma(), "sqrt(SSR / (n - k))"));
        rows.add(statistic("Log-likelihood", fit.logLikelihood(), "Gaussian"));
        // R's AIC() and BIC() count the error variance as a parameter (issue 15): k + 1
        boolean sigma = m_criteriaCountVariance.getBooleanValue();
        int parameters = sigma ? k + 1 : k;
        String counted = sigma ? parameters + " parameters: the coefficients and the error variance (as R's AIC())"
            : k + " coefficients including the intercept (as statsmodels, Stata and gretl; R's AIC() also counts the"
                + " error variance)";
        rows.add(statistic("AIC", sigma ? fit.aic() + 2.0 : fit.aic(), "-2 log-likelihood + 2k with k = " + counted
            + ". Smaller is better"));
        rows.add(statistic("BIC", sigma ? fit.bic() + Math.log(n) : fit.bic(), "-2 log-likelihood + k ln(n) with k = "
            + parameters + ", n = " + n + ". Smaller is better"));
        rows.add(statistic("Durbin-Watson", model.durbinWatson(), fit.exactFitReason().map(r -> "Undefined: " + r)
            .orElse("Near 2: no first-order autocorrelation. Biased toward 2 when the model has a lagged dependent"
                + " variable: read Durbin's h or the alternative test")));
        DurbinH h = model.durbinH();
        String hNote = "rho = slope of e(t) on e(t-1) (gretl's definition); standard normal, two-sided p-value";
        rows.add(statistic("Durbin's h", h.value().orElse(Double.NaN), Double.NaN, h.pValue().orElse(Double.NaN),
            h.isDefined() ? "N(0,1)" : null, DurbinH.NULL_HYPOTHESIS, h.undefinedReason().orElse(hNote)));
        rows.add(statistic("Durbin's h (rho = 1 - DW/2)", h.valueFromDurbinWatson().orElse(Double.NaN), Double.NaN,
            h.pValueFromDurbinWatson().orElse(Double.NaN), h.isDefined() ? "N(0,1)" : null, DurbinH.NULL_HYPOTHESIS,
            h.undefinedReason().orElse("The textbook variant (e.g. Greene), rho approximated by 1 - DW/2")));
        h.undefinedReason().ifPresent(r -> warnings.add(where + r));
        int q = m_serialOrder.getIntValue();
        if (q >= n - k) {
            throw new IllegalArgumentException("\"" + LABEL_SERIAL_ORDER + "\" is " + q
                + ", but with n = " + n + " observations and k = " + k + " coefficients it must be below " + (n - k)
                + ". Choose a smaller order.");
        }
        rows.add(RegressionTables.test("Durbin's alternative test (order " + q + ")", model.durbinAlternative(q),
            "Wald test in the Breusch-Godfrey auxiliary regression; valid with a lagged dependent variable (Stata's"
                + " estat durbinalt)"));
        rows.add(RegressionTables.test("Breusch-Godfrey LM (order " + q + ")", model.breuschGodfrey(q),
            "n R-squared of e(t) on the regressors and " + q + " lagged residuals (pre-sample residuals 0)"));
        rows.add(RegressionTables.test("Breusch-Godfrey F (order " + q + ")", model.breuschGodfreyF(q),
            "F form of the same auxiliary regression"));
        if (n < SMALL_SAMPLE) {
            warnings.add(where + "Only " + n + " observations: Durbin's h, Durbin's alternative and Breusch-Godfrey"
                + " are large-sample tests, read their p-values with care.");
        }
        rows.addAll(longRunRows(model, estimator, distribution));
        return rows;
    }

    private List<DataCell[]> longRunRows(final LaggedDependentRegression model, final CovarianceEstimator estimator,
        final TestDistribution distribution) {
        List<DataCell[]> rows = new ArrayList<>();
        CoefficientTable lrm;
        try {
            lrm = model.longRunMultipliers(estimator);
        } catch (IllegalStateException e) {
            rows.add(statistic("Long-run multipliers", Double.NaN, e.getMessage()));
            return rows;
        }
        double[] se = lrm.standardErrors();
        double[] p = distribution.pValues(lrm);
        String df = distribution == TestDistribution.NORMAL ? "N(0,1)" : "t(" + lrm.degreesOfFreedom() + ")";
        for (int i = 0; i < lrm.size(); i++) {
            String x = lrm.names().get(i);
            rows.add(statistic("Long-run multiplier of " + x, lrm.estimates()[i], se[i], p[i],
                df, "The long-run effect of " + x + " is zero",
                "Sum of " + x + "'s coefficients / (1 - sum of the lagged " + model.dependentName()
                    + " coefficients); standard error by the " + lrm.covarianceDescription()));
        }
        return rows;
    }
}
