package org.tradeecon.knime.nodes.dols;

import static org.tradeecon.knime.nodes.common.RegressionTables.statistic;
import static org.tradeecon.knime.nodes.dols.DolsSettings.*;

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
import org.tradeecon.knime.engine.regression.CovarianceEstimator;
import org.tradeecon.knime.engine.regression.OlsFit;
import org.tradeecon.knime.engine.regression.StockWatsonDols;
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
 * Stock-Watson dynamic OLS ({@link StockWatsonDols}), the leads-and-lags estimator of a cointegrating regression,
 * once per group. Outputs: the cointegrating coefficients, the model statistics (with the criterion value of
 * every lead/lag candidate when they are chosen by AIC or BIC), and the input rows with fitted values and
 * residuals.
 */
final class DolsNodeModel extends PlannedNodeModel<DolsNodeModel.Plan> {
    private final NodeSettingsSet m_settings = settings();
    private final SettingsModelString m_dependent = m_settings.add(createDependentModel(), LABEL_DEPENDENT);
    private final SettingsModelColumnFilter2 m_regressors = m_settings.add(createRegressorsModel(), LABEL_REGRESSORS);
    private final SettingsModelString m_rule = m_settings.addChoice(createRuleModel(),
        LABEL_RULE, DolsChoices.LeadLagRule.class);
    private final SettingsModelIntegerBounded m_leads = m_settings.add(createLeadsModel(), LABEL_LEADS);
    private final SettingsModelIntegerBounded m_lags = m_settings.add(createLagsModel(), LABEL_LAGS);
    private final SettingsModelString m_standardErrors =
        m_settings.addChoice(createStandardErrorsModel(), LABEL_STANDARD_ERRORS, DolsChoices.StandardErrors.class);
    private final SettingsModelBoolean m_bandwidthAutomatic =
        m_settings.add(createBandwidthAutomaticModel(), LABEL_BANDWIDTH_AUTOMATIC);
    private final SettingsModelIntegerBounded m_bandwidth = m_settings.add(createBandwidthModel(), LABEL_BANDWIDTH);
    private final SeriesColumnSettings m_series =
        series(new SeriesColumnSettings(m_settings, MissingValuePolicy.FAIL, OFFERED));

    DolsNodeModel() {
        super(3, ChartsPort.CHARTS);
    }

    /** What configure and execute both need. */
    record Plan(RegressionColumns columns, MissingValuePolicy policy, DolsChoices.LeadLagRule rule,
        DolsChoices.StandardErrors seType, DataTableSpec[] outSpecs) implements PlannedNodeModel.Plan {
    }

    @Override
    protected Plan plan(final DataTableSpec in) throws InvalidSettingsException {
        RegressionColumns columns = RegressionColumns.check(in, m_dependent, LABEL_DEPENDENT,
            m_regressors, LABEL_REGRESSORS, m_series.timeModel(), m_series.groupModel());
        MissingValuePolicy policy = m_series.policy();
        DolsChoices.LeadLagRule rule = LabelledChoice.fromSetting(m_rule.getStringValue(), LABEL_RULE,
            DolsChoices.LeadLagRule.class);
        DolsChoices.StandardErrors se = LabelledChoice.fromSetting(m_standardErrors.getStringValue(),
            LABEL_STANDARD_ERRORS, DolsChoices.StandardErrors.class);
        return new Plan(columns, policy, rule, se, RegressionNodeRunner.outSpecs(columns, in));
    }

    @Override
    protected BufferedDataTable[] run(final Plan plan, final BufferedDataTable in, final ExecutionContext exec)
        throws Exception {
        RegressionColumns cols = plan.columns();
        return RegressionNodeRunner.execute(in, exec, cols, plan.policy(), (g, s, warnings) -> {
            StockWatsonDols dols = plan.rule() == DolsChoices.LeadLagRule.FIXED
                ? StockWatsonDols.fit(cols.dependent(), s.y(), cols.regressors(), s.x(), m_leads.getIntValue(),
                    m_lags.getIntValue(), s.years())
                : StockWatsonDols.select(cols.dependent(), s.y(), cols.regressors(), s.x(), m_leads.getIntValue(),
                    m_lags.getIntValue(), plan.rule().m_criterion, s.years());
            OlsFit fit = dols.fit();
            int first = s.start() + dols.sample().start();
            int bandwidth = m_bandwidthAutomatic.getBooleanValue()
                ? CovarianceEstimator.defaultNeweyWestLag(fit.observations()) : m_bandwidth.getIntValue();
            List<DataCell[]> coefficients =
                RegressionTables.coefficientRows(dols.cointegratingCoefficients(plan.seType().m_engine, bandwidth));
            List<DataCell[]> statistics = statisticRows(dols, plan.rule(), g, first, bandwidth);
            String where = RegressionNodeRunner.warningPrefix(g);
            fit.warnings().forEach(w -> warnings.add(where + w));
            return new RegressionNodeRunner.GroupResult(fit, first, coefficients, statistics);
        }, new RegressionNodeRunner.Reports(this::setWarningMessage, this::setViewContent, "dols",
            flowVariables()));
    }

    private static List<DataCell[]> statisticRows(final StockWatsonDols dols, final DolsChoices.LeadLagRule rule,
        final SeriesTable.Group g, final int first, final int bandwidth) {
        OlsFit fit = dols.fit();
        int n = fit.observations();
        int k = fit.coefficientCount();
        String how = rule == DolsChoices.LeadLagRule.FIXED ? "Fixed in the dialog" : "Chosen by " + rule.label();
        List<DataCell[]> rows = new ArrayList<>();
        rows.add(statistic("Observations", n, "Estimation sample " + g.describeRow(first) + " to "
            + g.describeRow(first + n - 1) + " (rows at the ends are used up by the leads and lags)"));
        rows.add(statistic("Leads of the differenced regressors", dols.leads(), how));
        rows.add(statistic("Lags of the differenced regressors", dols.lags(), how));
        rows.add(statistic("Coefficients (k)", k, "All terms of the DOLS regression, including the intercept and "
            + "the leads and lags; only the intercept and the regressors in levels are reported in the coefficient "
            + "table"));
        rows.add(RegressionTables.conditionNumber(fit));
        rows.add(statistic("Bandwidth (Bartlett lag)", bandwidth, "For the standard errors of the coefficients"));
        rows.add(statistic("R-squared", fit.rSquared(), null));
        rows.add(statistic("Adjusted R-squared", fit.adjustedRSquared(), null));
        rows.add(statistic("Sum of squared residuals", fit.residualSumOfSquares(), null));
        rows.add(statistic("Standard error of the regression (sigma)", fit.sigma(), "sqrt(SSR / (n - k))"));
        rows.add(statistic("Log-likelihood", fit.logLikelihood(), "Gaussian"));
        rows.add(statistic("AIC", fit.aic(), "-2 log-likelihood + 2k with k = " + k
            + " coefficients including the intercept"));
        rows.add(statistic("BIC", fit.bic(), "-2 log-likelihood + k ln(n) with k = " + k + ", n = " + n));
        double[][] values = dols.criterionValues();
        if (values != null) {
            for (int q = 0; q < values.length; q++) {
                for (int r = 0; r < values[q].length; r++) {
                    boolean chosen = q == dols.leads() && r == dols.lags();
                    rows.add(statistic(rule.label() + " with " + q + " leads and " + r + " lags", values[q][r],
                        (chosen ? "Chosen (smallest). " : "") + "All candidates on the sample of the largest model"));
                }
            }
        }
        return rows;
    }
}
