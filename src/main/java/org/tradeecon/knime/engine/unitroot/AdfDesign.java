package org.tradeecon.knime.engine.unitroot;

/**
 * Explicit columns of the ADF regression Δy_t on [c, t, t²], y_{t−1}, Δy_{t−1..t−k}. Rows are the differences
 * d_j = y_{j+1} − y_j for j = start..n−2 (start ≥ k), so the sample has n − 1 − start observations; the trend
 * is t = 1..T over that sample (statsmodels' {@code add_trend}; the trend's origin changes only the constant).
 */
final class AdfDesign {

    private AdfDesign() {
    }

    /**
     * @param y series in levels
     * @param k number of lagged differences
     * @param start first difference index of the sample (≥ k)
     * @param det deterministic terms
     * @param termsFirst deterministic columns first (the lag search's nesting order) or last (the reported
     *        regression's order: y_{t−1}, lags, terms)
     * @return the columns
     */
    static double[][] columns(final double[] y, final int k, final int start, final Deterministic det,
        final boolean termsFirst) {
        int rows = y.length - 1 - start;
        int nt = det.termCount();
        double[][] cols = new double[nt + 1 + k][rows];
        int off = termsFirst ? nt : 0;
        int detOff = termsFirst ? 0 : 1 + k;
        for (int r = 0; r < rows; r++) {
            int j = start + r;
            cols[off][r] = y[j];
            for (int i = 1; i <= k; i++) {
                cols[off + i][r] = y[j - i + 1] - y[j - i];
            }
            double t = r + 1.0;
            if (nt >= 1) {
                cols[detOff][r] = 1.0;
            }
            if (nt >= 2) {
                cols[detOff + 1][r] = t;
            }
            if (nt >= 3) {
                cols[detOff + 2][r] = t * t;
            }
        }
        return cols;
    }

    /** Names of the first lagged differences, made once (a batch of short tests would otherwise make them anew). */
    private static final String[] LAG_NAMES = new String[64];
    private static final String[] TERM_NAMES = {"constant", "trend", "trend^2"};

    static {
        for (int i = 1; i < LAG_NAMES.length; i++) {
            LAG_NAMES[i] = lagName(i);
        }
    }

    /** @return "dy(t-i)" */
    static String lagName(final int i) {
        return "dy(t-" + i + ")";
    }

    /** The names for up to 31 lags and each choice of terms, made once: {@link #sharedNames}. */
    private static final String[][][] SHARED_NAMES = new String[Deterministic.values().length][32][];

    static {
        for (Deterministic det : Deterministic.values()) {
            for (int k = 0; k < 32; k++) {
                SHARED_NAMES[det.ordinal()][k] = names(k, det);
            }
        }
    }

    /**
     * @return the names of {@link #names}, for up to 31 lags one array shared by every caller: never change it
     *         (a batch of thousands of short tests keeps one per result)
     */
    static String[] sharedNames(final int k, final Deterministic det) {
        return k < 32 ? SHARED_NAMES[det.ordinal()][k] : names(k, det);
    }

    /** @return the names matching {@link #columns} with termsFirst = false */
    static String[] names(final int k, final Deterministic det) {
        int nt = det.termCount();
        String[] names = new String[1 + k + nt];
        names[0] = "y(t-1)";
        for (int i = 1; i <= k; i++) {
            names[i] = i < LAG_NAMES.length ? LAG_NAMES[i] : lagName(i);
        }
        System.arraycopy(TERM_NAMES, 0, names, 1 + k, nt);
        return names;
    }

    /** @return the response Δy_t for j = start..n−2 */
    static double[] response(final double[] y, final int start) {
        double[] r = new double[y.length - 1 - start];
        for (int i = 0; i < r.length; i++) {
            r[i] = y[start + i + 1] - y[start + i];
        }
        return r;
    }
}
