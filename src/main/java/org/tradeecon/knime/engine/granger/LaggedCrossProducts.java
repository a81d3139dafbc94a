package org.tradeecon.knime.engine.granger;

import org.tradeecon.knime.engine.linalg.NestedCholesky;

/**
 * The lagged cross products of a pair of series (a = the pair's effect, b = its cause), each centred on its
 * mean and scaled by the pair's power of two, accumulated in ONE pass for all lags 0..P: with the window
 * s = P..T−1, A_ab(h) = Σ_s a_s b_{s−h} for the four ordered pairs and h = 0..P, and the sums Σ_s a_s, Σ_s b_s.
 * Any entry of any Granger design on the sample t = lo..T−1 with lags up to P (lo &ge; P's lags) follows from
 * these in O(P): the lagged blocks are Toeplitz up to the ends of the sample, so Σ_t a_{t−i} b_{t−j} is
 * A_ab(j − i) shifted by i rows, i.e. plus the products of the first rows and minus those of the last. Memory
 * O(P) beyond the input arrays; no design matrix.
 *
 * <p>Centring spans the same column space with the constant, so the residual sums of squares are unchanged
 * while the cross products do not lose the digits of the mean. The pass works in blocks of {@value #BLOCK}
 * rows whose partial sums are added to the totals (rounding error about (block + n/block) ulps, not n).
 */
final class LaggedCrossProducts {

    /**
     * The one-pass cross products are used when trace(C^{-1}) of their unit-diagonal matrix (regressors and
     * response) is at most this, i.e. when the smallest eigenvalue is at least 1e-4: the RSS then lose at most
     * about four digits to the rounding of the cross products, keeping ten or more. Above it (near-collinear
     * lags, as in the levels of trending series, or R² near 1) the explicit design goes to Householder QR.
     */
    static final double TRUST_LIMIT = 1e4;

    /** Rows per block of the accumulation. */
    private static final int BLOCK = 1024;
    /** Zeros before each block buffer, so that every lag group of four can be read. */
    private static final int PAD = 3;

    /** Series 0 is the pair's effect, series 1 its cause. */
    private final double[][] raw;
    private final int start;
    private final int length;
    private final int maxLag;
    private final double[] factor;
    private final double[] mean;
    /** products[ab][h] for ab = 0 (a, a), 1 (b, b), 2 (a, b_{−h}), 3 (b, a_{−h}). */
    private final double[][] products;
    private final double[] sums;

    private LaggedCrossProducts(final GrangerCausality.Pair pair, final int maxLag, final double[] factor) {
        this.raw = new double[][] {pair.rawEffect(), pair.rawCause()};
        this.start = pair.start();
        this.length = pair.length();
        this.maxLag = maxLag;
        this.factor = factor;
        this.mean = new double[] {pair.rawEffectSum() * factor[0] / length, pair.rawCauseSum() * factor[1] / length};
        this.products = new double[4][maxLag + 1];
        this.sums = new double[2];
        accumulate();
    }

    /**
     * @param pair the aligned pair
     * @param maxLag P, the largest lag of any design asked for later
     * @return the cross products, or null when a scale factor 2^e is not a normal double (data near the limits
     *         of the double range: the caller uses the explicit, scaled design instead)
     */
    static LaggedCrossProducts of(final GrangerCausality.Pair pair, final int maxLag) {
        double[] factor = {Math.scalb(1.0, pair.effectExp()), Math.scalb(1.0, pair.causeExp())};
        if (Math.abs(pair.effectExp()) > 1000 || Math.abs(pair.causeExp()) > 1000) {
            return null;
        }
        return new LaggedCrossProducts(pair, maxLag, factor);
    }

    /** @return the largest lag the products cover */
    int maxLag() {
        return maxLag;
    }

    /** @return T, the pair's length */
    int length() {
        return length;
    }

    /** Centred, scaled value of series v at row s of the pair. */
    private double value(final int v, final int s) {
        return raw[v][start + s] * factor[v] - mean[v];
    }

