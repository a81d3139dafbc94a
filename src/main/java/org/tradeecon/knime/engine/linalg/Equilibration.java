package org.tradeecon.knime.engine.linalg;

/**
 * Exact scaling of data by powers of two, so that a series' largest magnitude lies in [1, 2): the estimators
 * work on the scaled data and undo the scaling in their results, so that no square or cross product of the
 * data overflows or underflows and every statistic is the same for data multiplied by any factor that keeps
 * them finite (issue 14).
 */
public final class Equilibration {

    private Equilibration() {
    }

    /**
     * @param x data
     * @return the exponent e with max |x·2^e| in [1, 2); 0 for all-zero (or non-finite) data
     */
    public static int exponent(final double[] x) {
        return exponent(x, 0, x.length);
    }

    /**
     * @param x data
     * @param from first index of the range
     * @param to end of the range (exclusive)
     * @return the exponent e with max |x[i]·2^e| in [1, 2) over the range; 0 for all-zero (or non-finite) data
     */
    public static int exponent(final double[] x, final int from, final int to) {
        double max = 0.0;
        for (int i = from; i < to; i++) {
            double v = Math.abs(x[i]);
            if (v > max) {
                max = v;
            }
        }
        return exponentOfMax(max);
    }

    /**
     * @param max the largest magnitude of some data
     * @return the exponent e with max·2^e in [1, 2); 0 for 0 or a non-finite max
     */
    public static int exponentOfMax(final double max) {
        if (max == 0.0 || !Double.isFinite(max)) {
            return 0;
        }
        if (max < Double.MIN_NORMAL) {
            return -Math.getExponent(max * 0x1p54) + 54;
        }
        return -Math.getExponent(max);
    }

    /**
     * @param x data
     * @param e exponent
     * @return x·2^e, a new array (NaN stays NaN)
     */
    public static double[] scale(final double[] x, final int e) {
        double[] s = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            s[i] = Math.scalb(x[i], e);
        }
        return s;
    }

    /**
     * @param x data, replaced by x·2^e (NaN stays NaN)
     * @param e exponent
     */
    public static void scaleInPlace(final double[] x, final int e) {
        if (e != 0) {
            for (int i = 0; i < x.length; i++) {
                x[i] = Math.scalb(x[i], e);
            }
        }
    }
}
