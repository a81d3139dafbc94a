package org.tradeecon.knime.engine.granger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.tradeecon.knime.testsupport.ReferenceCsv;
import org.tradeecon.knime.engine.simulation.SimulatedInference;
import org.tradeecon.knime.engine.simulation.SimulationCancelledException;
import org.tradeecon.knime.engine.simulation.SimulationMonitor;
import org.tradeecon.knime.engine.simulation.SimulationOptions;

/**
 * Bootstrap Granger and Toda–Yamamoto p-values (fast checks). The size of the bootstrap test under the null is
 * checked by the hand-run validation {@code org.tradeecon.knime.engine.simulation.SimulationValidation}.
 */
class GrangerBootstrapTest {

    private static final SimulationOptions B = SimulationOptions.of(499, 42L);

    /** x_t = 0.5 x_{t−1} + u_t, y_t = 0.5 y_{t−1} + beta·x_{t−1} + e_t, iid N(0,1), from zero. */
    static double[][] pair(final int n, final double beta, final Random r) {
        double[] x = new double[n];
        double[] y = new double[n];
        for (int t = 1; t < n; t++) {
            x[t] = 0.5 * x[t - 1] + r.nextGaussian();
            y[t] = 0.5 * y[t - 1] + beta * x[t - 1] + r.nextGaussian();
        }
        return new double[][] {x, y};
    }

    private static SimulatedInference boot(final double[][] xy, final int lag, final int extra,
        final GrangerBootstrap.Method m, final SimulationOptions o) {
        return GrangerBootstrap.test("x", xy[0], "y", xy[1], lag, extra, null, m, o, SimulationMonitor.NONE);
    }

    /** The observed statistic is the Granger test's F (Toda–Yamamoto: its Wald χ²); the table p-value is its own. */
    @Test
    void observedStatisticIsTheTests() {
        double[][] xy = pair(40, 0.0, new Random(1L));
        GrangerResult f = GrangerCausality.test("x", xy[0], "y", xy[1], 2, null);
        SimulatedInference s = boot(xy, 2, 0, GrangerBootstrap.Method.RESIDUAL, B);
        assertEquals(f.fStatistic(), s.statistic(), 0.0);
        assertEquals(f.fPValue(), s.tablePValue(), 0.0);
        assertEquals(f.observations(), s.observations());
        GrangerResult ty = GrangerCausality.todaYamamoto("x", xy[0], "y", xy[1], 2, 1, null);
        SimulatedInference t = boot(xy, 2, 1, GrangerBootstrap.Method.LEVERAGED, B);
        assertEquals(ty.waldChiSquared(), t.statistic(), 0.0);
        assertEquals(ty.waldPValue(), t.tablePValue(), 0.0);
        assertTrue(t.pValue() > 0.0 && t.pValue() <= 1.0);
    }

    /** Same seed: the same p-value and critical values on 1 and 2 threads; the two methods differ. */
    @Test
    void reproducibleOnAnyNumberOfThreads() {
        double[][] xy = pair(30, 0.0, new Random(2L));
        for (GrangerBootstrap.Method m : GrangerBootstrap.Method.values()) {
            SimulatedInference one = boot(xy, 1, 0, m, B.withThreads(1));
            SimulatedInference two = boot(xy, 1, 0, m, B.withThreads(2));
            assertEquals(one.pValue(), two.pValue(), 0.0);
            assertEquals(one.criticalValues(), two.criticalValues());
            assertEquals(42L, one.seed());
            assertEquals(499, one.replications());
        }
        assertNotEquals(boot(xy, 1, 0, GrangerBootstrap.Method.RESIDUAL, B).criticalValue(0.05),
            boot(xy, 1, 0, GrangerBootstrap.Method.LEVERAGED, B).criticalValue(0.05));
    }

    /**
     * With strong causality (beta = 1, n = 60) no bootstrap F under the null reaches the observed F, so p is its
     * smallest value 1/(B + 1); the bootstrap 5% critical value is near the F(1, 57) 95% quantile, 4.01
     * (Commons Math), within 25% (the bootstrap's finite-sample distribution is not exactly F).
     */
    @Test
    void strongCausalityAndCriticalValue() {
        double[][] xy = pair(60, 1.0, new Random(3L));
        SimulatedInference s = boot(xy, 1, 0, GrangerBootstrap.Method.RESIDUAL, B);
        assertEquals(1.0 / 500, s.pValue(), 0.0);
        assertTrue(s.rejectsNull(0.01));
        double f95 = new org.apache.commons.math3.distribution.FDistribution(1, 57).inverseCumulativeProbability(0.95);
        assertEquals(f95, s.criticalValue(0.05), 0.25 * f95);
    }

    /**
     * The residuals the bootstrap resamples, against R's lm and hatvalues (granger_restricted.csv, made by
     * granger_restricted.R in reference/simulation) on lmtest's ChickEgg, Toda–Yamamoto p = 2, d = 1 (the
     * restricted model has the untested egg lag 3): leverages to 1e-10, centred residuals and centred leveraged
     * residuals e_t / sqrt(1 − h_t) to 1e-8 of their largest value (our series are scaled by a power of two).
     */
    @Test
    void restrictedResidualsAndLeveragesAreRs() throws java.io.IOException {
        double[][] ce = ReferenceCsv.columns("/reference/granger/chickegg.csv", "chicken", "egg");
        double[][] ref = ReferenceCsv.columns("/reference/simulation/granger_restricted.csv", "leverage",
            "residual", "leveraged");
        GrangerCausality.Pair s = GrangerCausality.align("egg", ce[1], "chicken", ce[0], null);
        for (GrangerBootstrap.Method m : GrangerBootstrap.Method.values()) {
            GrangerBootstrap.Restricted r = new GrangerBootstrap.Restricted(s.cause(), s.effect(), 2, 1, m);
            double[] expected = m == GrangerBootstrap.Method.LEVERAGED ? ref[2] : ref[1];
            double scale = java.util.Arrays.stream(expected).map(Math::abs).max().orElseThrow();
            assertEquals(expected.length, r.residuals.length);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(ref[0][i], r.leverages[i], 1e-10, "leverage " + i);
                assertEquals(expected[i], Math.scalb(r.residuals[i], -s.effectExp()), 1e-8 * scale, m + " " + i);
            }
        }
    }

    /** Cancellation and bad input. */
    @Test
    void cancellationAndBadInput() {
        double[][] xy = pair(30, 0.0, new Random(4L));
        assertThrows(SimulationCancelledException.class, () -> GrangerBootstrap.test("x", xy[0], "y", xy[1], 1, 0,
            null, GrangerBootstrap.Method.RESIDUAL, SimulationOptions.of(10_000, 1L), SimulationMonitor.of(f -> { },
                () -> true)));
        assertThrows(IllegalArgumentException.class, () -> boot(xy, 1, 0, null, B));
        assertThrows(IllegalArgumentException.class, () -> boot(xy, 1, 0, GrangerBootstrap.Method.RESIDUAL, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> boot(xy, 10, 0, GrangerBootstrap.Method.RESIDUAL, B));
        assertTrue(e.getMessage().contains("lag"), e.getMessage());
    }
}
