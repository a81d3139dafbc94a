package org.tradeecon.knime.engine.linalg;

/**
 * Householder QR decomposition of a design matrix X (n rows, k columns), in double precision, with in-order
 * rank detection: a column whose distance from the span of the columns before it is below
 * {@link #RANK_TOLERANCE} times its own length is marked aliased and skipped (as R's {@code lm} does with its
 * limited pivoting), never answered with huge meaningless coefficients.
 *
 * <p>One decomposition serves every nested model: the residual sum of squares of y regressed on the first j
 * columns, for every j, comes from the same rotated response (see {@link #prefixResidualSumsOfSquares}). The ADF
 * lag search uses this to compare all candidate lags at the cost of one fit.
 *
 * <p>Storage is column-major ({@code columns[j][i]} is row i of column j), which keeps each Householder
 * reflection a pass over contiguous memory.
 */
public final class HouseholderQr {

    /**
     * A column is aliased when |r_jj| &lt; RANK_TOLERANCE · ||x_j||, i.e. when the sine of the angle between
     * x_j and the span of the earlier columns is below this value. Data measured in double precision cannot
     * separate directions closer than this; NIST's hardest design (Filip) stays well above it.
     */
    public static final double RANK_TOLERANCE = 1e-13;

    private final int n;
    private final int k;
    /** Householder vectors below the diagonal (column-major, overwritten copy of X). */
    private final double[][] qr;
    /** R's diagonal for each kept column (in rank order). */
    private final double[] rDiag;
    /** For each design column: its row position in R, or -1 when aliased. */
    private final int[] rankPosition;
    /** Kept design columns, in order. */
    private final int[] keptColumns;

    /**
     * Decomposes X.
     *
     * @param columns the k columns of X, each of length n (n &ge; 1, k &ge; 1); not modified
     * @throws IllegalArgumentException when columns are empty or of unequal length
     */
    public HouseholderQr(final double[][] columns) {
        if (columns.length == 0 || columns[0].length == 0) {
            throw new IllegalArgumentException("The design matrix has no columns or no rows.");
        }
        k = columns.length;
        n = columns[0].length;
        qr = new double[k][];
        for (int j = 0; j < k; j++) {
            if (columns[j].length != n) {
                throw new IllegalArgumentException(
                    "Design column " + j + " has " + columns[j].length + " rows, column 0 has " + n + ".");
            }
            qr[j] = columns[j].clone();
        }
        rDiag = new double[Math.min(n, k)];
        rankPosition = new int[k];
        int[] kept = new int[k];
        int rank = 0;
        for (int j = 0; j < k; j++) {
            double[] col = qr[j];
            double originalNorm = norm(col, 0);
            double tailNorm = rank < n ? norm(col, rank) : 0.0;
            if (originalNorm == 0.0 || tailNorm <= RANK_TOLERANCE * originalNorm) {
                rankPosition[j] = -1;
                continue;
            }
            // Reflection that maps col[rank..n) onto -sign(col[rank])·tailNorm·e_rank.
            double alpha = col[rank] > 0 ? -tailNorm : tailNorm;
            col[rank] -= alpha;
            // v = col[rank..n); H = I - v v' / (v'v / 2); v'v/2 = -alpha·v_0
            double vtvHalf = -alpha * col[rank];
            for (int m = j + 1; m < k; m++) {
                reflect(col, qr[m], rank, vtvHalf);
            }
            rDiag[rank] = alpha;
            rankPosition[j] = rank;
            kept[rank] = j;
            rank++;
        }
        keptColumns = java.util.Arrays.copyOf(kept, rank);
    }

    private void reflect(final double[] v, final double[] target, final int from, final double vtvHalf) {
        double dot = 0.0;
        for (int i = from; i < n; i++) {
            dot += v[i] * target[i];
        }
        double s = dot / vtvHalf;
        for (int i = from; i < n; i++) {
            target[i] -= s * v[i];
        }
    }

    private double norm(final double[] x, final int from) {
        // Plain sum of squares first (one multiply-add per element); the scaled loop, which needs two divisions
        // per element, only when that sum overflowed or may have lost small values to underflow.
        double ssq = 0.0;
        for (int i = from; i < x.length; i++) {
            ssq += x[i] * x[i];
        }
        if (ssq > Double.MIN_NORMAL / Math.ulp(1.0) && ssq < Double.MAX_VALUE) {
            return Math.sqrt(ssq);
        }
        return scaledNorm(x, from);
    }

    /** The LAPACK-style scaled Euclidean norm: no overflow or underflow for extreme magnitudes. */
    private static double scaledNorm(final double[] x, final int from) {
        double scale = 0.0;
        double ssq = 1.0;
        for (int i = from; i < x.length; i++) {
            double a = Math.abs(x[i]);
            if (a != 0.0) {
                if (scale < a) {
                    ssq = 1.0 + ssq * (scale / a) * (scale / a);
                    scale = a;
                } else {
                    ssq += (a / scale) * (a / scale);
                }
            }
        }
        return scale * Math.sqrt(ssq);
    }

    /** @return number of rows n */
    public int rows() {
        return n;
    }

    /** @return number of design columns k (aliased ones included) */
    public int columns() {
        return k;
    }

    /** @return the numerical rank: the number of columns that are not aliased */
    public int rank() {
        return keptColumns.length;
    }

    /**
     * @param column design column index
     * @return whether the column was found to be a linear combination of the columns before it
     */
    public boolean isAliased(final int column) {
        return rankPosition[column] < 0;
    }

