package org.tradeecon.knime.engine.unitroot;

import java.util.Locale;
import java.util.SplittableRandom;

import org.tradeecon.knime.engine.simulation.MonteCarlo;
import org.tradeecon.knime.engine.simulation.NullDistribution;
import org.tradeecon.knime.engine.simulation.SimulatedInference;
import org.tradeecon.knime.engine.simulation.SimulationMonitor;
import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.tradeecon.knime.engine.timeseries.OptionChecks;

/**
 * Monte Carlo finite-sample p-value and critical values of the ADF τ at the sample size the test actually used.
 *
 * <p><b>Null DGP.</b> A random walk y_t = y_{t−1} + e_t with e_t iid N(0, 1) and y_0 = 0, of T + 1 + k levels,
 * where T is the number of observations of the test's final regression and k the lag it used (held fixed, not
 * searched again). Each simulated series is put through the same regression as the test: Δy_t on y_{t−1},
 * Δy_{t−1..t−k} and the deterministic terms over T rows. τ is a ratio of the same scale in numerator and
 * denominator, so its null distribution does not depend on the innovation variance; with a constant (or trend)
 * in the regression it does not depend on y_0 either, and with a trend not on a drift of the random walk
 * (both are absorbed by the deterministic terms). Without a constant it assumes y_0 = 0, and with a constant
 * but no trend it assumes no drift — the nulls of the Dickey-Fuller tables.
 *
 * <p><b>Numerics.</b> Each replication uses the one-pass cross products and Cholesky factor of
 * {@link CrossProducts} (the test's own fast path) and takes τ from the factor: b_y = the level's coefficient by
 * back substitution, Var(b_y) = σ²·‖R^{−T} e_y‖² with σ² the scaled residual pivot over T − m. The series, the
 * cross-product workspace and the solve vectors are one worker's buffers, reused for every replication (only a
 * few small objects of the factorisation are created per draw). A draw whose cross products fail the
 * conditioning check is refitted by {@link AdfRegression} (Householder QR), as in the test.
 */
public final class AdfSimulation {

    /** The smallest sample size in Fuller's (1976, Table 8.5.2) critical values; below it the tables extrapolate. */
    public static final int SMALLEST_TABLED_T = 25;

    private AdfSimulation() {
    }

    /**
     * Simulated p-value and 1%, 5%, 10% critical values for an ADF result, at its observations T, lag k and
     * deterministic terms. A KNIME node calls {@code AdfSimulation.inference(result, SimulationOptions.of(r,
     * seed), monitor)}.
     *
     * @param observed the test result
     * @param options replications, seed, threads
     * @param monitor progress and cancellation
     * @return the simulated inference; its warnings say when T is below the tables' smallest sample size
     * @throws IllegalArgumentException when an argument is null
     * @throws org.tradeecon.knime.engine.simulation.SimulationCancelledException when cancelled
     */
    public static SimulatedInference inference(final AdfResult observed, final SimulationOptions options,
        final SimulationMonitor monitor) {
        OptionChecks.notNull(observed, "the ADF result");
        Deterministic det = observed.deterministic();
        int t = observed.observations();
        int k = observed.lags();
        NullDistribution d = nullDistribution(det, k, t, options, monitor);
        SimulatedInference.Builder b = new SimulatedInference.Builder(observed.testName(),
            "Monte Carlo under the unit-root null", observed.statistic(), SimulatedInference.Tail.LOWER,
            observed.pValue(), observed.nullHypothesis()).sample(t, k, observed.alpha());
        b.convention("null DGP", "random walk, iid N(0,1) innovations, y_0 = 0, " + (t + 1 + k) + " levels");
        b.convention("simulated regression", "the test's: " + det.description() + ", " + k
            + " lagged differences held fixed, T = " + t + " observations");
        b.convention("table p-value", observed.conventions().getOrDefault("p-value",
            AdfPValueMethod.MACKINNON_1994.description()) + " (the test's p-value)");
        if (t < SMALLEST_TABLED_T) {
            b.warning(smallSampleWarning(t, "MacKinnon's (1994) p-value is asymptotic and MacKinnon's (2010)"
                + " critical values extrapolate its response surface"));
        }
        return b.build(d);
    }

