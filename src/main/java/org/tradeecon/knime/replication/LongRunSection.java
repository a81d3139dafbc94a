package org.tradeecon.knime.replication;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tradeecon.knime.engine.cointegration.ArdlBoundsSimulation;
import org.tradeecon.knime.engine.cointegration.ArdlBoundsTest;
import org.tradeecon.knime.engine.cointegration.ArdlOptions;
import org.tradeecon.knime.engine.cointegration.ArdlResult;
import org.tradeecon.knime.engine.cointegration.EngleGranger;
import org.tradeecon.knime.engine.cointegration.EngleGrangerOptions;
import org.tradeecon.knime.engine.cointegration.EngleGrangerResult;
import org.tradeecon.knime.engine.cointegration.SimulatedBounds;
import org.tradeecon.knime.engine.simulation.SimulationMonitor;
import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.tradeecon.knime.engine.unitroot.LagSelection;

/**
 * A report section that is NOT in the paper: is Eq. (2), lny on RATIO, PATENT and FDIGDP in levels, a long-run
 * (cointegrating) relation? The paper never asks. Two tests on Eq. (2)'s variables and sample: the ARDL bounds test
 * of Pesaran, Shin and Smith (2001), case III, ARDL(1, 1, 1, 1) (the largest orders the 13 annual observations
 * allow), with the asymptotic bounds and the bounds simulated at the test's T; and the Engle-Granger test of lny on
 * the three regressors (constant, residual ADF with 0 lags as the paper's Table II, MacKinnon p-value).
 */
public final class LongRunSection {

    /** The level of the decisions. */
    static final double ALPHA = 0.05;
    /** Replications of the simulated bounds, and their seed (fixed: the report is reproducible). */
    static final SimulationOptions SIMULATION = SimulationOptions.of(10_000, SimulationOptions.DEFAULT_SEED);

    /**
     * The outcome.
     *
     * @param first the first year of the sample (0 when not computed)
     * @param last the last year
     * @param ardl the bounds test, or null
     * @param bounds its simulated bounds, or null
     * @param engleGranger the Engle-Granger test, or null
     * @param lines what the section says, one sentence or fact a line; the first is the answer
     */
    public record Result(int first, int last, ArdlResult ardl, SimulatedBounds bounds, EngleGrangerResult engleGranger,
        List<String> lines) {
    }

    private LongRunSection() {
    }

    /**
     * @param variables the paper's variables
     * @return the tests, or the plain reason why they could not be run
     */
    public static Result compute(final PaperVariables variables) {
        List<PaperVariables.Variable> all = new ArrayList<>();
        all.add(variables.get(PaperVariables.LNY));
        EquationTwo.REGRESSORS.forEach(n -> all.add(variables.get(n)));
        for (PaperVariables.Variable v : all) {
            if (!v.cellReason().isEmpty()) {
                return new Result(0, 0, null, null, null, List.of("Not computed: the data of Eq. (2) are missing ("
                    + v.name() + ": " + v.cellReason() + "). Supply the US-China ATP data (live, or a Census file)"
                    + " to run the ARDL bounds test and the Engle-Granger test of Eq. (2)."));
            }
        }
        int first = all.stream().mapToInt(PaperVariables.Variable::firstYear).max().getAsInt();
        int last = all.stream().mapToInt(PaperVariables.Variable::lastYear).min().getAsInt();
        double[] y = EquationTwo.slice(all.get(0), first, last);
        double[][] x = new double[all.size() - 1][];
        for (int j = 0; j < x.length; j++) {
            x[j] = EquationTwo.slice(all.get(j + 1), first, last);
        }
        String[] names = EquationTwo.REGRESSORS.toArray(String[]::new);
        int[] q = new int[x.length];
        java.util.Arrays.fill(q, 1);
        try {
            ArdlResult ardl = ArdlBoundsTest.test(y, x, PaperVariables.LNY, names,
                ArdlOptions.defaults().withFixedOrders(1, q).withAlpha(ALPHA));
            SimulatedBounds bounds = ArdlBoundsSimulation.simulate(ardl, SIMULATION,
                SimulationMonitor.of(f -> { }, () -> false));
            double[][] series = new double[x.length + 1][];
            series[0] = y;
            System.arraycopy(x, 0, series, 1, x.length);
            String[] all4 = new String[names.length + 1];
            all4[0] = PaperVariables.LNY;
            System.arraycopy(names, 0, all4, 1, names.length);
            EngleGrangerResult eg = EngleGranger.test(series, all4, EngleGrangerOptions.defaults()
                .withLagSelection(LagSelection.FIXED).withMaxLag(0).withAlpha(ALPHA));
            return new Result(first, last, ardl, bounds, eg, lines(first, last, ardl, bounds, eg));
        } catch (IllegalArgumentException e) {
            return new Result(first, last, null, null, null, List.of("Not computed on " + first + "-" + last + ": "
                + e.getMessage()));
        }
    }

