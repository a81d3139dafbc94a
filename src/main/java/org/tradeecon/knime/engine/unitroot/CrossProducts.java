package org.tradeecon.knime.engine.unitroot;

import java.util.Arrays;

/**
 * Cross products of the ADF design [f_1..f_r, y_{t−1}, Δy_{t−1}, ..., Δy_{t−p}, Δy_t] over the rows
 * j = start..n−2 (j indexes the differences d_j = y_{j+1} − y_j), built in one O(N·p) pass, scaled to unit
 * diagonal and factored by Cholesky in column order.
 *
 * <p>Why it is fast: the lagged-difference block is Toeplitz up to the ends of the sample, so each of its
 * diagonals is one dot product followed by O(1) corrections; the deterministic terms and the level are
 * obtained from sliding window sums (the level through y_j = y_{j−i} + d_{j−1} + ... + d_{j−i}).
 *
 * <p>Why it is accurate enough: the deterministic terms are represented by the orthogonal-polynomial basis
 * 1, τ, (3τ² − 1)/2 with τ in [−1, 1] over the sample, and the level is shifted by y_start when a constant is
 * present; this spans the same column space as (1, t, t²) and y_{t−1}, so fitted values and the coefficients of
 * y_{t−1} and the lags are unchanged, while the conditioning improves. {@link #factor} refuses (returns null)
 * when a scaled pivot falls below {@link #PIVOT_LIMIT}, i.e. when a regressor is within an angle of
 * about 1e-3 of the span of the earlier ones or R² exceeds 1 − 1e-6; the callers then use Householder QR.
 */
final class CrossProducts {

    /** Smallest acceptable scaled Cholesky pivot (squared sine of the angle to the earlier columns). */
    static final double PIVOT_LIMIT = 1e-6;

    /** Reusable buffers, one per thread (batch runs). */
    static final class Workspace {
        double[] diff = new double[0];
        double[] gram = new double[0];
        double[] scale = new double[0];
        int[] kept = new int[0];
        boolean[] aliased = new boolean[0];
        /** R^{-1} of the final regression (m × m, row-major). */
        double[] inverse = new double[0];
        /** The final regression's solution, one design row, X'r and the refinement step (m each). */
        double[] solution = new double[0];
        double[] row = new double[0];
        double[] rowTimesResidual = new double[0];
        double[] correction = new double[0];

        void ensure(final int n, final int dim) {
            if (diff.length < n) {
                diff = new double[n];
            }
            if (gram.length < dim * dim) {
                gram = new double[dim * dim];
            } else {
                Arrays.fill(gram, 0, dim * dim, 0.0);
            }
            if (inverse.length < dim * dim) {
                inverse = new double[dim * dim];
            }
            if (solution.length < dim) {
                solution = new double[dim];
                row = new double[dim];
                rowTimesResidual = new double[dim];
                correction = new double[dim];
            }
            if (scale.length < dim) {
                scale = new double[dim];
                kept = new int[dim];
                aliased = new boolean[dim];
            }
        }
    }

    final int nt;
    final int lags;
    final int start;
    final int rows;
    /** Number of regressors (columns before the response). */
    final int m;
    final int dim;
    /** Scaled, factored matrix: R in the upper triangle of the kept columns (row-major, dim × dim). */
    final double[] g;
    final double[] scale;
    final int[] kept;
    final int keptCount;
    final boolean[] aliased;
    /** Scaled squared residual norm of the full model. */
    final double responsePivot;
    /** The first differences (workspace buffer). */
    final double[] d;
    /** Centre and half-width of the deterministic basis in row units, and the level shift. */
    final double centre;
    final double halfWidth;
    final double shift;
    /** The buffers (the final regression's scratch arrays among them), valid until they are used again. */
    final Workspace workspace;

    private CrossProducts(final int nt, final int lags, final int start, final int rows, final double[] g,
        final double[] scale, final int[] kept, final int keptCount, final boolean[] aliased,
        final double responsePivot, final double[] d, final double centre, final double halfWidth,
        final double shift, final Workspace workspace) {
        this.nt = nt;
        this.lags = lags;
        this.start = start;
        this.rows = rows;
        this.m = nt + 1 + lags;
        this.dim = m + 1;
        this.g = g;
        this.scale = scale;
        this.kept = kept;
        this.keptCount = keptCount;
        this.aliased = aliased;
        this.responsePivot = responsePivot;
        this.d = d;
        this.centre = centre;
        this.halfWidth = halfWidth;
        this.shift = shift;
        this.workspace = workspace;
    }

