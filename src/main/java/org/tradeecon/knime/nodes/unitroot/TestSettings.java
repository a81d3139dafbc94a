package org.tradeecon.knime.nodes.unitroot;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
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
import org.tradeecon.knime.nodes.common.NodeSettingsSet;

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

    /** Deterministic terms of the test regression. */
    public enum Terms implements Choices.Labelled {
        NONE("None", Deterministic.NONE), CONSTANT("Constant", Deterministic.CONSTANT),
        TREND("Constant and linear trend", Deterministic.TREND),
        QUADRATIC_TREND("Constant, linear and quadratic trend", Deterministic.QUADRATIC_TREND);

        private final String m_label;
        final Deterministic m_engine;

        Terms(final String label, final Deterministic engine) {
            m_label = label;
            m_engine = engine;
        }

        @Override
        public String label() {
            return m_label;
        }

        /** The statsmodels codes n, c, ct, ctt (and Stata's nc). */
        @Override
        public List<String> aliases() {
            return this == NONE ? List.of("n", "nc") : List.of(m_engine.code());
        }

        public Deterministic engine() {
            return m_engine;
        }
    }

    /** How the ADF lag is chosen. */
    public enum LagRule implements Choices.Labelled {
        FIXED("Fixed", LagSelection.FIXED), AIC("AIC (Akaike)", LagSelection.AIC),
        BIC("BIC (Schwarz)", LagSelection.BIC), HQIC("HQIC (Hannan-Quinn)", LagSelection.HQIC),
        T_STAT("t-statistic (test down)", LagSelection.T_STAT);

        private final String m_label;
        final LagSelection m_engine;

        LagRule(final String label, final LagSelection engine) {
            m_label = label;
            m_engine = engine;
        }

        @Override
        public String label() {
            return m_label;
        }
    }

    /** Where the ADF maximum lag (or the fixed lag) comes from. */
    public enum MaxLag implements Choices.Labelled {
        NUMBER("Number of lags (below)", null),
        STATSMODELS("Default rule ceil(12*(n/100)^(1/4))", MaxLagRule.STATSMODELS),
        SCHWERT("Schwert rule floor(12*(n/100)^(1/4))", MaxLagRule.SCHWERT);

        private final String m_label;
        final MaxLagRule m_engine;

        MaxLag(final String label, final MaxLagRule engine) {
            m_label = label;
            m_engine = engine;
        }

        @Override
        public String label() {
            return m_label;
        }
    }

    /** Which sample the ADF regression with an automatically chosen lag is finally estimated on. */
    public enum SearchSample implements Choices.Labelled {
        REFIT("Refit the chosen lag on its own sample (statsmodels, gretl)", LagSearchSample.REFIT_OWN_SAMPLE),
        KEEP("Keep the maximum-lag sample (R urca)", LagSearchSample.KEEP_MAXLAG_SAMPLE);

        private final String m_label;
        final LagSearchSample m_engine;

        SearchSample(final String label, final LagSearchSample engine) {
            m_label = label;
            m_engine = engine;
        }

        @Override
        public String label() {
            return m_label;
        }
    }

    /** The ADF p-value methods the engine offers (MacKinnon 1996 finite-sample values are not implemented). */
    public enum PValueMethod implements Choices.Labelled {
        MACKINNON_1994("MacKinnon (1994) approximate asymptotic");

        private final String m_label;

        PValueMethod(final String label) {
            m_label = label;
        }

        @Override
        public String label() {
            return m_label;
        }
    }

    /** How the KPSS bandwidth (number of Bartlett lags) is chosen. */
    public enum Bandwidth implements Choices.Labelled {
        AUTO("Automatic (Hobijn et al. 1998, statsmodels)", KpssLagRule.HOBIJN_AUTO),
        SHORT("Schwert short rule 4*(n/100)^(1/4) (R tseries)", KpssLagRule.SCHWERT_SHORT),
        LONG("Schwert long rule 12*(n/100)^(1/4)", KpssLagRule.SCHWERT_LONG),
        LEGACY("statsmodels legacy rule ceil(12*(n/100)^(1/4))", KpssLagRule.LEGACY_CEILING),
        FIXED("Fixed: KPSS lags (below)", KpssLagRule.FIXED);

        private final String m_label;
        final KpssLagRule m_engine;

        Bandwidth(final String label, final KpssLagRule engine) {
            m_label = label;
            m_engine = engine;
        }

        @Override
        public String label() {
            return m_label;
        }
    }

    private final SettingsModelString m_terms;
    private final SettingsModelString m_lagRule;
    private final SettingsModelString m_maxLag;
    private final SettingsModelIntegerBounded m_lags;
    private final SettingsModelString m_sample;
    private final SettingsModelString m_pValue;
    private final SettingsModelString m_bandwidth;
    private final SettingsModelIntegerBounded m_kpssLags;
    private final SettingsModelDoubleBounded m_alpha;

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
        return new SettingsModelString(CFG_DETERMINISTIC, Terms.CONSTANT.label());
    }

    static SettingsModelString createLagRuleModel() {
        return new SettingsModelString(CFG_LAG_RULE, LagRule.FIXED.label());
    }

    static SettingsModelString createMaxLagModel() {
        return new SettingsModelString(CFG_MAX_LAG_RULE, MaxLag.NUMBER.label());
    }

    static SettingsModelIntegerBounded createLagsModel() {
        return new SettingsModelIntegerBounded(CFG_LAGS, 0, 0, 1000);
    }

    static SettingsModelString createSampleModel() {
        return new SettingsModelString(CFG_LAG_SEARCH_SAMPLE, SearchSample.REFIT.label());
    }

    static SettingsModelString createPValueModel() {
        return new SettingsModelString(CFG_P_VALUE_METHOD, PValueMethod.MACKINNON_1994.label());
    }

    static SettingsModelString createBandwidthModel() {
        return new SettingsModelString(CFG_KPSS_BANDWIDTH, Bandwidth.AUTO.label());
    }

    static SettingsModelIntegerBounded createKpssLagsModel() {
        return new SettingsModelIntegerBounded(CFG_KPSS_LAGS, 0, 0, 1000);
    }

    static SettingsModelDoubleBounded createAlphaModel() {
        return new SettingsModelDoubleBounded(CFG_ALPHA, 0.05, 0.0001, 0.5);
    }

    /** @return the chosen deterministic terms */
    public Terms terms() throws InvalidSettingsException {
        return Choices.parse(m_terms.getStringValue(), LABEL_DETERMINISTIC, Terms.values());
    }

    public LagRule lagRule() throws InvalidSettingsException {
        return Choices.parse(m_lagRule.getStringValue(), LABEL_LAG_RULE, LagRule.values());
    }

    public MaxLag maxLag() throws InvalidSettingsException {
        return Choices.parse(m_maxLag.getStringValue(), LABEL_MAX_LAG_RULE, MaxLag.values());
    }

    public Bandwidth bandwidth() throws InvalidSettingsException {
        return Choices.parse(m_bandwidth.getStringValue(), LABEL_KPSS_BANDWIDTH, Bandwidth.values());
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
        Choices.parse(m_pValue.getStringValue(), LABEL_P_VALUE_METHOD, PValueMethod.values());
        SearchSample sample = Choices.parse(m_sample.getStringValue(), LABEL_LAG_SEARCH_SAMPLE, SearchSample.values());
        AdfOptions o = AdfOptions.defaults().withDeterministic(terms().m_engine).withLagSelection(lagRule().m_engine)
            .withLagSearchSample(sample.m_engine).withAlpha(alpha());
        MaxLag max = maxLag();
        return max == MaxLag.NUMBER ? o.withMaxLag(m_lags.getIntValue()) : o.withMaxLagRule(max.m_engine);
    }

    /** @return the ADF test of {@code y} (gap-free apart from leading/trailing NaN) under these settings */
    public AdfResult adf(final double[] y, final String name) throws InvalidSettingsException {
        return AdfTest.test(y, adfOptions(), name);
    }

    /**
     * @param terms {@link Deterministic#CONSTANT} (level stationarity) or {@link Deterministic#TREND}
     * @return the KPSS test of {@code y} under these settings
     */
    public KpssResult kpss(final double[] y, final Deterministic terms, final String name)
        throws InvalidSettingsException {
        Bandwidth b = bandwidth();
        return b == Bandwidth.FIXED ? KpssTest.test(y, terms, m_kpssLags.getIntValue(), alpha(), name)
            : KpssTest.test(y, terms, b.m_engine, alpha(), name);
    }

    /** Adds the ADF options; "Number of lags" is enabled only when the maximum lag is that number. */
    public static void addAdfComponents(final DefaultNodeSettingsPane pane) {
        pane.addDialogComponent(new DialogComponentStringSelection(createLagRuleModel(), LABEL_LAG_RULE,
            Choices.labels(LagRule.values())));
        SettingsModelString max = createMaxLagModel();
        SettingsModelIntegerBounded lags = createLagsModel();
        max.addChangeListener(e -> lags.setEnabled(MaxLag.NUMBER.label().equals(max.getStringValue())));
        pane.addDialogComponent(new DialogComponentStringSelection(max, LABEL_MAX_LAG_RULE,
            Choices.labels(MaxLag.values())));
        pane.addDialogComponent(new DialogComponentNumber(lags, LABEL_LAGS, 1));
        pane.addDialogComponent(new DialogComponentStringSelection(createSampleModel(), LABEL_LAG_SEARCH_SAMPLE,
            Choices.labels(SearchSample.values())));
        pane.addDialogComponent(new DialogComponentStringSelection(createPValueModel(), LABEL_P_VALUE_METHOD,
            Choices.labels(PValueMethod.values())));
    }

    /** Adds the KPSS options; "KPSS lags" is enabled only with a fixed bandwidth. */
    public static void addKpssComponents(final DefaultNodeSettingsPane pane) {
        SettingsModelString bandwidth = createBandwidthModel();
        SettingsModelIntegerBounded lags = createKpssLagsModel();
        bandwidth.addChangeListener(e -> lags.setEnabled(Bandwidth.FIXED.label().equals(bandwidth.getStringValue())));
        lags.setEnabled(false);
        pane.addDialogComponent(new DialogComponentStringSelection(bandwidth, LABEL_KPSS_BANDWIDTH,
            Choices.labels(Bandwidth.values())));
        pane.addDialogComponent(new DialogComponentNumber(lags, LABEL_KPSS_LAGS, 1));
    }

    /** Adds the deterministic terms and α. */
    public static void addCommonComponents(final DefaultNodeSettingsPane pane) {
        pane.addDialogComponent(new DialogComponentStringSelection(createTermsModel(), LABEL_DETERMINISTIC,
            Choices.labels(Terms.values())));
        pane.addDialogComponent(new DialogComponentNumber(createAlphaModel(), LABEL_ALPHA, 0.01));
    }
}
