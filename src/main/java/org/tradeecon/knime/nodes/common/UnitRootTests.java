package org.tradeecon.knime.nodes.common;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.engine.unitroot.AdfOptions;
import org.tradeecon.knime.engine.unitroot.AdfTest;
import org.tradeecon.knime.engine.unitroot.Deterministic;
import org.tradeecon.knime.engine.unitroot.DfGlsTest;
import org.tradeecon.knime.engine.unitroot.KpssResult;
import org.tradeecon.knime.engine.unitroot.PhillipsPerronBandwidth;
import org.tradeecon.knime.engine.unitroot.PhillipsPerronKernel;
import org.tradeecon.knime.engine.unitroot.PhillipsPerronTest;
import org.tradeecon.knime.engine.unitroot.UnitRootResult;
import org.tradeecon.knime.engine.unitroot.ZivotAndrewsBreak;
import org.tradeecon.knime.engine.unitroot.ZivotAndrewsTest;

/**
 * The five tests of the Unit Root Test and Order of Integration nodes, the Phillips–Perron and Zivot–Andrews settings
 * (keys {@value #CFG_PP_BANDWIDTH}, {@value #CFG_PP_LAGS}, {@value #CFG_PP_KERNEL}, {@value #CFG_ZA_BREAK}, {@value #CFG_ZA_TRIM}; added in
 * issue 17, so older workflows lack them and load with the defaults), their dialog parts, and the run of a chosen
 * test under these and the {@link TestSettings}.
 */
public final class UnitRootTests {
    public static final String CFG_PP_BANDWIDTH = "pp_bandwidth";
    public static final String LABEL_PP_BANDWIDTH = "Phillips-Perron bandwidth";
    public static final String CFG_PP_LAGS = "pp_lags";
    public static final String LABEL_PP_LAGS = "Phillips-Perron lags";
    public static final String CFG_PP_KERNEL = "pp_kernel";
    public static final String LABEL_PP_KERNEL = "Phillips-Perron kernel";
    public static final String CFG_ZA_BREAK = "za_break";
    public static final String LABEL_ZA_BREAK = "Break (Zivot-Andrews)";
    public static final String CFG_ZA_TRIM = "za_trim";
    public static final String LABEL_ZA_TRIM = "Trimming (Zivot-Andrews)";

    /** The tests. */
    public enum Kind {
        ADF, KPSS, DF_GLS, PHILLIPS_PERRON, ZIVOT_ANDREWS
    }

    /** The tests offered ("true"/"false" were the Unit Root Test node's stored values before DF-GLS, PP and ZA). */
    public static final List<Choice<Kind>> TESTS = List.of(
        new Choice<>("Augmented Dickey-Fuller (ADF)", Kind.ADF, "true"),
        new Choice<>("KPSS (stationarity)", Kind.KPSS, "false"),
        new Choice<>("DF-GLS (Elliott-Rothenberg-Stock)", Kind.DF_GLS, "DF-GLS", "ERS"),
        new Choice<>("Phillips-Perron", Kind.PHILLIPS_PERRON, "PP"),
        new Choice<>("Zivot-Andrews (one structural break)", Kind.ZIVOT_ANDREWS, "ZA"));

    public static final List<Choice<PhillipsPerronBandwidth>> PP_BANDWIDTHS = List.of(
        new Choice<>("Short rule trunc(4*(T/100)^(1/4)) (R urca, tseries)", PhillipsPerronBandwidth.SHORT, "short"),
        new Choice<>("Long rule trunc(12*(T/100)^(1/4))", PhillipsPerronBandwidth.LONG, "long"),
        new Choice<>("Stata rule floor(4*(T/100)^(2/9))", PhillipsPerronBandwidth.STATA, "stata"),
        new Choice<>("Automatic (Newey-West 1994)", PhillipsPerronBandwidth.NEWEY_WEST, "auto", "nw"),
        new Choice<>("Fixed: Phillips-Perron lags (below)", PhillipsPerronBandwidth.FIXED));

    public static final List<Choice<PhillipsPerronKernel>> PP_KERNELS = List.of(
        new Choice<>("Bartlett (Stata, R urca, tseries)", PhillipsPerronKernel.BARTLETT, "bartlett"),
        new Choice<>("Parzen", PhillipsPerronKernel.PARZEN, "parzen"),
        new Choice<>("Quadratic Spectral", PhillipsPerronKernel.QUADRATIC_SPECTRAL, "qs"));

    public static final List<Choice<ZivotAndrewsBreak>> ZA_BREAKS = List.of(
        new Choice<>("Intercept (model A)", ZivotAndrewsBreak.INTERCEPT, "c", "A"),
        new Choice<>("Trend (model B)", ZivotAndrewsBreak.TREND, "t", "B"),
        new Choice<>("Intercept and trend (model C)", ZivotAndrewsBreak.BOTH, "ct", "C"));

