package org.tradeecon.knime.engine.linalg;

/**
 * Least squares for small designs in extended precision: X'X and X'y are accumulated from exact products in
 * double-double arithmetic (about 32 digits, {@link DoubleDouble}), then factored by an in-order symmetric
 * sweep in the same arithmetic. The rounding error is about cond(X)²·1e-32, far below double precision for
 * every design whose data, held as doubles, determine the coefficients at all (NIST's Filip polynomial
 * included), so coefficients, (X'X)^{-1} and residuals come back correct to the last digit the data allow.
 *
 * <p>Rank detection uses the same rule as {@link HouseholderQr}: the pivot of column j is its squared distance
 * from the span of the earlier kept columns, and the column is aliased when that distance is below
 * {@link HouseholderQr#RANK_TOLERANCE} times its length.
 */
public final class ExtendedPrecisionSolver {

    private final boolean[] aliased;
    private final int[] kept;
    private final DoubleDouble[] coefficients;
    private final DoubleDouble[][] inverse;

    public ExtendedPrecisionSolver(final double[][] columns, final double[] y) {
        int k = columns.length;
        int n = y.length;
        // Augmented cross-product matrix [X y]'[X y].
        DoubleDouble[][] a = new DoubleDouble[k + 1][k + 1];
        for (int p = 0; p <= k; p++) {
            double[] u = p < k ? columns[p] : y;
            for (int q = p; q <= k; q++) {
                double[] v = q < k ? columns[q] : y;
                DoubleDouble s = DoubleDouble.ZERO;
                for (int i = 0; i < n; i++) {
                    s = s.add(DoubleDouble.product(u[i], v[i]));
                }
                a[p][q] = s;
                a[q][p] = s;
            }
        }
        double tol2 = HouseholderQr.RANK_TOLERANCE * HouseholderQr.RANK_TOLERANCE;
        // In-order sweep of the kept columns: afterwards a[kept][kept] holds -(X'X)^{-1} and a[kept][k] the
        // coefficients.
        aliased = new boolean[k];
        int[] keptTmp = new int[k];
        int rank = 0;
        double[] diagonal = new double[k];
        for (int j = 0; j < k; j++) {
            diagonal[j] = a[j][j].value();
        }
        for (int j = 0; j < k; j++) {
            if (diagonal[j] == 0.0 || a[j][j].value() <= tol2 * diagonal[j]) {
                aliased[j] = true;
                continue;
            }
            sweep(a, j);
            keptTmp[rank++] = j;
        }
        kept = java.util.Arrays.copyOf(keptTmp, rank);
        coefficients = new DoubleDouble[rank];
        inverse = new DoubleDouble[rank][rank];
        for (int p = 0; p < rank; p++) {
            coefficients[p] = a[kept[p]][k];
            for (int q = 0; q < rank; q++) {
                inverse[p][q] = a[kept[p]][kept[q]].negate();
            }
        }
    }

    /** Symmetric sweep operator on pivot j (Goodnight 1979). */
    private static void sweep(final DoubleDouble[][] a, final int j) {
        int m = a.length;
        DoubleDouble invD = DoubleDouble.ONE.divide(a[j][j]);
        for (int p = 0; p < m; p++) {
            if (p == j || a[p][j].signum() == 0) {
                continue;
            }
            DoubleDouble factor = a[p][j].multiply(invD);
            for (int q = 0; q < m; q++) {
                if (q != j) {
                    a[p][q] = a[p][q].subtract(factor.multiply(a[j][q]));
                }
            }
        }
        for (int p = 0; p < m; p++) {
            if (p != j) {
                a[p][j] = a[p][j].multiply(invD);
                a[j][p] = a[j][p].multiply(invD);
            }
        }
        a[j][j] = invD.negate();
    }

    public boolean isAliased(final int column) {
        return aliased[column];
    }

    public int[] keptColumns() {
        return kept.clone();
    }

    public double[] coefficients() {
        double[] b = new double[kept.length];
        for (int p = 0; p < b.length; p++) {
            b[p] = coefficients[p].value();
        }
        return b;
    }

    public double[][] inverseCrossProduct() {
        double[][] inv = new double[kept.length][kept.length];
        for (int p = 0; p < kept.length; p++) {
            for (int q = 0; q < kept.length; q++) {
                inv[p][q] = inverse[p][q].value();
            }
        }
        return inv;
    }

    /**
     * The rows of the influence matrix, u_i = (X'X)^{-1} x_i, and the leverages h_i = x_i'u_i, with the products
     * and sums in double-double and rounded once: the robust covariances are built from them instead of from a
     * rounded (X'X)^{-1}, whose product with the meat loses cond(X)² of precision.
     *
     * @param keptColumns the kept design columns, in the order of {@link #keptColumns()}
     */
    public Influence influence(final double[][] keptColumns) {
        int p = kept.length;
        int n = keptColumns[0].length;
        double[][] u = new double[p][n];
        double[] h = new double[n];
        DoubleDouble[] ui = new DoubleDouble[p];
        for (int i = 0; i < n; i++) {
            DoubleDouble hi = DoubleDouble.ZERO;
            for (int a = 0; a < p; a++) {
                DoubleDouble s = DoubleDouble.ZERO;
                for (int c = 0; c < p; c++) {
                    s = s.add(inverse[a][c].multiply(DoubleDouble.of(keptColumns[c][i])));
                }
                ui[a] = s;
                u[a][i] = s.value();
            }
            for (int a = 0; a < p; a++) {
                hi = hi.add(ui[a].multiply(DoubleDouble.of(keptColumns[a][i])));
            }
            h[i] = hi.value();
        }
        return new Influence(u, h);
    }

    /** Residuals y − Xb with b and the sums in double-double, rounded once to double. */
    public double[] residuals(final double[][] columns, final double[] y) {
        int n = y.length;
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            DoubleDouble s = DoubleDouble.of(y[i]);
            for (int p = 0; p < kept.length; p++) {
                s = s.subtract(coefficients[p].multiply(DoubleDouble.of(columns[kept[p]][i])));
            }
            e[i] = s.value();
        }
        return e;
    }
}