    private void accumulate() {
        final int p = maxLag;
        final double[] ra = raw[0];
        final double[] rb = raw[1];
        final double fa = factor[0];
        final double fb = factor[1];
        final double ma = mean[0];
        final double mb = mean[1];
        // block buffers: PAD zeros, the P rows before the block, the block (lags are read in groups of four)
        double[] ca = new double[PAD + p + Math.min(BLOCK, length)];
        double[] cb = new double[ca.length];
        for (int s0 = p; s0 < length; s0 += BLOCK) {
            int len = Math.min(BLOCK, length - s0);
            int from = start + s0 - p;
            for (int j = 0; j < len + p; j++) {
                ca[PAD + j] = ra[from + j] * fa - ma;
                cb[PAD + j] = rb[from + j] * fb - mb;
            }
            double sa = 0.0;
            double sb = 0.0;
            for (int j = PAD + p; j < PAD + p + len; j++) {
                sa += ca[j];
                sb += cb[j];
            }
            sums[0] += sa;
            sums[1] += sb;
            for (int h = 0; h <= p; h++) {
                oneLag(ca, cb, PAD + p, len, h);
            }
        }
    }

    /** Adds the block's products at lag h of the four ordered pairs: four independent sums per row. */
    private void oneLag(final double[] ca, final double[] cb, final int first, final int len, final int h) {
        double aa = 0.0;
        double bb = 0.0;
        double ab = 0.0;
        double ba = 0.0;
        for (int j = first; j < first + len; j++) {
            double a = ca[j];
            double b = cb[j];
            double aLag = ca[j - h];
            double bLag = cb[j - h];
            aa += a * aLag;
            bb += b * bLag;
            ab += a * bLag;
            ba += b * aLag;
        }
        products[0][h] += aa;
        products[1][h] += bb;
        products[2][h] += ab;
        products[3][h] += ba;
    }

    /**
     * Σ_{t=lo}^{T−1} of column (v, i) times column (w, j), where column (v, i) is series v lagged by i and
     * v = −1 is the constant.
     *
     * @param lo first row of the sample, at least max(i, j) and at most P
     */
    double entry(final int v, final int i, final int w, final int j, final int lo) {
        if (v < 0 && w < 0) {
            return length - lo;
        }
        if (v < 0 || w < 0) {
            return sum(v < 0 ? w : v, v < 0 ? j : i, lo);
        }
        if (i > j) {
            return entry(w, j, v, i, lo);
        }
        // Σ_{s=lo-i}^{T-1-i} a_s b_{s-h} with a = series v, b = series w, h = j - i >= 0
        int h = j - i;
        double total = products[pairIndex(v, w)][h];
        for (int s = lo - i; s < maxLag; s++) {
            total += value(v, s) * value(w, s - h);
        }
        for (int s = length - i; s < length; s++) {
            total -= value(v, s) * value(w, s - h);
        }
        return total;
    }

    /**
     * The Cholesky factor of the cross products of the given columns (the last one the response) on the sample
     * t = lo..T−1, or null when they cannot be trusted: not positive definite, or trace(C^{-1}) of their
     * unit-diagonal matrix above {@link #TRUST_LIMIT}.
     *
     * @param series per column, the series (0, 1) or −1 for the constant
     * @param lags per column, the lag
     * @param lo first row of the sample
     */
    NestedCholesky trustedFactor(final int[] series, final int[] lags, final int lo) {
        int dim = series.length;
        double[] gram = new double[dim * dim];
        for (int a = 0; a < dim; a++) {
            for (int b = a; b < dim; b++) {
                gram[a * dim + b] = entry(series[a], lags[a], series[b], lags[b], lo);
            }
        }
        NestedCholesky f = NestedCholesky.factor(gram, dim);
        return f != null && f.inverseTrace() <= TRUST_LIMIT ? f : null;
    }

    /** Σ_{t=lo}^{T−1} of series v lagged by i. */
    private double sum(final int v, final int i, final int lo) {
        double total = sums[v];
        for (int s = lo - i; s < maxLag; s++) {
            total += value(v, s);
        }
        for (int s = length - i; s < length; s++) {
            total -= value(v, s);
        }
        return total;
    }

    private static int pairIndex(final int v, final int w) {
        if (v == w) {
            return v;
        }
        return v == 0 ? 2 : 3;
    }
}
