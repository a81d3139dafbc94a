package org.tradeecon.knime.nodes.cointegration;

import java.util.List;

import org.knime.core.data.DoubleValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.engine.cointegration.EngleGrangerOptions;
import org.tradeecon.knime.engine.cointegration.JohansenCase;
import org.tradeecon.knime.engine.cointegration.JohansenOptions;
import org.tradeecon.knime.engine.unitroot.Deterministic;
import org.tradeecon.knime.engine.unitroot.LagSelection;
import org.tradeecon.knime.engine.unitroot.MaxLagRule;
import org.tradeecon.knime.nodes.common.Choice;
import org.tradeecon.knime.nodes.common.MissingValuePolicy;
import org.tradeecon.knime.nodes.common.SimulationSettings;
import org.tradeecon.knime.nodes.common.TestSettings;

/**
 * Keys (names in settings.xml and for flow variables), dialog labels (= option names in the node description)
 * and one factory per setting of the Cointegration Test node. The Engle-Granger lag options use the keys, labels and
 * choices of the unit-root nodes ({@link TestSettings}), the simulation of Johansen's critical values those of
 * {@link SimulationSettings}; the shared ones (time column, group column, missing values) are in
 * {@link org.tradeecon.knime.nodes.common.CommonSettings}.
 */
final class CointegrationSettings {
    static final String CFG_DEPENDENT = "dependent_column";
    static final String CFG_OTHERS = "other_series";
    static final String CFG_EACH = "each_normalisation";

    static final String LABEL_DEPENDENT = "Dependent variable";
    static final String LABEL_OTHERS = "Other series";
    static final String LABEL_EACH = "Test every normalisation (each series as dependent)";
    // issue 16, Johansen: older workflows lack these keys and load as Engle-Granger with the defaults below
    static final String CFG_METHOD = "method";
    static final String LABEL_METHOD = "Method";
    static final String CFG_JOHANSEN_CASE = "johansen_case";
    static final String LABEL_JOHANSEN_CASE = "Deterministic terms (Johansen)";
    static final String CFG_JOHANSEN_LAG_ORDER = "johansen_lag_order";
    static final String LABEL_JOHANSEN_LAG_ORDER = "VAR lag order (Johansen)";
    static final String CFG_JOHANSEN_LAGS = "johansen_lags";
    static final String LABEL_JOHANSEN_LAGS = "Lagged differences (Johansen)";
    static final String LABEL_REPLICATIONS = "Replications (Johansen critical values)";

    /** The tests of this node. */
    enum Method {
        ENGLE_GRANGER, JOHANSEN
    }

    static final List<Choice<Method>> METHODS = List.of(new Choice<>("Engle-Granger", Method.ENGLE_GRANGER, "EG"),
        new Choice<>("Johansen", Method.JOHANSEN));

    /** The five cases in words, numbered as in Johansen (1995) and Osterwald-Lenum (1992). */
    static final List<Choice<JohansenCase>> JOHANSEN_CASES = List.of(
        new Choice<>("1: no constant, no trend (data without mean or drift)", JohansenCase.NO_CONSTANT, "1"),
        new Choice<>("2: constant in the long-run relations only (data without drift)",
            JohansenCase.RESTRICTED_CONSTANT, "2"),
        new Choice<>("3: constant (data with a linear trend, relations without)", JohansenCase.UNRESTRICTED_CONSTANT,
            "3"),
        new Choice<>("4: constant, and a trend in the long-run relations only", JohansenCase.RESTRICTED_TREND, "4"),
        new Choice<>("5: constant and trend (data with a quadratic trend)", JohansenCase.UNRESTRICTED_TREND, "5"));

    static final List<Choice<JohansenOptions.LagOrder>> JOHANSEN_LAG_ORDERS = List.of(
        new Choice<>("Fixed: the lagged differences below", JohansenOptions.LagOrder.FIXED, "fixed"),
        new Choice<>("AIC, up to the lagged differences below", JohansenOptions.LagOrder.AIC, "aic"),
        new Choice<>("BIC, up to the lagged differences below", JohansenOptions.LagOrder.BIC, "bic"),
        new Choice<>("Hannan-Quinn, up to the lagged differences below", JohansenOptions.LagOrder.HQ, "hq"));

    /** The cointegrating regression needs a constant (MacKinnon 2010 has no critical values without one). */
    static final List<Choice<Deterministic>> TERMS = TestSettings.TERMS.subList(1, TestSettings.TERMS.size());

    /** A regression needs every value in its sample: no "keep as missing". */
    static final MissingValuePolicy[] OFFERED = {MissingValuePolicy.FAIL, MissingValuePolicy.LONGEST_COMPLETE_STRETCH};

    private CointegrationSettings() {
    }

