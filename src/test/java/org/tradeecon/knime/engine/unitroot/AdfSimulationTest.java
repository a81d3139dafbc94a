package org.tradeecon.knime.engine.unitroot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.tradeecon.knime.testsupport.UnitRootReference;
import org.tradeecon.knime.engine.simulation.NullDistribution;
import org.tradeecon.knime.engine.simulation.SimulatedInference;
import org.tradeecon.knime.engine.simulation.SimulationCancelledException;
import org.tradeecon.knime.engine.simulation.SimulationMonitor;
import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.tradeecon.knime.engine.timeseries.Differencing;

/**
 * Simulated finite-sample inference for ADF and KPSS (fast checks; the slow validation against MacKinnon (2010)
 * and Fuller (1976) is {@code org.tradeecon.knime.engine.simulation.SimulationValidation}, run by hand).
 */
class AdfSimulationTest {

    private static final SimulationOptions SMALL = SimulationOptions.of(2_000, 7L);

    private static double[] randomWalk(final int n, final long seed) {
        Random r = new Random(seed);
        double[] y = new double[n];
        for (int i = 1; i < n; i++) {
            y[i] = y[i - 1] + r.nextGaussian();
        }
        return y;
    }

    /**
     * The simulation's τ (taken from the Cholesky factor, no refinement) equals the test's τ (AdfTest, itself
     * checked against statsmodels, R and gretl in the reference tests) on the same series, for every case.
     */
    @Test
    void simulatedTauIsTheTestsTau() {
        for (Deterministic det : Deterministic.values()) {
            for (int k : new int[] {0, 1, 3}) {
                double[] y = randomWalk(40, 31L * k + det.ordinal());
                AdfSimulation.Replication rep = new AdfSimulation.Replication(det, k, 40 - 1 - k);
                double expected = AdfTest.test(y, AdfOptions.fixedLag(det, k)).statistic();
                assertEquals(expected, rep.tau(y), 1e-9 * Math.abs(expected), det + " k=" + k);
            }
        }
    }

    /**
     * The paper's Table II statistics at N = 12 regression observations (constant, lag 0): the simulated p-value
     * agrees with MacKinnon's (1996) finite-sample p-value from R urca's punitroot (urca_punitroot.csv, made by
     * urca_punitroot.R in reference/simulation) within 4 Monte Carlo standard errors plus 0.001 for MacKinnon's
     * approximation. PATENT's τ is recomputed by AdfTest from the series; lny's τ = −3.515 is the paper's.
     */
    @Test
    void paperStatisticsAgreeWithUrcaFiniteSamplePValue() throws IOException {
        Map<String, Double> urca = new HashMap<>();
        try (var in = getClass().getResourceAsStream("/reference/simulation/urca_punitroot.csv");
            var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().skip(1).map(l -> l.split(","))
                .forEach(f -> urca.put(f[0] + "@" + f[1], Double.parseDouble(f[2])));
        }
        double[] d = Differencing.difference(UnitRootReference.series("lnpatent_2004_2017"), 1);
        AdfResult patent = AdfTest.test(d, AdfOptions.fixedLag(Deterministic.CONSTANT, 0), "D.PATENT");
        assertEquals(12, patent.observations());
        int r = 200_000;
        NullDistribution sim = AdfSimulation.nullDistribution(Deterministic.CONSTANT, 0, 12,
            SimulationOptions.of(r, 1L), SimulationMonitor.NONE);
        double[][] cases = {{patent.statistic(), urca.get("-3.647@12")}, {-3.515, urca.get("-3.515@12")}};
        for (double[] c : cases) {
            double tol = 4.0 * Math.sqrt(c[1] * (1 - c[1]) / r) + 0.001;
            assertEquals(c[1], sim.lowerTailPValue(c[0]), tol, "tau " + c[0]);
        }
    }

    /** Same seed and R: identical draws on 1, 2 and 3 threads; another seed gives other draws. */
    @Test
    void reproducibleOnAnyNumberOfThreads() {
        double[] one = draws(SMALL.withThreads(1));
        assertArrayEquals(one, draws(SMALL.withThreads(2)));
        assertArrayEquals(one, draws(SMALL.withThreads(3)));
        assertFalse(java.util.Arrays.equals(one, draws(SMALL.withSeed(8L))));
    }

