package org.tradeecon.knime.engine.timeseries;

/**
 * Regular and seasonal differencing of a series, optionally of its natural logarithm.
 * <p>
 * With lag operator {@code L} ({@code L x_t = x_{t-1}}), {@link #apply} computes
 * {@code y_t = (1 - L)^d (1 - L^s)^D z_t} with {@code z_t = ln x_t} if logs are taken, else {@code z_t = x_t}.
 * The result has the length of the input; a position is {@code NaN} where the difference is undefined: the first
 * {@code d + D*s} positions, and every position whose difference involves a missing ({@code NaN}) value.
 */
public final class Differencing {
    private Differencing() {
    }

    /**
     * One difference at lag {@code lag}: {@code y_t = x_t - x_{t-lag}} for {@code t >= lag}; {@code NaN} for
     * {@code t < lag} or where {@code x_t} or {@code x_{t-lag}} is {@code NaN}.
     *
     * @param x the series ({@code NaN} = missing); not changed
     * @param lag the lag, {@code >= 1}; a lag at least as long as the series gives all {@code NaN}
     * @return a new array of the length of {@code x}
     * @throws IllegalArgumentException if {@code lag < 1}, or {@code x} is null or holds an infinite value
     */
    public static double[] difference(final double[] x, final int lag) {
        if (lag < 1) {
            throw new IllegalArgumentException("The lag of a difference must be at least 1, got " + lag + ".");
        }
        requireFinite(x);
        double[] y = new double[x.length];
        for (int t = 0; t < x.length; t++) {
            // NaN - anything is NaN, so a missing value on either side gives a missing difference
            y[t] = t < lag ? Double.NaN : x[t] - x[t - lag];
        }
        return y;
    }

    /**
     * Differences {@code x} {@code order} times at lag 1 and {@code seasonalOrder} times at lag
     * {@code seasonalPeriod}, after taking natural logs if {@code logFirst}: {@code y = (1-L)^d (1-L^s)^D z}.
     * Each pass writes a new array; the input is not changed.
     *
     * @param x the series ({@code NaN} = missing)
     * @param order regular differences {@code d >= 0}
     * @param seasonalOrder seasonal differences {@code D >= 0}
     * @param seasonalPeriod season length {@code s >= 2}, used only when {@code D > 0}
     * @param logFirst take {@code ln x} first; every non-missing value must then be positive
     * @return a new array of the length of {@code x}, {@code NaN} in the first {@code d + D*s} positions and where a
     *         difference involves a missing value
     * @throws IllegalArgumentException if {@code d < 0}, {@code D < 0}, {@code d + D = 0}, {@code D > 0} with
     *             {@code s < 2}, {@code d + D*s > n} (the message names the order and its largest value), {@code x}
     *             is null or holds an infinite value, or (with logs) a value {@code <= 0}, naming its position
     */
    public static double[] apply(final double[] x, final int order, final int seasonalOrder, final int seasonalPeriod,
        final boolean logFirst) {
        if (order < 0 || seasonalOrder < 0) {
            throw new IllegalArgumentException("Differencing orders must not be negative, got d = " + order
                + " and D = " + seasonalOrder + ".");
        }
        if (order + seasonalOrder == 0) {
            throw new IllegalArgumentException("Nothing to do: choose at least one regular (d) or seasonal (D) "
                + "difference.");
        }
        if (seasonalOrder > 0 && seasonalPeriod < 2) {
            throw new IllegalArgumentException("The seasonal period must be at least 2 for seasonal differences, got "
                + seasonalPeriod + ".");
        }
        requireFinite(x);
        // Each pass is a full copy of the series, so the orders are bounded by what the series can hold: a
        // total lag d + D*s above n would only repeat all-missing passes (and d = 2^31 - 1 would never end).
        OptionChecks.count("the regular differencing order d", order, 0, x.length,
            "with n = " + x.length + " values");
        if (seasonalOrder > 0) {
            OptionChecks.count("the seasonal differencing order D", seasonalOrder, 0,
                (x.length - (long)order) / seasonalPeriod, "with n = " + x.length + " values, d = " + order
                    + " and season length s = " + seasonalPeriod + " (d + D*s may not exceed n),");
        }
        double[] y = logFirst ? log(x) : x;
        for (int i = 0; i < seasonalOrder; i++) {
            y = difference(y, seasonalPeriod);
        }
        for (int i = 0; i < order; i++) {
            y = difference(y, 1);
        }
        return y;
    }

    private static double[] log(final double[] x) {
        double[] z = new double[x.length];
        for (int t = 0; t < x.length; t++) {
            if (x[t] <= 0) {
                throw new IllegalArgumentException("Cannot take the logarithm of " + x[t] + " at position " + t
                    + " (0-based): logs need positive values. Switch logs off or remove non-positive values.");
            }
            z[t] = Math.log(x[t]);
        }
        return z;
    }

    private static void requireFinite(final double[] x) {
        if (x == null) {
            throw new IllegalArgumentException("The series is null.");
        }
        for (int t = 0; t < x.length; t++) {
            if (Double.isInfinite(x[t])) {
                throw new IllegalArgumentException("The series holds an infinite value at position " + t
                    + " (0-based); use a finite number or NaN for a missing value.");
            }
        }
    }
}
