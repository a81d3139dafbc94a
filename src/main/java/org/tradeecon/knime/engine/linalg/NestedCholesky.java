package org.tradeecon.knime.engine.linalg;

/**
 * The residual sums of squares of the regressions of the last column of a cross-product matrix on every
 * leading block of the others, from one Cholesky factor: with the columns ordered so that each smaller model is
 * a prefix of the larger ones (nested models), RSS(first m regressors) = (d + Σ_{c &ge; m} r_{c,y}²)·s_y², where
 * d is the last pivot, r_{c,y} the factor's last column and s_y the response's scale.
 *
 * <p>The matrix is first scaled to unit diagonal, so that {@link #inverseTrace()} bounds how far the cross
 * products can be trusted: the relative error of each RSS is about (rounding error of the entries) times
 * trace(C^{-1}) of the scaled matrix of regressors and response. The callers compare it with a limit and fall
 * back to QR of the explicit design above it. Cheap for small k: O(k³) after the cross products.
 */
public final class NestedCholesky {

    private final int k;
    /** Scaled factor R, row-major k × k, upper triangle. */
    private final double[] r;
    /** The columns' scales: the factor of the given matrix is R·diag(scale). */
    private final double[] scale;

    private NestedCholesky(final int k, final double[] r, final double[] scale) {
        this.k = k;
        this.r = r;
        this.scale = scale;
    }

    /**
     * @param gram the cross products of [regressors, response], row-major k × k; only the upper triangle is read
     *        and the array is overwritten
     * @param k the order (regressors + 1)
     * @return the factor, or null when the matrix is not positive definite in floating point (a zero column, an
     *         exact linear dependence or an exact fit)
     */
    public static NestedCholesky factor(final double[] gram, final int k) {
        double[] scale = new double[k];
        for (int c = 0; c < k; c++) {
            double d = gram[c * k + c];
            if (!(d > 0.0) || Double.isInfinite(d)) {
                return null;
            }
            scale[c] = Math.sqrt(d);
        }
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                gram[a * k + b] /= scale[a] * scale[b];
            }
        }
        for (int c = 0; c < k; c++) {
            for (int i = 0; i < c; i++) {
                double s = gram[i * k + c];
                for (int q = 0; q < i; q++) {
                    s -= gram[q * k + i] * gram[q * k + c];
                }
                gram[i * k + c] = s / gram[i * k + i];
            }
            double pivot = gram[c * k + c];
            for (int i = 0; i < c; i++) {
                pivot -= gram[i * k + c] * gram[i * k + c];
            }
            if (!(pivot > 0.0)) {
                return null;
            }
            gram[c * k + c] = Math.sqrt(pivot);
        }
        return new NestedCholesky(k, gram, scale);
    }

    /** @return trace(C^{-1}) of the unit-diagonal matrix, see {@link Condition#inverseTrace} */
    public double inverseTrace() {
        return Condition.inverseTrace(r, k);
    }

    /**
     * @param i row, at most j
     * @param j column
     * @return entry (i, j) of the upper-triangular Cholesky factor of the given (unscaled) matrix
     */
    public double factorEntry(final int i, final int j) {
        return r[i * k + j] * scale[j];
    }

    /**
     * @return element m (0..k−1) is the RSS of the response on the first m regressors, in the units of the
     *         cross products
     */
    public double[] prefixResidualSumsOfSquares() {
        int y = k - 1;
        double[] rss = new double[k];
        double tail = 0.0;
        for (int m = y; m >= 0; m--) {
            double z = factorEntry(m, y);
            tail += z * z;
            rss[m] = tail;
        }
        return rss;
    }
}
