package org.tradeecon.knime.nodes.common;

import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.BiFunction;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.engine.unitroot.AdfOptions;
import org.tradeecon.knime.engine.unitroot.AdfResult;
import org.tradeecon.knime.engine.unitroot.AdfTest;
import org.tradeecon.knime.engine.unitroot.Deterministic;
import org.tradeecon.knime.engine.unitroot.KpssLagRule;
import org.tradeecon.knime.engine.unitroot.KpssResult;
import org.tradeecon.knime.engine.unitroot.KpssTest;
import org.tradeecon.knime.engine.unitroot.LagSearchSample;
import org.tradeecon.knime.engine.unitroot.LagSelection;
import org.tradeecon.knime.engine.unitroot.MaxLagRule;

/**
 * The ADF and KPSS settings shared by the Unit Root Test and Order of Integration nodes: keys (names in
 * settings.xml and for flow variables), dialog labels (= option names in the node descriptions), one factory per
 * setting (used by the NodeModel and the dialog), and the conversion to the engine's options. Defaults reproduce
 * the paper: ADF with a constant, 0 lags, MacKinnon (1994) p-values, α = 0.05.
 */
public final class TestSettings {
    public static final String CFG_DETERMINISTIC = "deterministic";
    public static final String CFG_LAG_RULE = "lag_rule";
    public static final String CFG_MAX_LAG_RULE = "max_lag_rule";
    public static final String CFG_LAGS = "lags";
    public static final String CFG_LAG_SEARCH_SAMPLE = "lag_search_sample";
    public static final String CFG_P_VALUE_METHOD = "p_value_method";
    public static final String CFG_KPSS_BANDWIDTH = "kpss_bandwidth";
    public static final String CFG_KPSS_LAGS = "kpss_lags";
    public static final String CFG_ALPHA = "alpha";

    public static final String LABEL_DETERMINISTIC = "Deterministic terms";
    public static final String LABEL_LAG_RULE = "Lag selection";
    public static final String LABEL_MAX_LAG_RULE = "Maximum lag";
    public static final String LABEL_LAGS = "Number of lags";
    public static final String LABEL_LAG_SEARCH_SAMPLE = "Sample for the chosen lag";
    public static final String LABEL_P_VALUE_METHOD = "p-value method";
    public static final String LABEL_KPSS_BANDWIDTH = "KPSS bandwidth";
    public static final String LABEL_KPSS_LAGS = "KPSS lags";
    public static final String LABEL_ALPHA = "Significance level (alpha)";

    /** Deterministic terms; flow variables may also give statsmodels' codes n, c, ct, ctt (and Stata's nc). */
    public static final List<Choice<Deterministic>> TERMS = List.of(
        new Choice<>("None", Deterministic.NONE, "n", "nc"), new Choice<>("Constant", Deterministic.CONSTANT, "c"),
        new Choice<>("Constant and linear trend", Deterministic.TREND, "ct"),
        new Choice<>("Constant, linear and quadratic trend", Deterministic.QUADRATIC_TREND, "ctt"));

    /** How the ADF lag is chosen. */
    public static final List<Choice<LagSelection>> LAG_RULES = List.of(new Choice<>("Fixed", LagSelection.FIXED),
        new Choice<>("AIC (Akaike)", LagSelection.AIC), new Choice<>("BIC (Schwarz)", LagSelection.BIC),
        new Choice<>("HQIC (Hannan-Quinn)", LagSelection.HQIC),
        new Choice<>("t-statistic (test down)", LagSelection.T_STAT, "t-stat", "tstat"));

    /**
     * The lag rules of the Unit Root Test node: those of {@link #LAG_RULES} plus the modified AIC, which only
     * DF-GLS uses. Settings are parsed against this list; the Order of Integration node offers {@link #LAG_RULES}.
     */
    public static final List<Choice<LagSelection>> GLS_LAG_RULES = java.util.stream.Stream.concat(LAG_RULES.stream(),
        java.util.stream.Stream.of(new Choice<>("MAIC (modified AIC, DF-GLS only)", LagSelection.MAIC)))
        .toList();

