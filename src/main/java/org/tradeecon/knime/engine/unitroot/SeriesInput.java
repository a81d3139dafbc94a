package org.tradeecon.knime.engine.unitroot;

import java.util.Arrays;

/**
 * Validated input series: leading and trailing missing values removed, everything else checked. One place for
 * the input rules that every unit-root test shares.
 */
final class SeriesInput {

    /** The observed values, gap-free and finite. */
    final double[] values;
    /** Number of missing values removed at the start. */
    final int leadingTrimmed;
    /** Number of missing values removed at the end. */
    final int trailingTrimmed;

    private SeriesInput(final double[] values, final int leading, final int trailing) {
        this.values = values;
        this.leadingTrimmed = leading;
        this.trailingTrimmed = trailing;
    }

    /**
     * Trims leading and trailing NaN and checks the rest.
     *
     * @param x the series (NaN = missing)
     * @param name the series name used in messages
     * @return the trimmed series (a copy) and what was trimmed
     * @throws IllegalArgumentException when x is null, has an infinite value, has no observed value, or has a
     *         missing value between observed ones (the message gives the position)
     */
    static SeriesInput of(final double[] x, final String name) {
        if (x == null) {
            throw new IllegalArgumentException("Series '" + name + "' is null.");
        }
        for (int i = 0; i < x.length; i++) {
            if (Double.isInfinite(x[i])) {
                throw new IllegalArgumentException("Series '" + name + "' has an infinite value at index " + i
                    + " (observation " + (i + 1) + " of " + x.length + "). Remove or replace it.");
            }
        }
        int first = 0;
        while (first < x.length && Double.isNaN(x[first])) {
            first++;
        }
        if (first == x.length) {
            throw new IllegalArgumentException("Series '" + name + "' has no observed value (all " + x.length
                + " values are missing).");
        }
        int last = x.length - 1;
        while (Double.isNaN(x[last])) {
            last--;
        }
        for (int i = first; i <= last; i++) {
            if (Double.isNaN(x[i])) {
                throw new IllegalArgumentException("Series '" + name + "' has a missing value at index " + i
                    + " (observation " + (i + 1) + " of " + x.length + "), inside its observed range (indices "
                    + first + " to " + last + "). Unit-root tests need a series without gaps: fill the gap or"
                    + " shorten the series.");
            }
        }
        return new SeriesInput(Arrays.copyOfRange(x, first, last + 1), first, x.length - 1 - last);
    }

    /** @return a warning describing the trimming, or null when nothing was trimmed */
    String trimmingNote() {
        if (leadingTrimmed == 0 && trailingTrimmed == 0) {
            return null;
        }
        return "Missing values trimmed: " + leadingTrimmed + " at the start and " + trailingTrimmed
            + " at the end; the test uses the " + values.length + " observations in between.";
    }

    /**
     * @param name series name for the message
     * @throws IllegalArgumentException when all values are equal
     */
    void requireNotConstant(final String name) {
        double min = values[0];
        double max = values[0];
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (values.length == 1) {
            throw new IllegalArgumentException("Series '" + name + "' has only 1 observation (" + values[0]
                + "): a unit-root test needs a series, at least a handful of values.");
        }
        if (min == max) {
            throw new IllegalArgumentException("Series '" + name + "' is constant (every one of its "
                + values.length + " observations equals " + min + "): a unit-root test is undefined for it.");
        }
    }
}
