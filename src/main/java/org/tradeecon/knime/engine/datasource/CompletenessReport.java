package org.tradeecon.knime.engine.datasource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which requested observations a reader could not provide. Missing years are listed, never filled.
 */
public final class CompletenessReport {

    private final int fromYear;
    private final int toYear;
    private final List<Series> series;

    /**
     * @param fromYear first requested year
     * @param toYear   last requested year
     * @param series   one entry per requested series
     */
    public CompletenessReport(int fromYear, int toYear, List<Series> series) {
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.series = List.copyOf(series);
    }

    /** @return one entry per requested series */
    public List<Series> series() {
        return series;
    }

    /** @return whether every requested observation is present */
    public boolean isComplete() {
        return series.stream().allMatch(s -> s.missingYears().isEmpty());
    }

    /** @return the series that miss at least one year */
    public List<Series> incomplete() {
        return series.stream().filter(s -> !s.missingYears().isEmpty()).toList();
    }

    /**
     * @return e.g. "2 of 3 series complete for 2004–2018; China exports TOTAL: missing 2004–2016, 2018"
     */
    public String summary() {
        List<Series> bad = incomplete();
        StringBuilder sb = new StringBuilder();
        sb.append(series.size() - bad.size()).append(" of ").append(series.size()).append(" series complete for ")
                .append(fromYear).append(fromYear == toYear ? "" : "–" + toYear);
        for (Series s : bad) {
            sb.append("; ").append(s.name()).append(": missing ").append(ranges(s.missingYears()));
        }
        return sb.toString();
    }

    /**
     * Formats years as ranges, e.g. "2004–2006, 2009".
     *
     * @param years any years (duplicates and order do not matter)
     * @return the ranges, ascending; empty string for no years
     */
    public static String ranges(Collection<Integer> years) {
        List<Integer> y = new ArrayList<>(new TreeSet<>(years));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < y.size(); i++) {
            int start = y.get(i);
            while (i + 1 < y.size() && y.get(i + 1) == y.get(i) + 1) {
                i++;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(start == y.get(i) ? String.valueOf(start) : start + "–" + y.get(i));
        }
        return sb.toString();
    }

    /**
     * One requested series.
     *
     * @param name         e.g. "IP.PAT.NRES CHN" or "5700 exports group 08"
     * @param missingYears requested years without a value
     */
    public record Series(String name, SortedSet<Integer> missingYears) {

        /** Copies the years. */
        public Series {
            missingYears = new TreeSet<>(missingYears);
        }
    }
}