    /** Where the ADF maximum lag (or fixed lag) comes from; null stands for the number in "Number of lags". */
    public static final List<Choice<MaxLagRule>> MAX_LAGS = List.of(
        new Choice<>("Number of lags (below)", null, "number"),
        new Choice<>("Default rule ceil(12*(n/100)^(1/4))", MaxLagRule.STATSMODELS, "default"),
        new Choice<>("Schwert rule floor(12*(n/100)^(1/4))", MaxLagRule.SCHWERT));

    /** Which sample the ADF regression with an automatically chosen lag is finally estimated on. */
    public static final List<Choice<LagSearchSample>> SAMPLES = List.of(
        new Choice<>("Refit the chosen lag on its own sample (statsmodels, gretl)", LagSearchSample.REFIT_OWN_SAMPLE),
        new Choice<>("Keep the maximum-lag sample (R urca)", LagSearchSample.KEEP_MAXLAG_SAMPLE));

    /** The ADF p-value methods the engine offers (MacKinnon 1996 finite-sample values are not implemented). */
    public static final List<Choice<String>> P_VALUE_METHODS = List.of(
        new Choice<>("MacKinnon (1994) approximate asymptotic", "MACKINNON_1994", "mackinnon"));

    /** How the KPSS bandwidth (number of Bartlett lags) is chosen. */
    public static final List<Choice<KpssLagRule>> BANDWIDTHS = List.of(
        new Choice<>("Automatic (Hobijn et al. 1998, statsmodels)", KpssLagRule.HOBIJN_AUTO, "auto"),
        new Choice<>("Schwert short rule 4*(n/100)^(1/4) (R tseries)", KpssLagRule.SCHWERT_SHORT),
        new Choice<>("Schwert long rule 12*(n/100)^(1/4)", KpssLagRule.SCHWERT_LONG),
        new Choice<>("statsmodels legacy rule ceil(12*(n/100)^(1/4))", KpssLagRule.LEGACY_CEILING, "legacy"),
        new Choice<>("Fixed: KPSS lags (below)", KpssLagRule.FIXED));

    private final SettingsModelString m_terms;
    private final SettingsModelString m_lagRule;
    private final SettingsModelString m_maxLag;
    private final SettingsModelIntegerBounded m_lags;
    private final SettingsModelString m_sample;
    private final SettingsModelString m_pValue;
    private final SettingsModelString m_bandwidth;
    private final SettingsModelIntegerBounded m_kpssLags;
    private final SettingsModelDoubleBounded m_alpha;
    private List<Choice<LagSelection>> m_lagRules = LAG_RULES;

    /**
     * The lag settings of {@link #adfOptions} alone (lag selection, maximum lag, number of lags, sample for the chosen
     * lag, p-value method), with the keys, labels and defaults of {@link TestSettings}: for nodes that run ADF inside
     * another test and have no KPSS options (the Panel Unit Root Test). The dialog part is
     * {@link TestSettings#addAdfComponents(SettingsPane, List, BooleanSupplier, BooleanSupplier, SettingsModel...)}.
     */
    public static final class AdfLags {
        private final SettingsModelString m_rule;
        private final SettingsModelString m_max;
        private final SettingsModelIntegerBounded m_number;
        private final SettingsModelString m_searchSample;
        private final SettingsModelString m_method;

        /** Creates the models and registers them with {@code set}. */
        public AdfLags(final NodeSettingsSet set) {
            m_rule = set.add(createLagRuleModel(), LABEL_LAG_RULE);
            m_max = set.add(createMaxLagModel(), LABEL_MAX_LAG_RULE);
            m_number = set.add(createLagsModel(), LABEL_LAGS);
            m_searchSample = set.add(createSampleModel(), LABEL_LAG_SEARCH_SAMPLE);
            m_method = set.add(createPValueModel(), LABEL_P_VALUE_METHOD);
        }