    private static double[] draws(final SimulationOptions o) {
        return AdfSimulation.nullDistribution(Deterministic.CONSTANT, 1, 15, o, SimulationMonitor.NONE)
            .sortedDraws();
    }

    /** p = (1 + #{τ_sim ≤ τ}) / (R + 1): in (0, 1], non-decreasing in τ, 1/(R + 1) and 1 at the extremes. */
    @Test
    void pValueInUnitIntervalAndMonotone() {
        NullDistribution d = AdfSimulation.nullDistribution(Deterministic.TREND, 0, 20, SMALL, SimulationMonitor.NONE);
        double last = 0.0;
        for (double tau = -8.0; tau <= 3.0; tau += 0.05) {
            double p = d.lowerTailPValue(tau);
            assertTrue(p > 0.0 && p <= 1.0);
            assertTrue(p >= last);
            last = p;
        }
        assertEquals(1.0 / 2_001, d.lowerTailPValue(-100.0), 0.0);
        assertEquals(1.0, d.lowerTailPValue(100.0), 0.0);
        // the empirical quantile and the p-value agree: about 5% of the draws lie below the 5% quantile
        assertEquals(0.05, d.lowerTailPValue(d.quantile(0.05)), 0.002);
    }

    /**
     * At T = 250 the simulated 5% critical value is MacKinnon's (2010) response surface value (mackinnon2010.txt)
     * within 4 Monte Carlo standard errors: SE = sqrt(0.05·0.95/R)/f(q), with the sparsity 1/f(q) taken from
     * MacKinnon's own critical values, (C(10%) − C(1%))/0.09, plus 0.003 for the response surface's error.
     */
    @Test
    void largeSampleCriticalValueIsMacKinnons() {
        int t = 250;
        int r = 20_000;
        for (Deterministic det : new Deterministic[] {Deterministic.CONSTANT, Deterministic.TREND}) {
            NullDistribution d = AdfSimulation.nullDistribution(det, 0, t, SimulationOptions.of(r, 11L),
                SimulationMonitor.NONE);
            double sparsity = (MacKinnon.criticalValue(0.10, det, t) - MacKinnon.criticalValue(0.01, det, t)) / 0.09;
            double tol = 4.0 * Math.sqrt(0.05 * 0.95 / r) * sparsity + 0.003;
            assertEquals(MacKinnon.criticalValue(0.05, det, t), d.quantile(0.05), tol, det.code());
        }
    }

    /** The result of an ADF test: the observed T and lag, the seed and R, a warning below T = 25. */
    @Test
    void inferenceForATestResult() {
        AdfResult observed = AdfTest.test(randomWalk(16, 3L), AdfOptions.fixedLag(Deterministic.CONSTANT, 1));
        SimulatedInference s = AdfSimulation.inference(observed, SMALL, SimulationMonitor.NONE);
        assertEquals(14, s.observations());
        assertEquals(1, s.lags());
        assertEquals(2_000, s.replications());
        assertEquals(7L, s.seed());
        assertEquals(observed.statistic(), s.statistic(), 0.0);
        assertEquals(observed.pValue(), s.tablePValue(), 0.0);
        NullDistribution d = AdfSimulation.nullDistribution(Deterministic.CONSTANT, 1, 14, SMALL,
            SimulationMonitor.NONE);
        assertEquals(d.lowerTailPValue(observed.statistic()), s.pValue(), 0.0);
        assertEquals(d.quantile(0.05), s.criticalValue(0.05), 0.0);
        assertTrue(s.criticalValue(0.01) < s.criticalValue(0.05) && s.criticalValue(0.05) < s.criticalValue(0.10));
        assertEquals(1, s.warnings().size());
        assertTrue(s.warnings().get(0).contains("T = 14"), s.warnings().get(0));
        assertTrue(s.summary().contains("seed 7"));
        AdfResult longer = AdfTest.test(randomWalk(40, 3L), AdfOptions.fixedLag(Deterministic.CONSTANT, 1));
        assertTrue(AdfSimulation.inference(longer, SMALL, SimulationMonitor.NONE).warnings().isEmpty());
    }

