package org.tradeecon.knime.engine.cointegration;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.tradeecon.knime.engine.unitroot.UnitRootResult;
import org.tradeecon.knime.engine.regression.CoefficientTable;
import org.tradeecon.knime.engine.regression.OlsFit;

/**
 * Result of the ARDL bounds test of Pesaran, Shin and Smith (2001): the chosen ARDL(p, q_1..q_k), its
 * unrestricted error-correction regression, the bounds F and t statistics with the asymptotic PSS bounds at
 * 10%, 5%, 2.5% and 1%, the decisions in words, the long-run coefficients with delta-method standard errors, and
 * the order-search grid. Immutable.
 */
public final class ArdlResult {

    /** The bounds-test decision. */
    public enum Decision {
        /** The statistic is beyond the I(1) bound: a level relationship whatever the regressors' order. */
        COINTEGRATION("cointegration"),
        /** The statistic is short of the I(0) bound: no level relationship whatever the regressors' order. */
        NO_COINTEGRATION("no cointegration"),
        /** Between the bounds: the answer depends on whether the regressors are I(0) or I(1). */
        INCONCLUSIVE("inconclusive (between the bounds)");

        private final String words;

        Decision(final String words) {
            this.words = words;
        }

        /** @return "cointegration", "no cointegration" or "inconclusive (between the bounds)" */
        public String words() {
            return words;
        }
    }

    /**
     * One candidate of the order search, fitted on the common sample.
     *
     * @param p lags of the dependent variable
     * @param q lags of each regressor
     * @param aic −2ℓ + 2·(r + 1)
     * @param bic −2ℓ + ln(N)·(r + 1)
     */
    public record Candidate(int p, int[] q, double aic, double bic) {

        /** @return the candidate's criterion for the given selection (AIC or BIC) */
        double criterion(final ArdlOptions.OrderSelection selection) {
            return selection == ArdlOptions.OrderSelection.BIC ? bic : aic;
        }

        /** @return e.g. "ARDL(2, 1, 3)" */
        public String label() {
            StringBuilder s = new StringBuilder("ARDL(").append(p);
            for (int v : q) {
                s.append(", ").append(v);
            }
            return s.append(')').toString();
        }

        @Override
        public boolean equals(final Object o) {
            return o instanceof Candidate c && c.p == p && Arrays.equals(c.q, q) && c.aic == aic && c.bic == bic;
        }

        @Override
        public int hashCode() {
            return 31 * (31 * p + Arrays.hashCode(q)) + Double.hashCode(aic);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s AIC %.6g BIC %.6g", label(), aic, bic);
        }
    }

    /** The fields, collected by {@link ArdlBoundsTest} before construction. */
    static final class Fields {
        String dependent;
        List<String> regressors;
        BoundsCase boundsCase;
        ArdlOptions.OrderSelection selection;
        int p;
        int[] q;
        int observations;
        double fStatistic;
        int fRestrictions;
        double tStatistic = Double.NaN;
        double alpha;
        OlsFit fit;
        int firstRow;
        CoefficientTable uecm;
        CoefficientTable longRun;
        int errorCorrectionIndex;
        double[] fitted;
        double[] residuals;
        List<Candidate> candidates = List.of();
        int searchObservations;
        final List<String> warnings = new java.util.ArrayList<>();
        final Map<String, String> conventions = new LinkedHashMap<>();
    }

    private final Fields f;

    ArdlResult(final Fields fields) {
        this.f = fields;
    }

    /** @return the dependent variable's name */
    public String dependent() {
        return f.dependent;
    }

    /** @return the regressors' names */
    public List<String> regressors() {
        return f.regressors;
    }

    /** @return the PSS case */
    public BoundsCase boundsCase() {
        return f.boundsCase;
    }

    /** @return how the orders were chosen */
    public ArdlOptions.OrderSelection orderSelection() {
        return f.selection;
    }

    /** @return p, the lags of the dependent variable of the ARDL used */
    public int p() {
        return f.p;
    }

    /** @return q_1..q_k, the lags of the regressors (a copy) */
    public int[] q() {
        return f.q.clone();
    }

    /** @return e.g. "ARDL(2, 1, 3)" */
    public String model() {
        return new Candidate(f.p, f.q, 0, 0).label();
    }

    /** @return the observations of the error-correction regression (n − max(p, q)) */
    public int observations() {
        return f.observations;
    }

    /** @return the bounds F statistic: the Wald test of the level coefficients (and of the restricted term) / r */
    public double fStatistic() {
        return f.fStatistic;
    }

    /** @return r, the number of restrictions of the F test (k + 1, or k + 2 in cases II and IV) */
    public int fRestrictions() {
        return f.fRestrictions;
    }

    /** @return the t statistic of y(t−1); empty in cases II and IV, for which PSS tabulate no t bounds */
    public OptionalDouble tStatistic() {
        return f.boundsCase.hasTBounds() ? OptionalDouble.of(f.tStatistic) : OptionalDouble.empty();
    }

    /**
     * @param level 0.10, 0.05, 0.025 or 0.01
     * @return the asymptotic PSS (2001) F bounds {I(0), I(1)} for this case and k
     */
    public double[] fBounds(final double level) {
        return PssBounds.bounds(true, f.boundsCase, f.regressors.size(), level);
    }

