package org.tradeecon.knime.nodes.unitroot;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.tradeecon.knime.engine.unitroot.DfGlsTest;
import org.tradeecon.knime.engine.unitroot.Deterministic;
import org.tradeecon.knime.engine.unitroot.LagSelection;
import org.tradeecon.knime.engine.unitroot.PhillipsPerronBandwidth;
import org.tradeecon.knime.engine.unitroot.PhillipsPerronKernel;
import org.tradeecon.knime.engine.unitroot.PhillipsPerronTest;
import org.tradeecon.knime.engine.unitroot.UnitRootResult;
import org.tradeecon.knime.engine.unitroot.ZivotAndrewsBreak;
import org.tradeecon.knime.engine.unitroot.ZivotAndrewsTest;
import org.tradeecon.knime.nodes.common.TestSettings;
import org.tradeecon.knime.nodes.common.SeriesTestNodeModel;
import org.tradeecon.knime.nodes.common.Choice;

/**
 * All settings of the Unit Root Test node (one instance per NodeModel, and a fresh one to validate incoming
 * settings). Keys: {@value #CFG_TEST} and the Phillips–Perron and Zivot–Andrews keys here (added in issue 17: older
 * workflows lack them and load with the defaults), the ADF/KPSS keys in {@link TestSettings}, the series keys in
 * {@link org.tradeecon.knime.nodes.common.CommonSettings}.
 */
final class UnitRootSettings extends SeriesTestNodeModel.Settings {
    static final String CFG_TEST = "test";
    static final String LABEL_TEST = "Test";
    static final String CFG_PP_BANDWIDTH = "pp_bandwidth";
    static final String LABEL_PP_BANDWIDTH = "Phillips-Perron bandwidth";
    static final String CFG_PP_LAGS = "pp_lags";
    static final String LABEL_PP_LAGS = "Phillips-Perron lags";
    static final String CFG_PP_KERNEL = "pp_kernel";
    static final String LABEL_PP_KERNEL = "Phillips-Perron kernel";
    static final String CFG_ZA_BREAK = "za_break";
    static final String LABEL_ZA_BREAK = "Break (Zivot-Andrews)";
    static final String CFG_ZA_TRIM = "za_trim";
    static final String LABEL_ZA_TRIM = "Trimming (Zivot-Andrews)";
    static final String CFG_SIMULATE = "finite_sample_simulated";
    static final String LABEL_SIMULATE = "Finite-sample p-value (simulated, ADF and KPSS)";
    static final String CFG_REPLICATIONS = "simulation_replications";
    static final String LABEL_REPLICATIONS = "Replications";
    static final String CFG_SEED = "simulation_seed";
    static final String LABEL_SEED = "Seed";

    /** The tests of this node. */
    enum Kind {
        ADF, KPSS, DF_GLS, PHILLIPS_PERRON, ZIVOT_ANDREWS
    }

    /** The tests offered ("true"/"false" were the stored values' meaning before DF-GLS, PP and ZA existed). */
    static final List<Choice<Kind>> TESTS = List.of(
        new Choice<>("Augmented Dickey-Fuller (ADF)", Kind.ADF, "true"),
        new Choice<>("KPSS (stationarity)", Kind.KPSS, "false"),
        new Choice<>("DF-GLS (Elliott-Rothenberg-Stock)", Kind.DF_GLS, "DF-GLS", "ERS"),
        new Choice<>("Phillips-Perron", Kind.PHILLIPS_PERRON, "PP"),
        new Choice<>("Zivot-Andrews (one structural break)", Kind.ZIVOT_ANDREWS, "ZA"));

    static final List<Choice<PhillipsPerronKernel>> PP_KERNELS = List.of(
        new Choice<>("Bartlett (Stata, R urca, tseries)", PhillipsPerronKernel.BARTLETT, "bartlett"),
        new Choice<>("Parzen", PhillipsPerronKernel.PARZEN, "parzen"),
        new Choice<>("Quadratic Spectral", PhillipsPerronKernel.QUADRATIC_SPECTRAL, "qs"));

    static final List<Choice<PhillipsPerronBandwidth>> PP_BANDWIDTHS = List.of(
        new Choice<>("Short rule trunc(4*(T/100)^(1/4)) (R urca, tseries)", PhillipsPerronBandwidth.SHORT, "short"),
        new Choice<>("Long rule trunc(12*(T/100)^(1/4))", PhillipsPerronBandwidth.LONG, "long"),
        new Choice<>("Stata rule floor(4*(T/100)^(2/9))", PhillipsPerronBandwidth.STATA, "stata"),
        new Choice<>("Automatic (Newey-West 1994)", PhillipsPerronBandwidth.NEWEY_WEST, "auto", "nw"),
        new Choice<>("Fixed: Phillips-Perron lags (below)", PhillipsPerronBandwidth.FIXED));