    private static List<String> lines(final int first, final int last, final ArdlResult ardl,
        final SimulatedBounds bounds, final EngleGrangerResult eg) {
        String simulated = bounds.conclusion();
        String answer = simulated.equals("cointegration")
            ? "Eq. (2) is a long-run relation: the bounds test finds cointegration at 5% even against the bounds"
                + " simulated at this sample size"
            : simulated.equals("no cointegration")
                ? "Eq. (2) is not shown to be a long-run relation: the bounds test finds no cointegration at 5%"
                    + " against the bounds simulated at this sample size, so its levels regression may be spurious"
                : "Whether Eq. (2) is a long-run relation is undecided: the bounds test's F lies between the bounds"
                    + " simulated at this sample size at 5%";
        answer += String.format(Locale.ROOT, " (Engle-Granger: %s, p = %.3f).", eg.conclusion(), eg.pValue());
        double[] asym = ardl.fBounds(ALPHA);
        double[] sim = bounds.fBounds(ALPHA);
        List<String> out = new ArrayList<>();
        out.add(answer);
        out.add(String.format(Locale.ROOT, "ARDL bounds test, %s, %s, %d-%d (T = %d): F = %.3f; 5%% bounds I(0) %.2f,"
            + " I(1) %.2f (PSS 2001 asymptotic: %s) and I(0) %.2f, I(1) %.2f (simulated at T = %d, %d replications,"
            + " seed %d: %s).", ardl.model(), ardl.boundsCase().description(), first, last, ardl.observations(),
            ardl.fStatistic(), asym[0], asym[1], ardl.conclusion(), sim[0], sim[1], bounds.observations(),
            bounds.replications(), bounds.seed(), simulated));
        out.add(String.format(Locale.ROOT, "Engle-Granger test of lny on %s (constant, residual ADF with 0 lags):"
            + " tau = %.3f, MacKinnon p = %.3f (asymptotic; with %d observations treat it as indicative): %s.",
            String.join(", ", EquationTwo.REGRESSORS), eg.statistic(), eg.pValue(), eg.cointegratingObservations(),
            eg.conclusion()));
        ardl.warnings().forEach(w -> out.add("Warning (ARDL): " + w));
        return out;
    }

    /** @return the section's HTML, headed "not in the paper" */
    static String html(final Result r, final java.util.function.UnaryOperator<String> escape) {
        StringBuilder h = new StringBuilder("<h2>Not in the paper: is Eq. (2) a long-run relation?</h2>\n<p>Eq. (2)"
            + " regresses lny on RATIO, PATENT and FDIGDP in levels; if the series are integrated, that is only"
            + " meaningful when they cointegrate. The paper does not test it; this section does (our addition, not"
            + " a replicated number).</p>\n<ul>\n");
        r.lines().forEach(line -> h.append("<li>").append(escape.apply(line)).append("</li>\n"));
        return h.append("</ul>\n").toString();
    }
}
