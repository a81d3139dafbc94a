package org.tradeecon.knime.nodes.panelunitroot;

import java.util.List;

import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.tradeecon.knime.engine.unitroot.AdfOptions;
import org.tradeecon.knime.engine.unitroot.Deterministic;
import org.tradeecon.knime.engine.unitroot.LagSelection;
import org.tradeecon.knime.engine.unitroot.MaxLagRule;
import org.tradeecon.knime.engine.unitroot.panel.LlcTest;
import org.tradeecon.knime.engine.unitroot.panel.PanelUnitRoot;
import org.tradeecon.knime.nodes.common.Choice;
import org.tradeecon.knime.nodes.common.CommonSettings;
import org.tradeecon.knime.nodes.common.NodeSettingsSet;
import org.tradeecon.knime.nodes.common.TestSettings;

/**
 * All settings of the Panel Unit Root Test node: keys (names in settings.xml and for flow variables), dialog labels
 * (= option names in the node description), one factory per setting (used by the model and the dialog), and the
 * conversion to the engine's options. The lag options and α use the keys, labels and choices of the Unit Root Test
 * node ({@link TestSettings}), the time column that of {@link CommonSettings}.
 */
final class PanelUnitRootSettings {
    static final String CFG_SERIES = "series_column";
    static final String CFG_PANEL = "panel_column";
    static final String CFG_TEST = "panel_test";
    static final String CFG_DEMEAN = "demean";
    static final String CFG_LLC_CONVENTION = "llc_convention";

    static final String LABEL_SERIES = "Series column";
    static final String LABEL_PANEL = "Panel id column";
    static final String LABEL_TEST = "Panel test";
    static final String LABEL_DEMEAN = "Subtract the cross-section mean at each time (demeaning)";
    static final String LABEL_LLC_CONVENTION = "Levin-Lin-Chu convention";

    /** The panel tests; flow variables may also give the short names. */
    static final List<Choice<PanelUnitRoot.Test>> TESTS = List.of(
        new Choice<>("Im-Pesaran-Shin W-t-bar", PanelUnitRoot.Test.IPS, "ips"),
        new Choice<>("Fisher ADF: Maddala-Wu chi-squared", PanelUnitRoot.Test.MADDALA_WU, "madwu"),
        new Choice<>("Fisher ADF: Choi inverse normal Z", PanelUnitRoot.Test.CHOI_Z, "invnormal"),
        new Choice<>("Fisher ADF: Choi logit L*", PanelUnitRoot.Test.CHOI_LOGIT, "logit"),
        new Choice<>("Fisher ADF: Choi modified Pm", PanelUnitRoot.Test.CHOI_PM, "Pm"),
        new Choice<>("Levin-Lin-Chu t*", PanelUnitRoot.Test.LLC, "levinlin", "llc"),
        new Choice<>("Hadri LM, homoskedastic", PanelUnitRoot.Test.HADRI_HOMOSKEDASTIC, "hadri"),
        new Choice<>("Hadri LM, heteroskedastic", PanelUnitRoot.Test.HADRI_HETEROSKEDASTIC, "hadri_hcons"));

    /** Whose reading of Levin-Lin-Chu's paper (bandwidth, Table 2) to follow. */
    static final List<Choice<LlcTest.Convention>> LLC_CONVENTIONS = List.of(
        new Choice<>("R plm (bandwidth rounded, Table 2 at T interpolated)", LlcTest.Convention.PLM, "plm"),
        new Choice<>("gretl (bandwidth truncated, Table 2 at T-tilde, next row)", LlcTest.Convention.GRETL, "gretl"));

    /** The panel tests take no quadratic trend. */
    static final List<Choice<Deterministic>> TERMS = TestSettings.TERMS.subList(0, 3);

    private final SettingsModelString m_series;
    private final SettingsModelString m_panel;
    private final SettingsModelString m_time;
    private final SettingsModelString m_test;
    private final SettingsModelString m_terms;
    private final TestSettings.AdfLags m_lags;
    private final SettingsModelDoubleBounded m_alpha;
    private final SettingsModelBoolean m_demean;
    private final SettingsModelString m_llcConvention;

    /** Creates the models and registers them with {@code set}, in saving order. */
    PanelUnitRootSettings(final NodeSettingsSet set) {
        m_series = set.add(createSeriesModel(), LABEL_SERIES);
        m_panel = set.add(createPanelModel(), LABEL_PANEL);
        m_time = set.add(CommonSettings.createTimeColumnModel(), CommonSettings.LABEL_TIME);
        m_test = set.add(createTestModel(), LABEL_TEST);
        m_terms = set.add(createTermsModel(), TestSettings.LABEL_DETERMINISTIC);
        m_lags = new TestSettings.AdfLags(set);
        m_alpha = set.add(createAlphaModel(), TestSettings.LABEL_ALPHA);
        m_demean = set.add(createDemeanModel(), LABEL_DEMEAN);
        m_llcConvention = set.add(createLlcConventionModel(), LABEL_LLC_CONVENTION);
    }

