package org.tradeecon.knime.engine.unitroot;

import java.util.Arrays;
import java.util.List;

import org.tradeecon.knime.engine.regression.OlsFit;

/**
 * The final ADF regression with k lags on the rows start..n−2, reported in the order y(t−1), dy(t−1..t−k),
 * constant, trend, trend² with the trend t = 1..T.
 *
 * <p>Two ways to fit it, with the same results to rounding (both are tested against statsmodels):
 * <ul>
 * <li>From {@link CrossProducts} (O(T·k) work, no design matrix in memory): Cholesky solution refined by one
 * step of iterative refinement on explicitly computed residuals (corrected semi-normal equations), SSR from
 * those residuals, (X'X)⁻¹ from the factor. The orthogonal-polynomial coefficients of the deterministic
 * terms are mapped back to the constant, t and t² (and the level shift to the constant) with their covariance.
 * Used whenever the cross products pass their conditioning check.</li>
 * <li>{@link OlsFit} on the explicit design otherwise (ill-conditioned or collinear designs), or when forced.</li>
 * </ul>
 */
final class AdfRegression {

    final String[] names;
    final double[] estimate;
    final double[] standardError;
    final double[] tValue;
    final double rss;
    /** Σ Δy² over the sample: the scale against which an exact fit is judged. */
    final double responseSumOfSquares;
    final int observations;
    final List<String> warnings;

