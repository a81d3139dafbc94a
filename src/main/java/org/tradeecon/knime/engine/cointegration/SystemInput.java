package org.tradeecon.knime.engine.cointegration;

import java.util.Arrays;
import java.util.List;

import org.tradeecon.knime.engine.timeseries.OptionChecks;

/**
 * A validated system of series observed on the same dates: rows where any series is missing are removed at the
 * start and the end, everything else is checked. One place for the input rules of the cointegration tests.
 */
final class SystemInput {

    /** The observed values, series by series, gap-free and finite, all of the same length. */
    final double[][] values;
    /** The series names, as given. */
    final List<String> names;
    /** Rows removed at the start because a series was missing there. */
    final int leadingTrimmed;
    /** Rows removed at the end because a series was missing there. */
    final int trailingTrimmed;

    private SystemInput(final double[][] values, final List<String> names, final int leading, final int trailing) {
        this.values = values;
        this.names = names;
        this.leadingTrimmed = leading;
        this.trailingTrimmed = trailing;
    }

    /**
     * @param series the series (NaN = missing), each of the same length
     * @param names one name per series
     * @param test the test's name, for messages
     * @param minVariables the fewest series the test takes
     * @param maxVariables the most series the test takes
     * @return the trimmed system (copies)
     * @throws IllegalArgumentException when an argument is null, the counts or lengths do not match, a value is
     *         infinite, a series has no observation or a missing value inside the common observed range (the
     *         message names the series and the observation), or a series is constant
     */
    static SystemInput of(final double[][] series, final String[] names, final String test, final int minVariables,
        final int maxVariables) {
        OptionChecks.notNull(series, "the series");
        OptionChecks.notNull(names, "the series names");
        OptionChecks.noNullElement(series, "the series");
        OptionChecks.noNullElement(names, "the series names");
        int k = series.length;
        if (names.length != k) {
            throw new IllegalArgumentException(test + ": " + names.length + " names were given for " + k
                + " series.");
        }
        if (k < minVariables || k > maxVariables) {
            throw new IllegalArgumentException(test + " takes " + minVariables + " to " + maxVariables
                + " series, got " + k + ".");
        }
        int n = series[0].length;
        for (int j = 0; j < k; j++) {
            if (series[j].length != n) {
                throw new IllegalArgumentException(test + ": series '" + names[j] + "' has " + series[j].length
                    + " values, series '" + names[0] + "' " + n + "; the series must be observed on the same dates.");
            }
            for (int i = 0; i < n; i++) {
                if (Double.isInfinite(series[j][i])) {
                    throw new IllegalArgumentException(test + ": series '" + names[j] + "' has an infinite value at"
                        + " observation " + (i + 1) + " of " + n + ". Remove or replace it.");
                }
            }
        }
        int first = 0;
        while (first < n && anyMissing(series, first)) {
            first++;
        }
        if (first == n) {
            throw new IllegalArgumentException(test + ": there is no observation at which all " + k
                + " series are observed.");
        }
        int last = n - 1;
        while (anyMissing(series, last)) {
            last--;
        }
        double[][] v = new double[k][];
        for (int j = 0; j < k; j++) {
            for (int i = first; i <= last; i++) {
                if (Double.isNaN(series[j][i])) {
                    throw new IllegalArgumentException(test + ": series '" + names[j] + "' has a missing value at"
                        + " observation " + (i + 1) + " of " + n + ", inside the range where all series are observed"
                        + " (observations " + (first + 1) + " to " + (last + 1) + "). Fill the gap or shorten the"
                        + " sample.");
                }
            }
            v[j] = Arrays.copyOfRange(series[j], first, last + 1);
            requireNotConstant(v[j], names[j], test);
        }
        return new SystemInput(v, List.of(names), first, n - 1 - last);
    }

    private static boolean anyMissing(final double[][] series, final int row) {
        for (double[] s : series) {
            if (Double.isNaN(s[row])) {
                return true;
            }
        }
        return false;
    }

    private static void requireNotConstant(final double[] x, final String name, final String test) {
        for (double value : x) {
            if (value != x[0]) {
                return;
            }
        }
        throw new IllegalArgumentException(test + ": series '" + name + "' is constant (all " + x.length
            + " observations equal " + x[0] + "); it cannot be part of a long-run relation. Remove it.");
    }

    /** @return the number of observations per series */
    int length() {
        return values[0].length;
    }

    /** @return a warning describing the trimming, or null when nothing was trimmed */
    String trimmingNote() {
        if (leadingTrimmed == 0 && trailingTrimmed == 0) {
            return null;
        }
        return "Rows with a missing value trimmed: " + leadingTrimmed + " at the start and " + trailingTrimmed
            + " at the end; the test uses the " + length() + " observations in between.";
    }
}