    static SettingsModelString createDependentModel() {
        return new SettingsModelString(CFG_DEPENDENT, null);
    }

    static SettingsModelColumnFilter2 createOthersModel() {
        return new SettingsModelColumnFilter2(CFG_OTHERS, DoubleValue.class);
    }

    static SettingsModelBoolean createEachModel() {
        return new SettingsModelBoolean(CFG_EACH, false);
    }

    static SettingsModelString createTermsModel() {
        return new SettingsModelString(TestSettings.CFG_DETERMINISTIC, Choice.label(Deterministic.CONSTANT, TERMS));
    }

    /** AIC with the default maximum lag: statsmodels' coint. */
    static SettingsModelString createLagRuleModel() {
        return new SettingsModelString(TestSettings.CFG_LAG_RULE, Choice.label(LagSelection.AIC, TestSettings.LAG_RULES));
    }

    static SettingsModelString createMaxLagModel() {
        return new SettingsModelString(TestSettings.CFG_MAX_LAG_RULE,
            Choice.label(MaxLagRule.STATSMODELS, TestSettings.MAX_LAGS));
    }

    static SettingsModelIntegerBounded createLagsModel() {
        return new SettingsModelIntegerBounded(TestSettings.CFG_LAGS, 0, 0, 1000);
    }

    static SettingsModelString createSampleModel() {
        return new SettingsModelString(TestSettings.CFG_LAG_SEARCH_SAMPLE, TestSettings.SAMPLES.get(0).label());
    }

    static SettingsModelDoubleBounded createAlphaModel() {
        return new SettingsModelDoubleBounded(TestSettings.CFG_ALPHA, 0.05, 0.0001, 0.5);
    }

    static SettingsModelString createMethodModel() {
        return new SettingsModelString(CFG_METHOD, Choice.label(Method.ENGLE_GRANGER, METHODS));
    }

    /** Case 3, the default of urca's ca.jo and of gretl. */
    static SettingsModelString createJohansenCaseModel() {
        return new SettingsModelString(CFG_JOHANSEN_CASE,
            Choice.label(JohansenCase.UNRESTRICTED_CONSTANT, JOHANSEN_CASES));
    }

    static SettingsModelString createJohansenLagOrderModel() {
        return new SettingsModelString(CFG_JOHANSEN_LAG_ORDER,
            Choice.label(JohansenOptions.LagOrder.FIXED, JOHANSEN_LAG_ORDERS));
    }

    /** One lagged difference (a VAR of order 2 in levels, urca's default K = 2). */
    static SettingsModelIntegerBounded createJohansenLagsModel() {
        return new SettingsModelIntegerBounded(CFG_JOHANSEN_LAGS, JohansenOptions.DEFAULT_LAGS, 0, 1000);
    }

    /** @return the Johansen options for these settings */
    static JohansenOptions johansenOptions(final SettingsModelString terms, final SettingsModelString lagOrder,
        final SettingsModelIntegerBounded lags, final SettingsModelDoubleBounded alpha,
        final SettingsModelIntegerBounded replications, final SettingsModelInteger seed)
        throws InvalidSettingsException {
        return JohansenOptions.defaults()
            .withDeterministic(Choice.parse(terms.getStringValue(), LABEL_JOHANSEN_CASE, JOHANSEN_CASES))
            .withLagOrder(Choice.parse(lagOrder.getStringValue(), LABEL_JOHANSEN_LAG_ORDER, JOHANSEN_LAG_ORDERS))
            .withLags(lags.getIntValue()).withAlpha(alpha.getDoubleValue())
            .withSimulation(SimulationSettings.options(replications, seed));
    }

    /** @return the engine's options for these settings */
    static EngleGrangerOptions options(final SettingsModelString terms, final SettingsModelString lagRule,
        final SettingsModelString maxLag, final SettingsModelIntegerBounded lags, final SettingsModelString sample,
        final SettingsModelDoubleBounded alpha) throws InvalidSettingsException {
        EngleGrangerOptions o = EngleGrangerOptions.defaults()
            .withDeterministic(Choice.parse(terms.getStringValue(), TestSettings.LABEL_DETERMINISTIC, TERMS))
            .withLagSelection(Choice.parse(lagRule.getStringValue(), TestSettings.LABEL_LAG_RULE,
                TestSettings.LAG_RULES))
            .withLagSearchSample(Choice.parse(sample.getStringValue(), TestSettings.LABEL_LAG_SEARCH_SAMPLE,
                TestSettings.SAMPLES))
            .withAlpha(alpha.getDoubleValue());
        MaxLagRule rule = Choice.parse(maxLag.getStringValue(), TestSettings.LABEL_MAX_LAG_RULE, TestSettings.MAX_LAGS);
        return rule == null ? o.withMaxLag(lags.getIntValue()) : o.withMaxLagRule(rule);
    }
}
