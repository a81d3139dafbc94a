package org.tradeecon.knime.engine.timeseries;

import java.util.Arrays;

/**
 * Time alignment for regressions on lagged series. Every series is a {@code double[]} aligned by position with
 * one array of integer time keys (years, or any consecutive integer period index); {@code Double.NaN} marks a
 * missing observation.
 *
 * <ul>
 * <li>{@link #checkTimeKeys} makes sure position and time agree: keys strictly increasing by exactly one. A
 * duplicated, unsorted or missing period is an error naming the year, because a lag by position would
 * otherwise silently pair the wrong years.</li>
 * <li>{@link #shift} and {@link #difference} build lags, leads and differences by position, padding with NaN so
 * the result stays aligned with the input.</li>
 * <li>{@link #commonSample} finds the rows where every column of a model is observed, i.e. the sample left after
 * lagging. Missing values may only shorten a series at its start or end; a gap inside the sample is an error
 * naming the variable and the year, since it would break the lag structure.</li>
 * </ul>
 */
public final class LagBuilder {

    private LagBuilder() {
    }

    /** The rows [start, end) of a common sample, with their first and last time key. */
    public record Window(int start, int end, long firstKey, long lastKey) {
        /** @return number of rows in the window */
        public int length() {
            return end - start;
        }
    }

    /**
     * Checks that time keys are consecutive integers: strictly increasing, each one more than the one before.
     *
     * @param keys time keys, one per row (e.g. years)
     * @throws IllegalArgumentException naming the year and row of the first duplicated, unsorted or missing
     *         period
     */
    public static void checkTimeKeys(final long[] keys) {
        // Order errors first: in unsorted keys a "gap" is only a symptom.
        for (int i = 1; i < keys.length; i++) {
            long prev = keys[i - 1];
            long cur = keys[i];
            if (cur == prev) {
                throw new IllegalArgumentException("Duplicated time key " + cur + " at rows " + i + " and " + (i + 1)
                    + ". Each period must appear once; aggregate or remove the duplicate.");
            }
            if (cur < prev) {
                throw new IllegalArgumentException("Time keys are not sorted: " + cur + " at row " + (i + 1)
                    + " follows " + prev + ". Sort the rows by time first.");
            }
        }
        for (int i = 1; i < keys.length; i++) {
            long prev = keys[i - 1];
            long cur = keys[i];
            if (cur != prev + 1) {
                throw new IllegalArgumentException("Gap in the time keys: " + prev + " (row " + i + ") is followed by "
                    + cur + " (row " + (i + 1) + "), so " + (cur - prev == 2 ? "period " + (prev + 1) + " is"
                        : "periods " + (prev + 1) + " to " + (cur - 1) + " are")
                    + " missing. Insert the missing period(s) as rows with missing values, or shorten the sample.");
            }
        }
    }

    /**
     * Checks that two series carry the same time keys (same periods in the same rows).
     *
     * @throws IllegalArgumentException naming the first row where they differ
     */
    public static void checkSameKeys(final long[] a, final String nameA, final long[] b, final String nameB) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(nameA + " has " + a.length + " time keys, " + nameB + " has " + b.length
                + ". Join the series on their time key first.");
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                throw new IllegalArgumentException("Misaligned time keys at row " + (i + 1) + ": " + nameA + " has "
                    + a[i] + ", " + nameB + " has " + b[i] + ". Join the series on their time key first.");
            }
        }
    }

    /** @return keys 1..n, for series without a time column (messages then name the row) */
    public static long[] positions(final int n) {
        long[] k = new long[n];
        for (int i = 0; i < n; i++) {
            k[i] = i + 1;
        }
        return k;
    }

    /**
     * Lag (or lead) by position: result[t] = x[t − lag], NaN where t − lag falls outside the series.
     *
     * @param x series
     * @param lag j &gt; 0 gives x_{t−j}, j &lt; 0 the lead x_{t+|j|}, 0 a copy
     * @return a new array of the same length
     */
    public static double[] shift(final double[] x, final int lag) {
        int n = x.length;
        double[] s = new double[n];
        Arrays.fill(s, Double.NaN);
        int from = Math.max(0, lag);
        int to = Math.min(n, n + lag);
        if (from < to) {
            System.arraycopy(x, from - lag, s, from, to - from);
        }
        return s;
    }

    /**
     * First difference by position: result[t] = x[t] − x[t−1], NaN at t = 0 (and wherever an operand is NaN).
     *
     * @param x series
     * @return a new array of the same length, aligned with x
     */
    public static double[] difference(final double[] x) {
        double[] d = new double[x.length];
        if (x.length > 0) {
            d[0] = Double.NaN;
        }
        for (int t = 1; t < x.length; t++) {
            d[t] = x[t] - x[t - 1];
        }
        return d;
    }

    /**
     * The common sample of a model's columns: the largest run of rows in which every column is observed.
     * Missing values (NaN) are allowed only before the first or after the last such row.
     *
     * @param columns model columns, all of the same length as keys (lagged columns start with NaN)
     * @param names one name per column, for messages
     * @param keys time keys of the rows (see {@link #positions} when there are none)
     * @return the window of rows
     * @throws IllegalArgumentException when a value is infinite, when a column is missing inside the sample
     *         (message names the column and year), or when no row is complete
     */
    public static Window commonSample(final double[][] columns, final String[] names, final long[] keys) {
        int n = keys.length;
        int start = 0;
        int end = n;
        for (int j = 0; j < columns.length; j++) {
            double[] c = columns[j];
            if (c.length != n) {
                throw new IllegalArgumentException(names[j] + " has " + c.length + " values for " + n + " time keys.");
            }
            int first = 0;
            while (first < n && Double.isNaN(c[first])) {
                first++;
            }
            int last = n;
            while (last > first && Double.isNaN(c[last - 1])) {
                last--;
            }
            start = Math.max(start, first);
            end = Math.min(end, last);
        }
        if (start >= end) {
            throw new IllegalArgumentException("No period has all of " + String.join(", ", names)
                + " observed after lagging. Use fewer lags or series that overlap in time.");
        }
        for (int j = 0; j < columns.length; j++) {
            for (int i = start; i < end; i++) {
                double v = columns[j][i];
                if (Double.isNaN(v)) {
                    throw new IllegalArgumentException("Missing value in " + names[j] + " at " + keys[i] + " (row "
                        + (i + 1) + "), inside the sample " + keys[start] + "-" + keys[end - 1]
                        + ". Lags need consecutive observations: fill the value or shorten the sample.");
                }
                if (Double.isInfinite(v)) {
                    throw new IllegalArgumentException("Infinite value in " + names[j] + " at " + keys[i] + " (row "
                        + (i + 1) + ").");
                }
            }
        }
        return new Window(start, end, keys[start], keys[end - 1]);
    }

    /**
     * Copies the rows of a window out of each column.
     *
     * @return one array per column, of length {@code window.length()}
     */
    public static double[][] slice(final double[][] columns, final Window window) {
        double[][] s = new double[columns.length][];
        for (int j = 0; j < columns.length; j++) {
            s[j] = Arrays.copyOfRange(columns[j], window.start(), window.end());
        }
        return s;
    }
}