    /**
     * @param y the series in levels
     * @param lags p, the number of lagged differences
     * @param start first row (≥ p)
     * @param det deterministic terms
     * @param w buffers (the result refers to them until w is used again)
     * @return the factored cross products, or null when they are too ill-conditioned to be trusted
     */
    static CrossProducts factor(final double[] y, final int lags, final int start, final Deterministic det,
        final Workspace w) {
        final int n = y.length;
        final int nt = det.termCount();
        final int m = nt + 1 + lags;
        final int dim = m + 1;
        w.ensure(n - 1, dim);
        double[] d = w.diff;
        for (int s = 0; s < n - 1; s++) {
            d[s] = y[s + 1] - y[s];
        }
        double[] g = w.gram;
        final int lo = start;
        final int hi = n - 2;
        final double cj = (lo + hi) / 2.0;
        final double hw = Math.max(1.0, (hi - lo) / 2.0);
        final double shift = nt > 0 ? y[lo] : 0.0;
        build(y, d, lags, lo, hi, nt, cj, hw, shift, g);

        double[] scale = w.scale;
        boolean[] aliased = w.aliased;
        int[] kept = w.kept;
        for (int c = 0; c < dim; c++) {
            double gc = g[c * dim + c];
            scale[c] = gc > 0.0 ? Math.sqrt(gc) : 1.0;
            aliased[c] = c < m && gc == 0.0; // a zero column (a flat stretch), as HouseholderQr treats it
        }
        for (int a = 0; a < dim; a++) {
            for (int b = a; b < dim; b++) {
                g[a * dim + b] /= scale[a] * scale[b];
            }
        }
        int nKept = 0;
        double responsePivot = 0.0;
        for (int c = 0; c < dim; c++) {
            if (aliased[c]) {
                continue;
            }
            for (int ri = 0; ri < nKept; ri++) {
                int r = kept[ri];
                double s = g[r * dim + c];
                for (int qi = 0; qi < ri; qi++) {
                    int q = kept[qi];
                    s -= g[q * dim + r] * g[q * dim + c];
                }
                g[r * dim + c] = s / g[r * dim + r];
            }
            double piv = g[c * dim + c];
            for (int ri = 0; ri < nKept; ri++) {
                double v = g[kept[ri] * dim + c];
                piv -= v * v;
            }
            if (piv < PIVOT_LIMIT) {
                return null; // nearly collinear, or R² close to 1: leave it to QR
            }
            if (c == m) {
                responsePivot = piv;
            } else {
                g[c * dim + c] = Math.sqrt(piv);
                kept[nKept++] = c;
            }
        }
        return new CrossProducts(nt, lags, start, n - 1 - start, g, scale, kept, nKept, aliased, responsePivot, d,
            cj, hw, shift, w);
    }

    /** Scaled entry (r, c) of the factor / the response column. */
    double r(final int row, final int col) {
        return g[row * dim + col];
    }

    /** Column index of lag i (0 = the response Δy_t, stored last). */
    private static int lagColumn(final int i, final int nt, final int m) {
        return i == 0 ? m : nt + i;
    }

    private static int at(final int a, final int b, final int dim) {
        return Math.min(a, b) * dim + Math.max(a, b);
    }

