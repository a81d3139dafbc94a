package org.tradeecon.knime.nodes.cointegration;

import java.util.List;

import org.knime.core.data.DoubleValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.engine.cointegration.EngleGrangerOptions;
import org.tradeecon.knime.engine.unitroot.Deterministic;
import org.tradeecon.knime.engine.unitroot.LagSelection;
import org.tradeecon.knime.engine.unitroot.MaxLagRule;
import org.tradeecon.knime.nodes.common.Choice;
import org.tradeecon.knime.nodes.common.MissingValuePolicy;
import org.tradeecon.knime.nodes.common.TestSettings;

/**
 * Keys (names in settings.xml and for flow variables), dialog labels (= option names in the node description)
 * and one factory per setting of the Cointegration Test node. The lag options use the keys, labels and choices of
 * the unit-root nodes ({@link TestSettings}); the shared ones (time column, group column, missing values) are in
 * {@link org.tradeecon.knime.nodes.common.CommonSettings}.
 */
final class CointegrationSettings {
    static final String CFG_DEPENDENT = "dependent_column";
    static final String CFG_OTHERS = "other_series";
    static final String CFG_EACH = "each_normalisation";

    static final String LABEL_DEPENDENT = "Dependent variable";
    static final String LABEL_OTHERS = "Other series";
    static final String LABEL_EACH = "Test every normalisation (each series as dependent)";

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
