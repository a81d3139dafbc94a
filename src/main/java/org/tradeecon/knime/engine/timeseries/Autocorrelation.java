package org.tradeecon.knime.engine.timeseries;

/**
 * Sample autocorrelation (ACF) and partial autocorrelation (PACF) of a series, as the correlograms of the node
 * views draw them. The ACF is the usual biased estimator (statsmodels {@code acf(x, adjusted=False)}, R {@code acf},
 * gretl {@code corrgm}): r_k = sum_{t} (x_t - m)(x_{t+k} - m) / sum_t (x_t - m)^2. The PACF comes from it by the
 * Durbin-Levinson recursion (statsmodels {@code pacf(x, method="ldb")}, R {@code pacf}).
 */
public final class Autocorrelation {
    private Autocorrelation() {
    }

    /**
     * @param x the series, no missing values, not constant
     * @param maxLag the last lag, 1 &le; maxLag &lt; x.length
     * @return r_0 = 1, r_1, ..., r_maxLag
     */
    public static double[] acf(final double[] x, final int maxLag) {
        check(x, maxLag);
        int n = x.length;
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double[] d = new double[n];
        double c0 = 0;
        for (int t = 0; t < n; t++) {
            d[t] = x[t] - mean;
            c0 += d[t] * d[t];
        }
        if (!(c0 > 0)) {
            throw new IllegalArgumentException("The series is constant: its autocorrelations are not defined.");
        }
        double[] r = new double[maxLag + 1];
        r[0] = 1;
        for (int k = 1; k <= maxLag; k++) {
            double ck = 0;
            for (int t = 0; t + k < n; t++) {
                ck += d[t] * d[t + k];
            }
            r[k] = ck / c0;
        }
        return r;
    }

    /**
     * @param x the series, as for {@link #acf}
     * @param maxLag the last lag
     * @return phi_00 = 1, phi_11, ..., phi_maxLag,maxLag (the last coefficient of the AR(k) fit for each k)
     */
    public static double[] pacf(final double[] x, final int maxLag) {
        double[] r = acf(x, maxLag);
        double[] pacf = new double[maxLag + 1];
        pacf[0] = 1;
        double[] phi = new double[maxLag + 1];
        double[] prev = new double[maxLag + 1];
        double v = 1; // prediction error variance relative to r_0
        for (int k = 1; k <= maxLag; k++) {
            double num = r[k];
            for (int j = 1; j < k; j++) {
                num -= prev[j] * r[k - j];
            }
            double a = num / v;
            phi[k] = a;
            for (int j = 1; j < k; j++) {
                phi[j] = prev[j] - a * prev[k - j];
            }
            v *= 1 - a * a;
            pacf[k] = a;
            System.arraycopy(phi, 0, prev, 0, k + 1);
        }
        return pacf;
    }

    /**
     * @param n the number of observations
     * @return the half-width of the approximate 95% band for white noise, 1.96 / sqrt(n)
     */
    public static double whiteNoiseBand(final int n) {
        return 1.959963984540054 / Math.sqrt(n);
    }

    /** @return the default last lag of a correlogram: min(10, n/2 rounded down, n - 1), at least 1 */
    public static int defaultMaxLag(final int n) {
        return Math.max(1, Math.min(10, Math.min(n / 2, n - 1)));
    }

    private static void check(final double[] x, final int maxLag) {
        if (x.length < 2) {
            throw new IllegalArgumentException("A correlogram needs at least 2 observations; the series has "
                + x.length + ".");
        }
        if (maxLag < 1 || maxLag >= x.length) {
            throw new IllegalArgumentException("The last lag must be between 1 and " + (x.length - 1)
                + " (one less than the " + x.length + " observations); it is " + maxLag + ".");
        }
        for (int t = 0; t < x.length; t++) {
            if (!Double.isFinite(x[t])) {
                throw new IllegalArgumentException("Observation " + (t + 1) + " is " + x[t]
                    + ": a correlogram needs finite values.");
            }
        }
    }
}