    private AdfRegression(final String[] names, final double[] b, final double[] se, final double rss,
        final double responseSumOfSquares, final int observations, final List<String> warnings) {
        this.names = names;
        this.responseSumOfSquares = responseSumOfSquares;
        this.estimate = b;
        this.standardError = se;
        this.rss = rss;
        this.observations = observations;
        this.warnings = warnings;
        tValue = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            tValue[i] = se[i] == 0.0 ? Math.copySign(Double.POSITIVE_INFINITY, b[i]) : b[i] / se[i];
        }
    }

    /** Below this SSR / Σ Δy² the regression is an exact fit up to rounding (relative residual norm 1e-10). */
    static final double EXACT_FIT = 1e-20;

    /** @return whether the regression fits exactly up to rounding, so that τ is undefined */
    boolean isExactFit() {
        return !(rss > EXACT_FIT * responseSumOfSquares);
    }

    /**
     * @param y series in levels
     * @param k lags
     * @param start first row (≥ k)
     * @param det deterministic terms
     * @param useOlsFit fit with {@link OlsFit} even when the cross products are well-conditioned
     * @param w buffers
     * @param name series name for messages
     * @return the regression
     * @throws IllegalArgumentException when y(t−1) is collinear with the other regressors
     */
    static AdfRegression fit(final double[] y, final int k, final int start, final Deterministic det,
        final boolean useOlsFit, final CrossProducts.Workspace w, final String name) {
        return fit(y, k, start, det, useOlsFit, w, name, null);
    }

    /**
     * @param factored cross products already factored for this y (e.g. by the lag search), or null; used when they
     *        have k lags and start at start, so the same factor is not built twice
     * @see #fit(double[], int, int, Deterministic, boolean, CrossProducts.Workspace, String)
     */
    static AdfRegression fit(final double[] y, final int k, final int start, final Deterministic det,
        final boolean useOlsFit, final CrossProducts.Workspace w, final String name, final CrossProducts factored) {
        if (!useOlsFit) {
            CrossProducts cp = factored != null && factored.lags == k && factored.start == start ? factored
                : CrossProducts.factor(y, k, start, det, w);
            if (cp != null && cp.keptCount == cp.m) {
                return fromCrossProducts(y, cp, det);
            }
        }
        double[][] cols = AdfDesign.columns(y, k, start, det, false);
        String[] names = AdfDesign.names(k, det);
        double[] response = AdfDesign.response(y, start);
        OlsFit fit = OlsFit.fit(response, cols, names, det.termCount() > 0,
            OlsFit.CollinearityPolicy.DROP_WITH_WARNING);
        double yy = 0.0;
        for (double v : response) {
            yy += v * v;
        }
        if (fit.droppedColumns().contains(names[0])) {
            throw new IllegalArgumentException("ADF test of series '" + name + "': y(t-1) is a linear combination of"
                + " the " + det.description() + " terms and lagged differences, so tau is undefined.");
        }
        return new AdfRegression(fit.names().toArray(new String[0]), fit.coefficients(), fit.standardErrors(),
            fit.residualSumOfSquares(), yy, fit.observations(), fit.warnings());
    }

    private static AdfRegression fromCrossProducts(final double[] y, final CrossProducts cp,
        final Deterministic det) {
        final int m = cp.m;
        final int nt = cp.nt;
        final int k = cp.lags;
        final double[] d = cp.d;
        // Solve R b~ = z~ (scaled), then unscale: b_c = b~_c * s_y / s_c.
        CrossProducts.Workspace w = cp.workspace; // scratch arrays, at least m long
        double[] b = w.solution;
        for (int c = m - 1; c >= 0; c--) {
            double s = cp.r(c, m);
            for (int e = c + 1; e < m; e++) {
                s -= cp.r(c, e) * b[e];
            }
            b[c] = s / cp.r(c, c);
        }
        for (int c = 0; c < m; c++) {
            b[c] *= cp.scale[m] / cp.scale[c];
        }
        // One refinement step: residuals r = Δy − Xb and X'r in one pass, then (X'X) δ = X'r.
        double[] x = w.row;
        double[] xr = w.rowTimesResidual;
        Arrays.fill(xr, 0, m, 0.0);
        double rr = 0.0;
        for (int j = cp.start; j <= y.length - 2; j++) {
            row(y, d, j, cp, x);
            double r = d[j];
            for (int c = 0; c < m; c++) {
                r -= b[c] * x[c];
            }
            rr += r * r;
            for (int c = 0; c < m; c++) {
                xr[c] += x[c] * r;
            }
        }
        double[] delta = w.correction;
        for (int c = 0; c < m; c++) {
            delta[c] = xr[c] / cp.scale[c];
        }
        solveNormal(cp, delta);
        double rss = rr;
        for (int c = 0; c < m; c++) {
            delta[c] /= cp.scale[c];
            b[c] += delta[c];
            rss -= delta[c] * xr[c];
        }
        // (X'X)^{-1} = D^{-1} R^{-1} R^{-T} D^{-1}; R^{-1} (upper triangular, row-major) in the workspace
        double[] rInv = w.inverse;
        for (int c = 0; c < m; c++) {
            rInv[c * m + c] = 1.0 / cp.r(c, c);
            for (int r = c - 1; r >= 0; r--) {
                double s = 0.0;
                for (int e = r + 1; e <= c; e++) {
                    s += cp.r(r, e) * rInv[e * m + c];
                }
                rInv[r * m + c] = -s / cp.r(r, r);
            }
        }
        double sigma2 = rss / (cp.rows - m);
        // Reported order [level, lags, constant, t, t²]: the level and the lags keep their coefficients ...
        double[] raw = new double[m];
        double[] se = new double[m];
        for (int i = 0; i <= k; i++) {
            raw[i] = b[nt + i];
            se[i] = Math.sqrt(Math.max(covariance(rInv, m, cp.scale, sigma2, nt + i, nt + i), 0.0));
        }
        // ... the terms are combinations (weight) of the basis coefficients (and of the level, shifted by y_start):
        // tau = (t − c0)/h for t = 1..T
        double h = cp.halfWidth;
        double c0 = (cp.rows + 1) / 2.0;
        double[] weight = new double[nt + 1];
        for (int j = 0; j < nt; j++) {
            Arrays.fill(weight, 0.0);
            if (j == 0) { // constant
                weight[0] = 1.0;
                weight[nt] = -cp.shift;
                if (nt >= 2) {
                    weight[1] = -c0 / h;
                }
                if (nt >= 3) {
                    weight[2] = 1.5 * c0 * c0 / (h * h) - 0.5;
                }
            } else if (j == 1) { // t
                weight[1] = 1.0 / h;
                if (nt >= 3) {
                    weight[2] = -3.0 * c0 / (h * h);
                }
            } else { // t²
                weight[2] = 1.5 / (h * h);
            }
            double est = 0.0;
            double v = 0.0;
            for (int a = 0; a <= nt; a++) {
                if (weight[a] == 0.0) {
                    continue;
                }
                est += weight[a] * b[a];
                for (int e = 0; e <= nt; e++) {
                    if (weight[e] != 0.0) {
                        v += weight[a] * weight[e] * covariance(rInv, m, cp.scale, sigma2, a, e);
                    }
                }
            }
            raw[k + 1 + j] = est;
            se[k + 1 + j] = Math.sqrt(Math.max(v, 0.0));
        }
        return new AdfRegression(AdfDesign.sharedNames(k, det), raw, se, rss, cp.scale[m] * cp.scale[m], cp.rows,
            List.of());
    }

    /** Entry (a, c) of σ² (X'X)^{-1} in the basis order, from R^{-1} (row-major, m × m) and the column scales. */
    private static double covariance(final double[] rInv, final int m, final double[] scale, final double sigma2,
        final int a, final int c) {
        double s = 0.0;
        for (int e = Math.max(a, c); e < m; e++) {
            s += rInv[a * m + e] * rInv[c * m + e];
        }
        return sigma2 * s / (scale[a] * scale[c]);
    }

    /** Row j of the cross-product design: [basis terms, level − shift, d_{j−1}..d_{j−k}]. */
    private static void row(final double[] y, final double[] d, final int j, final CrossProducts cp,
        final double[] x) {
        CrossProducts.basis((j - cp.centre) / cp.halfWidth, cp.nt, x);
        x[cp.nt] = y[j] - cp.shift;
        for (int i = 1; i <= cp.lags; i++) {
            x[cp.nt + i] = d[j - i];
        }
    }

    /** Solves R'R v = v in place (scaled factor). */
    private static void solveNormal(final CrossProducts cp, final double[] v) {
        int m = cp.m;
        for (int c = 0; c < m; c++) { // R' w = v
            double s = v[c];
            for (int e = 0; e < c; e++) {
                s -= cp.r(e, c) * v[e];
            }
            v[c] = s / cp.r(c, c);
        }
        for (int c = m - 1; c >= 0; c--) { // R v = w
            double s = v[c];
            for (int e = c + 1; e < m; e++) {
                s -= cp.r(c, e) * v[e];
            }
            v[c] = s / cp.r(c, c);
        }
    }
}