    /**
     * @param level 0.10, 0.05, 0.025 or 0.01
     * @return the asymptotic PSS (2001) t bounds {I(0), I(1)}
     * @throws IllegalArgumentException in cases II and IV
     */
    public double[] tBounds(final double level) {
        return PssBounds.bounds(false, f.boundsCase, f.regressors.size(), level);
    }

    /**
     * @param level 0.10, 0.05, 0.025 or 0.01
     * @return the F decision: above the I(1) bound cointegration, below the I(0) bound none, else inconclusive
     */
    public Decision fDecision(final double level) {
        double[] b = fBounds(level);
        return f.fStatistic > b[1] ? Decision.COINTEGRATION
            : f.fStatistic < b[0] ? Decision.NO_COINTEGRATION : Decision.INCONCLUSIVE;
    }

    /**
     * @param level 0.10, 0.05, 0.025 or 0.01
     * @return the t decision (the bounds are negative): below the I(1) bound cointegration, above the I(0) bound
     *         none, else inconclusive
     * @throws IllegalArgumentException in cases II and IV
     */
    public Decision tDecision(final double level) {
        double[] b = tBounds(level);
        return f.tStatistic < b[1] ? Decision.COINTEGRATION
            : f.tStatistic > b[0] ? Decision.NO_COINTEGRATION : Decision.INCONCLUSIVE;
    }

    /** @return the significance level chosen in the options */
    public double alpha() {
        return f.alpha;
    }

    /** @return the F decision at the chosen α in words: "cointegration", "no cointegration" or "inconclusive (between the bounds)" */
    public String conclusion() {
        return fDecision(f.alpha).words();
    }

    /** @return the null hypothesis in words */
    public String nullHypothesis() {
        String terms = f.boundsCase == BoundsCase.II ? " and the constant" : f.boundsCase == BoundsCase.IV
            ? " and the trend" : "";
        return "no level relationship: the coefficients of " + f.dependent + "(t-1) and of the lagged levels of "
            + String.join(", ", f.regressors) + terms + " are all zero";
    }

    /** @return the alternative hypothesis in words */
    public String alternativeHypothesis() {
        return "a level (long-run) relationship between " + f.dependent + " and " + String.join(", ", f.regressors);
    }

    /** @return the error-correction regression's coefficients (classical standard errors) */
    public CoefficientTable errorCorrectionRegression() {
        return f.uecm;
    }

    /** @return the error-correction (speed-of-adjustment) coefficient, that of y(t−1) */
    public double errorCorrectionCoefficient() {
        return f.uecm.estimates()[f.errorCorrectionIndex];
    }

    /** @return its classical standard error */
    public double errorCorrectionStandardError() {
        return f.uecm.standardErrors()[f.errorCorrectionIndex];
    }

    /**
     * @return the long-run coefficients −π_j / π_y of the deterministic terms in the regression and of each
     *         regressor, with delta-method standard errors from the classical covariance
     */
    public CoefficientTable longRun() {
        return f.longRun;
    }

    /** @return the error-correction regression itself (response Δy), e.g. for its fitted values and diagnostics */
    public OlsFit errorCorrectionFit() {
        return f.fit;
    }

    /**
     * @return the index, in the series as given (before trimming missing rows), of the regression's first
     *         observation: the trimmed rows plus max(p, q)
     */
    public int firstRow() {
        return f.firstRow;
    }

    /** @return the fitted values of Δy (a copy), one per observation used */
    public double[] fittedValues() {
        return f.fitted.clone();
    }

    /** @return the residuals (a copy) */
    public double[] residuals() {
        return f.residuals.clone();
    }

    /** @return every candidate of the order search with its criteria, in grid order; empty for fixed orders */
    public List<Candidate> candidates() {
        return f.candidates;
    }

    /** @return the observations of the common sample on which the candidates were compared; 0 for fixed orders */
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
        s.append("ARDL bounds test (Pesaran, Shin and Smith 2001), ").append(model()).append(", ")
            .append(f.boundsCase.description()).append('\n');
        s.append(String.format(Locale.ROOT, "  F = %.6g (%d restrictions), t = %s; %d observations%n", f.fStatistic,
            f.fRestrictions, tStatistic().isPresent() ? String.format(Locale.ROOT, "%.6g", f.tStatistic)
                : "not tabulated for this case", f.observations));
        for (double level : PssBounds.LEVELS) {
            double[] b = fBounds(level);
            s.append(String.format(Locale.ROOT, "  F bounds %s: I(0) %.2f, I(1) %.2f -> %s%n",
                UnitRootResult.percent(level), b[0], b[1], fDecision(level).words()));
        }
        if (f.boundsCase.hasTBounds()) {
            for (double level : PssBounds.LEVELS) {
                double[] b = tBounds(level);
                s.append(String.format(Locale.ROOT, "  t bounds %s: I(0) %.2f, I(1) %.2f -> %s%n",
                    UnitRootResult.percent(level), b[0], b[1], tDecision(level).words()));
            }
        }
        s.append("  H0: ").append(nullHypothesis()).append('\n');
        s.append("  H1: ").append(alternativeHypothesis()).append('\n');
        s.append("  Decision at ").append(UnitRootResult.percent(f.alpha)).append(": ").append(conclusion()).append('\n');
        f.conventions.forEach((k, v) -> s.append("  ").append(k).append(": ").append(v).append('\n'));
        f.warnings.forEach(w -> s.append("  warning: ").append(w).append('\n'));
        return s.toString();
    }

    @Override
    public String toString() {
        return summary();
    }
}