    private final TestSettings m_tests;
    private final SettingsModelString m_ppBandwidth;
    private final SettingsModelIntegerBounded m_ppLags;
    private final SettingsModelString m_ppKernel;
    private final SettingsModelString m_zaBreak;
    private final SettingsModelDoubleBounded m_zaTrim;

    /** Creates the Phillips–Perron and Zivot–Andrews models and registers them with {@code set}. */
    public UnitRootTests(final NodeSettingsSet set, final TestSettings tests) {
        m_tests = tests;
        m_ppBandwidth = set.addLater(createPpBandwidthModel(), CFG_PP_BANDWIDTH, LABEL_PP_BANDWIDTH);
        m_ppLags = set.addLater(createPpLagsModel(), CFG_PP_LAGS, LABEL_PP_LAGS);
        m_ppKernel = set.addLater(createPpKernelModel(), CFG_PP_KERNEL, LABEL_PP_KERNEL);
        m_zaBreak = set.addLater(createZaBreakModel(), CFG_ZA_BREAK, LABEL_ZA_BREAK);
        m_zaTrim = set.addLater(createZaTrimModel(), CFG_ZA_TRIM, LABEL_ZA_TRIM);
    }

    public static SettingsModelString createPpBandwidthModel() {
        return new SettingsModelString(CFG_PP_BANDWIDTH, PP_BANDWIDTHS.get(0).label());
    }

    /** Bartlett by default, so that workflows saved before the setting existed give the same results. */
    public static SettingsModelString createPpKernelModel() {
        return new SettingsModelString(CFG_PP_KERNEL, PP_KERNELS.get(0).label());
    }

    public static SettingsModelIntegerBounded createPpLagsModel() {
        return new SettingsModelIntegerBounded(CFG_PP_LAGS, 0, 0, 1000);
    }

    public static SettingsModelString createZaBreakModel() {
        return new SettingsModelString(CFG_ZA_BREAK, ZA_BREAKS.get(0).label());
    }

    public static SettingsModelDoubleBounded createZaTrimModel() {
        return new SettingsModelDoubleBounded(CFG_ZA_TRIM, ZivotAndrewsTest.DEFAULT_TRIM, 0.0, 1.0 / 3.0);
    }

    /** @return the Phillips–Perron bandwidth rule */
    public PhillipsPerronBandwidth ppBandwidth() throws InvalidSettingsException {
        return Choice.parse(m_ppBandwidth.getStringValue(), LABEL_PP_BANDWIDTH, PP_BANDWIDTHS);
    }

    /** @return the Phillips–Perron kernel */
    public PhillipsPerronKernel ppKernel() throws InvalidSettingsException {
        return Choice.parse(m_ppKernel.getStringValue(), LABEL_PP_KERNEL, PP_KERNELS);
    }

    /** @return the Zivot–Andrews break model */
    public ZivotAndrewsBreak zaBreak() throws InvalidSettingsException {
        return Choice.parse(m_zaBreak.getStringValue(), LABEL_ZA_BREAK, ZA_BREAKS);
    }

    /**
     * Runs one test on one series (KPSS around the given terms).
     *
     * @param kpssTerms the KPSS terms ({@link Deterministic#CONSTANT} or {@link Deterministic#TREND})
     * @throws IllegalArgumentException from the engine when the series cannot be tested (the reason in words)
     */
    public UnitRootResult run(final Kind test, final Deterministic kpssTerms, final double[] y, final String name)
        throws InvalidSettingsException {
        return test(test, kpssTerms).apply(y, name);
    }

    /**
     * @param kpssTerms the KPSS terms ({@link Deterministic#CONSTANT} or {@link Deterministic#TREND})
     * @return one test under these settings, as a function of the series and its name (which throws
     *         IllegalArgumentException when the series cannot be tested)
     */
    public BiFunction<double[], String, UnitRootResult> test(final Kind test, final Deterministic kpssTerms)
        throws InvalidSettingsException {
        TestSettings t = m_tests;
        switch (test) {
            case ADF:
                AdfOptions adf = t.adfOptions();
                return (y, name) -> AdfTest.test(y, adf, name);
            case KPSS:
                BiFunction<double[], String, KpssResult> kpss = t.kpss(kpssTerms);
                return kpss::apply;
            case DF_GLS:
                AdfOptions gls = t.adfOptions();
                return (y, name) -> DfGlsTest.test(y, gls, name);
            case PHILLIPS_PERRON:
                PhillipsPerronBandwidth rule = ppBandwidth();
                Deterministic terms = t.terms();
                int lags = m_ppLags.getIntValue();
                PhillipsPerronKernel kernel = ppKernel();
                double alpha = t.alpha();
                return rule == PhillipsPerronBandwidth.FIXED
                    ? (y, name) -> PhillipsPerronTest.test(y, terms, lags, kernel, alpha, name)
                    : (y, name) -> PhillipsPerronTest.test(y, terms, rule, kernel, alpha, name);
            default:
                ZivotAndrewsBreak model = zaBreak();
                double trim = m_zaTrim.getDoubleValue();
                AdfOptions za = t.adfOptions();
                return (y, name) -> ZivotAndrewsTest.test(y, model, trim, za, name);
        }
    }

