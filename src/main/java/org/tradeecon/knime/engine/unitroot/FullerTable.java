package org.tradeecon.knime.engine.unitroot;

import java.util.EnumMap;
import java.util.Map;

import org.apache.commons.math3.analysis.interpolation.LinearInterpolator;

/**
 * Fuller's (1976) Table 8.5.2 of the Dickey-Fuller τ statistic (resource {@code fuller1976.txt}, with its
 * citation), read the three ways other software reads it. The table has rows for T = 25, 50, 100, 250, 500, ∞
 * and no quadratic-trend case.
 * <ul>
 * <li>{@link #interpolated}: linear in T between the rows, the 25 row below 25 (Stata's {@code dfuller}, T = the
 * regression's observations; checked against Stata's printed values at T = 16 and 140).</li>
 * <li>{@link #step}: the row of the first size above m, the ∞ row from 500 on (R urca {@code ur.df}, m = the number
 * of first differences, n − 1).</li>
 * <li>{@link #tseriesPValue}: each column linear in m between the rows with ∞ placed at 100,000 (clamped at the ends),
 * then the p-value linear in τ between the eight columns and clamped to [0.01, 0.99] (R tseries {@code adf.test},
 * m = n − 1; constant and trend only).</li>
 * </ul>
 */
public final class FullerTable {

    /** The significance levels of the lower-tail columns typed for every case. */
    static final double[] LEVELS = {0.01, 0.05, 0.10};
    /** The eight columns typed for the trend case, in order of the statistic. */
    static final double[] FULL_LEVELS = {0.01, 0.025, 0.05, 0.10, 0.90, 0.95, 0.975, 0.99};
    /** The table's sample sizes; the last row is T = ∞. */
    static final int[] SIZES = {25, 50, 100, 250, 500};
    /** Where R tseries places the ∞ row when it interpolates in T. */
    static final double TSERIES_INFINITY = 1e5;

    private static final String[] ROW_KEYS = {"25", "50", "100", "250", "500", "inf"};
    // [row][column]
    private static final Map<Deterministic, double[][]> LOWER = new EnumMap<>(Deterministic.class);
    private static final double[][] FULL_TREND = new double[ROW_KEYS.length][];

    static {
        CoefficientFile f = new CoefficientFile("fuller1976.txt");
        for (Deterministic d : new Deterministic[] {Deterministic.NONE, Deterministic.CONSTANT, Deterministic.TREND}) {
            double[][] rows = new double[ROW_KEYS.length][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = f.numbers("tau", d.code(), ROW_KEYS[i]);
            }
            LOWER.put(d, rows);
        }
        for (int i = 0; i < FULL_TREND.length; i++) {
            FULL_TREND[i] = f.numbers("full", "ct", ROW_KEYS[i]);
        }
    }

    private FullerTable() {
    }

