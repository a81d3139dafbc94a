package org.tradeecon.knime.engine.unitroot.panel;

import java.util.List;

import org.tradeecon.knime.engine.simulation.SimulationMonitor;
import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.tradeecon.knime.engine.timeseries.OptionChecks;
import org.tradeecon.knime.engine.unitroot.AdfBatch;
import org.tradeecon.knime.engine.unitroot.AdfOptions;
import org.tradeecon.knime.engine.unitroot.UnitRootResult;

/**
 * One entry to every panel unit-root and stationarity test, with the option of cross-sectional demeaning
 * ({@link Panel#demeaned()}: at each time the mean over the units observed then is subtracted before testing,
 * which removes a common time effect, the remedy of Levin, Lin and Chu (2002) and Im, Pesaran and Shin (2003,
 * section 6) for cross-sectional dependence of that form). The result's conventions say whether the data were
 * demeaned.
 */
public final class PanelUnitRoot {

    /** The panel tests. */
    public enum Test {
        /** Im–Pesaran–Shin W-t-bar ({@link IpsTest}). */
        IPS,
        /** Maddala–Wu Fisher χ² ({@link FisherTest.Method#MADDALA_WU}). */
        MADDALA_WU,
        /** Choi's inverse-normal Z. */
        CHOI_Z,
        /** Choi's logit L*. */
        CHOI_LOGIT,
        /** Choi's modified P. */
        CHOI_PM,
        /** Levin–Lin–Chu t* ({@link LlcTest}). */
        LLC,
        /** Hadri LM, one pooled variance ({@link HadriTest}). */
        HADRI_HOMOSKEDASTIC,
        /** Hadri LM, each unit's own variance. */
        HADRI_HETEROSKEDASTIC
    }

    /** Key of the demeaning convention in {@link UnitRootResult#conventions()}. */
    public static final String DEMEANING = "cross-sectional demeaning";

    /**
     * What to run.
     *
     * @param test the test
     * @param adf the unit ADF settings (deterministic terms and lag rule; Hadri uses the terms only)
     * @param demean whether to subtract the cross-section mean at each time first
     * @param llc the software whose reading of Levin-Lin-Chu's paper to follow (unused by the other tests)
     * @param simulation replications and seed of IPS's moment simulation (unused by the other tests)
     * @param threads worker threads of the unit ADF tests (≥ 1)
     * @param alpha significance level of the decision, in (0, 1)
     */
    public record Options(Test test, AdfOptions adf, boolean demean, LlcTest.Convention llc,
        SimulationOptions simulation, int threads, double alpha) {
    }

    private PanelUnitRoot() {
    }

    /**
     * @param panel the panel
     * @param options what to run
     * @param monitor progress and cancellation of IPS's simulation
     * @return the test's result, its conventions saying whether the panel was demeaned
     * @throws IllegalArgumentException from the chosen test when the panel or the options do not suit it (the
     *         message says why)
     */
    public static PanelUnitRootResult test(final Panel panel, final Options options, final SimulationMonitor monitor) {
        OptionChecks.notNull(panel, "the panel");
        OptionChecks.notNull(options, "the options");
        OptionChecks.notNull(monitor, "the simulation monitor");
        Panel data = options.demean() ? panel.demeaned() : panel;
        PanelUnitRootResult r = switch (options.test()) {
            case LLC -> LlcTest.test(data, options.adf(), options.llc(), options.threads(), options.alpha());
            case HADRI_HOMOSKEDASTIC, HADRI_HETEROSKEDASTIC -> HadriTest.test(data, options.adf().deterministic(),
                options.test() == Test.HADRI_HETEROSKEDASTIC, options.alpha());
            default -> adfBased(data, options, monitor);
        };
        return PanelResults.withConvention(r, DEMEANING, options.demean()
            ? "yes: at each time the mean over the units observed then was subtracted before testing" : "no");
    }

    private static PanelUnitRootResult adfBased(final Panel data, final Options options,
        final SimulationMonitor monitor) {
        List<AdfBatch.Outcome> outcomes = PanelAdf.run(data, options.adf(), options.threads());
        return switch (options.test()) {
            case IPS -> IpsTest.test(outcomes, options.simulation(), monitor, options.alpha());
            case MADDALA_WU -> FisherTest.test(outcomes, FisherTest.Method.MADDALA_WU, options.alpha());
            case CHOI_Z -> FisherTest.test(outcomes, FisherTest.Method.INVERSE_NORMAL, options.alpha());
            case CHOI_LOGIT -> FisherTest.test(outcomes, FisherTest.Method.LOGIT, options.alpha());
            default -> FisherTest.test(outcomes, FisherTest.Method.MODIFIED_P, options.alpha());
        };
    }
}
