package org.tradeecon.knime.engine.cointegration;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.tradeecon.knime.engine.simulation.MonteCarlo;
import org.tradeecon.knime.engine.simulation.NullDistribution;
import org.tradeecon.knime.engine.simulation.SimulationMonitor;
import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.tradeecon.knime.engine.timeseries.OptionChecks;

/**
 * Monte Carlo critical value bounds of the ARDL bounds test at the observed sample size, in the way Pesaran, Shin
 * and Smith (2001, section 6) computed their asymptotic ones, but at the T, orders and case of the test instead of
 * T = 1000.
 *
 * <p><b>Null DGP.</b> No level relationship: y_t is a Gaussian random walk (y_t = y_{t−1} + e_t, e iid N(0, 1),
 * no drift), independent of the k regressors. For the <b>lower bound</b> all regressors are I(0), iid N(0, 1) white
 * noises; for the <b>upper bound</b> all are I(1), independent Gaussian random walks. Each simulated system, of the
 * test's n = T + max(p, q) levels, is put through the test's own error-correction regression (same case, same
 * orders p and q held fixed, T rows), and F and t are computed as the test computes them. The bound at level a is
 * the 1 − a quantile of the simulated F (the a quantile of the simulated t, which rejects for negative values).
 * Both statistics are invariant to the innovation variance and, with a constant in the regression, to y_0; as in
 * PSS's tables, the DGP has no drift (case III) and no trend (case V).
 *
 * <p><b>Numerics.</b> F = ((RSS_R − RSS_U)/m) / (RSS_U/(T − r)) and t of y(t−1) come from one Cholesky factor of the
 * cross products with the tested columns last (y(t−1) the very last): with c = R^{−T} X'Δy, RSS_R − RSS_U is the sum
 * of the squared last m entries of c and t = c_r / s. This is the Wald F of the test (classical covariance) in
 * other arithmetic; {@code ArdlBoundsSimulationTest} checks it against statsmodels' {@code bounds_test}.
 */
public final class ArdlBoundsSimulation {

    /** The levels of the bounds, as PSS (2001) tabulate them. */
    public static final double[] LEVELS = PssBounds.LEVELS;

    private ArdlBoundsSimulation() {
    }

    /**
     * Simulated bounds for a bounds-test result, at its T, orders, case and k.
     *
     * @param observed the test result
     * @param options replications (per bound), seed, threads
     * @param monitor progress and cancellation
     * @return the simulated bounds with the decisions of the observed F (and t) at every level
     * @throws IllegalArgumentException when an argument is null
     * @throws org.tradeecon.knime.engine.simulation.SimulationCancelledException when cancelled
     */
    public static SimulatedBounds simulate(final ArdlResult observed, final SimulationOptions options,
        final SimulationMonitor monitor) {
        OptionChecks.notNull(observed, "the ARDL result");
        return simulate(observed.boundsCase(), observed.regressors().size(), observed.p(), observed.q(),
            observed.observations(), observed.fStatistic(), observed.tStatistic().orElse(Double.NaN),
            observed.alpha(), options, monitor);
    }

    /**
     * @param c the case
     * @param k the regressors, 1..{@link PssBounds#MAX_REGRESSORS}
     * @param p lags of y in the ARDL, &ge; 1
     * @param q lags of each regressor, &ge; 1 each (k of them)
     * @param observations T, the rows of the error-correction regression
     * @param f the observed F (NaN for none: the bounds only)
     * @param t the observed t (NaN for none, and in cases II and IV, which have no t bounds)
     * @param alpha the significance level of the decision
     * @param options replications per bound, seed, threads
     * @param monitor progress and cancellation
     * @return the simulated bounds
     * @throws IllegalArgumentException for counts out of range or too few observations for the regression
     */
    public static SimulatedBounds simulate(final BoundsCase c, final int k, final int p, final int[] q,
        final int observations, final double f, final double t, final double alpha, final SimulationOptions options,
        final SimulationMonitor monitor) {
        OptionChecks.notNull(c, "the bounds case");
        OptionChecks.notNull(q, "the regressor lags");
        OptionChecks.notNull(options, "the simulation options");
        OptionChecks.notNull(monitor, "the simulation monitor");
        OptionChecks.count("the number of regressors", k, 1, PssBounds.MAX_REGRESSORS, "");
        OptionChecks.count("the lags of the dependent variable", p, 1, Integer.MAX_VALUE, "");
        if (q.length != k) {
            throw new IllegalArgumentException("Simulated ARDL bounds: " + q.length + " regressor lags for " + k
                + " regressors.");
        }
        for (int qj : q) {
            OptionChecks.count("the lags of a regressor", qj, 1, Integer.MAX_VALUE, "");
        }
        int columns = c.deterministicTerms() + 1 + k + (p - 1) + Arrays.stream(q).sum();
        if (observations <= columns) {
            throw new IllegalArgumentException("Simulated ARDL bounds: the error-correction regression has " + columns
                + " coefficients and needs more than " + columns + " observations, got T = " + observations + ".");
        }
        OptionChecks.significanceLevel(alpha);
        boolean withT = c.hasTBounds();
        NullDistribution[] i0 = run(c, k, p, q, observations, false, withT, options, monitor, 0);
        NullDistribution[] i1 = run(c, k, p, q, observations, true, withT, options, monitor, 1);
        return new SimulatedBounds(c, k, p, q.clone(), observations, f, t, alpha, options, i0, i1);
    }

