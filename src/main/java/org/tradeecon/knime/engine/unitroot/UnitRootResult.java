package org.tradeecon.knime.engine.unitroot;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * What every unit-root or stationarity test reports, in one shape (as arch's unit-root results): the
 * statistic, its p-value and critical values, the lags and observations used, the deterministic terms, the
 * hypotheses in words, the decision at the chosen α, warnings, and the conventions the numbers follow.
 * Immutable.
 */
public abstract class UnitRootResult {

    /** How exact the reported p-value is. */
    public enum PValueKind {
        /** An approximation or interpolation inside the published table. */
        APPROXIMATE,
        /** Outside the table: the true p-value is smaller than or equal to the reported one. */
        UPPER_BOUND,
        /** Outside the table: the true p-value is larger than or equal to the reported one. */
        LOWER_BOUND
    }

    private final String testName;
    private final double statistic;
    private final double pValue;
    private final PValueKind pValueKind;
    /** The tabulated levels, ascending, and their critical values: the map is built only when asked for. */
    private final double[] criticalLevels;
    private final double[] criticalValueAt;
    private volatile SortedMap<Double, Double> criticalValues;
    private final int lags;
    private final int observations;
    private final Deterministic deterministic;
    private final String nullHypothesis;
    private final String alternativeHypothesis;
    private final double alpha;
    private final List<String> warnings;
    /** The conventions given eagerly, and the supplier of those built only when asked for (or null). */
    private final Map<String, String> givenConventions;
    private final Supplier<Map<String, String>> laterConventions;
    private volatile Map<String, String> conventions;
    private final int leadingTrimmed;
    private final int trailingTrimmed;

    /**
     * The common fields, collected by the concrete tests before construction (public so that tests in other
     * engine packages, e.g. Engle-Granger in {@code cointegration}, share this result shape).
     */
    public static final class Common {
        public String testName;
        public double statistic;
        public double pValue;
        public PValueKind pValueKind = PValueKind.APPROXIMATE;
        public final SortedMap<Double, Double> criticalValues = new TreeMap<>();
        /**
         * Critical values as arrays (levels ascending), used instead of {@link #criticalValues} when set; handed
         * over to the result, so never changed afterwards (the levels array may be shared by all results).
         */
        double[] criticalLevelArray;
        double[] criticalValueArray;
        public int lags;
        public int observations;
        public Deterministic deterministic;
        public String nullHypothesis;
        public String alternativeHypothesis;
        public double alpha;
        public final List<String> warnings = new java.util.ArrayList<>();
        public final Map<String, String> conventions = new LinkedHashMap<>();
        /**
         * Conventions put before {@link #conventions} but built only when the result is asked for them: a batch
         * of thousands of tests reads the statistics, rarely the words, and should not keep a map per test.
         */
        Supplier<Map<String, String>> laterConventions;
        public int leadingTrimmed;
        public int trailingTrimmed;

        void trimming(final SeriesInput in) {
            leadingTrimmed = in.leadingTrimmed;
            trailingTrimmed = in.trailingTrimmed;
            String note = in.trimmingNote();
            if (note != null) {
                warnings.add(note);
            }
        }
    }

    /** @param c the common fields (copied) */
    protected UnitRootResult(final Common c) {
        testName = c.testName;
        statistic = c.statistic;
        pValue = c.pValue;
        pValueKind = c.pValueKind;
        if (c.criticalLevelArray != null) { // a batch of thousands of tests: no map, no boxing
            criticalLevels = c.criticalLevelArray;
            criticalValueAt = c.criticalValueArray;
        } else {
            criticalLevels = new double[c.criticalValues.size()];
            criticalValueAt = new double[criticalLevels.length];
            int i = 0;
            for (Map.Entry<Double, Double> e : c.criticalValues.entrySet()) {
                criticalLevels[i] = e.getKey();
                criticalValueAt[i++] = e.getValue();
            }
        }
        lags = c.lags;
        observations = c.observations;
        deterministic = c.deterministic;
        nullHypothesis = c.nullHypothesis;
        alternativeHypothesis = c.alternativeHypothesis;
        alpha = c.alpha;
        warnings = List.copyOf(c.warnings);
        givenConventions = c.conventions.isEmpty() ? Collections.emptyMap()
            : Collections.unmodifiableMap(new LinkedHashMap<>(c.conventions));
        laterConventions = c.laterConventions;
        conventions = laterConventions == null ? givenConventions : null;
        leadingTrimmed = c.leadingTrimmed;
        trailingTrimmed = c.trailingTrimmed;
    }

    /** @return the test's name, e.g. "Augmented Dickey-Fuller" */
    public String testName() {
        return testName;
    }

    /** @return the test statistic (never NaN) */
    public double statistic() {
        return statistic;
    }

    /** @return the p-value in [0, 1]; see {@link #pValueKind()} for table-end clipping */
    public double pValue() {
        return pValue;
    }

    /** @return whether the p-value is an approximation inside the table or a bound at its end */
    public PValueKind pValueKind() {
        return pValueKind;
    }

    /** @return critical values keyed by significance level (0.01, 0.05, 0.10, and 0.025 for KPSS) */
    public SortedMap<Double, Double> criticalValues() {
        SortedMap<Double, Double> m = criticalValues;
        if (m == null) {
            TreeMap<Double, Double> all = new TreeMap<>();
            for (int i = 0; i < criticalLevels.length; i++) {
                all.put(criticalLevels[i], criticalValueAt[i]);
            }
            m = Collections.unmodifiableSortedMap(all);
            criticalValues = m;
        }
        return m;
    }

    /**
     * @param level a tabulated significance level, e.g. 0.05
     * @return the critical value at that level
     * @throws IllegalArgumentException when the level is not tabulated
     */
    public double criticalValue(final double level) {
        for (int i = 0; i < criticalLevels.length; i++) {
            if (Double.compare(criticalLevels[i], level) == 0) { // the map's key equality
                return criticalValueAt[i];
            }
        }
        throw new IllegalArgumentException(
            "No critical value at level " + level + "; tabulated levels: " + criticalValues().keySet() + ".");
    }

    /** @return the number of lags used (augmentation lags for ADF, Bartlett bandwidth for KPSS) */
    public int lags() {
        return lags;
    }

    /** @return the number of observations in the test regression */
    public int observations() {
        return observations;
    }

    /** @return the deterministic terms */
    public Deterministic deterministic() {
        return deterministic;
    }

    /** @return the null hypothesis in words */
    public String nullHypothesis() {
        return nullHypothesis;
    }

    /** @return the alternative hypothesis in words */
    public String alternativeHypothesis() {
        return alternativeHypothesis;
    }

    /** @return the significance level chosen in the options */
    public double alpha() {
        return alpha;
    }

    /** @return whether the null hypothesis is rejected at the chosen α ({@link #rejectsNull(double)}) */
    public boolean rejectsNull() {
        return rejectsNull(alpha);
    }

    /**
     * Decision by p-value: reject when p &lt; α, or p ≤ α when the reported p is an upper bound (the true
     * p-value is then at most p).
     *
     * @param level significance level in (0, 1)
     * @return whether the null is rejected at that level
     * @throws IllegalArgumentException when the level is outside (0, 1)
     */
    public boolean rejectsNull(final double level) {
        if (!(level > 0.0 && level < 1.0)) {
            throw new IllegalArgumentException("The significance level must be in (0, 1), got " + level + ".");
        }
        return pValueKind == PValueKind.UPPER_BOUND ? pValue <= level : pValue < level;
    }

    /** @return the decision at the chosen α in words, e.g. "Reject the null hypothesis at the 5% level (p = 0.0049). H0: ..." */
    public String decision() {
        return String.format(Locale.ROOT, "%s the null hypothesis at the %s level (p %s). H0: %s.",
            rejectsNull() ? "Reject" : "Do not reject", percent(alpha), pValueText(), nullHypothesis);
    }

    private String pValueText() {
        String v = String.format(Locale.ROOT, "%.4g", pValue);
        switch (pValueKind) {
            case UPPER_BOUND:
                return "<= " + v + " (outside the table)";
            case LOWER_BOUND:
                return ">= " + v + " (outside the table)";
            default:
                return "= " + v;
        }
    }

    /** @return the level as a percentage without trailing zeros, e.g. "5%", "2.5%" */
    public static String percent(final double level) {
        return new java.math.BigDecimal(Double.toString(level * 100)).stripTrailingZeros().toPlainString() + "%";
    }

    /** @return warnings in plain words (trimmed missing values, clipped p-values, ...); empty when none */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * @return the conventions behind the numbers, e.g. "p-value" → "MacKinnon (1994) approximate asymptotic",
     *         "maximum lag" → the rule, "lag-selection sample" → which sample the candidates were compared on
     */
    public Map<String, String> conventions() {
        Map<String, String> m = conventions;
        if (m == null) {
            Map<String, String> all = new LinkedHashMap<>(laterConventions.get());
            all.putAll(givenConventions);
            m = Collections.unmodifiableMap(all);
            conventions = m;
        }
        return m;
    }

    /** @return how many missing values were trimmed from the start of the input */
    public int leadingMissingTrimmed() {
        return leadingTrimmed;
    }

    /** @return how many missing values were trimmed from the end of the input */
    public int trailingMissingTrimmed() {
        return trailingTrimmed;
    }

    /** @return a plain-text report of the common fields */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(testName).append(" test (").append(deterministic.description()).append(")\n");
        s.append(String.format(Locale.ROOT, "  statistic %.6g, p-value %s%n", statistic, pValueText()));
        for (int i = 0; i < criticalLevels.length; i++) {
            s.append(String.format(Locale.ROOT, "  critical value %s: %.6g%n", percent(criticalLevels[i]),
                criticalValueAt[i]));
        }
        s.append("  lags ").append(lags).append(", observations ").append(observations).append('\n');
        s.append("  H0: ").append(nullHypothesis).append('\n');
        s.append("  H1: ").append(alternativeHypothesis).append('\n');
        s.append("  ").append(decision()).append('\n');
        conventions().forEach((k, v) -> s.append("  ").append(k).append(": ").append(v).append('\n'));
        warnings.forEach(w -> s.append("  warning: ").append(w).append('\n'));
        return s.toString();
    }

    @Override
    public String toString() {
        return summary();
    }
}