        /** @return the lag selection */
        public LagSelection rule() throws InvalidSettingsException {
            return Choice.parse(m_rule.getStringValue(), LABEL_LAG_RULE, LAG_RULES);
        }

        /** @return the rule of the maximum lag, null for the number in "Number of lags" */
        public MaxLagRule maxLagRule() throws InvalidSettingsException {
            return Choice.parse(m_max.getStringValue(), LABEL_MAX_LAG_RULE, MAX_LAGS);
        }

        /** @return the number in "Number of lags" */
        public int number() {
            return m_number.getIntValue();
        }

        /** @return {@code base} with these lag settings */
        public AdfOptions applyTo(final AdfOptions base) throws InvalidSettingsException {
            Choice.parse(m_method.getStringValue(), LABEL_P_VALUE_METHOD, P_VALUE_METHODS);
            AdfOptions o = base.withLagSelection(rule())
                .withLagSearchSample(Choice.parse(m_searchSample.getStringValue(), LABEL_LAG_SEARCH_SAMPLE, SAMPLES));
            MaxLagRule max = maxLagRule();
            return max == null ? o.withMaxLag(number()) : o.withMaxLagRule(max);
        }
    }

    /** Creates the models and registers them with {@code set}. */
    public TestSettings(final NodeSettingsSet set) {
        m_terms = set.add(createTermsModel(), LABEL_DETERMINISTIC);
        m_lagRule = set.add(createLagRuleModel(), LABEL_LAG_RULE);
        m_maxLag = set.add(createMaxLagModel(), LABEL_MAX_LAG_RULE);
        m_lags = set.add(createLagsModel(), LABEL_LAGS);
        m_sample = set.add(createSampleModel(), LABEL_LAG_SEARCH_SAMPLE);
        m_pValue = set.add(createPValueModel(), LABEL_P_VALUE_METHOD);
        m_bandwidth = set.add(createBandwidthModel(), LABEL_KPSS_BANDWIDTH);
        m_kpssLags = set.add(createKpssLagsModel(), LABEL_KPSS_LAGS);
        m_alpha = set.add(createAlphaModel(), LABEL_ALPHA);
    }

    static SettingsModelString createTermsModel() {
        return new SettingsModelString(CFG_DETERMINISTIC, Choice.label(Deterministic.CONSTANT, TERMS));
    }

    static SettingsModelString createLagRuleModel() {
        return new SettingsModelString(CFG_LAG_RULE, Choice.label(LagSelection.FIXED, LAG_RULES));
    }

    static SettingsModelString createMaxLagModel() {
        return new SettingsModelString(CFG_MAX_LAG_RULE, Choice.label(null, MAX_LAGS));
    }

    static SettingsModelIntegerBounded createLagsModel() {
        return new SettingsModelIntegerBounded(CFG_LAGS, 0, 0, 1000);
    }

    static SettingsModelString createSampleModel() {
        return new SettingsModelString(CFG_LAG_SEARCH_SAMPLE, SAMPLES.get(0).label());
    }

    static SettingsModelString createPValueModel() {
        return new SettingsModelString(CFG_P_VALUE_METHOD, P_VALUE_METHODS.get(0).label());
    }

    static SettingsModelString createBandwidthModel() {
        return new SettingsModelString(CFG_KPSS_BANDWIDTH, Choice.label(KpssLagRule.HOBIJN_AUTO, BANDWIDTHS));
    }

    static SettingsModelIntegerBounded createKpssLagsModel() {
        return new SettingsModelIntegerBounded(CFG_KPSS_LAGS, 0, 0, 1000);
    }

    static SettingsModelDoubleBounded createAlphaModel() {
        return new SettingsModelDoubleBounded(CFG_ALPHA, 0.05, 0.0001, 0.5);
    }

