package org.tradeecon.knime.engine.unitroot;

import org.tradeecon.knime.engine.regression.HouseholderQr;

/**
 * The ADF regressions for every candidate lag k = 0..p on the common sample of the maximum lag p, from ONE
 * decomposition of the max-lag design. The columns are ordered [deterministic terms, y_{t−1}, Δy_{t−1}, ...,
 * Δy_{t−p}], so the model with k lags is the prefix of the first r + 1 + k columns; one triangular factor of
 * the design gives the residual sum of squares of every prefix and the t statistic of each prefix's last
 * column (t = (Q'y)_j / σ_j, since R is triangular).
 *
 * <p>Default path: the cross products of [X, Δy] are built in one O(N·p) pass — the lagged-difference block is
 * Toeplitz up to the ends of the sample, so each diagonal is one dot product followed by O(1) updates — and
 * factored by Cholesky after scaling every column to unit length. The deterministic terms are represented by
 * an orthogonal-polynomial basis (1, τ, (3τ² − 1)/2 with τ in [−1, 1]) and the level is shifted by a sample
 * value when a constant is present; these span the same column space, so the residual sums of squares are
 * unchanged while the conditioning improves. When a scaled pivot shows that the cross products lose too many
 * digits (a regressor almost in the span of the earlier ones, or R² close to 1) the search falls back to
 * Householder QR of the explicit design ({@link HouseholderQr}).
 */
final class NestedLagFits {

    /** Smallest acceptable scaled Cholesky pivot (squared sine of the angle to the earlier columns). */
    static final double CROSS_PRODUCT_PIVOT_LIMIT = 1e-6;

    /** Reusable buffers, one per thread (batch runs). */
    static final class Workspace {
        double[] diff = new double[0];
        double[] gram = new double[0];
        double[] scale = new double[0];
        int[] kept = new int[0];

        double[] diff(final int n) {
            if (diff.length < n) {
                diff = new double[n];
            }
            return diff;
        }

        double[] gram(final int size) {
            if (gram.length < size) {
                gram = new double[size];
            } else {
                java.util.Arrays.fill(gram, 0, size, 0.0);
            }
            return gram;
        }

        void ensure(final int dim) {
            if (scale.length < dim) {
                scale = new double[dim];
                kept = new int[dim];
            }
        }
    }

    /** Observations in the common sample, N = n − 1 − p. */
    final int rows;
    /** Residual sum of squares by lag k = 0..p. */
    final double[] rss;
    /** Number of linearly independent regressors by lag. */
    final int[] rank;
    /** |t| of the last regressor of each lag's model (y_{t−1} for k = 0); 0 when that column is aliased. */
    final double[] lastAbsT;
    /** Whether the QR path was used. */
    final boolean usedQr;

    private NestedLagFits(final int rows, final int p, final boolean usedQr) {
        this.rows = rows;
        this.rss = new double[p + 1];
        this.rank = new int[p + 1];
        this.lastAbsT = new double[p + 1];
        this.usedQr = usedQr;
    }

    /**
     * @param y the series in levels (finite, gap-free), length n with n − 1 − p &gt; r + 1 + p
     * @param p maximum lag
     * @param det deterministic terms
     * @param forceQr use QR even when the cross products are well-conditioned
     * @param w buffers
     * @return the nested fits
     */
    static NestedLagFits compute(final double[] y, final int p, final Deterministic det, final boolean forceQr,
        final Workspace w) {
        if (!forceQr) {
            NestedLagFits f = fromCrossProducts(y, p, det, w);
            if (f != null) {
                return f;
            }
        }
        return fromQr(y, p, det);
    }

    // ---- cross-product path ----