    /** @return the simulated F (and t) for one order of integration of the regressors; part 0 or 1 of the work */
    private static NullDistribution[] run(final BoundsCase c, final int k, final int p, final int[] q,
        final int observations, final boolean integrated, final boolean withT, final SimulationOptions options,
        final SimulationMonitor monitor, final int part) {
        int parts = withT ? 4 : 2;
        NullDistribution[] out = new NullDistribution[withT ? 2 : 1];
        for (int s = 0; s < out.length; s++) {
            boolean tStat = s == 1;
            int step = part * out.length + s;
            SimulationMonitor m = SimulationMonitor.of(done -> monitor.progress((step + done) / parts),
                monitor::isCancelled);
            // the same seed for F and t: the same simulated systems give both statistics
            double[] draws = MonteCarlo.run(options, m, () -> new Replication(c, k, p, q, observations, integrated,
                tStat));
            out[s] = new NullDistribution(draws, options.seed());
        }
        return out;
    }

    /** One worker's buffers: the levels of y and the regressors. */
    static final class Replication implements MonteCarlo.Replication {
        private final BoundsCase c;
        private final int p;
        private final int[] q;
        private final int start;
        private final boolean integrated;
        private final boolean tStat;
        private final double[] y;
        private final double[][] x;
        private final List<String> names;

        Replication(final BoundsCase c, final int k, final int p, final int[] q, final int observations,
            final boolean integrated, final boolean tStat) {
            this.c = c;
            this.p = p;
            this.q = q;
            this.start = Math.max(p, Arrays.stream(q).max().getAsInt());
            this.integrated = integrated;
            this.tStat = tStat;
            y = new double[observations + start];
            x = new double[k][observations + start];
            String[] n = new String[k];
            Arrays.setAll(n, j -> "x" + (j + 1));
            names = List.of(n);
        }

        @Override
        public double next(final SplittableRandom random) {
            fill(y, true, random);
            for (double[] xj : x) {
                fill(xj, integrated, random);
            }
            return statistics(y, x, names, p, q, c, start)[tStat ? 1 : 0];
        }

        private static void fill(final double[] v, final boolean walk, final SplittableRandom random) {
            double level = 0;
            for (int i = 0; i < v.length; i++) {
                double e = random.nextGaussian();
                level = walk ? level + e : e;
                v[i] = level;
            }
        }
    }

    /**
     * The bounds-test F and t of the error-correction regression of ARDL(p, q) on the rows start..n − 1.
     *
     * @return {F, t}
     * @throws IllegalStateException when the cross products are not positive definite (a degenerate draw)
     */
    static double[] statistics(final double[] y, final double[][] x, final List<String> xNames, final int p,
        final int[] q, final BoundsCase c, final int start) {
        int k = x.length;
        UecmDesign d = UecmDesign.build(y, x, "y", xNames, p, q, c.deterministicTerms(), start);
        int[] tested = ArdlBoundsTest.restricted(d.levelIndex, k, c);
        int r = d.columns.length;
        int m = tested.length;
        // column order: the untested columns, then the tested ones with y(t-1) (at d.levelIndex) last
        int[] order = new int[r];
        boolean[] isTested = new boolean[r];
        for (int i : tested) {
            isTested[i] = true;
        }
        int o = 0;
        for (int i = 0; i < r; i++) {
            if (!isTested[i]) {
                order[o++] = i;
            }
        }
        for (int i : tested) {
            if (i != d.levelIndex) {
                order[o++] = i;
            }
        }
        order[o] = d.levelIndex;
        int rows = d.response.length;
        double[][] xtx = new double[r][r];
        double[] xty = new double[r];
        for (int a = 0; a < r; a++) {
            double[] ca = d.columns[order[a]];
            for (int b = 0; b <= a; b++) {
                double[] cb = d.columns[order[b]];
                double s = 0;
                for (int i = 0; i < rows; i++) {
                    s += ca[i] * cb[i];
                }
                xtx[a][b] = s;
                xtx[b][a] = s;
            }
            double s = 0;
            for (int i = 0; i < rows; i++) {
                s += ca[i] * d.response[i];
            }
            xty[a] = s;
        }
        double yy = 0;
        for (double v : d.response) {
            yy += v * v;
        }
        RealMatrix l;
        try {
            l = new CholeskyDecomposition(MatrixUtils.createRealMatrix(xtx), 1e-12, 1e-14).getL();
        } catch (NonPositiveDefiniteMatrixException e) {
            throw new IllegalStateException("A simulated error-correction regression has collinear columns.", e);
        }
        double[] z = new double[r]; // z = L^-1 X'y
        double explained = 0;
        double testedPart = 0;
        for (int a = 0; a < r; a++) {
            double s = xty[a];
            for (int b = 0; b < a; b++) {
                s -= l.getEntry(a, b) * z[b];
            }
            z[a] = s / l.getEntry(a, a);
            explained += z[a] * z[a];
            if (a >= r - m) {
                testedPart += z[a] * z[a];
            }
        }
        double rss = yy - explained;
        double s2 = rss / (rows - r);
        return new double[]{testedPart / m / s2, z[r - 1] / Math.sqrt(s2)};
    }
}
