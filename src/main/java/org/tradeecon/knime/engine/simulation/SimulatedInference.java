package org.tradeecon.knime.engine.simulation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.tradeecon.knime.engine.timeseries.OptionChecks;

/**
 * A simulated (Monte Carlo or bootstrap) p-value and critical values of one test, with the seed and the number
 * of replications that reproduce them, shown beside the test's table (asymptotic) p-value. Immutable.
 * The null is rejected at level α when p ≤ α (the Monte Carlo p-value counts the observed statistic as a draw,
 * see {@link NullDistribution}).
 */
public record SimulatedInference(String testName, String method, double statistic, Tail tail, double pValue,
    double tablePValue, SortedMap<Double, Double> criticalValues, int observations, int lags, int replications,
    long seed, double alpha, String nullHypothesis, List<String> warnings, Map<String, String> conventions) {

    /**
     * Copies the collections, so that the result is immutable.
     *
     * @param testName the test's name
     * @param method how the null distribution was simulated, in words
     * @param statistic the observed statistic
     * @param tail which tail rejects
     * @param pValue the simulated p-value, in [1/(R + 1), 1]
     * @param tablePValue the test's own (asymptotic or table) p-value, to show beside the simulated one
     * @param criticalValues simulated critical values at 1%, 5% and 10%
     * @param observations the observations of the test regression (the sample size simulated)
     * @param lags the lags used, held fixed in the simulation
     * @param replications R
     * @param seed the seed; with R it reproduces the numbers on any number of threads
     * @param alpha the significance level of {@link #decision()}
     * @param nullHypothesis the null hypothesis in words
     * @param warnings warnings in plain words
     * @param conventions the conventions behind the numbers (DGP, p-value estimator, quantile rule, seed)
     */
    public SimulatedInference {
        criticalValues = Collections.unmodifiableSortedMap(new TreeMap<>(criticalValues));
        warnings = List.copyOf(warnings);
        conventions = Collections.unmodifiableMap(new LinkedHashMap<>(conventions));
    }

    /** Which tail of the simulated distribution speaks against the null. */
    public enum Tail {
        /** Small values reject (ADF τ): p = (1 + #{s_sim ≤ s}) / (R + 1). */
        LOWER,
        /** Large values reject (KPSS, F): p = (1 + #{s_sim ≥ s}) / (R + 1). */
        UPPER
    }

    /** The significance levels of the simulated critical values. */
    public static final double[] LEVELS = {0.01, 0.05, 0.10};

    /** Collects the description of a simulated test; {@link #build} computes the p-value and critical values. */
    public static final class Builder {
        private String testName;
        private String method;
        private double statistic;
        private Tail tail;
        private double tablePValue;
        private int observations;
        private int lags;
        private double alpha = 0.05;
        private String nullHypothesis;
        private final List<String> warnings = new ArrayList<>();
        private final Map<String, String> conventions = new LinkedHashMap<>();

        /**
         * @param testName e.g. "Augmented Dickey-Fuller"
         * @param method how the null distribution was simulated, in words
         * @param statistic the observed statistic
         * @param tail which tail rejects
         * @param tablePValue the test's own (asymptotic or table) p-value, for comparison
         * @param nullHypothesis the null in words
         */
        public Builder(final String testName, final String method, final double statistic, final Tail tail,
            final double tablePValue, final String nullHypothesis) {
            this.testName = OptionChecks.notNull(testName, "the test name");
            this.method = OptionChecks.notNull(method, "the simulation method");
            this.statistic = statistic;
            this.tail = OptionChecks.notNull(tail, "the tail");
            this.tablePValue = tablePValue;
            this.nullHypothesis = OptionChecks.notNull(nullHypothesis, "the null hypothesis");
        }

        /**
         * @param observations the observations of the test regression
         * @param lags lags used (ADF augmentation, KPSS bandwidth, Granger p)
         * @param alpha the significance level of the decision, in (0, 1)
         * @return this
         * @throws IllegalArgumentException when alpha is outside (0, 1)
         */
        public Builder sample(final int observations, final int lags, final double alpha) {
            if (!(alpha > 0.0 && alpha < 1.0)) {
                throw new IllegalArgumentException("The significance level must be in (0, 1), got " + alpha + ".");
            }
            this.observations = observations;
            this.lags = lags;
            this.alpha = alpha;
            return this;
        }

        /** @param w a warning in plain words @return this */
        public Builder warning(final String w) {
            warnings.add(w);
            return this;
        }

        /** @param key what the convention is about @param value the convention @return this */
        public Builder convention(final String key, final String value) {
            conventions.put(key, value);
            return this;
        }

        /**
         * @param d the simulated null distribution
         * @return the result
         */
        public SimulatedInference build(final NullDistribution d) {
            OptionChecks.notNull(d, "the null distribution");
            int r = d.replications();
            double p = tail == Tail.LOWER ? d.lowerTailPValue(statistic) : d.upperTailPValue(statistic);
            SortedMap<Double, Double> cv = new TreeMap<>();
            for (double level : LEVELS) {
                cv.put(level, d.quantile(tail == Tail.LOWER ? level : 1.0 - level));
            }
            Map<String, String> c = new LinkedHashMap<>(conventions);
            c.put("p-value", "(1 + #{simulated " + (tail == Tail.LOWER ? "<=" : ">=") + " observed}) / (R + 1), R = "
                + r);
            c.put("critical values", "quantiles of the simulated statistics (type 6: order statistic at p(R + 1),"
                + " interpolated)");
            c.put("seed", Long.toString(d.seed()));
            return new SimulatedInference(testName, method, statistic, tail, p, tablePValue, cv, observations, lags,
                r, d.seed(), alpha, nullHypothesis, warnings, c);
        }
    }

    /** @return the Monte Carlo standard error of the p-value, sqrt(p(1 − p)/R) */
    public double pValueStandardError() {
        return Math.sqrt(pValue * (1.0 - pValue) / replications);
    }

    /**
     * @param level 0.01, 0.05 or 0.10
     * @return the simulated critical value
     * @throws IllegalArgumentException for another level
     */
    public double criticalValue(final double level) {
        return java.util.Optional.ofNullable(criticalValues.get(level)).orElseThrow(() -> new IllegalArgumentException(
            "No simulated critical value at level " + level + "; levels: " + criticalValues.keySet() + "."));
    }

    /**
     * @param level significance level in (0, 1)
     * @return whether p ≤ level
     * @throws IllegalArgumentException when level is outside (0, 1)
     */
    public boolean rejectsNull(final double level) {
        if (!(level > 0.0 && level < 1.0)) {
            throw new IllegalArgumentException("The significance level must be in (0, 1), got " + level + ".");
        }
        return pValue <= level;
    }

    /** @return the decision at {@link #alpha()} in words */
    public String decision() {
        return String.format(Locale.ROOT, "%s the null hypothesis at the %s level (simulated p = %.4g). H0: %s.",
            rejectsNull(alpha) ? "Reject" : "Do not reject", percent(alpha), pValue, nullHypothesis);
    }

    /** @return a plain-text report */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(testName).append(", simulated finite-sample inference (").append(method).append(")\n");
        s.append(String.format(Locale.ROOT, "  statistic %.6g, simulated p-value %.4g (Monte Carlo s.e. %.2g),"
            + " table p-value %.4g%n", statistic, pValue, pValueStandardError(), tablePValue));
        criticalValues.forEach((level, value) -> s.append(
            String.format(Locale.ROOT, "  simulated critical value %s: %.6g%n", percent(level), value)));
        s.append("  lags ").append(lags).append(", observations ").append(observations).append(", replications ")
            .append(replications).append(", seed ").append(seed).append('\n');
        s.append("  ").append(decision()).append('\n');
        for (String w : warnings) {
            s.append("  warning: ").append(w).append('\n');
        }
        for (Map.Entry<String, String> c : conventions.entrySet()) {
            s.append("  ").append(c.getKey()).append(": ").append(c.getValue()).append('\n');
        }
        return s.toString();
    }

    private static String percent(final double level) {
        return new BigDecimal(Double.toString(level * 100)).stripTrailingZeros().toPlainString() + "%";
    }
}