    /** Fills the upper triangle of g with the unscaled cross products. */
    private static void build(final double[] y, final double[] d, final int p, final int lo, final int hi,
        final int nt, final double cj, final double hw, final double shift, final double[] g) {
        final int m = nt + 1 + p;
        final int dim = m + 1;
        // lag-lag block: G[i][i+h] = sum_{s = lo-i}^{hi-i} d_s d_{s-h}; walk each diagonal down
        double[] first = autocrossProducts(d, lo, hi, p);
        for (int h = 0; h <= p; h++) {
            double v = first[h];
            g[at(lagColumn(0, nt, m), lagColumn(h, nt, m), dim)] = v;
            for (int i = 0; i + h < p; i++) {
                v += d[lo - i - 1] * d[lo - i - 1 - h] - d[hi - i] * d[hi - i - h];
                g[at(lagColumn(i + 1, nt, m), lagColumn(i + 1 + h, nt, m), dim)] = v;
            }
        }
        // deterministic terms and level with each other, directly
        double[] f = new double[nt + 1];
        for (int j = lo; j <= hi; j++) {
            basis((j - cj) / hw, nt, f);
            f[nt] = y[j] - shift;
            for (int a = 0; a <= nt; a++) {
                for (int b = a; b <= nt; b++) {
                    g[a * dim + b] += f[a] * f[b];
                }
            }
        }
        // deterministic terms and level with lag i: sliding sums over the window s in [lo - i, hi - i].
        // With u_s = s - c0, c0 = cj - p/2 and a_i = i - p/2: tau(s + i) = (u_s + a_i)/hw.
        final double c0 = cj - p / 2.0;
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double lev = 0.0;
        for (int s = lo; s <= hi; s++) {
            double u = s - c0;
            s0 += d[s];
            s1 += u * d[s];
            s2 += u * u * d[s];
            lev += (y[s] - shift) * d[s];
        }
        for (int i = 0; i <= p; i++) {
            if (i > 0) { // the window moves from [lo-i+1, hi-i+1] to [lo-i, hi-i]
                int in = lo - i;
                int out = hi - i + 1;
                double uIn = in - c0;
                double uOut = out - c0;
                s0 += d[in] - d[out];
                s1 += uIn * d[in] - uOut * d[out];
                s2 += uIn * uIn * d[in] - uOut * uOut * d[out];
                lev += (y[in] - shift) * d[in] - (y[out] - shift) * d[out];
            }
            int col = lagColumn(i, nt, m);
            double a = i - p / 2.0;
            if (nt >= 1) {
                g[at(0, col, dim)] = s0;
            }
            if (nt >= 2) {
                g[at(1, col, dim)] = (s1 + a * s0) / hw;
            }
            if (nt >= 3) {
                double tau2 = (s2 + 2.0 * a * s1 + a * a * s0) / (hw * hw);
                g[at(2, col, dim)] = 1.5 * tau2 - 0.5 * s0;
            }
            double v = lev; // level y_j = y_{j-i} + d_{j-1} + ... + d_{j-i}
            for (int k = 1; k <= i; k++) {
                v += g[at(lagColumn(k, nt, m), col, dim)];
            }
            g[at(nt, col, dim)] = v;
        }
    }

    /** Orthogonal-polynomial basis 1, tau, (3 tau² − 1)/2 (the first nt of them). */
    static void basis(final double tau, final int nt, final double[] f) {
        if (nt >= 1) {
            f[0] = 1.0;
        }
        if (nt >= 2) {
            f[1] = tau;
        }
        if (nt >= 3) {
            f[2] = 1.5 * tau * tau - 0.5;
        }
    }

    /** Above this many multiply-adds the lagged products are spread over the common fork-join pool. */
    private static final long PARALLEL_WORK = 20_000_000L;

    /**
     * sum_{j=lo}^{hi} d_j d_{j-h} for h = 0..p. Four lags per pass over the data (one load of d_j serves four
     * independent accumulators), blocks of lags in parallel for long series.
     */
    static double[] autocrossProducts(final double[] d, final int lo, final int hi, final int p) {
        double[] out = new double[p + 1];
        int blocks = p / 4 + 1;
        if ((long)(hi - lo + 1) * (p + 1) > PARALLEL_WORK) {
            java.util.stream.IntStream.range(0, blocks).parallel()
                .forEach(b -> dot4(d, lo, hi, 4 * b, Math.min(p, 4 * b + 3), out));
        } else { // short series: a stream costs more than the products
            for (int b = 0; b < blocks; b++) {
                dot4(d, lo, hi, 4 * b, Math.min(p, 4 * b + 3), out);
            }
        }
        return out;
    }

    /** out[h] = sum_{j=lo}^{hi} d_j d_{j-h} for h = h0..h1 (at most four lags). */
    private static void dot4(final double[] d, final int lo, final int hi, final int h0, final int h1,
        final double[] out) {
        double a0 = 0.0;
        double a1 = 0.0;
        double a2 = 0.0;
        double a3 = 0.0;
        if (h1 - h0 == 3) {
            for (int j = lo; j <= hi; j++) {
                double v = d[j];
                int k = j - h0;
                a0 += v * d[k];
                a1 += v * d[k - 1];
                a2 += v * d[k - 2];
                a3 += v * d[k - 3];
            }
            out[h0] = a0;
            out[h0 + 1] = a1;
            out[h0 + 2] = a2;
            out[h0 + 3] = a3;
            return;
        }
        for (int h = h0; h <= h1; h++) {
            double s = 0.0;
            for (int j = lo; j <= hi; j++) {
                s += d[j] * d[j - h];
            }
            out[h] = s;
        }
    }
}
