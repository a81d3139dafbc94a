package org.tradeecon.knime.nodes.common;

import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.BiFunction;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.engine.unitroot.AdfOptions;
import org.tradeecon.knime.engine.unitroot.AdfPValueMethod;
import org.tradeecon.knime.engine.unitroot.ConventionPreset;
import org.tradeecon.knime.engine.unitroot.CriticalValueMethod;
import org.tradeecon.knime.engine.unitroot.LagLimit;
import org.tradeecon.knime.engine.unitroot.MaxLagCut;
import org.tradeecon.knime.engine.unitroot.TStatSample;
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
    // issue 15: the convention preset and the single conventions (absent from older workflows: today's defaults)
    public static final String CFG_CONVENTIONS_OF = "conventions_of";
    public static final String CFG_LAG_LIMIT = "lag_limit";
    public static final String CFG_MAX_LAG_CUT = "max_lag_cut";
    public static final String CFG_LAG_ZERO = "lag_zero_searched";
    public static final String CFG_T_STAT_SAMPLE = "t_stat_sample";
    public static final String CFG_CRITICAL_VALUES = "critical_values";

    public static final String LABEL_DETERMINISTIC = "Deterministic terms";
    public static final String LABEL_LAG_RULE = "Lag selection";
    public static final String LABEL_MAX_LAG_RULE = "Maximum lag";
    public static final String LABEL_LAGS = "Number of lags";
    public static final String LABEL_LAG_SEARCH_SAMPLE = "Sample for the chosen lag";
    public static final String LABEL_P_VALUE_METHOD = "p-value method";
    public static final String LABEL_KPSS_BANDWIDTH = "KPSS bandwidth";
    public static final String LABEL_KPSS_LAGS = "KPSS lags";
    public static final String LABEL_ALPHA = "Significance level (alpha)";
    public static final String LABEL_CONVENTIONS_OF = "Reproduce the conventions of";
    public static final String LABEL_LAG_LIMIT = "Lags accepted";
    public static final String LABEL_MAX_LAG_CUT = "Maximum lag without a residual degree of freedom";
    public static final String LABEL_LAG_ZERO = "Search lag 0";
    public static final String LABEL_T_STAT_SAMPLE = "Sample of the t-statistic rule";
    public static final String LABEL_CRITICAL_VALUES = "Critical values";

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

    /**
     * The maximum-lag choices of the Unit Root Test and Order of Integration nodes: {@link #MAX_LAGS} and the uncapped
     * rules of gretl and R tseries (the Cointegration node offers {@link #MAX_LAGS}).
     */
    public static final List<Choice<MaxLagRule>> ADF_MAX_LAGS = java.util.stream.Stream.concat(MAX_LAGS.stream(),
        java.util.stream.Stream.of(
            new Choice<>("gretl rule floor(12*(n/100)^(1/4)), not capped", MaxLagRule.SCHWERT_UNCAPPED, "gretl"),
            new Choice<>("R tseries rule trunc((n-1)^(1/3))", MaxLagRule.TSERIES, "tseries")))
        .toList();

    /** The ADF p-value methods (MacKinnon 1996 finite-sample values may not be copied and are not offered). */
    public static final List<Choice<AdfPValueMethod>> P_VALUE_METHODS = List.of(
        new Choice<>("MacKinnon (1994) approximate asymptotic", AdfPValueMethod.MACKINNON_1994, "mackinnon",
            "MACKINNON_1994"),
        new Choice<>("Fuller table interpolated (R tseries, trend only)", AdfPValueMethod.FULLER_TSERIES, "tseries"));

    /** The tool whose conventions the single convention settings are filled with (a shortcut, not a lock). */
    public static final List<Choice<ConventionPreset>> PRESETS = List.of(
        new Choice<>("statsmodels", ConventionPreset.STATSMODELS), new Choice<>("Stata", ConventionPreset.STATA),
        new Choice<>("R (urca)", ConventionPreset.R_URCA, "R", "urca"),
        new Choice<>("R (tseries)", ConventionPreset.R_TSERIES, "tseries"),
        new Choice<>("gretl", ConventionPreset.GRETL));

    /** Which given lags are accepted. */
    public static final List<Choice<LagLimit>> LAG_LIMITS = List.of(
        new Choice<>("At most n/2 - terms - 1 (statsmodels)", LagLimit.HALF_SAMPLE, "half"),
        new Choice<>("Any lag leaving one residual degree of freedom (R, gretl)", LagLimit.ONE_RESIDUAL_DF, "one_df"));

    /** What a search does when a capped rule's maximum leaves no residual degree of freedom. */
    public static final List<Choice<MaxLagCut>> MAX_LAG_CUTS = List.of(
        new Choice<>("Lower it until one is left", MaxLagCut.LOWER, "lower"),
        new Choice<>("Keep its sample, skip that lag (statsmodels uncut)", MaxLagCut.STATSMODELS_UNCUT, "uncut"));

    /** On which sample the t-statistic rule judges each lag. */
    public static final List<Choice<TStatSample>> T_STAT_SAMPLES = List.of(
        new Choice<>("Common maximum-lag sample (statsmodels)", TStatSample.COMMON_SAMPLE, "common"),
        new Choice<>("Each lag's own sample (gretl)", TStatSample.OWN_SAMPLE, "own"));

    /** Where the ADF critical values come from. */
    public static final List<Choice<CriticalValueMethod>> CRITICAL_VALUES = List.of(
        new Choice<>("MacKinnon (2010) (statsmodels)", CriticalValueMethod.MACKINNON_2010, "mackinnon"),
        new Choice<>("Fuller (1976) interpolated in T (Stata)", CriticalValueMethod.FULLER_INTERPOLATED, "stata"),
        new Choice<>("Fuller (1976) step in n - 1 (R urca)", CriticalValueMethod.FULLER_STEP, "urca"),
        new Choice<>("Fuller (1976) interpolated in n - 1 (R tseries)", CriticalValueMethod.FULLER_TSERIES,
            "tseries"));

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
    private final SettingsModelString m_preset;
    private final SettingsModelString m_lagLimit;
    private final SettingsModelString m_maxLagCut;
    private final SettingsModelBoolean m_lagZero;
    private final SettingsModelString m_tStatSample;
    private final SettingsModelString m_criticalValues;
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
        private final SettingsModelString m_presetOf;
        private final SettingsModelString m_limit;
        private final SettingsModelString m_cut;
        private final SettingsModelBoolean m_zero;
        private final SettingsModelString m_tStat;
        private final SettingsModelString m_critical;

        /** Creates the models and registers them with {@code set}. */
        public AdfLags(final NodeSettingsSet set) {
            m_rule = set.add(createLagRuleModel(), LABEL_LAG_RULE);
            m_max = set.add(createMaxLagModel(), LABEL_MAX_LAG_RULE);
            m_number = set.add(createLagsModel(), LABEL_LAGS);
            m_searchSample = set.add(createSampleModel(), LABEL_LAG_SEARCH_SAMPLE);
            m_method = set.add(createPValueModel(), LABEL_P_VALUE_METHOD);
            // the preset and single conventions the dialog part shows (issue 15), as in TestSettings
            m_presetOf = set.addLater(createPresetModel(), CFG_CONVENTIONS_OF, LABEL_CONVENTIONS_OF);
            m_limit = set.addLater(createLagLimitModel(), CFG_LAG_LIMIT, LABEL_LAG_LIMIT);
            m_cut = set.addLater(createMaxLagCutModel(), CFG_MAX_LAG_CUT, LABEL_MAX_LAG_CUT);
            m_zero = set.addLater(createLagZeroModel(), CFG_LAG_ZERO, LABEL_LAG_ZERO);
            m_tStat = set.addLater(createTStatSampleModel(), CFG_T_STAT_SAMPLE, LABEL_T_STAT_SAMPLE);
            m_critical = set.addLater(createCriticalValuesModel(), CFG_CRITICAL_VALUES, LABEL_CRITICAL_VALUES);
        }

        /** @return the lag selection */
        public LagSelection rule() throws InvalidSettingsException {
            return Choice.parse(m_rule.getStringValue(), LABEL_LAG_RULE, LAG_RULES);
        }

        /** @return the rule of the maximum lag, null for the number in "Number of lags" */
        public MaxLagRule maxLagRule() throws InvalidSettingsException {
            return Choice.parse(m_max.getStringValue(), LABEL_MAX_LAG_RULE, ADF_MAX_LAGS);
        }

        /** @return the number in "Number of lags" */
        public int number() {
            return m_number.getIntValue();
        }

        /** @return {@code base} with these lag settings and conventions */
        public AdfOptions applyTo(final AdfOptions base) throws InvalidSettingsException {
            Choice.parse(m_presetOf.getStringValue(), LABEL_CONVENTIONS_OF, PRESETS);
            return withConventions(base.withLagSelection(rule()), m_searchSample, m_method, m_limit, m_cut, m_zero,
                m_tStat, m_critical, m_max, m_number);
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
        m_preset = set.addLater(createPresetModel(), CFG_CONVENTIONS_OF, LABEL_CONVENTIONS_OF);
        m_lagLimit = set.addLater(createLagLimitModel(), CFG_LAG_LIMIT, LABEL_LAG_LIMIT);
        m_maxLagCut = set.addLater(createMaxLagCutModel(), CFG_MAX_LAG_CUT, LABEL_MAX_LAG_CUT);
        m_lagZero = set.addLater(createLagZeroModel(), CFG_LAG_ZERO, LABEL_LAG_ZERO);
        m_tStatSample = set.addLater(createTStatSampleModel(), CFG_T_STAT_SAMPLE, LABEL_T_STAT_SAMPLE);
        m_criticalValues = set.addLater(createCriticalValuesModel(), CFG_CRITICAL_VALUES, LABEL_CRITICAL_VALUES);
    }

    static SettingsModelString createPresetModel() {
        return new SettingsModelString(CFG_CONVENTIONS_OF, Choice.label(ConventionPreset.STATSMODELS, PRESETS));
    }

    static SettingsModelString createLagLimitModel() {
        return new SettingsModelString(CFG_LAG_LIMIT, Choice.label(LagLimit.HALF_SAMPLE, LAG_LIMITS));
    }

    static SettingsModelString createMaxLagCutModel() {
        return new SettingsModelString(CFG_MAX_LAG_CUT, Choice.label(MaxLagCut.LOWER, MAX_LAG_CUTS));
    }

    static SettingsModelBoolean createLagZeroModel() {
        return new SettingsModelBoolean(CFG_LAG_ZERO, true);
    }

    static SettingsModelString createTStatSampleModel() {
        return new SettingsModelString(CFG_T_STAT_SAMPLE, Choice.label(TStatSample.COMMON_SAMPLE, T_STAT_SAMPLES));
    }

    static SettingsModelString createCriticalValuesModel() {
        return new SettingsModelString(CFG_CRITICAL_VALUES,
            Choice.label(CriticalValueMethod.MACKINNON_2010, CRITICAL_VALUES));
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
        Choice.parse(m_preset.getStringValue(), LABEL_CONVENTIONS_OF, PRESETS);
    }

    /**
     * Checks that the ADF p-value and critical-value methods have values for the chosen deterministic terms (run by the
     * nodes whenever the ADF test is used).
     */
    public void checkAdfConventions() throws InvalidSettingsException {
        AdfOptions o = adfOptions();
        Deterministic d = o.deterministic();
        if (o.pValueMethod() == AdfPValueMethod.FULLER_TSERIES && d != Deterministic.TREND) {
            throw new InvalidSettingsException("\"" + Choice.label(AdfPValueMethod.FULLER_TSERIES, P_VALUE_METHODS)
                + "\" in \"" + LABEL_P_VALUE_METHOD + "\" exists for \"" + Choice.label(Deterministic.TREND, TERMS)
                + "\" only (as R tseries' adf.test): change one of the two.");
        }
        if (o.criticalValueMethod() != CriticalValueMethod.MACKINNON_2010 && d == Deterministic.QUADRATIC_TREND) {
            throw new InvalidSettingsException("Fuller's (1976) table has no quadratic trend: set \""
                + LABEL_CRITICAL_VALUES + "\" to \"" + Choice.label(CriticalValueMethod.MACKINNON_2010,
                    CRITICAL_VALUES) + "\" or choose other deterministic terms.");
        }
    }

    /** @return the ADF options of these settings */
    public AdfOptions adfOptions() throws InvalidSettingsException {
        return withConventions(AdfOptions.defaults().withDeterministic(terms()).withLagSelection(lagRule())
            .withAlpha(alpha()), m_sample, m_pValue, m_lagLimit, m_maxLagCut, m_lagZero, m_tStatSample,
            m_criticalValues, m_maxLag, m_lags);
    }

    /**
     * @return {@code o} with the sample for the chosen lag, the p-value method, the single conventions and the
     *         maximum lag (a rule, or the number in "Number of lags") of these models, shared by {@link #adfOptions}
     *         and {@link AdfLags#applyTo}
     */
    private static AdfOptions withConventions(final AdfOptions o, final SettingsModelString sample,
        final SettingsModelString pValue, final SettingsModelString limit, final SettingsModelString cut,
        final SettingsModelBoolean lagZero, final SettingsModelString tStat, final SettingsModelString critical,
        final SettingsModelString maxLag, final SettingsModelIntegerBounded lags) throws InvalidSettingsException {
        AdfOptions c = o.withLagSearchSample(Choice.parse(sample.getStringValue(), LABEL_LAG_SEARCH_SAMPLE, SAMPLES))
            .withPValueMethod(Choice.parse(pValue.getStringValue(), LABEL_P_VALUE_METHOD, P_VALUE_METHODS))
            .withLagLimit(Choice.parse(limit.getStringValue(), LABEL_LAG_LIMIT, LAG_LIMITS))
            .withMaxLagCut(Choice.parse(cut.getStringValue(), LABEL_MAX_LAG_CUT, MAX_LAG_CUTS))
            .withLagZeroSearched(lagZero.getBooleanValue())
            .withTStatSample(Choice.parse(tStat.getStringValue(), LABEL_T_STAT_SAMPLE, T_STAT_SAMPLES))
            .withCriticalValueMethod(Choice.parse(critical.getStringValue(), LABEL_CRITICAL_VALUES, CRITICAL_VALUES));
        MaxLagRule rule = Choice.parse(maxLag.getStringValue(), LABEL_MAX_LAG_RULE, ADF_MAX_LAGS);
        return rule == null ? c.withMaxLag(lags.getIntValue()) : c.withMaxLagRule(rule);
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
        // first, so that loading a workflow fills the other options from the preset before they load their own values
        SettingsModelString preset = createPresetModel();
        pane.addDialogComponent(new DialogComponentStringSelection(preset, LABEL_CONVENTIONS_OF,
            Choice.labels(PRESETS)));
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
            Choice.labels(ADF_MAX_LAGS)));
        pane.addDialogComponent(new DialogComponentNumber(lags, LABEL_LAGS, 1));
        pane.addDialogComponent(new DialogComponentStringSelection(sample, LABEL_LAG_SEARCH_SAMPLE,
            Choice.labels(SAMPLES)));
        pane.addDialogComponent(new DialogComponentStringSelection(pValue, LABEL_P_VALUE_METHOD,
            Choice.labels(P_VALUE_METHODS)));
        addConventionComponents(pane, preset, new SettingsModelString[] {max, sample, pValue}, active, pValueActive,
            triggers(activeTriggers, rule, max));
    }

    /**
     * The group of the single ADF conventions, filled by the preset when it is chosen (they stay editable). The
     * preset's component is added before every option it fills, so that loading a workflow fills them from the preset
     * first and then their saved values win.
     *
     * @param filled the maximum-lag, sample and p-value models of {@link #addAdfComponents}
     */
    private static void addConventionComponents(final SettingsPane pane, final SettingsModelString preset,
        final SettingsModelString[] filled, final BooleanSupplier active, final BooleanSupplier pValueActive,
        final SettingsModel... triggers) {
        pane.createNewGroup("ADF conventions");
        SettingsModelString limit = createLagLimitModel();
        SettingsModelString cut = createMaxLagCutModel();
        SettingsModelBoolean lagZero = createLagZeroModel();
        SettingsModelString tStat = createTStatSampleModel();
        SettingsModelString critical = createCriticalValuesModel();
        preset.addChangeListener(e -> {
            ConventionPreset p = PRESETS.stream().filter(c -> c.label().equals(preset.getStringValue()))
                .map(Choice::value).findFirst().orElse(null);
            if (p == null) {
                return;
            }
            if (!Choice.label(null, MAX_LAGS).equals(filled[0].getStringValue())) {
                filled[0].setStringValue(Choice.label(p.maxLagRule(), ADF_MAX_LAGS)); // a rule stays a rule
            }
            filled[1].setStringValue(Choice.label(p.lagSearchSample(), SAMPLES));
            filled[2].setStringValue(Choice.label(p.pValueMethod(), P_VALUE_METHODS));
            limit.setStringValue(Choice.label(p.lagLimit(), LAG_LIMITS));
            cut.setStringValue(Choice.label(MaxLagCut.LOWER, MAX_LAG_CUTS));
            lagZero.setBooleanValue(p.lagZeroSearched());
            tStat.setStringValue(Choice.label(p.tStatSample(), T_STAT_SAMPLES));
            critical.setStringValue(Choice.label(p.criticalValueMethod(), CRITICAL_VALUES));
        });
        pane.addRule(() -> {
            boolean on = active.getAsBoolean();
            preset.setEnabled(on);
            limit.setEnabled(on);
            cut.setEnabled(on);
            lagZero.setEnabled(on);
            tStat.setEnabled(on);
            critical.setEnabled(pValueActive.getAsBoolean());
        }, triggers);
        pane.addDialogComponent(new DialogComponentStringSelection(limit, LABEL_LAG_LIMIT, Choice.labels(LAG_LIMITS)));
        pane.addDialogComponent(new DialogComponentStringSelection(cut, LABEL_MAX_LAG_CUT,
            Choice.labels(MAX_LAG_CUTS)));
        pane.addDialogComponent(new DialogComponentBoolean(lagZero, LABEL_LAG_ZERO));
        pane.addDialogComponent(new DialogComponentStringSelection(tStat, LABEL_T_STAT_SAMPLE,
            Choice.labels(T_STAT_SAMPLES)));
        pane.addDialogComponent(new DialogComponentStringSelection(critical, LABEL_CRITICAL_VALUES,
            Choice.labels(CRITICAL_VALUES)));
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
