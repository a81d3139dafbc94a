package org.tradeecon.knime.engine.granger;

import java.util.SplittableRandom;

import org.tradeecon.knime.engine.linalg.HouseholderQr;
import org.tradeecon.knime.engine.simulation.MonteCarlo;
import org.tradeecon.knime.engine.simulation.NullDistribution;
import org.tradeecon.knime.engine.simulation.SimulatedInference;
import org.tradeecon.knime.engine.simulation.SimulationMonitor;
import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.tradeecon.knime.engine.timeseries.OptionChecks;

/**
 * Bootstrap p-values of the Granger (and Toda–Yamamoto) test "cause does not Granger-cause effect".
 *
 * <p><b>Bootstrap under the null.</b> The restricted model (the effect on a constant, its own p + d lags and the
 * d untested cause lags) is fitted on the test's sample; its residuals are modified (see {@link Method}) and
 * centred. Each replication draws n of them with replacement, rebuilds the effect recursively from the restricted
 * model's coefficients starting from the first p + d observed values, holds the cause at its observed values,
 * refits the restricted and unrestricted models on the bootstrap sample and computes the statistic. The p-value
 * is (1 + #{F* ≥ F}) / (B + 1).
 *
 * <p>Hacker and Hatemi-J (2006) generate both variables from the restricted VAR; this implementation rebuilds
 * only the effect's equation and holds the cause fixed (a bootstrap conditional on the cause's path), with
 * their leverage correction of the residuals.
 *
 * <p>The statistic is F for the standard test and the Wald χ² = p·F for Toda–Yamamoto, as in
 * {@link GrangerResult}; being proportional, both give the same bootstrap p-value.
 */
public final class GrangerBootstrap {

    /** How the restricted model's residuals are prepared for resampling. */
    public enum Method {
        /** Residual bootstrap: the residuals, centred. */
        RESIDUAL("residual bootstrap under the null (centred restricted-model residuals)"),
        /**
         * Leveraged bootstrap of Hacker and Hatemi-J (2006): each residual divided by sqrt(1 − h_t), h_t the
         * leverage of observation t in the restricted model (so that all have the error variance), then centred.
         */
        LEVERAGED("leveraged bootstrap of Hacker and Hatemi-J (2006): restricted-model residuals / sqrt(1 - h_t),"
            + " centred");

        private final String words;

        Method(final String words) {
            this.words = words;
        }

        /** @return the method in words */
        public String description() {
            return words;
        }
    }

    private GrangerBootstrap() {
    }

    /**
     * Bootstrap inference for the standard Granger test (d = 0) or Toda–Yamamoto (d &gt; 0). A KNIME node calls
     * {@code GrangerBootstrap.test(..., method, SimulationOptions.of(b, seed), monitor)}.
     *
     * @param causeName name of X
     * @param cause X, aligned with effect
     * @param effectName name of Y
     * @param effect Y
     * @param lag p ≥ 1, the tested cause lags
     * @param extraLags d ≥ 0 (Toda–Yamamoto's d_max; 0 for the standard test)
     * @param timeKeys consecutive integer periods, or null for row positions
     * @param method residual or leveraged bootstrap
     * @param options replications B, seed, threads
     * @param monitor progress and cancellation
     * @return the bootstrap inference; its table p-value is the F (standard) or χ² (Toda–Yamamoto) p-value, its
     *         {@link SimulatedInference#decision()} is at 5% (use {@link SimulatedInference#rejectsNull(double)}
     *         for another level)
     * @throws IllegalArgumentException for the bad input that {@link GrangerCausality#todaYamamoto} rejects, or
     *         a null method, options or monitor
     * @throws org.tradeecon.knime.engine.simulation.SimulationCancelledException when cancelled
     */
    public static SimulatedInference test(final String causeName, final double[] cause, final String effectName,
        final double[] effect, final int lag, final int extraLags, final long[] timeKeys, final Method method,
        final SimulationOptions options, final SimulationMonitor monitor) {
        OptionChecks.notNull(method, "the bootstrap method");
        OptionChecks.notNull(options, "the simulation options");
        GrangerCausality.Pair s = GrangerCausality.align(causeName, cause, effectName, effect, timeKeys);
        GrangerResult observed = GrangerCausality.run(causeName, effectName, s, lag, extraLags);
        Restricted null0 = new Restricted(s.cause(), s.effect(), lag, extraLags, method);
        NullDistribution d = new NullDistribution(MonteCarlo.run(options, monitor, () -> new Replication(null0)),
            options.seed());
        boolean ty = extraLags > 0;
        SimulatedInference.Builder b = new SimulatedInference.Builder(ty ? "Toda-Yamamoto Wald" : "Granger F",
            method.description(), ty ? observed.waldChiSquared() : observed.fStatistic(),
            SimulatedInference.Tail.UPPER, ty ? observed.waldPValue() : observed.fPValue(),
            observed.nullHypothesis()).sample(observed.observations(), lag, 0.05);
        b.convention("bootstrap DGP", effectName + " rebuilt recursively from the restricted model (constant, "
            + (lag + extraLags) + " own lags" + (ty ? ", " + extraLags + " untested lags of " + causeName : "")
            + "), initial values observed; " + causeName + " held at its observed values");
        b.convention("table p-value", ty ? "chi-squared with " + lag + " df" : "F with (" + lag + ", "
            + observed.denominatorDf() + ") df");
        return b.build(d);
    }