    /**
     * Checks the choices of the Phillips–Perron and Zivot–Andrews options, the ADF conventions when {@code test} is
     * ADF, and that the deterministic terms suit {@code test}.
     */
    public void check(final Kind test) throws InvalidSettingsException {
        ppBandwidth();
        ppKernel();
        zaBreak();
        if (test == Kind.PHILLIPS_PERRON && ppBandwidth() == PhillipsPerronBandwidth.NEWEY_WEST
            && ppKernel() != PhillipsPerronKernel.BARTLETT) {
            throw new InvalidSettingsException("\"" + Choice.label(PhillipsPerronBandwidth.NEWEY_WEST, PP_BANDWIDTHS)
                + "\" in \"" + LABEL_PP_BANDWIDTH + "\" is the Bartlett kernel's bandwidth: choose another bandwidth"
                + " or set \"" + LABEL_PP_KERNEL + "\" to \"" + PP_KERNELS.get(0).label() + "\".");
        }
        if (test == Kind.ADF) {
            m_tests.checkAdfConventions();
        }
        Deterministic terms = m_tests.terms();
        if ((test == Kind.KPSS || test == Kind.DF_GLS) && terms != Deterministic.CONSTANT
            && terms != Deterministic.TREND) {
            throw new InvalidSettingsException((test == Kind.KPSS ? "KPSS tests stationarity around"
                : "DF-GLS removes by GLS") + " a level or a linear trend: set \"" + TestSettings.LABEL_DETERMINISTIC
                + "\" to \"" + Choice.label(Deterministic.CONSTANT, TestSettings.TERMS) + "\" or \""
                + Choice.label(Deterministic.TREND, TestSettings.TERMS) + "\" (it is \""
                + Choice.label(terms, TestSettings.TERMS) + "\").");
        }
        if (test == Kind.PHILLIPS_PERRON && terms == Deterministic.QUADRATIC_TREND) {
            throw new InvalidSettingsException("Phillips-Perron takes no quadratic trend: set \""
                + TestSettings.LABEL_DETERMINISTIC + "\" to \"None\", \"Constant\" or \"Constant and linear"
                + " trend\".");
        }
    }

    /** Adds the Phillips–Perron options, enabled while {@code active} holds; the lags only with a fixed bandwidth. */
    public static void addPhillipsPerronComponents(final SettingsPane pane, final BooleanSupplier active,
        final SettingsModel... activeTriggers) {
        SettingsModelString bandwidth = createPpBandwidthModel();
        SettingsModelIntegerBounded lags = createPpLagsModel();
        SettingsModelString kernel = createPpKernelModel();
        SettingsModel[] triggers = java.util.Arrays.copyOf(activeTriggers, activeTriggers.length + 1);
        triggers[activeTriggers.length] = bandwidth;
        pane.addRule(() -> {
            boolean on = active.getAsBoolean();
            bandwidth.setEnabled(on);
            kernel.setEnabled(on);
            lags.setEnabled(on && Choice.label(PhillipsPerronBandwidth.FIXED, PP_BANDWIDTHS)
                .equals(bandwidth.getStringValue()));
        }, triggers);
        pane.addDialogComponent(new DialogComponentStringSelection(bandwidth, LABEL_PP_BANDWIDTH,
            Choice.labels(PP_BANDWIDTHS)));
        pane.addDialogComponent(new DialogComponentNumber(lags, LABEL_PP_LAGS, 1));
        pane.addDialogComponent(new DialogComponentStringSelection(kernel, LABEL_PP_KERNEL,
            Choice.labels(PP_KERNELS)));
    }

    /** Adds the Zivot–Andrews options, enabled while {@code active} holds. */
    public static void addZivotAndrewsComponents(final SettingsPane pane, final BooleanSupplier active,
        final SettingsModel... activeTriggers) {
        SettingsModelString zaBreak = createZaBreakModel();
        SettingsModelDoubleBounded trim = createZaTrimModel();
        pane.addRule(() -> {
            boolean on = active.getAsBoolean();
            zaBreak.setEnabled(on);
            trim.setEnabled(on);
        }, activeTriggers);
        pane.addDialogComponent(new DialogComponentStringSelection(zaBreak, LABEL_ZA_BREAK,
            Choice.labels(ZA_BREAKS)));
        pane.addDialogComponent(new DialogComponentNumber(trim, LABEL_ZA_TRIM, 0.01));
    }

    /** @return whether the dialog's choice {@code test} (a label of {@code choices}) is one of {@code kinds} */
    public static boolean is(final SettingsModelString test, final List<Choice<Kind>> choices, final Set<Kind> kinds) {
        return choices.stream().anyMatch(c -> kinds.contains(c.value()) && c.label().equals(test.getStringValue()));
    }
}