    /**
     * Stata's reading: linear interpolation in T between the table's rows; the 25 row for T ≤ 25, the 500 row at
     * 500 and the ∞ row above 500 (Stata's rule above 500 is not published; the two rows differ by at most 0.02).
     *
     * @param level 0.01, 0.05 or 0.10
     * @param terms no constant, constant, or constant and trend
     * @param observations T, the observations of the test regression (&ge; 1)
     * @return the critical value
     * @throws IllegalArgumentException for another level, the quadratic trend, or T &lt; 1
     */
    public static double interpolated(final double level, final Deterministic terms, final int observations) {
        double[] column = column(level, terms, observations);
        if (observations <= SIZES[0]) {
            return column[0];
        }
        if (observations > SIZES[SIZES.length - 1]) {
            return column[SIZES.length];
        }
        double[] sizes = new double[SIZES.length];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = SIZES[i];
        }
        return interpolate(sizes, java.util.Arrays.copyOf(column, SIZES.length), observations);
    }

    /**
     * R urca's reading: the row of the smallest tabulated size above m (25 for m &lt; 25, 50 for 25 ≤ m &lt; 50,
     * ..., ∞ for m ≥ 500).
     *
     * @param level 0.01, 0.05 or 0.10
     * @param terms no constant, constant, or constant and trend
     * @param differences m, the number of first differences of the series (n − 1, whatever the lag)
     * @return the critical value
     * @throws IllegalArgumentException for another level, the quadratic trend, or m &lt; 1
     */
    public static double step(final double level, final Deterministic terms, final int differences) {
        double[] column = column(level, terms, differences);
        int row = 0;
        while (row < SIZES.length && differences >= SIZES[row]) {
            row++;
        }
        return column[row];
    }

    /**
     * R tseries' reading of a lower-tail column (the same interpolation as {@link #tseriesPValue}): linear in m
     * between the rows, ∞ placed at {@value #TSERIES_INFINITY}, clamped at both ends.
     *
     * @param level 0.01, 0.05 or 0.10
     * @param terms no constant, constant, or constant and trend
     * @param differences m = n − 1
     * @return the critical value
     * @throws IllegalArgumentException for another level, the quadratic trend, or m &lt; 1
     */
    public static double tseriesInterpolated(final double level, final Deterministic terms, final int differences) {
        return interpolate(tseriesSizes(), column(level, terms, differences), tseriesAt(differences));
    }

    /**
     * R tseries' {@code adf.test} p-value (constant and trend): every column of the table interpolated linearly in
     * m (∞ at {@value #TSERIES_INFINITY}, clamped at 25 and there), then p linear in τ between the interpolated
     * columns, clamped to [0.01, 0.99].
     *
     * @param tau the τ statistic (finite)
     * @param differences m = n − 1, the number of first differences
     * @return the p-value in [0.01, 0.99]
     * @throws IllegalArgumentException when τ is not finite or m &lt; 1
     */
    public static double tseriesPValue(final double tau, final int differences) {
        if (!Double.isFinite(tau)) {
            throw new IllegalArgumentException("The tau statistic must be finite, got " + tau + ".");
        }
        checkSize(differences);
        double[] at = tseriesQuantiles(differences);
        if (tau <= at[0]) {
            return FULL_LEVELS[0];
        }
        if (tau >= at[at.length - 1]) {
            return FULL_LEVELS[FULL_LEVELS.length - 1];
        }
        return interpolate(at, FULL_LEVELS, tau);
    }

    /**
     * @param tau the τ statistic
     * @param differences m = n − 1
     * @return whether τ lies outside the 1%..99% range of the interpolated table, where {@link #tseriesPValue} clamps
     */
    public static boolean isOutsideTseriesTable(final double tau, final int differences) {
        double[] at = tseriesQuantiles(differences);
        return tau < at[0] || tau > at[at.length - 1];
    }

    /** @return the eight trend quantiles interpolated in m as tseries does */
    private static double[] tseriesQuantiles(final int differences) {
        double[] x = tseriesSizes();
        double m = tseriesAt(differences);
        double[] out = new double[FULL_LEVELS.length];
        double[] column = new double[ROW_KEYS.length];
        for (int c = 0; c < out.length; c++) {
            for (int r = 0; r < column.length; r++) {
                column[r] = FULL_TREND[r][c];
            }
            out[c] = interpolate(x, column, m);
        }
        return out;
    }

    private static double[] tseriesSizes() {
        double[] x = new double[ROW_KEYS.length];
        for (int i = 0; i < SIZES.length; i++) {
            x[i] = SIZES[i];
        }
        x[SIZES.length] = TSERIES_INFINITY;
        return x;
    }

    /** @return m clamped to the interpolation range, as R's {@code approx(..., rule = 2)} */
    private static double tseriesAt(final int differences) {
        return Math.min(Math.max(differences, SIZES[0]), TSERIES_INFINITY);
    }

    /** @return whether the table has the case (it has none with a quadratic trend) */
    public static boolean covers(final Deterministic terms) {
        return LOWER.containsKey(terms);
    }

    private static double[] column(final double level, final Deterministic terms, final int size) {
        checkSize(size);
        double[][] rows = LOWER.get(terms);
        if (rows == null) {
            throw new IllegalArgumentException("Fuller's (1976) table has no case with " + terms.description()
                + "; use MacKinnon (2010) critical values for it.");
        }
        for (int i = 0; i < LEVELS.length; i++) {
            if (LEVELS[i] == level) {
                double[] c = new double[rows.length];
                for (int r = 0; r < rows.length; r++) {
                    c[r] = rows[r][i];
                }
                return c;
            }
        }
        throw new IllegalArgumentException("Fuller's (1976) critical values are typed for the levels 0.01, 0.05 and"
            + " 0.10, not " + level + ".");
    }

    private static void checkSize(final int size) {
        if (size < 1) {
            throw new IllegalArgumentException("The sample size must be at least 1, got " + size + ".");
        }
    }

    /** Linear interpolation (Commons Math) at {@code at} in [x[0], x[last]] of the points (x[i], y[i]). */
    private static double interpolate(final double[] x, final double[] y, final double at) {
        return new LinearInterpolator().interpolate(x, y).value(at);
    }
}