    /** Accepts the lag rules of {@link #GLS_LAG_RULES} (the Unit Root Test node, which offers DF-GLS). */
    public void offerMaic() {
        m_lagRules = GLS_LAG_RULES;
    }

    /** @return the chosen deterministic terms */
    public Deterministic terms() throws InvalidSettingsException {
        return Choice.parse(m_terms.getStringValue(), LABEL_DETERMINISTIC, TERMS);
    }

    /** @return the ADF lag selection */
    public LagSelection lagRule() throws InvalidSettingsException {
        return Choice.parse(m_lagRule.getStringValue(), LABEL_LAG_RULE, m_lagRules);
    }

    /** @return the KPSS bandwidth rule */
    public KpssLagRule bandwidth() throws InvalidSettingsException {
        return Choice.parse(m_bandwidth.getStringValue(), LABEL_KPSS_BANDWIDTH, BANDWIDTHS);
    }

    /** @return the number of KPSS lags, used with the fixed bandwidth */
    public int kpssLags() {
        return m_kpssLags.getIntValue();
    }

    /** @return the significance level for the decisions */
    public double alpha() {
        return m_alpha.getDoubleValue();
    }

    /** Checks that every choice is one of the offered values. */
    public void check() throws InvalidSettingsException {
        adfOptions();
        bandwidth();
    }

    /** @return the ADF options of these settings */
    public AdfOptions adfOptions() throws InvalidSettingsException {
        Choice.parse(m_pValue.getStringValue(), LABEL_P_VALUE_METHOD, P_VALUE_METHODS);
        AdfOptions o = AdfOptions.defaults().withDeterministic(terms()).withLagSelection(lagRule())
            .withLagSearchSample(Choice.parse(m_sample.getStringValue(), LABEL_LAG_SEARCH_SAMPLE, SAMPLES))
            .withAlpha(alpha());
        MaxLagRule rule = Choice.parse(m_maxLag.getStringValue(), LABEL_MAX_LAG_RULE, MAX_LAGS);
        return rule == null ? o.withMaxLag(m_lags.getIntValue()) : o.withMaxLagRule(rule);
    }

    /** @return the ADF test of {@code y} (gap-free apart from leading/trailing NaN) under these settings */
    public AdfResult adf(final double[] y, final String name) throws InvalidSettingsException {
        return AdfTest.test(y, adfOptions(), name);
    }

    /**
     * @param terms {@link Deterministic#CONSTANT} (level stationarity) or {@link Deterministic#TREND}
     * @return the KPSS test under these settings, as a function of the series and its name
     */
    public BiFunction<double[], String, KpssResult> kpss(final Deterministic terms) throws InvalidSettingsException {
        KpssLagRule rule = bandwidth();
        int lags = kpssLags();
        double alpha = alpha();
        return rule == KpssLagRule.FIXED ? (y, name) -> KpssTest.test(y, terms, lags, alpha, name)
            : (y, name) -> KpssTest.test(y, terms, rule, alpha, name);
    }

    /**
     * Adds the ADF options. They are enabled while {@code active} holds; within them "Number of lags" only when the
     * maximum lag is that number, and the sample for the chosen lag only when the lag is searched.
     *
     * @param active whether the ADF test is used (re-evaluated when a {@code activeTriggers} model changes)
     */
    public static void addAdfComponents(final SettingsPane pane, final BooleanSupplier active,
        final SettingsModel... activeTriggers) {
        addAdfComponents(pane, LAG_RULES, active, active, activeTriggers);
    }

