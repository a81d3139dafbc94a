package org.tradeecon.knime.testsupport;

/**
 * Log differences as the reference scripts form them; the two conventions differ in length, so each has its name.
 */
public final class LogDifferences {

    private LogDifferences() {
    }

    /** @return np.diff(np.log(x)): ln x_t − ln x_{t−1} for t = 1..n−1, one element shorter than x */
    public static double[] dropFirst(final double[] x) {
        double[] d = new double[x.length - 1];
        for (int t = 1; t < x.length; t++) {
            d[t - 1] = Math.log(x[t]) - Math.log(x[t - 1]);
        }
        return d;
    }

    /** @return pandas' np.log(x).diff(): NaN, then ln x_t − ln x_{t−1}; as long as x, aligned by position */
    public static double[] nanFirst(final double[] x) {
        double[] d = new double[x.length];
        d[0] = Double.NaN;
        for (int t = 1; t < x.length; t++) {
            d[t] = Math.log(x[t]) - Math.log(x[t - 1]);
        }
        return d;
    }
}