    /** Progress rises to 1; a cancel request stops the run with SimulationCancelledException on 1 and 2 threads. */
    @Test
    void progressAndCancellation() {
        List<Double> seen = new ArrayList<>();
        AdfSimulation.nullDistribution(Deterministic.CONSTANT, 0, 15, SMALL.withThreads(2),
            SimulationMonitor.of(seen::add, () -> false));
        assertEquals(1.0, seen.get(seen.size() - 1), 0.0);
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1));
        }
        for (int threads : new int[] {1, 2}) {
            List<Double> progress = new ArrayList<>();
            SimulationMonitor cancelAfterFirstBlock = SimulationMonitor.of(progress::add, () -> !progress.isEmpty());
            SimulationOptions o = SimulationOptions.of(100_000, 1L).withThreads(threads);
            assertThrows(SimulationCancelledException.class, () -> AdfSimulation.nullDistribution(
                Deterministic.CONSTANT, 0, 15, o, cancelAfterFirstBlock));
            assertTrue(progress.get(progress.size() - 1) < 1.0);
        }
    }

    /** Bad options and samples are rejected with a message naming them. */
    @Test
    void badOptionsRejected() {
        SimulationOptions o = SimulationOptions.defaults();
        assertThrows(IllegalArgumentException.class, () -> o.withReplications(98));
        assertThrows(IllegalArgumentException.class, () -> o.withReplications(SimulationOptions.MAX_REPLICATIONS + 1));
        assertThrows(IllegalArgumentException.class, () -> o.withThreads(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> AdfSimulation.nullDistribution(Deterministic.TREND, 2, 5, SMALL, SimulationMonitor.NONE));
        assertTrue(e.getMessage().contains("T = 5"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
            () -> AdfSimulation.nullDistribution(Deterministic.TREND, -1, 50, SMALL, SimulationMonitor.NONE));
        assertThrows(IllegalArgumentException.class,
            () -> AdfSimulation.nullDistribution(Deterministic.TREND, 0, 50, SMALL, null));
        assertThrows(IllegalArgumentException.class, () -> AdfSimulation.inference(null, SMALL,
            SimulationMonitor.NONE));
        assertThrows(IllegalStateException.class, () -> new NullDistribution(new double[] {1.0, Double.NaN}, 1L));
        assertEquals(SimulationOptions.DEFAULT_REPLICATIONS, o.replications());
        assertEquals(10_000, SimulationOptions.DEFAULT_REPLICATIONS);
    }

    /**
     * KPSS: reproducible, and at n = 500 with iid data and 0 lags the simulated 5% critical values are the
     * asymptotic ones of KPSS (1992, Table 1: 0.463 level, 0.146 trend; kpss1992.txt) within 4 Monte Carlo
     * standard errors (sparsity from the table, (C(1%) − C(10%))/0.09) plus 2% for the finite n.
     */
    @Test
    void kpssLargeSampleAndReproducible() {
        Random rnd = new Random(5L);
        double[] x = new double[500];
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextGaussian();
        }
        int r = 20_000;
        double[][] table = {{0.347, 0.463, 0.739}, {0.119, 0.146, 0.216}};
        Deterministic[] terms = {Deterministic.CONSTANT, Deterministic.TREND};
        for (int i = 0; i < 2; i++) {
            KpssResult k = KpssTest.test(x, terms[i], 0, 0.05, "x");
            SimulatedInference s = KpssSimulation.inference(k, SimulationOptions.of(r, 3L), SimulationMonitor.NONE);
            double tol = 4.0 * Math.sqrt(0.05 * 0.95 / r) * (table[i][2] - table[i][0]) / 0.09 + 0.02 * table[i][1];
            assertEquals(table[i][1], s.criticalValue(0.05), tol, terms[i].code());
            assertEquals(SimulatedInference.Tail.UPPER, s.tail());
            assertTrue(s.pValue() > 0.0 && s.pValue() <= 1.0);
            SimulatedInference again = KpssSimulation.inference(k, SimulationOptions.of(r, 3L).withThreads(1),
                SimulationMonitor.NONE);
            assertEquals(s.pValue(), again.pValue(), 0.0);
            assertEquals(s.criticalValue(0.01), again.criticalValue(0.01), 0.0);
        }
    }
}
