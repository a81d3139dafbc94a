package org.tradeecon.knime.engine.simulation;

import java.util.Arrays;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The simulated distribution of a statistic under the null hypothesis: R draws, sorted, with the seed that
 * produced them. Immutable.
 *
 * <ul>
 * <li>p-values: (1 + #{s_sim ≤ s}) / (R + 1) for a test that rejects for small values (lower tail, e.g. ADF τ),
 * (1 + #{s_sim ≥ s}) / (R + 1) for large values (upper tail, e.g. KPSS, F). This is the standard Monte Carlo
 * p-value (e.g. Davison and Hinkley 1997, ch. 4): it counts the observed statistic as one draw, so it lies in
 * [1/(R + 1), 1], and a test that rejects when p ≤ α has size exactly α under the null whenever α(R + 1) is an
 * integer.</li>
 * <li>quantiles: Commons Math's {@link Percentile} default estimator, the order statistic at position p(R + 1)
 * interpolated linearly (Hyndman and Fan's type 6).</li>
 * </ul>
 */
public final class NullDistribution {

    private final double[] sorted;
    private final long seed;
    private final Percentile percentile = new Percentile();

    /**
     * @param draws the simulated statistics (not modified)
     * @param seed the seed that produced them
     * @throws IllegalStateException when a draw is NaN or infinite (the simulated regression failed)
     */
    public NullDistribution(final double[] draws, final long seed) {
        for (int i = 0; i < draws.length; i++) {
            if (!Double.isFinite(draws[i])) {
                throw new IllegalStateException("Simulated statistic number " + (i + 1) + " is " + draws[i]
                    + "; the simulated regression failed.");
            }
        }
        sorted = draws.clone();
        Arrays.sort(sorted);
        this.seed = seed;
        percentile.setData(sorted);
    }

    /** @return R, the number of draws */
    public int replications() {
        return sorted.length;
    }

    /** @return the seed that produced the draws */
    public long seed() {
        return seed;
    }

    /**
     * @param statistic the observed statistic (finite)
     * @return (1 + #{s_sim ≤ statistic}) / (R + 1), in (0, 1]
     */
    public double lowerTailPValue(final double statistic) {
        requireFinite(statistic);
        return (1.0 + count(statistic, true)) / (sorted.length + 1.0);
    }

    /**
     * @param statistic the observed statistic (finite)
     * @return (1 + #{s_sim ≥ statistic}) / (R + 1), in (0, 1]
     */
    public double upperTailPValue(final double statistic) {
        requireFinite(statistic);
        return (1.0 + sorted.length - count(statistic, false)) / (sorted.length + 1.0);
    }

    /**
     * @param p a probability in (0, 1)
     * @return the p-quantile (type 6)
     * @throws IllegalArgumentException when p is outside (0, 1)
     */
    public double quantile(final double p) {
        if (!(p > 0.0 && p < 1.0)) {
            throw new IllegalArgumentException("The quantile's probability must be in (0, 1), got " + p + ".");
        }
        return percentile.evaluate(100.0 * p);
    }

    /** @return a copy of the sorted draws */
    public double[] sortedDraws() {
        return sorted.clone();
    }

    private static void requireFinite(final double statistic) {
        if (!Double.isFinite(statistic)) {
            throw new IllegalArgumentException("The observed statistic must be finite, got " + statistic + ".");
        }
    }

    /** #{s_sim ≤ x} (inclusive) or #{s_sim &lt; x}, by binary search. */
    private int count(final double x, final boolean inclusive) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x || inclusive && sorted[mid] == x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