    /**
     * The simulated null distribution of τ for a regression with T observations, k lags and the given terms.
     *
     * @param det deterministic terms
     * @param lags k ≥ 0
     * @param observations T; the regression must keep a residual degree of freedom (T &gt; r + 1 + k)
     * @param options replications, seed, threads
     * @param monitor progress and cancellation
     * @return R simulated values of τ
     * @throws IllegalArgumentException for a null argument, k &lt; 0 or too few observations
     */
    public static NullDistribution nullDistribution(final Deterministic det, final int lags, final int observations,
        final SimulationOptions options, final SimulationMonitor monitor) {
        OptionChecks.notNull(det, "the deterministic terms");
        OptionChecks.notNull(options, "the simulation options");
        OptionChecks.count("the ADF lag", lags, 0, Integer.MAX_VALUE, "");
        int m = det.termCount() + 1 + lags;
        if (observations <= m) {
            throw new IllegalArgumentException("A simulated ADF regression with " + det.description() + " and " + lags
                + " lags has " + m + " coefficients and needs more than " + m + " observations, got T = "
                + observations + ".");
        }
        return new NullDistribution(MonteCarlo.run(options, monitor, () -> new Replication(det, lags, observations)),
            options.seed());
    }

    static String smallSampleWarning(final int t, final String tables) {
        return String.format(Locale.ROOT, "T = %d observations is below %d, the smallest sample size in the published"
            + " tables; %s, so use the simulated p-value and critical values.", t, SMALLEST_TABLED_T, tables);
    }

    /** One worker's buffers: the random walk, the cross-product workspace and the solve vectors. */
    static final class Replication implements MonteCarlo.Replication {
        private final Deterministic det;
        private final int lags;
        private final double[] y;
        private final double[] b;
        private final double[] u;
        private final CrossProducts.Workspace ws = new CrossProducts.Workspace();

        Replication(final Deterministic det, final int lags, final int observations) {
            this.det = det;
            this.lags = lags;
            y = new double[observations + 1 + lags];
            int m = det.termCount() + 1 + lags;
            b = new double[m];
            u = new double[m];
        }

        @Override
        public double next(final SplittableRandom random) {
            double level = 0.0;
            for (int i = 1; i < y.length; i++) {
                level += random.nextGaussian();
                y[i] = level;
            }
            return tau(y);
        }

        /** τ of the ADF regression of y with the fixed lag, on its own longest sample. */
        double tau(final double[] series) {
            CrossProducts cp = CrossProducts.factor(series, lags, lags, det, ws);
            if (cp == null || cp.keptCount < cp.m) {
                return AdfRegression.fit(series, lags, lags, det, true, ws, "simulated series").tValue[0];
            }
            int m = cp.m;
            int l = cp.nt; // the level y(t-1) in the factor's column order
            for (int c = m - 1; c >= l; c--) {
                double s = cp.r(c, m);
                for (int e = c + 1; e < m; e++) {
                    s -= cp.r(c, e) * b[e];
                }
                b[c] = s / cp.r(c, c);
            }
            // R' u = e_l: u_c = 0 for c < l; [(R'R)^-1]_ll = |u|^2
            double uu = 0.0;
            for (int c = l; c < m; c++) {
                double s = c == l ? 1.0 : 0.0;
                for (int e = l; e < c; e++) {
                    s -= cp.r(e, c) * u[e];
                }
                u[c] = s / cp.r(c, c);
                uu += u[c] * u[c];
            }
            double sigma2 = cp.responsePivot / (cp.rows - m);
            return b[l] / Math.sqrt(sigma2 * uu);
        }
    }
}