    /** @return the indices of the columns that are not aliased, in design order */
    public int[] keptColumns() {
        return keptColumns.clone();
    }

    /**
     * Computes Q'y (the response rotated by the stored reflections).
     *
     * @param y response of length n
     * @return Q'y, length n
     */
    public double[] rotate(final double[] y) {
        checkLength(y);
        double[] qty = y.clone();
        for (int r = 0; r < keptColumns.length; r++) {
            double[] v = qr[keptColumns[r]];
            reflect(v, qty, r, -rDiag[r] * v[r]);
        }
        return qty;
    }

    /**
     * Residual sums of squares of every nested model: element j is the SSR of y regressed on design columns
     * 0..j-1 (element 0 is y'y, the model with no regressor). One rotation of y serves all k + 1 models.
     *
     * @param y response of length n
     * @return k + 1 residual sums of squares
     */
    public double[] prefixResidualSumsOfSquares(final double[] y) {
        return prefixResidualSumsOfSquaresRotated(rotate(y));
    }

    /**
     * {@link #prefixResidualSumsOfSquares} from an already rotated response, so that one rotation can also serve
     * {@link #solveRotated}.
     *
     * @param qty Q'y ({@link #rotate})
     * @return k + 1 residual sums of squares
     */
    public double[] prefixResidualSumsOfSquaresRotated(final double[] qty) {
        // tail[r] = sum of qty_i^2 for i >= r, accumulated from the end (no cancellation).
        double[] tail = new double[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            tail[i] = tail[i + 1] + qty[i] * qty[i];
        }
        double[] ssr = new double[k + 1];
        int rank = 0;
        ssr[0] = tail[0];
        for (int j = 0; j < k; j++) {
            if (rankPosition[j] >= 0) {
                rank++;
            }
            ssr[j + 1] = tail[rank];
        }
        return ssr;
    }

    /**
     * Least-squares coefficients of the kept columns (aliased columns get no coefficient).
     *
     * @param y response of length n
     * @return coefficients in the order of {@link #keptColumns()}
     */
    public double[] solve(final double[] y) {
        return solveRotated(rotate(y));
    }

    /**
     * {@link #solve} from an already rotated response.
     *
     * @param qty Q'y ({@link #rotate})
     * @return coefficients in the order of {@link #keptColumns()}
     */
    public double[] solveRotated(final double[] qty) {
        int p = keptColumns.length;
        double[] b = new double[p];
        for (int r = p - 1; r >= 0; r--) {
            double s = qty[r];
            for (int c = r + 1; c < p; c++) {
                s -= rEntry(r, c) * b[c];
            }
            b[r] = s / rDiag[r];
        }
        return b;
    }

    /**
     * (X'X)^{-1} for the kept columns, computed as R^{-1} R^{-T} (never by inverting X'X).
     *
     * @return p x p matrix in the order of {@link #keptColumns()}
     */
    public double[][] inverseCrossProduct() {
        int p = keptColumns.length;
        // Rinv is upper triangular: solve R · Rinv = I column by column.
        double[][] rInv = new double[p][p];
        for (int c = 0; c < p; c++) {
            rInv[c][c] = 1.0 / rDiag[c];
            for (int r = c - 1; r >= 0; r--) {
                double s = 0.0;
                for (int m = r + 1; m <= c; m++) {
                    s += rEntry(r, m) * rInv[m][c];
                }
                rInv[r][c] = -s / rDiag[r];
            }
        }
        double[][] inv = new double[p][p];
        for (int a = 0; a < p; a++) {
            for (int b = a; b < p; b++) {
                double s = 0.0;
                for (int m = b; m < p; m++) {
                    s += rInv[a][m] * rInv[b][m];
                }
                inv[a][b] = s;
                inv[b][a] = s;
            }
        }
        return inv;
    }

    /**
     * The rows of the influence matrix u_i = (X'X)^{-1} x_i = R^{-1} q_i, with q_i the i-th row of the thin Q
     * (built from the stored reflections, so accurate to rounding whatever the conditioning), and the leverages
     * h_i = ||q_i||². Never through a formed (X'X)^{-1} or R^{-T} x_i: each of those would cost another factor
     * cond(X) of precision.
     *
     * @return u (kept columns x n) and the leverages
     */
    public Influence influence() {
        int p = keptColumns.length;
        double[][] q = new double[p][];
        for (int r = 0; r < p; r++) {
            double[] col = new double[n];
            col[r] = 1.0;
            for (int m = p - 1; m >= 0; m--) {
                double[] v = qr[keptColumns[m]];
                reflect(v, col, m, -rDiag[m] * v[m]);
            }
            q[r] = col;
        }
        double[][] u = new double[p][n];
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            double hi = 0.0;
            for (int r = p - 1; r >= 0; r--) { // R u_i = q_i
                double s = q[r][i];
                hi += s * s;
                for (int c = r + 1; c < p; c++) {
                    s -= rEntry(r, c) * u[c][i];
                }
                u[r][i] = s / rDiag[r];
            }
            h[i] = hi;
        }
        return new Influence(u, h);
    }

    /** Entry (r, c) of R for kept positions r &lt; c: stored in the rotated copy of column keptColumns[c]. */
    private double rEntry(final int r, final int c) {
        return qr[keptColumns[c]][r];
    }

    private void checkLength(final double[] y) {
        if (y.length != n) {
            throw new IllegalArgumentException("The response has " + y.length + " rows, the design has " + n + ".");
        }
    }
}