    static final List<Choice<ZivotAndrewsBreak>> ZA_BREAKS = List.of(
        new Choice<>("Intercept (model A)", ZivotAndrewsBreak.INTERCEPT, "c", "A"),
        new Choice<>("Trend (model B)", ZivotAndrewsBreak.TREND, "t", "B"),
        new Choice<>("Intercept and trend (model C)", ZivotAndrewsBreak.BOTH, "ct", "C"));

    final SettingsModelString m_test = m_set.add(createTestModel(), LABEL_TEST);
    final SettingsModelString m_ppBandwidth = m_set.addLater(createPpBandwidthModel(), CFG_PP_BANDWIDTH,
        LABEL_PP_BANDWIDTH);
    final SettingsModelIntegerBounded m_ppLags = m_set.addLater(createPpLagsModel(), CFG_PP_LAGS, LABEL_PP_LAGS);
    final SettingsModelString m_ppKernel = m_set.addLater(createPpKernelModel(), CFG_PP_KERNEL, LABEL_PP_KERNEL);
    final SettingsModelString m_zaBreak = m_set.addLater(createZaBreakModel(), CFG_ZA_BREAK, LABEL_ZA_BREAK);
    final SettingsModelDoubleBounded m_zaTrim = m_set.addLater(createZaTrimModel(), CFG_ZA_TRIM, LABEL_ZA_TRIM);
    // issue 15: older workflows lack these and load with the simulation off
    final SettingsModelBoolean m_simulate = m_set.addLater(createSimulateModel(), CFG_SIMULATE, LABEL_SIMULATE);
    final SettingsModelIntegerBounded m_replications =
        m_set.addLater(createReplicationsModel(), CFG_REPLICATIONS, LABEL_REPLICATIONS);
    final SettingsModelInteger m_seed = m_set.addLater(createSeedModel(), CFG_SEED, LABEL_SEED);

    UnitRootSettings() {
        m_tests.offerMaic();
    }

    static SettingsModelString createTestModel() {
        return new SettingsModelString(CFG_TEST, TESTS.get(0).label());
    }

    static SettingsModelString createPpBandwidthModel() {
        return new SettingsModelString(CFG_PP_BANDWIDTH, PP_BANDWIDTHS.get(0).label());
    }

    /** Bartlett by default, so that workflows saved before the setting existed give the same results. */
    static SettingsModelString createPpKernelModel() {
        return new SettingsModelString(CFG_PP_KERNEL, PP_KERNELS.get(0).label());
    }

    static SettingsModelIntegerBounded createPpLagsModel() {
        return new SettingsModelIntegerBounded(CFG_PP_LAGS, 0, 0, 1000);
    }

    static SettingsModelString createZaBreakModel() {
        return new SettingsModelString(CFG_ZA_BREAK, ZA_BREAKS.get(0).label());
    }

    static SettingsModelBoolean createSimulateModel() {
        return new SettingsModelBoolean(CFG_SIMULATE, false);
    }

    static SettingsModelIntegerBounded createReplicationsModel() {
        return new SettingsModelIntegerBounded(CFG_REPLICATIONS, SimulationOptions.DEFAULT_REPLICATIONS,
            SimulationOptions.MIN_REPLICATIONS, SimulationOptions.MAX_REPLICATIONS);
    }

    static SettingsModelInteger createSeedModel() {
        return new SettingsModelInteger(CFG_SEED, (int)SimulationOptions.DEFAULT_SEED);
    }

    /** @return the simulation's options, or null when the simulation is off */
    SimulationOptions simulation() {
        return m_simulate.getBooleanValue()
            ? SimulationOptions.of(m_replications.getIntValue(), m_seed.getIntValue()) : null;
    }

    static SettingsModelDoubleBounded createZaTrimModel() {
        return new SettingsModelDoubleBounded(CFG_ZA_TRIM, ZivotAndrewsTest.DEFAULT_TRIM, 0.0, 1.0 / 3.0);
    }

    /** @return the chosen test */
    Kind test() throws InvalidSettingsException {
        return Choice.parse(m_test.getStringValue(), LABEL_TEST, TESTS);
    }

    PhillipsPerronBandwidth ppBandwidth() throws InvalidSettingsException {
        return Choice.parse(m_ppBandwidth.getStringValue(), LABEL_PP_BANDWIDTH, PP_BANDWIDTHS);
    }

    PhillipsPerronKernel ppKernel() throws InvalidSettingsException {
        return Choice.parse(m_ppKernel.getStringValue(), LABEL_PP_KERNEL, PP_KERNELS);
    }

