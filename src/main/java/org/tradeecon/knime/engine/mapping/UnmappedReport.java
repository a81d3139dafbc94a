package org.tradeecon.knime.engine.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The codes that got no category (UNMAPPED, AMBIGUOUS, MALFORMED, MISSING), each with how often it occurs, its
 * total value and its share of the total value of all records.
 */
public final class UnmappedReport {

    private final List<Entry> entries;
    private final double totalValue;

    private UnmappedReport(List<Entry> entries, double totalValue) {
        this.entries = List.copyOf(entries);
        this.totalValue = totalValue;
    }

    /**
     * Builds the report.
     *
     * <p>Share of value = (sum of the code's non-missing values) / (sum of all records' non-missing values); it is
     * undefined (empty) when no values are given or the total is zero.
     *
     * @param mapper  the mapper used (for the reasons)
     * @param codes   the raw codes, as mapped
     * @param years   years per record or {@code null}
     * @param flows   flows per record or {@code null}
     * @param mapping the result of mapping these records
     * @param values  value per record ({@code NaN} = missing), or {@code null} if there is no value
     * @return entries ordered by value (largest first), then count, then code
     * @throws IllegalArgumentException if array lengths differ or a value is infinite
     */
    public static UnmappedReport of(CategoryMapper mapper, String[] codes, int[] years, TradeFlow[] flows,
            MappingResult mapping, double[] values) {
        int n = codes.length;
        if (mapping.size() != n || (values != null && values.length != n)) {
            throw new IllegalArgumentException("The report needs one mapping result and one value per code: "
                    + n + " codes, " + mapping.size() + " results"
                    + (values == null ? "" : ", " + values.length + " values") + ".");
        }
        Builder b = builder(mapper, values != null);
        for (int i = 0; i < n; i++) {
            double v = values == null ? Double.NaN : values[i];
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException("Value of record " + (i + 1) + " is infinite; fix the input.");
            }
            b.add(codes[i], years == null ? ClassificationScheme.NO_YEAR : years[i], flows == null ? null : flows[i],
                mapping.matchType(i), v);
        }
        return b.build();
    }

    /**
     * @param mapper the mapper used (for the reasons)
     * @param hasValues whether the records have values (else no share of value is defined)
     * @return an empty report to which records are added one at a time (the same report as {@link #of})
     */
    public static Builder builder(final CategoryMapper mapper, final boolean hasValues) {
        return new Builder(mapper, hasValues);
    }

    /** Accumulates records in their order; {@link #build()} gives the report. */
    public static final class Builder {
        private final CategoryMapper mapper;
        private final boolean hasValues;
        private double total;
        private final Map<String, double[]> stats = new LinkedHashMap<>();
        private final Map<String, String[]> info = new LinkedHashMap<>();

        private Builder(final CategoryMapper mapper, final boolean hasValues) {
            this.mapper = mapper;
            this.hasValues = hasValues;
        }

        /**
         * @param code the raw code, as mapped
         * @param year its year ({@link ClassificationScheme#NO_YEAR} = none)
         * @param flow its flow ({@code null} = unknown)
         * @param type its match type
         * @param value its value ({@code NaN} = missing or no values; finite otherwise)
         */
        public void add(final String code, final int year, final TradeFlow flow, final MatchType type,
            final double value) {
            if (Double.isInfinite(value)) {
                throw new IllegalArgumentException("A record's value is infinite; fix the input.");
            }
            if (!Double.isNaN(value)) {
                total += value;
            }
            if (type.isMapped()) {
                return;
            }
            String normalized = CodeKey.normalize(code);
            String shown = normalized != null ? normalized : code == null ? "" : code;
            String key = type.name() + '\u0000' + shown;
            double[] s = stats.get(key);
            if (s == null) {
                s = new double[2];
                stats.put(key, s);
                CodeList list = mapper.scheme().resolve(year, flow).list();
                info.put(key, new String[] {shown, mapper.explain(list, code, type), type.name()});
            }
            s[0]++;
            if (!Double.isNaN(value)) {
                s[1] += value;
            }
        }

        /** @return entries ordered by value (largest first), then count, then code */
        public UnmappedReport build() {
            List<Entry> entries = new ArrayList<>();
            boolean shareDefined = hasValues && total != 0;
            for (Map.Entry<String, double[]> e : stats.entrySet()) {
                String[] d = info.get(e.getKey());
                double[] s = e.getValue();
                entries.add(new Entry(d[0], MatchType.valueOf(d[2]), d[1], (long) s[0], s[1],
                        shareDefined ? OptionalDouble.of(s[1] / total) : OptionalDouble.empty()));
            }
            entries.sort(Comparator.comparingDouble((Entry x) -> -x.value()).thenComparing(x -> -x.count())
                    .thenComparing(Entry::code));
            return new UnmappedReport(entries, total);
        }
    }

    /** @return one entry per distinct (match type, code) */
    public List<Entry> entries() {
        return entries;
    }

    /** @return sum of all records' non-missing values (mapped and not) */
    public double totalValue() {
        return totalValue;
    }

    /**
     * One code without category.
     *
     * @param code   the normalised code, or the raw text when it cannot be normalised ("" for a missing code)
     * @param type   why it has no category
     * @param reason the reason in words
     * @param count  number of records with it
     * @param value  sum of their non-missing values
     * @param share  value / total value of all records; empty when there are no values or the total is 0
     */
    public record Entry(String code, MatchType type, String reason, long count, double value, OptionalDouble share) {
    }
}
