package org.tradeecon.knime.engine.regression;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Least squares for small designs in extended precision: X'X and X'y are formed exactly (every double is a
 * finite binary fraction, so BigDecimal products and sums of them are exact), then factored by an in-order
 * Cholesky (LDL') elimination carried to {@value #DIGITS} significant digits. The rounding error is then about
 * cond(X'X)·10^-{@value #DIGITS}, far below double precision even for NIST's Filip polynomial, so coefficients,
 * (X'X)^{-1} and residuals come back correct to the last double digit the data allow.
 *
 * <p>Rank detection uses the same rule as {@link HouseholderQr}: the pivot of column j is its squared distance
 * from the span of the earlier kept columns, and the column is aliased when that distance is below
 * {@link HouseholderQr#RANK_TOLERANCE} times its length.
 */
final class ExactCrossProductSolver {

    static final int DIGITS = 80;
    private static final MathContext MC = new MathContext(DIGITS);

    private final int k;
    private final boolean[] aliased;
    private final int[] kept;
    private final BigDecimal[] coefficients;
    private final BigDecimal[][] inverse;

    ExactCrossProductSolver(final double[][] columns, final double[] y) {
        k = columns.length;
        int n = y.length;
        BigDecimal[][] xb = new BigDecimal[k][n];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < n; i++) {
                xb[j][i] = new BigDecimal(columns[j][i]);
            }
        }
        BigDecimal[] yb = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            yb[i] = new BigDecimal(y[i]);
        }
        // Augmented cross-product matrix [X y]'[X y], exact.
        BigDecimal[][] a = new BigDecimal[k + 1][k + 1];
        for (int p = 0; p <= k; p++) {
            BigDecimal[] u = p < k ? xb[p] : yb;
            for (int q = p; q <= k; q++) {
                BigDecimal[] v = q < k ? xb[q] : yb;
                BigDecimal s = BigDecimal.ZERO;
                for (int i = 0; i < n; i++) {
                    s = s.add(u[i].multiply(v[i]));
                }
                a[p][q] = s.round(MC);
                a[q][p] = a[p][q];
            }
        }
        double tol2 = HouseholderQr.RANK_TOLERANCE * HouseholderQr.RANK_TOLERANCE;
        BigDecimal tolerance = new BigDecimal(tol2);
        // In-order symmetric elimination (Gauss-Jordan sweep) on the kept columns: after sweeping the kept
        // columns, a[kept][kept] holds -(X'X)^{-1} and a[kept][k] the coefficients.
        aliased = new boolean[k];
        int[] keptTmp = new int[k];
        int rank = 0;
        BigDecimal[] diagonal = new BigDecimal[k];
        for (int j = 0; j < k; j++) {
            diagonal[j] = a[j][j];
        }
        for (int j = 0; j < k; j++) {
            BigDecimal pivot = a[j][j];
            if (diagonal[j].signum() == 0
                || pivot.compareTo(tolerance.multiply(diagonal[j], MC)) <= 0) {
                aliased[j] = true;
                continue;
            }
            sweep(a, j);
            keptTmp[rank++] = j;
        }
        kept = java.util.Arrays.copyOf(keptTmp, rank);
        coefficients = new BigDecimal[rank];
        inverse = new BigDecimal[rank][rank];
        for (int p = 0; p < rank; p++) {
            coefficients[p] = a[kept[p]][k];
            for (int q = 0; q < rank; q++) {
                inverse[p][q] = a[kept[p]][kept[q]].negate();
            }
        }
    }

    /** Symmetric sweep operator on pivot j (Goodnight 1979), in {@value #DIGITS}-digit arithmetic. */
    private static void sweep(final BigDecimal[][] a, final int j) {
        int m = a.length;
        BigDecimal d = a[j][j];
        BigDecimal invD = BigDecimal.ONE.divide(d, MC);
        for (int p = 0; p < m; p++) {
            if (p == j) {
                continue;
            }
            BigDecimal apj = a[p][j];
            if (apj.signum() == 0) {
                continue;
            }
            BigDecimal factor = apj.multiply(invD, MC);
            for (int q = 0; q < m; q++) {
                if (q != j) {
                    a[p][q] = a[p][q].subtract(factor.multiply(a[j][q], MC), MC);
                }
            }
        }
        for (int p = 0; p < m; p++) {
            if (p != j) {
                a[p][j] = a[p][j].multiply(invD, MC);
                a[j][p] = a[j][p].multiply(invD, MC);
            }
        }
        a[j][j] = invD.negate();
    }

    boolean isAliased(final int column) {
        return aliased[column];
    }

    int[] keptColumns() {
        return kept.clone();
    }

    double[] coefficients() {
        double[] b = new double[kept.length];
        for (int p = 0; p < b.length; p++) {
            b[p] = coefficients[p].doubleValue();
        }
        return b;
    }

    double[][] inverseCrossProduct() {
        double[][] inv = new double[kept.length][kept.length];
        for (int p = 0; p < kept.length; p++) {
            for (int q = 0; q < kept.length; q++) {
                inv[p][q] = inverse[p][q].doubleValue();
            }
        }
        return inv;
    }

    /** Residuals y - Xb with b in full precision, rounded once to double. */
    double[] residuals(final double[][] columns, final double[] y) {
        int n = y.length;
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            BigDecimal s = new BigDecimal(y[i]);
            for (int p = 0; p < kept.length; p++) {
                s = s.subtract(coefficients[p].multiply(new BigDecimal(columns[kept[p]][i]), MC), MC);
            }
            e[i] = s.doubleValue();
        }
        return e;
    }
}
