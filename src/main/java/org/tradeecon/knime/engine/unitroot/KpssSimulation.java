package org.tradeecon.knime.engine.unitroot;

import java.util.SplittableRandom;

import org.tradeecon.knime.engine.simulation.MonteCarlo;
import org.tradeecon.knime.engine.simulation.NullDistribution;
import org.tradeecon.knime.engine.simulation.SimulatedInference;
import org.tradeecon.knime.engine.simulation.SimulationMonitor;
import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.tradeecon.knime.engine.timeseries.OptionChecks;

/**
 * Monte Carlo finite-sample p-value and critical values of the KPSS statistic at the test's n and bandwidth.
 *
 * <p><b>Null DGP.</b> n iid N(0, 1) values; the statistic is computed exactly as the test computes it (residuals
 * on a constant, or on a constant and trend; Bartlett long-run variance) with the number of Bartlett lags the
 * test used held fixed (for the rule-based bandwidths the rule gives the same number at the same n; the
 * data-dependent Hobijn et al. bandwidth is not re-chosen per draw). The residuals do not depend on the level or
 * trend of the series and the statistic is a ratio of the same scale, so its null distribution with iid errors
 * does not depend on the mean, trend or variance of the series. Large values reject.
 */
public final class KpssSimulation {

    private KpssSimulation() {
    }

    /**
     * Simulated p-value and 1%, 5%, 10% critical values for a KPSS result. A KNIME node calls
     * {@code KpssSimulation.inference(result, SimulationOptions.of(r, seed), monitor)}.
     *
     * @param observed the test result
     * @param options replications, seed, threads
     * @param monitor progress and cancellation
     * @return the simulated inference; its warnings say when n is below {@link AdfSimulation#SMALLEST_TABLED_T}
     * @throws IllegalArgumentException when an argument is null
     * @throws org.tradeecon.knime.engine.simulation.SimulationCancelledException when cancelled
     */
    public static SimulatedInference inference(final KpssResult observed, final SimulationOptions options,
        final SimulationMonitor monitor) {
        OptionChecks.notNull(observed, "the KPSS result");
        OptionChecks.notNull(options, "the simulation options");
        int n = observed.observations();
        int lags = observed.lags();
        boolean trend = observed.deterministic() == Deterministic.TREND;
        NullDistribution d = new NullDistribution(MonteCarlo.run(options, monitor,
            () -> new Replication(n, lags, trend)), options.seed());
        SimulatedInference.Builder b = new SimulatedInference.Builder(observed.testName(),
            "Monte Carlo under the stationarity null", observed.statistic(), SimulatedInference.Tail.UPPER,
            observed.pValue(), observed.nullHypothesis()).sample(n, lags, observed.alpha());
        b.convention("null DGP", "iid N(0,1), n = " + n);
        b.convention("simulated statistic", "the test's: residuals on a " + observed.deterministic().description()
            + ", Bartlett long-run variance with " + lags + " lags held fixed");
        b.convention("table p-value", "interpolated in the asymptotic critical values of KPSS (1992, Table 1)");
        if (n < AdfSimulation.SMALLEST_TABLED_T) {
            b.warning(AdfSimulation.smallSampleWarning(n, "the KPSS (1992) critical values are asymptotic"));
        }
        return b.build(d);
    }

    /** One worker's buffer for the simulated series. */
    private static final class Replication implements MonteCarlo.Replication {
        private final double[] x;
        private final int lags;
        private final boolean trend;

        Replication(final int n, final int lags, final boolean trend) {
            x = new double[n];
            this.lags = lags;
            this.trend = trend;
        }

        @Override
        public double next(final SplittableRandom random) {
            for (int t = 0; t < x.length; t++) {
                x[t] = random.nextGaussian();
            }
            double[] e = KpssTest.residuals(x, trend);
            return KpssTest.eta(e) / KpssTest.longRunVariance(e, lags);
        }
    }
}
