package org.tradeecon.knime.engine.unitroot;

import org.tradeecon.knime.engine.linalg.HouseholderQr;

/**
 * The ADF regressions for every candidate lag k = 0..p on the common sample of the maximum lag p, from ONE
 * decomposition of the max-lag design. The columns are ordered [deterministic terms, y_{t−1}, Δy_{t−1}, ...,
 * Δy_{t−p}], so the model with k lags is the prefix of the first r + 1 + k columns; one triangular factor of
 * the design gives the residual sum of squares of every prefix and the t statistic of each prefix's last
 * column (t = (Q'y)_j / σ_j, since R is triangular).
 *
 * <p>Default path: {@link CrossProducts} (one O(N·p) pass and a Cholesky factor). When the cross products are
 * ill-conditioned, or when forced, Householder QR of the explicit max-lag design ({@link HouseholderQr}).
 */
final class NestedLagFits {

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
    /**
     * The factored max-lag cross products (null on the QR path): the final regression reuses them when the chosen
     * lag is the maximum on the same sample. They live in the workspace and are valid until it is used again.
     */
    CrossProducts factor;

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
        final CrossProducts.Workspace w) {
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
        final CrossProducts.Workspace w) {
        CrossProducts cp = CrossProducts.factor(y, p, p, det, w);
        if (cp == null) {
            return null;
        }
        final int nt = cp.nt;
        final int m = cp.m;
        final int rows = cp.rows;
        NestedLagFits f = new NestedLagFits(rows, p, false);
        f.factor = cp;
        double ys = cp.scale[m];
        // Walk from the max-lag model down: dropping a column adds its squared projection to the RSS.
        double tail = cp.responsePivot;
        int rank = cp.keptCount;
        int ri = cp.keptCount - 1;
        for (int k = p; k >= 0; k--) {
            int last = nt + k; // last column of the k-lag model
            while (ri >= 0 && cp.kept[ri] > last) {
                double z = cp.r(cp.kept[ri], m);
                tail += z * z;
                ri--;
                rank--;
            }
            f.rss[k] = tail * ys * ys;
            f.rank[k] = rank;
            if (ri >= 0 && cp.kept[ri] == last) {
                f.lastAbsT[k] = Math.abs(cp.r(last, m) * ys) / Math.sqrt(f.rss[k] / (rows - rank));
            }
        }
        return f;
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
