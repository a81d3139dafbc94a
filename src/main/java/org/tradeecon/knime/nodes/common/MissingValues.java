package org.tradeecon.knime.nodes.common;

/**
 * Applies a {@link MissingValuePolicy} to the series of one group: which rows to use, or an error that names the
 * first missing value.
 */
public final class MissingValues {
    /** The rows to use: {@code [start, end)}, and a warning text (null if nothing was left out). */
    public record Selection(int start, int end, String warning) {
        /** @return {@code x[start, end)} */
        public double[] slice(final double[] x) {
            return java.util.Arrays.copyOfRange(x, start, end);
        }

        public int length() {
            return end - start;
        }
    }

    private MissingValues() {
    }

    /**
     * @param policy FAIL, LONGEST_COMPLETE_STRETCH or KEEP
     * @param group the group the series come from (for row names in messages)
     * @param names series names, parallel to {@code series}
     * @param series the series, all of the group's length; a row counts as complete if no series is NaN there
     * @return all rows for FAIL (when nothing is missing) and KEEP; the longest complete stretch otherwise
     * @throws IllegalArgumentException for FAIL, naming the series and the row or time of the first missing
     *             value; for LONGEST_COMPLETE_STRETCH, if no row is complete
     */
    public static Selection select(final MissingValuePolicy policy, final SeriesTable.Group group,
        final String[] names, final double[]... series) {
        return select(policy, group, names, 0, group.size(), series);
    }

    /**
     * As {@link #select}, for nodes that test whole series: the rows before the first and after the last row where
     * every series has a value (e.g. the leading rows of a differenced column) are left out under every policy and
     * without a warning, as they are not gaps; such nodes show the rows used instead (e.g. in a sample column). The
     * policy decides about missing values between them.
     *
     * @throws IllegalArgumentException as {@link #select}, and if no row has a value in every series
     */
    public static Selection selectObserved(final MissingValuePolicy policy, final SeriesTable.Group group,
        final String[] names, final double[]... series) {
        int lo = 0;
        int hi = group.size();
        while (lo < hi && !complete(lo, series)) {
            lo++;
        }
        while (hi > lo && !complete(hi - 1, series)) {
            hi--;
        }
        if (lo == hi) {
            throw noCompleteRow(group, names);
        }
        return select(policy, group, names, lo, hi, series);
    }

    /** {@link #select} within rows {@code [lo, hi)}. */
    private static Selection select(final MissingValuePolicy policy, final SeriesTable.Group group,
        final String[] names, final int lo, final int hi, final double[]... series) {
        if (policy == MissingValuePolicy.KEEP) {
            return new Selection(lo, hi, null);
        }
        if (policy == MissingValuePolicy.FAIL) {
            for (int i = lo; i < hi; i++) {
                for (int s = 0; s < series.length; s++) {
                    if (Double.isNaN(series[s][i])) {
                        throw new IllegalArgumentException("\"" + names[s] + "\" is missing at " + group.describeRow(i)
                            + ". Fill the gap, or set \"" + CommonSettings.LABEL_MISSING + "\" to \""
                            + MissingValuePolicy.LONGEST_COMPLETE_STRETCH.label() + "\".");
                    }
                }
            }
            return new Selection(lo, hi, null);
        }
        int[] best = longestCompleteStretch(group.size(), series);
        if (best[1] == best[0]) {
            throw noCompleteRow(group, names);
        }
        String warning = best[0] == lo && best[1] == hi ? null
            : String.join(", ", names) + (group.groupCell() == null ? "" : " (group \"" + group.groupName() + "\")")
                + ": used the longest stretch without missing values, " + group.describeRow(best[0]) + " to "
                + group.describeRow(best[1] - 1) + " (" + (best[1] - best[0]) + " of " + (hi - lo) + " rows).";
        return new Selection(best[0], best[1], warning);
    }

    private static boolean complete(final int row, final double[]... series) {
        for (double[] s : series) {
            if (Double.isNaN(s[row])) {
                return false;
            }
        }
        return true;
    }

    private static IllegalArgumentException noCompleteRow(final SeriesTable.Group group, final String[] names) {
        return new IllegalArgumentException("No row" + (group.groupCell() == null ? "" : " of group \""
            + group.groupName() + "\"") + " has a value in every one of " + String.join(", ", names) + ".");
    }

    /**
     * @return {@code {start, end}} of the longest run of rows where no series is NaN; on a tie the earliest run
     *         (the convention of R's {@code na.contiguous}); {@code {0, 0}} if there is none
     */
    static int[] longestCompleteStretch(final int n, final double[]... series) {
        int bestStart = 0;
        int bestEnd = 0;
        int start = 0;
        for (int i = 0; i <= n; i++) {
            boolean complete = i < n;
            for (int s = 0; complete && s < series.length; s++) {
                complete = !Double.isNaN(series[s][i]);
            }
            if (!complete) {
                if (i - start > bestEnd - bestStart) {
                    bestStart = start;
                    bestEnd = i;
                }
                start = i + 1;
            }
        }
        return new int[]{bestStart, bestEnd};
    }
}