    private static NestedLagFits fromCrossProducts(final double[] y, final int p, final Deterministic det,
        final Workspace w) {
        final int n = y.length;
        final int nt = det.termCount();
        final int m = nt + 1 + p; // regressors of the max-lag model
        final int dim = m + 1; // plus the response
        final int rows = n - 1 - p;
        double[] d = w.diff(n - 1);
        for (int s = 0; s < n - 1; s++) {
            d[s] = y[s + 1] - y[s];
        }
        double[] g = w.gram(dim * dim);
        crossProducts(y, d, p, nt, g);
        w.ensure(dim);
        double[] scale = w.scale;
        int[] kept = w.kept;
        boolean[] aliased = new boolean[m];
        for (int c = 0; c < dim; c++) {
            double gc = g[c * dim + c];
            scale[c] = gc > 0.0 ? Math.sqrt(gc) : 1.0;
            if (c < m && gc == 0.0) {
                aliased[c] = true; // a zero column (e.g. a flat stretch in the differences), as in HouseholderQr
            }
        }
        for (int a = 0; a < dim; a++) {
            for (int b = a; b < dim; b++) {
                g[a * dim + b] /= scale[a] * scale[b];
            }
        }
        // In-order Cholesky of the scaled matrix (upper triangle), skipping columns already in the span.
        int nKept = 0;
        double responsePivot = 0.0;
        for (int c = 0; c < dim; c++) {
            if (c < m && aliased[c]) {
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
            if (c == m) {
                responsePivot = piv;
            } else {
                if (piv < CROSS_PRODUCT_PIVOT_LIMIT) {
                    return null; // nearly collinear: leave it to QR, which also detects exact aliasing
                }
                g[c * dim + c] = Math.sqrt(piv);
                kept[nKept++] = c;
            }
        }
        if (responsePivot < CROSS_PRODUCT_PIVOT_LIMIT) {
            return null; // R² too close to 1 for cross products
        }
        NestedLagFits f = new NestedLagFits(rows, p, false);
        double ys = scale[m];
        // tail[c]: scaled squared projections of the response on kept columns >= c, plus the full-model RSS.
        double tail = responsePivot;
        int rankAll = nKept;
        int ri = nKept - 1;
        for (int k = p; k >= 0; k--) {
            int last = nt + k; // last column of the k-lag model
            // remove columns beyond the k-lag model from the model (add their projections to the RSS)
            while (ri >= 0 && kept[ri] > last) {
                double z = g[kept[ri] * dim + m];
                tail += z * z;
                ri--;
                rankAll--;
            }
            f.rss[k] = tail * ys * ys;
            f.rank[k] = rankAll;
            if (!aliased[last] && ri >= 0 && kept[ri] == last) {
                double z = g[last * dim + m] * ys;
                f.lastAbsT[k] = Math.abs(z) / Math.sqrt(f.rss[k] / (rows - rankAll));
            }
        }
        return f;
    }

    /**
     * Fills the upper triangle of g (dim × dim, row-major) with the cross products of the columns [f_0..f_{nt−1},
     * level, Δy_{t−1}..Δy_{t−p}, Δy_t] over rows j = p..n−2 (j indexes the differences d_j = y_{j+1} − y_j).
     */
    private static void crossProducts(final double[] y, final double[] d, final int p, final int nt,
        final double[] g) {
        final int n = y.length;
        final int m = nt + 1 + p;
        final int dim = m + 1;
        final int lo = p;
        final int hi = n - 2;
        // lag-lag block (lag 0 = response): G[i][i+h] = sum_{s = lo-i}^{hi-i} d_s d_{s-h}
        for (int h = 0; h <= p; h++) {
            double v = dot(d, lo, hi, h);
            set(g, dim, lagColumn(0, nt, m), lagColumn(h, nt, m), v);
            for (int i = 0; i + h < p; i++) {
                v += d[lo - i - 1] * d[lo - i - 1 - h] - d[hi - i] * d[hi - i - h];
                set(g, dim, lagColumn(i + 1, nt, m), lagColumn(i + 1 + h, nt, m), v);
            }
        }
        // Deterministic basis on rows: tau_j = (j - cj)/hw in [-1, 1].
        final double cj = (lo + hi) / 2.0;
        final double hw = Math.max(1.0, (hi - lo) / 2.0);
        final double shift = nt > 0 ? y[lo] : 0.0;
        final int level = nt;
        // Small block: deterministic terms and level with each other, directly.
        double[] f = new double[nt + 1];
        for (int j = lo; j <= hi; j++) {
            double tau = (j - cj) / hw;
            basis(tau, nt, f);
            f[nt] = y[j] - shift;
            for (int a = 0; a <= nt; a++) {
                for (int b = a; b <= nt; b++) {
                    g[a * dim + b] += f[a] * f[b];
                }
            }
        }
        // Deterministic terms and level with each lag i: sliding sums over the window s in [lo - i, hi - i].
        // With u_s = s - c0, c0 = (n-2)/2, and a_i = i - p/2: tau(s + i) = (u_s + a_i)/hw.
        final double c0 = (n - 2) / 2.0;
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
            if (i > 0) { // window moves from [lo-i+1, hi-i+1] to [lo-i, hi-i]
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
                g[col(0, col, dim)] = s0;
            }
            if (nt >= 2) {
                g[col(1, col, dim)] = (s1 + a * s0) / hw;
            }
            if (nt >= 3) {
                double tau2 = (s2 + 2.0 * a * s1 + a * a * s0) / (hw * hw);
                g[col(2, col, dim)] = 1.5 * tau2 - 0.5 * s0;
            }
            // level y_j = y_{j-i} + d_{j-1} + ... + d_{j-i}
            double v = lev;
            for (int k = 1; k <= i; k++) {
                v += get(g, dim, lagColumn(k, nt, m), col);
            }
            g[col(level, col, dim)] = v;
        }
    }

