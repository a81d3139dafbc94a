package org.tradeecon.knime.engine.mapping;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trade values per year × category: exports, imports and balance = exports − imports.
 *
 * <p>Only mapped records (EXACT, PARENT or PREFIX) are summed. Missing values ({@code NaN}) are skipped. A year with no
 * export record at all (in any category) has its exports "not observed": {@code NaN} in every category of that
 * year, and so has the balance; the same for imports. A category without records in a year that has records of
 * that flow gets 0. Records without year or flow cannot be placed and are counted instead.
 */
public final class TradeAggregation {

    private final List<Row> rows;
    private final int recordsWithoutYear;
    private final int recordsWithoutFlow;

    private TradeAggregation(List<Row> rows, int withoutYear, int withoutFlow) {
        this.rows = List.copyOf(rows);
        this.recordsWithoutYear = withoutYear;
        this.recordsWithoutFlow = withoutFlow;
    }

    /**
     * Aggregates mapped records.
     *
     * @param mapping the mapping of the records
     * @param years   year per record ({@link ClassificationScheme#NO_YEAR} = none)
     * @param flows   flow per record ({@code null} = unknown)
     * @param values  value per record ({@code NaN} = missing)
     * @return rows for every year that has mapped records, times every category of the scheme
     * @throws IllegalArgumentException if the arrays differ in length or a value is infinite
     */
    public static TradeAggregation of(MappingResult mapping, int[] years, TradeFlow[] flows, double[] values) {
        int n = mapping.size();
        if (years.length != n || flows.length != n || values.length != n) {
            throw new IllegalArgumentException("Aggregation needs one year, flow and value per record: "
                    + n + " records, " + years.length + " years, " + flows.length + " flows, " + values.length
                    + " values.");
        }
        Builder b = builder(mapping.scheme());
        for (int i = 0; i < n; i++) {
            if (Double.isInfinite(values[i])) {
                throw new IllegalArgumentException("Value of record " + (i + 1) + " is infinite; fix the input.");
            }
            b.add(years[i], flows[i], mapping.categoryIndex(i), values[i]);
        }
        return b.build();
    }

    /**
     * @param scheme the scheme whose categories the records are mapped to
     * @return an empty aggregation to which records are added one at a time (the same sums as {@link #of})
     */
    public static Builder builder(final ClassificationScheme scheme) {
        return new Builder(scheme);
    }

    /** Accumulates records in their order; {@link #build()} gives the aggregation. */
    public static final class Builder {
        private final ClassificationScheme scheme;
        private final int k;
        private final Map<Integer, double[][]> sums = new TreeMap<>();
        private final Map<Integer, BitSet> flowSeen = new TreeMap<>();
        private int withoutYear;
        private int withoutFlow;

        private Builder(final ClassificationScheme scheme) {
            this.scheme = scheme;
            this.k = scheme.categories().size();
        }

        /**
         * @param year the record's year ({@link ClassificationScheme#NO_YEAR} = none)
         * @param flow its flow ({@code null} = unknown)
         * @param category its category index, -1 when it has none
         * @param value its value ({@code NaN} = missing; finite otherwise)
         */
        public void add(final int year, final TradeFlow flow, final int category, final double value) {
            if (Double.isInfinite(value)) {
                throw new IllegalArgumentException("A record's value is infinite; fix the input.");
            }
            if (year == ClassificationScheme.NO_YEAR) {
                withoutYear++;
                return;
            }
            if (flow == null) {
                withoutFlow++;
                return;
            }
            flowSeen.computeIfAbsent(year, y -> new BitSet()).set(flow.ordinal());
            if (category < 0) {
                return;
            }
            double[][] s = sums.computeIfAbsent(year, y -> new double[2][k]);
            if (!Double.isNaN(value)) {
                s[flow.ordinal()][category] += value;
            }
        }

        /** @return rows for every year that has mapped records, times every category of the scheme */
        public TradeAggregation build() {
            List<Row> rows = new ArrayList<>();
            for (Map.Entry<Integer, double[][]> e : sums.entrySet()) {
                BitSet seen = flowSeen.get(e.getKey());
                for (int c = 0; c < k; c++) {
                    double x = seen.get(TradeFlow.EXPORT.ordinal()) ? e.getValue()[TradeFlow.EXPORT.ordinal()][c]
                            : Double.NaN;
                    double m = seen.get(TradeFlow.IMPORT.ordinal()) ? e.getValue()[TradeFlow.IMPORT.ordinal()][c]
                            : Double.NaN;
                    rows.add(new Row(e.getKey(), scheme.categories().get(c), x, m, x - m));
                }
            }
            return new TradeAggregation(rows, withoutYear, withoutFlow);
        }
    }

    /** @return rows ordered by year, then category index */
    public List<Row> rows() {
        return rows;
    }

    /** @return number of records left out because they have no year */
    public int recordsWithoutYear() {
        return recordsWithoutYear;
    }

    /** @return number of records left out because they have no flow */
    public int recordsWithoutFlow() {
        return recordsWithoutFlow;
    }

    /**
     * One year × category.
     *
     * @param year     the year
     * @param category the category
     * @param exports  sum of export values; {@code NaN} if the year has no export records at all
     * @param imports  sum of import values; {@code NaN} if the year has no import records at all
     * @param balance  exports − imports; {@code NaN} if either is not observed
     */
    public record Row(int year, Category category, double exports, double imports, double balance) {
    }
}
