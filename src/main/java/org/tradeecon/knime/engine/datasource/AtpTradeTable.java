package org.tradeecon.knime.engine.datasource;

import java.util.List;
import java.util.Set;

/**
 * US ATP trade rows for a partner and year range, plus what is missing.
 *
 * @param rows         rows by year, then group (missing values NaN)
 * @param completeness missing years per group and flow
 * @param source       where the rows come from
 */
public record AtpTradeTable(List<AtpTradeRow> rows, CompletenessReport completeness, String source) {

    /** Copies the rows. */
    public AtpTradeTable {
        rows = List.copyOf(rows);
    }

    /**
     * Combines two tables of the same partner year by year: a year is taken whole (all groups) from
     * {@code first} if first has a TOTAL export or import value for it, else from {@code second}.
     *
     * @param first    preferred table
     * @param second   the other table (same partner)
     * @param fromYear first year of the result
     * @param toYear   last year of the result
     * @param source   source text of the result
     * @param fromFirst receives the years taken from {@code first}
     * @return the combined grid with its completeness report
     * @throws IllegalArgumentException if the partners differ
     */
    public static AtpTradeTable combineByYear(AtpTradeTable first, AtpTradeTable second, int fromYear, int toYear,
            String source, Set<Integer> fromFirst) {
        AtpTradeRow any = first.rows().isEmpty() ? second.rows().get(0) : first.rows().get(0);
        for (AtpTradeTable t : List.of(first, second)) {
            for (AtpTradeRow r : t.rows()) {
                if (!r.partnerCode().equals(any.partnerCode())) {
                    throw new IllegalArgumentException("Cannot combine ATP trade of partners " + any.partnerCode()
                            + " and " + r.partnerCode() + ".");
                }
            }
        }
        for (AtpTradeRow r : first.rows()) {
            if (r.group().equals(AtpTradeRow.TOTAL) && !(Double.isNaN(r.exports()) && Double.isNaN(r.imports()))) {
                fromFirst.add(r.year());
            }
        }
        AtpGrid grid = new AtpGrid(any.partnerCode(), any.partnerName(), fromYear, toYear);
        for (AtpTradeTable t : List.of(first, second)) {
            for (AtpTradeRow r : t.rows()) {
                if (fromFirst.contains(r.year()) == (t == first)) {
                    put(grid, r);
                }
            }
        }
        return grid.build(source);
    }

    private static void put(AtpGrid grid, AtpTradeRow r) {
        double[] v = {r.exports(), r.imports(), r.balance()};
        for (int i = 0; i < 3; i++) {
            if (!Double.isNaN(v[i])) {
                grid.put(r.year(), r.group(), i, v[i]);
            }
        }
    }
}
