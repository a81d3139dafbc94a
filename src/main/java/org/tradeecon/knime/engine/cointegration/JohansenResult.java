package org.tradeecon.knime.engine.cointegration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

import org.tradeecon.knime.engine.timeseries.OptionChecks;
import org.tradeecon.knime.engine.unitroot.UnitRootResult;

/**
 * Result of the Johansen test: the eigenvalues, the trace and maximum-eigenvalue tests of each rank hypothesis
 * with simulated p-values and critical values, the cointegrating vectors β (normalised on the first variable) and
 * their loadings α, and the lag order with the criteria of the candidates when it was searched.
 */
public final class JohansenResult {

    /** Which of the two tests a {@link RankTest} is. */
    public enum Statistic {
        /** −T Σ_{i>r0} ln(1 − λ_i); H0: rank ≤ r0 against rank > r0 (up to full rank). */
        TRACE("trace"),
        /** −T ln(1 − λ_{r0+1}); H0: rank = r0 against rank = r0 + 1. */
        MAX_EIGENVALUE("maximum eigenvalue");

        private final String words;

        Statistic(final String words) {
            this.words = words;
        }

        /** @return the test's name in words */
        public String words() {
            return words;
        }
    }

    /**
     * One rank hypothesis of one of the two tests.
     *
     * @param statistic which test
     * @param rank r0, the cointegrating rank under the null
     * @param value the statistic
     * @param pValue the simulated p-value (1 + #{simulated ≥ value}) / (R + 1)
     * @param criticalValues simulated critical values by level (0.10, 0.05, 0.01)
     * @param nullHypothesis H0 in words
     * @param alternativeHypothesis H1 in words
     */
    public record RankTest(Statistic statistic, int rank, double value, double pValue,
        SortedMap<Double, Double> criticalValues, String nullHypothesis, String alternativeHypothesis) {

        /**
         * @param level significance level in (0, 1)
         * @return whether H0 is rejected at that level (p &lt; level)
         * @throws IllegalArgumentException when the level is outside (0, 1)
         */
        public boolean rejectsNull(final double level) {
            return pValue < OptionChecks.significanceLevel(level);
        }

        /**
         * @param level significance level in (0, 1)
         * @return the decision in words, e.g. "Reject H0 (rank <= 0) at the 5% level (p = 0.0012)"
         */
        public String decision(final double level) {
            return String.format(Locale.ROOT, "%s H0 (%s) at the %s level (p = %.4g)",
                rejectsNull(level) ? "Reject" : "Do not reject", nullHypothesis, UnitRootResult.percent(level),
                pValue);
        }
    }

    /**
     * One candidate of the lag search.
     *
     * @param lags the lagged differences p
     * @param aic Akaike's criterion
     * @param bic Schwarz's criterion
     * @param hq Hannan and Quinn's criterion
     */
    public record Candidate(int lags, double aic, double bic, double hq) {
    }

    /** Collected by {@link Johansen} before construction. */
    static final class Fields {
        List<String> names;
        JohansenCase deterministic;
        JohansenOptions.LagOrder lagOrder;
        int lags;
        int observations;
        int searchObservations;
        double alpha;
        double[] eigenvalues;
        double[][] beta;
        double[][] alpha0;
        final List<RankTest> trace = new ArrayList<>();
        final List<RankTest> maxEigen = new ArrayList<>();
        final List<Candidate> candidates = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final Map<String, String> conventions = new LinkedHashMap<>();
    }

    private final Fields f;

    JohansenResult(final Fields fields) {
        this.f = fields;
    }

    /** @return the series names, in the order of the rows of β and α */
    public List<String> names() {
        return Collections.unmodifiableList(f.names);
    }

    /** @return the deterministic case */
    public JohansenCase deterministic() {
        return f.deterministic;
    }

    /** @return how the lag order was chosen */
    public JohansenOptions.LagOrder lagOrder() {
        return f.lagOrder;
    }

    /** @return p, the lagged differences of the VECM (the VAR in levels has p + 1 lags) */
    public int lags() {
        return f.lags;
    }

    /** @return T, the observations of the VECM (n − p − 1) */
    public int observations() {
        return f.observations;
    }

