package org.tradeecon.knime.engine.unitroot.panel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.tradeecon.knime.engine.timeseries.OptionChecks;

/**
 * A panel of series: N units observed on one common grid of time points, NaN where a unit has no value. A unit
 * may start late or end early (an unbalanced panel); each test states whether it accepts that. Immutable.
 */
public final class Panel {

    private final List<String> units;
    private final long[] times;
    private final double[][] values;

    private Panel(final List<String> units, final long[] times, final double[][] values) {
        this.units = List.copyOf(units);
        this.times = times;
        this.values = values;
    }

    /**
     * A panel from rows in long form (one row per unit and time), in any order.
     *
     * @param unit the panel id of each row (not null)
     * @param time the time of each row (e.g. the year)
     * @param value the value of each row; NaN marks a missing value
     * @return the panel; units in order of first appearance, times sorted
     * @throws IllegalArgumentException when the arrays differ in length, a unit id is null, a unit has two rows at
     *         the same time, a value is infinite, or there are fewer than 2 units
     */
    public static Panel fromRows(final String[] unit, final long[] time, final double[] value) {
        OptionChecks.notNull(unit, "the panel ids");
        OptionChecks.notNull(time, "the times");
        OptionChecks.notNull(value, "the values");
        if (unit.length != time.length || unit.length != value.length) {
            throw new IllegalArgumentException("The panel has " + unit.length + " ids, " + time.length + " times and "
                + value.length + " values; they must be equally many.");
        }
        OptionChecks.noNullElement(unit, "the panel ids");
        Map<String, Integer> unitIndex = new LinkedHashMap<>();
        TreeMap<Long, Integer> timeIndex = new TreeMap<>();
        for (int r = 0; r < unit.length; r++) {
            unitIndex.putIfAbsent(unit[r], unitIndex.size());
            timeIndex.put(time[r], 0);
        }
        long[] grid = new long[timeIndex.size()];
        int c = 0;
        for (Map.Entry<Long, Integer> e : timeIndex.entrySet()) {
            grid[c] = e.getKey();
            e.setValue(c++);
        }
        double[][] v = new double[unitIndex.size()][grid.length];
        boolean[][] seen = new boolean[v.length][grid.length];
        for (double[] row : v) {
            Arrays.fill(row, Double.NaN);
        }
        for (int r = 0; r < unit.length; r++) {
            int i = unitIndex.get(unit[r]);
            int t = timeIndex.get(time[r]);
            if (seen[i][t]) {
                throw new IllegalArgumentException("Panel unit '" + unit[r] + "' has two rows at time " + time[r] + ".");
            }
            if (Double.isInfinite(value[r])) {
                throw new IllegalArgumentException("Panel unit '" + unit[r] + "' has an infinite value at time "
                    + time[r] + ".");
            }
            seen[i][t] = true;
            v[i][t] = value[r];
        }
        return checked(new ArrayList<>(unitIndex.keySet()), grid, v);
    }

    /**
     * A panel from series already on a common time grid 1..T.
     *
     * @param names one name per unit
     * @param series one series per unit, all of length T, NaN for missing values
     * @return the panel
     * @throws IllegalArgumentException when the lists differ in length, the series differ in length, a value is
     *         infinite, or there are fewer than 2 units
     */
    public static Panel of(final List<String> names, final List<double[]> series) {
        OptionChecks.notNull(names, "the unit names");
        OptionChecks.notNull(series, "the series");
        if (names.size() != series.size()) {
            throw new IllegalArgumentException(series.size() + " series but " + names.size() + " unit names.");
        }
        int t = series.isEmpty() ? 0 : series.get(0).length;
        double[][] v = new double[series.size()][];
        for (int i = 0; i < v.length; i++) {
            v[i] = series.get(i).clone();
            if (v[i].length != t) {
                throw new IllegalArgumentException("Panel unit '" + names.get(i) + "' has " + v[i].length
                    + " time points, the first unit " + t + "; pad with missing values to a common grid.");
            }
            for (double x : v[i]) {
                if (Double.isInfinite(x)) {
                    throw new IllegalArgumentException("Panel unit '" + names.get(i) + "' has an infinite value.");
                }
            }
        }
        long[] grid = new long[t];
        for (int s = 0; s < t; s++) {
            grid[s] = s + 1;
        }
        return checked(names, grid, v);
    }

    private static Panel checked(final List<String> names, final long[] grid, final double[][] v) {
        if (v.length < 2) {
            throw new IllegalArgumentException("A panel unit-root test needs at least 2 panel units, got " + v.length
                + ".");
        }
        return new Panel(names, grid, v);
    }

    /** @return N, the number of units */
    public int unitCount() {
        return units.size();
    }

    /** @return the unit names, in panel order */
    public List<String> units() {
        return units;
    }

    /** @return the common time grid, sorted (a copy) */
    public long[] times() {
        return times.clone();
    }

    /**
     * @param i the unit's index, 0..N−1
     * @return the unit's values on the common grid, NaN where missing (a copy)
     */
    public double[] series(final int i) {
        return values[i].clone();
    }

    /** @return whether every unit has a value at every time of the grid */
    public boolean isBalanced() {
        for (double[] row : values) {
            for (double x : row) {
                if (Double.isNaN(x)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** @return the first missing value in words, e.g. "unit 'u01' has no value at time 20", for messages */
    public String firstMissing() {
        for (int i = 0; i < values.length; i++) {
            for (int t = 0; t < times.length; t++) {
                if (Double.isNaN(values[i][t])) {
                    return "unit '" + units.get(i) + "' has no value at time " + times[t];
                }
            }
        }
        return "every unit is complete";
    }

    /**
     * Cross-sectional demeaning (Levin, Lin and Chu 2002; Im, Pesaran and Shin 2003, section 6): at each time the
     * mean over the units observed then is subtracted, which removes a common time effect.
     *
     * @return the demeaned panel
     */
    public Panel demeaned() {
        double[][] d = new double[values.length][times.length];
        for (int t = 0; t < times.length; t++) {
            double sum = 0.0;
            int n = 0;
            for (double[] row : values) {
                if (!Double.isNaN(row[t])) {
                    sum += row[t];
                    n++;
                }
            }
            double mean = n == 0 ? 0.0 : sum / n;
            for (int i = 0; i < values.length; i++) {
                d[i][t] = values[i][t] - mean;
            }
        }
        return new Panel(units, times, d);
    }
}
