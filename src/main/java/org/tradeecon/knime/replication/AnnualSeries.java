package org.tradeecon.knime.replication;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One annual series as read from a source: year → value, a missing year simply has no entry.
 *
 * @param name short name, e.g. "IP.PAT.NRES (China)"
 * @param unit unit in words, e.g. "USD" or "count"
 * @param source where the values come from (publisher, file, vintage)
 * @param values year → value; only finite values
 */
public record AnnualSeries(String name, String unit, String source, SortedMap<Integer, Double> values) {

    /**
     * @throws IllegalArgumentException if a value is NaN or infinite (a missing year must be left out)
     */
    public AnnualSeries {
        TreeMap<Integer, Double> copy = new TreeMap<>();
        for (Map.Entry<Integer, Double> e : values.entrySet()) {
            if (e.getValue() == null || !Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException("Series " + name + ", year " + e.getKey() + ": value "
                    + e.getValue() + " is not a finite number; leave a missing year out of the series.");
            }
            copy.put(e.getKey(), e.getValue());
        }
        values = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * @param year calendar year
     * @return the value, or {@code Double.NaN} if the source has none for that year
     */
    public double get(final int year) {
        Double v = values.get(year);
        return v == null ? Double.NaN : v;
    }

    /** @return an empty series (nothing found in the source) */
    public static AnnualSeries empty(final String name, final String unit, final String source) {
        return new AnnualSeries(name, unit, source, new TreeMap<>());
    }
}