    private static int col(final int row, final int column, final int dim) {
        return row * dim + column;
    }

    /** Column index of lag i (0 = the response Δy_t, stored last). */
    private static int lagColumn(final int i, final int nt, final int m) {
        return i == 0 ? m : nt + i;
    }

    private static void set(final double[] g, final int dim, final int a, final int b, final double v) {
        g[Math.min(a, b) * dim + Math.max(a, b)] = v;
    }

    private static double get(final double[] g, final int dim, final int a, final int b) {
        return g[Math.min(a, b) * dim + Math.max(a, b)];
    }

    /** Orthogonal-polynomial basis 1, tau, (3 tau² − 1)/2 (first nt of them). */
    private static void basis(final double tau, final int nt, final double[] f) {
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

    /** sum_{j=lo}^{hi} d_j d_{j-h}, four accumulators for instruction-level parallelism. */
    static double dot(final double[] d, final int lo, final int hi, final int h) {
        double a0 = 0.0;
        double a1 = 0.0;
        double a2 = 0.0;
        double a3 = 0.0;
        int j = lo;
        for (; j + 3 <= hi; j += 4) {
            a0 += d[j] * d[j - h];
            a1 += d[j + 1] * d[j + 1 - h];
            a2 += d[j + 2] * d[j + 2 - h];
            a3 += d[j + 3] * d[j + 3 - h];
        }
        for (; j <= hi; j++) {
            a0 += d[j] * d[j - h];
        }
        return (a0 + a1) + (a2 + a3);
    }

    // ---- QR path ----

    private static NestedLagFits fromQr(final double[] y, final int p, final Deterministic det) {
        int n = y.length;
        int rows = n - 1 - p;
        double[][] cols = AdfDesign.columns(y, p, p, det, true);
        double[] response = AdfDesign.response(y, p);
        HouseholderQr qr = new HouseholderQr(cols);
        double[] qty = qr.rotate(response);
        double[] tail = new double[rows + 1];
        for (int i = rows - 1; i >= 0; i--) {
            tail[i] = tail[i + 1] + qty[i] * qty[i];
        }
        NestedLagFits f = new NestedLagFits(rows, p, true);
        int nt = det.termCount();
        int rank = 0;
        for (int c = 0; c < cols.length; c++) {
            if (!qr.isAliased(c)) {
                rank++;
            }
            int k = c - nt; // the model with k lags ends at column nt + k
            if (k >= 0) {
                f.rss[k] = tail[rank];
                f.rank[k] = rank;
                if (!qr.isAliased(c)) {
                    f.lastAbsT[k] = Math.abs(qty[rank - 1]) / Math.sqrt(tail[rank] / (rows - rank));
                }
            }
        }
        return f;
    }
}