    static SettingsModelString createSeriesModel() {
        return new SettingsModelString(CFG_SERIES, null);
    }

    static SettingsModelString createPanelModel() {
        return new SettingsModelString(CFG_PANEL, null);
    }

    static SettingsModelString createTestModel() {
        return new SettingsModelString(CFG_TEST, Choice.label(PanelUnitRoot.Test.IPS, TESTS));
    }

    static SettingsModelString createTermsModel() {
        return new SettingsModelString(TestSettings.CFG_DETERMINISTIC, Choice.label(Deterministic.CONSTANT, TERMS));
    }

    static SettingsModelDoubleBounded createAlphaModel() {
        return new SettingsModelDoubleBounded(TestSettings.CFG_ALPHA, 0.05, 0.0001, 0.5);
    }

    static SettingsModelBoolean createDemeanModel() {
        return new SettingsModelBoolean(CFG_DEMEAN, false);
    }

    static SettingsModelString createLlcConventionModel() {
        return new SettingsModelString(CFG_LLC_CONVENTION, LLC_CONVENTIONS.get(0).label());
    }

    /** Column types the panel id may have: any value with a text form (text, integer, ...). */
    @SuppressWarnings("unchecked")
    static final Class<? extends DataValue>[] PANEL_TYPES = new Class[]{DataValue.class};

    /** Column types of the series. */
    @SuppressWarnings("unchecked")
    static final Class<? extends DataValue>[] SERIES_TYPES = new Class[]{DoubleValue.class};

    SettingsModelString series() {
        return m_series;
    }

    SettingsModelString panel() {
        return m_panel;
    }

    SettingsModelString time() {
        return m_time;
    }

    PanelUnitRoot.Test test() throws InvalidSettingsException {
        return Choice.parse(m_test.getStringValue(), LABEL_TEST, TESTS);
    }

    Deterministic terms() throws InvalidSettingsException {
        return Choice.parse(m_terms.getStringValue(), TestSettings.LABEL_DETERMINISTIC, TERMS);
    }

    boolean demean() {
        return m_demean.getBooleanValue();
    }

    double alpha() {
        return m_alpha.getDoubleValue();
    }

    /** @return the lag rule in words, as the panel table shows it ("none" for Hadri, which has no lags) */
    String lagRuleLabel() throws InvalidSettingsException {
        if (isHadri(test())) {
            return "none (Hadri's LM has no lags)";
        }
        LagSelection rule = m_lags.rule();
        MaxLagRule max = m_lags.maxLagRule();
        String lags = max == null ? Integer.toString(m_lags.number()) : max.description();
        return rule == LagSelection.FIXED ? "fixed: " + lags
            : Choice.label(rule, TestSettings.LAG_RULES) + ", maximum lag " + lags;
    }

    static boolean isHadri(final PanelUnitRoot.Test test) {
        return test == PanelUnitRoot.Test.HADRI_HOMOSKEDASTIC || test == PanelUnitRoot.Test.HADRI_HETEROSKEDASTIC;
    }

    /** @return the engine's options; IPS simulates its moments with the engine's default replications and seed */
    PanelUnitRoot.Options options() throws InvalidSettingsException {
        AdfOptions adf = m_lags.applyTo(AdfOptions.defaults().withDeterministic(terms()).withAlpha(alpha()));
        LlcTest.Convention llc = Choice.parse(m_llcConvention.getStringValue(), LABEL_LLC_CONVENTION,
            LLC_CONVENTIONS);
        return new PanelUnitRoot.Options(test(), adf, demean(), llc, SimulationOptions.defaults(),
            Runtime.getRuntime().availableProcessors(), alpha());
    }

    /** Checks every choice and their combination; a failure says what to change. */
    void check() throws InvalidSettingsException {
        options();
        PanelUnitRoot.Test test = test();
        if ((test == PanelUnitRoot.Test.IPS || isHadri(test)) && terms() == Deterministic.NONE) {
            throw new InvalidSettingsException("\"" + Choice.label(test, TESTS) + "\" needs a constant or a constant"
                + " and trend: set \"" + TestSettings.LABEL_DETERMINISTIC + "\" to \""
                + Choice.label(Deterministic.CONSTANT, TERMS) + "\" or \"" + Choice.label(Deterministic.TREND, TERMS)
                + "\".");
        }
    }
}