    /**
     * As {@link #addAdfComponents(SettingsPane, BooleanSupplier, SettingsModel...)}, offering {@code lagRules}, with
     * the lag options enabled while {@code active} holds and the p-value method while {@code pValueActive} holds.
     */
    public static void addAdfComponents(final SettingsPane pane, final List<Choice<LagSelection>> lagRules,
        final BooleanSupplier active, final BooleanSupplier pValueActive, final SettingsModel... activeTriggers) {
        SettingsModelString rule = createLagRuleModel();
        SettingsModelString max = createMaxLagModel();
        SettingsModelIntegerBounded lags = createLagsModel();
        SettingsModelString sample = createSampleModel();
        SettingsModelString pValue = createPValueModel();
        pane.addRule(() -> {
            boolean on = active.getAsBoolean();
            rule.setEnabled(on);
            max.setEnabled(on);
            lags.setEnabled(on && Choice.label(null, MAX_LAGS).equals(max.getStringValue()));
            sample.setEnabled(on && !Choice.label(LagSelection.FIXED, LAG_RULES).equals(rule.getStringValue()));
            pValue.setEnabled(pValueActive.getAsBoolean());
        }, triggers(activeTriggers, rule, max));
        pane.addDialogComponent(new DialogComponentStringSelection(rule, LABEL_LAG_RULE, Choice.labels(lagRules)));
        pane.addDialogComponent(new DialogComponentStringSelection(max, LABEL_MAX_LAG_RULE,
            Choice.labels(MAX_LAGS)));
        pane.addDialogComponent(new DialogComponentNumber(lags, LABEL_LAGS, 1));
        pane.addDialogComponent(new DialogComponentStringSelection(sample, LABEL_LAG_SEARCH_SAMPLE,
            Choice.labels(SAMPLES)));
        pane.addDialogComponent(new DialogComponentStringSelection(pValue, LABEL_P_VALUE_METHOD,
            Choice.labels(P_VALUE_METHODS)));
    }

    /**
     * Adds the KPSS options, enabled while {@code active} holds; "KPSS lags" only with a fixed bandwidth.
     *
     * @param active whether the KPSS test is used (re-evaluated when a {@code activeTriggers} model changes)
     */
    public static void addKpssComponents(final SettingsPane pane, final BooleanSupplier active,
        final SettingsModel... activeTriggers) {
        SettingsModelString bandwidth = createBandwidthModel();
        SettingsModelIntegerBounded lags = createKpssLagsModel();
        pane.addRule(() -> {
            boolean on = active.getAsBoolean();
            bandwidth.setEnabled(on);
            lags.setEnabled(on && Choice.label(KpssLagRule.FIXED, BANDWIDTHS).equals(bandwidth.getStringValue()));
        }, triggers(activeTriggers, bandwidth));
        pane.addDialogComponent(new DialogComponentStringSelection(bandwidth, LABEL_KPSS_BANDWIDTH,
            Choice.labels(BANDWIDTHS)));
        pane.addDialogComponent(new DialogComponentNumber(lags, LABEL_KPSS_LAGS, 1));
    }

    private static SettingsModel[] triggers(final SettingsModel[] outer, final SettingsModel... own) {
        SettingsModel[] all = Arrays.copyOf(outer, outer.length + own.length);
        System.arraycopy(own, 0, all, outer.length, own.length);
        return all;
    }

    /** Adds the deterministic terms and α. */
    public static void addCommonComponents(final SettingsPane pane) {
        addCommonComponents(pane, () -> true);
    }

    /** Adds the deterministic terms (enabled while {@code termsActive} holds) and α. */
    public static void addCommonComponents(final SettingsPane pane, final BooleanSupplier termsActive,
        final SettingsModel... activeTriggers) {
        SettingsModelString terms = createTermsModel();
        if (activeTriggers.length > 0) {
            pane.addRule(() -> terms.setEnabled(termsActive.getAsBoolean()), activeTriggers);
        }
        pane.addDialogComponent(new DialogComponentStringSelection(terms, LABEL_DETERMINISTIC, Choice.labels(TERMS)));
        pane.addDialogComponent(new DialogComponentNumber(createAlphaModel(), LABEL_ALPHA, 0.01));
    }
}