    /** The restricted model on the test's sample: coefficients, leverages and the residuals to resample. */
    static final class Restricted {
        final double[] cause;
        final double[] effect;
        final int lag;
        final int total;
        /** Constant, own lags 1..p+d, cause lags p+1..p+d. */
        final double[] coefficients;
        final double[] leverages;
        /** The residuals, modified by the method and centred. */
        final double[] residuals;

        Restricted(final double[] cause, final double[] effect, final int lag, final int extra,
            final Method method) {
            this.cause = cause;
            this.effect = effect;
            this.lag = lag;
            this.total = lag + extra;
            double[][] design = restrictedDesign(cause, effect, lag, total);
            HouseholderQr qr = new HouseholderQr(design);
            double[] y = GrangerCausality.lagged(effect, 0, total);
            coefficients = qr.solve(y);
            double[][] inv = qr.inverseCrossProduct();
            int n = y.length;
            int k = design.length;
            residuals = new double[n];
            leverages = new double[n];
            double mean = 0.0;
            for (int i = 0; i < n; i++) {
                double e = y[i];
                double h = 0.0;
                for (int a = 0; a < k; a++) {
                    e -= coefficients[a] * design[a][i];
                    for (int c = 0; c < k; c++) {
                        h += design[a][i] * inv[a][c] * design[c][i];
                    }
                }
                if (method == Method.LEVERAGED && !(h < 1.0 - 1e-10)) {
                    throw new IllegalArgumentException("The leveraged bootstrap needs every leverage below 1, but"
                        + " observation " + (i + 1) + " of the restricted model has leverage " + h
                        + " (it is fitted exactly). Use the residual bootstrap.");
                }
                leverages[i] = h;
                residuals[i] = method == Method.LEVERAGED ? e / Math.sqrt(1.0 - h) : e;
                mean += residuals[i];
            }
            mean /= n;
            for (int i = 0; i < n; i++) {
                residuals[i] -= mean;
            }
        }
    }

    /** Constant, effect lags 1..total and the untested cause lags lag+1..total; then room for lags 1..lag. */
    private static double[][] restrictedDesign(final double[] cause, final double[] effect, final int lag,
        final int total) {
        int n = effect.length - total;
        double[][] d = new double[1 + 2 * total - lag][];
        d[0] = new double[n];
        java.util.Arrays.fill(d[0], 1.0);
        for (int l = 1; l <= total; l++) {
            d[l] = GrangerCausality.lagged(effect, l, total);
        }
        for (int l = lag + 1; l <= total; l++) {
            d[l + total - lag] = GrangerCausality.lagged(cause, l, total);
        }
        return d;
    }

    /** One worker's bootstrap sample and design (its own copies: HouseholderQr reads, never writes them). */
    private static final class Replication implements MonteCarlo.Replication {
        private final Restricted r;
        private final double[] yStar;
        private final double[] response;
        private final double[][] design;
        private final int n;
        private final int k;
        private final double scale;

        Replication(final Restricted r) {
            this.r = r;
            yStar = r.effect.clone();
            n = r.effect.length - r.total;
            k = 1 + 2 * r.total;
            response = new double[n];
            double[][] restricted = restrictedDesign(r.cause, r.effect, r.lag, r.total);
            design = new double[k][];
            System.arraycopy(restricted, 0, design, 0, restricted.length);
            for (int l = 1; l <= r.lag; l++) {
                design[restricted.length + l - 1] = GrangerCausality.lagged(r.cause, l, r.total);
            }
            scale = r.total > r.lag ? r.lag : 1.0; // Wald = p·F for Toda-Yamamoto
        }

        @Override
        public double next(final SplittableRandom random) {
            double[] b = r.coefficients;
            int total = r.total;
            for (int t = total; t < yStar.length; t++) {
                double v = b[0] + r.residuals[random.nextInt(n)];
                for (int l = 1; l <= total; l++) {
                    v += b[l] * yStar[t - l];
                }
                for (int l = r.lag + 1; l <= total; l++) {
                    v += b[l + total - r.lag] * r.cause[t - l];
                }
                yStar[t] = v;
            }
            for (int l = 1; l <= total; l++) {
                System.arraycopy(yStar, total - l, design[l], 0, n);
            }
            System.arraycopy(yStar, total, response, 0, n);
            HouseholderQr qr = new HouseholderQr(design);
            if (qr.rank() < k) {
                return Double.NaN; // rejected by NullDistribution with a message
            }
            double[] ssr = qr.prefixResidualSumsOfSquares(response);
            double f = (ssr[k - r.lag] - ssr[k]) / r.lag / (ssr[k] / (n - k));
            return scale * f;
        }
    }
}