    /** @return the eigenvalues, largest first (a copy) */
    public double[] eigenvalues() {
        return f.eigenvalues.clone();
    }

    /**
     * @return the cointegrating vectors as columns, column j for eigenvalue j, each normalised so that the first
     *         variable's coefficient is 1; rows are the variables, then the restricted constant or trend if the
     *         case has one (a copy)
     */
    public double[][] cointegratingVectors() {
        return copy(f.beta);
    }

    /** @return the loadings α as columns matching {@link #cointegratingVectors()}; rows are the variables (a copy) */
    public double[][] loadings() {
        return copy(f.alpha0);
    }

    /** @return the names of the rows of β: the variables, then "constant" or "trend" when the case restricts one */
    public List<String> cointegratingVectorRows() {
        List<String> rows = new ArrayList<>(f.names);
        if (f.deterministic.hasRestrictedTerm()) {
            rows.add(f.deterministic.restrictedTermName());
        }
        return rows;
    }

    /** @return the trace tests, rank 0 to k − 1 */
    public List<RankTest> traceTests() {
        return Collections.unmodifiableList(f.trace);
    }

    /** @return the maximum-eigenvalue tests, rank 0 to k − 1 */
    public List<RankTest> maxEigenvalueTests() {
        return Collections.unmodifiableList(f.maxEigen);
    }

    /** @return the significance level of the decisions */
    public double alpha() {
        return f.alpha;
    }

    /**
     * @param statistic which test
     * @param level significance level in (0, 1)
     * @return the rank chosen by testing r0 = 0, 1, ... in turn and stopping at the first not rejected (k when all
     *         are rejected)
     */
    public int selectedRank(final Statistic statistic, final double level) {
        List<RankTest> tests = statistic == Statistic.TRACE ? f.trace : f.maxEigen;
        for (RankTest t : tests) {
            if (!t.rejectsNull(level)) {
                return t.rank();
            }
        }
        return tests.size();
    }

    /** @return the candidates of the lag search in order of p; empty for a fixed lag order */
    public List<Candidate> candidates() {
        return Collections.unmodifiableList(f.candidates);
    }

    /** @return the observations of the common sample on which the candidates were compared; 0 when fixed */
    public int searchObservations() {
        return f.searchObservations;
    }

    /** @return warnings in plain words; empty when none */
    public List<String> warnings() {
        return Collections.unmodifiableList(f.warnings);
    }

    /** @return the conventions behind the numbers */
    public Map<String, String> conventions() {
        return Collections.unmodifiableMap(f.conventions);
    }

    /** @return a plain-text report */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append("Johansen cointegration test (case ").append(f.deterministic.number()).append(": ")
            .append(f.deterministic.description()).append("), ").append(f.names.size()).append(" series, ")
            .append(f.lags).append(" lagged differences (").append(f.lagOrder.description()).append("), ")
            .append(f.observations).append(" observations\n");
        for (int i = 0; i < f.eigenvalues.length; i++) {
            s.append(String.format(Locale.ROOT, "  eigenvalue %d: %.6g%n", i + 1, f.eigenvalues[i]));
        }
        for (List<RankTest> tests : List.of(f.trace, f.maxEigen)) {
            for (RankTest t : tests) {
                s.append(String.format(Locale.ROOT, "  %s, H0: %s: %.6g, critical values 10%% %.4g, 5%% %.4g,"
                    + " 1%% %.4g; %s%n", t.statistic().words(), t.nullHypothesis(), t.value(),
                    t.criticalValues().get(0.10), t.criticalValues().get(0.05), t.criticalValues().get(0.01),
                    t.decision(f.alpha)));
            }
        }
        s.append("  Rank chosen at ").append(UnitRootResult.percent(f.alpha)).append(": ")
            .append(selectedRank(Statistic.TRACE, f.alpha)).append(" (trace), ")
            .append(selectedRank(Statistic.MAX_EIGENVALUE, f.alpha)).append(" (maximum eigenvalue)\n");
        f.conventions.forEach((k, v) -> s.append("  ").append(k).append(": ").append(v).append('\n'));
        f.warnings.forEach(w -> s.append("  warning: ").append(w).append('\n'));
        return s.toString();
    }

    @Override
    public String toString() {
        return summary();
    }

    private static double[][] copy(final double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
