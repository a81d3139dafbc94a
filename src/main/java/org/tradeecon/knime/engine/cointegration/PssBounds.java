package org.tradeecon.knime.engine.cointegration;

import java.util.Locale;

import org.tradeecon.knime.engine.unitroot.CoefficientFile;

/**
 * Asymptotic critical value bounds of Pesaran, Shin and Smith (2001): Table CI(i)-(v) for the F statistic and
 * Table CII(i), (iii), (v) for the t statistic, for k = 0..10 regressors at the 10%, 5%, 2.5% and 1% levels.
 * The numbers are in the resource {@code pss2001.txt} beside this class, with their citation.
 */
public final class PssBounds {

    /** The tabulated significance levels. */
    public static final double[] LEVELS = {0.10, 0.05, 0.025, 0.01};

    /** The largest number of regressors tabulated. */
    public static final int MAX_REGRESSORS = 10;

    private static final CoefficientFile TABLE = new CoefficientFile(PssBounds.class, "pss2001.txt");

    private PssBounds() {
    }

    /**
     * @param fStatistic true for the F bounds, false for the t bounds
     * @param c the case (for t: I, III or V)
     * @param k the number of regressors, 0..10
     * @param level 0.10, 0.05, 0.025 or 0.01
     * @return {I(0) bound, I(1) bound}
     * @throws IllegalArgumentException when the combination is not tabulated
     */
    public static double[] bounds(final boolean fStatistic, final BoundsCase c, final int k, final double level) {
        if (!fStatistic && !c.hasTBounds()) {
            throw new IllegalArgumentException("PSS (2001) tabulate t bounds for cases I, III and V only, not "
                + c.description() + ".");
        }
        if (k < 0 || k > MAX_REGRESSORS) {
            throw new IllegalArgumentException("PSS (2001) tabulate bounds for 0 to " + MAX_REGRESSORS
                + " regressors, not " + k + ".");
        }
        return TABLE.numbers(fStatistic ? "F" : "t", Integer.toString(c.number()), Integer.toString(k),
            levelKey(level));
    }

    /**
     * @param level a significance level
     * @return its key in the table ("0.10", "0.05", "0.025", "0.01")
     * @throws IllegalArgumentException when the level is not tabulated
     */
    static String levelKey(final double level) {
        for (double l : LEVELS) {
            if (l == level) {
                String s = String.format(Locale.ROOT, "%.3f", level);
                return s.endsWith("0") ? s.substring(0, s.length() - 1) : s;
            }
        }
        throw new IllegalArgumentException("PSS (2001) tabulate the levels 0.10, 0.05, 0.025 and 0.01, not " + level
            + ".");
    }
}