    ZivotAndrewsBreak zaBreak() throws InvalidSettingsException {
        return Choice.parse(m_zaBreak.getStringValue(), LABEL_ZA_BREAK, ZA_BREAKS);
    }

    /** @return the lag rule's or bandwidth rule's label, as the results table shows it */
    String lagRuleLabel() throws InvalidSettingsException {
        return switch (test()) {
            case KPSS -> Choice.label(m_tests.bandwidth(), TestSettings.BANDWIDTHS);
            case PHILLIPS_PERRON -> Choice.label(ppBandwidth(), PP_BANDWIDTHS);
            default -> Choice.label(m_tests.lagRule(), TestSettings.GLS_LAG_RULES);
        };
    }

    /**
     * Runs the chosen test on one series.
     *
     * @throws IllegalArgumentException from the engine when the series cannot be tested (the reason in words)
     */
    UnitRootResult run(final double[] y, final String name) throws InvalidSettingsException {
        TestSettings t = m_tests;
        switch (test()) {
            case ADF:
                return t.adf(y, name);
            case KPSS:
                return t.kpss(t.terms()).apply(y, name);
            case DF_GLS:
                return DfGlsTest.test(y, t.adfOptions(), name);
            case PHILLIPS_PERRON:
                PhillipsPerronBandwidth rule = ppBandwidth();
                PhillipsPerronKernel kernel = ppKernel();
                return rule == PhillipsPerronBandwidth.FIXED
                    ? PhillipsPerronTest.test(y, t.terms(), m_ppLags.getIntValue(), kernel, t.alpha(), name)
                    : PhillipsPerronTest.test(y, t.terms(), rule, kernel, t.alpha(), name);
            default:
                return ZivotAndrewsTest.test(y, zaBreak(), m_zaTrim.getDoubleValue(), t.adfOptions(), name);
        }
    }

    @Override
    public void check() throws InvalidSettingsException {
        super.check();
        Kind test = test();
        if (test == Kind.ADF) {
            m_tests.checkAdfConventions();
        }
        if (test == Kind.PHILLIPS_PERRON && ppBandwidth() == PhillipsPerronBandwidth.NEWEY_WEST
            && ppKernel() != PhillipsPerronKernel.BARTLETT) {
            throw new InvalidSettingsException("\"" + Choice.label(PhillipsPerronBandwidth.NEWEY_WEST, PP_BANDWIDTHS)
                + "\" in \"" + LABEL_PP_BANDWIDTH + "\" is the Bartlett kernel's bandwidth: choose another bandwidth"
                + " or set \"" + LABEL_PP_KERNEL + "\" to \"" + PP_KERNELS.get(0).label() + "\".");
        }
        ppBandwidth();
        ppKernel();
        zaBreak();
        Deterministic terms = m_tests.terms();
        if ((test == Kind.KPSS || test == Kind.DF_GLS) && terms != Deterministic.CONSTANT
            && terms != Deterministic.TREND) {
            throw new InvalidSettingsException((test == Kind.KPSS ? "KPSS tests stationarity around"
                : "DF-GLS removes by GLS") + " a level or a linear trend: set \"" + TestSettings.LABEL_DETERMINISTIC + "\" to \"" + Choice.label(Deterministic.CONSTANT,
                    TestSettings.TERMS) + "\" or \"" + Choice.label(Deterministic.TREND, TestSettings.TERMS)
                + "\" (it is \"" + Choice.label(terms, TestSettings.TERMS) + "\").");
        }
        if (test == Kind.PHILLIPS_PERRON && terms == Deterministic.QUADRATIC_TREND) {
            throw new InvalidSettingsException("Phillips-Perron takes no quadratic trend: set \""
                + TestSettings.LABEL_DETERMINISTIC + "\" to \"None\", \"Constant\" or \"Constant and linear"
                + " trend\".");
        }
        if (m_simulate.getBooleanValue() && test != Kind.ADF && test != Kind.KPSS) {
            throw new InvalidSettingsException("\"" + LABEL_SIMULATE + "\" is available for the ADF and KPSS tests "
                + "only: untick it, or choose one of them in \"" + LABEL_TEST + "\".");
        }
        boolean usesLagRule = test == Kind.ADF || test == Kind.DF_GLS || test == Kind.ZIVOT_ANDREWS;
        if (usesLagRule && test != Kind.DF_GLS && m_tests.lagRule() == LagSelection.MAIC) {
            throw new InvalidSettingsException("\"" + Choice.label(LagSelection.MAIC, TestSettings.GLS_LAG_RULES)
                + "\" in \"" + TestSettings.LABEL_LAG_RULE + "\" chooses the lag of DF-GLS only; choose another lag"
                + " selection for " + Choice.label(test, TESTS) + ".");
        }
    }
}
