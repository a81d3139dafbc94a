package org.tradeecon.knime.engine.unitroot;

import org.tradeecon.knime.engine.regression.OlsFit;

import java.util.List;

/**
 * Result of the augmented Dickey-Fuller test: the common unit-root result ({@link #statistic()} is τ) plus γ,
 * the regression's coefficient table, and the criterion value of every candidate lag of an automatic search.
 */
public final class AdfResult extends UnitRootResult {

    /**
     * One row of the test regression's coefficient table. The p-value is the two-sided Student-t p-value
     * that regression software prints; for y(t−1) it is NOT the unit-root p-value (use {@link #pValue()}).
     *
     * @param name "y(t-1)", "dy(t-1)".., "constant", "trend", "trend^2"
     * @param estimate the coefficient
     * @param standardError its classical standard error
     * @param tStatistic estimate / standard error
     * @param residualDegreesOfFreedom the regression's n − k, for the p-value
     */
    public record Coefficient(String name, double estimate, double standardError, double tStatistic,
        int residualDegreesOfFreedom) {

        /**
         * @return the two-sided p-value of the t statistic from Student's t with the regression's residual
         *         degrees of freedom; computed on demand, since a batch of tests only needs τ's MacKinnon p-value
         */
        public double pValue() {
            return OlsFit.twoSidedT(tStatistic, residualDegreesOfFreedom);
        }
    }

    /**
     * A candidate lag of the automatic search, fitted on the common sample of the maximum lag.
     *
     * @param lag the number of lagged differences k
     * @param criterion the criterion value (AIC, BIC or HQIC; for the t-statistic rule |t| of lag k's last
     *        coefficient, which for k = 0 is y(t−1))
     * @param residualSumOfSquares the regression's residual sum of squares
     * @param regressors number of (linearly independent) regressors, deterministic terms included
     */
    public record LagCandidate(int lag, double criterion, double residualSumOfSquares, int regressors) {
    }

    private final double gamma;
    private final double gammaStandardError;
    private final LagSelection lagSelection;
    private final int maxLag;
    private final int searchObservations;
    private final List<Coefficient> coefficients;
    private final List<LagCandidate> candidates;

    AdfResult(final Common common, final double gamma, final double gammaSe, final LagSelection selection,
        final int maxLag, final int searchObservations, final List<Coefficient> coefficients,
        final List<LagCandidate> candidates) {
        super(common);
        this.gamma = gamma;
        this.gammaStandardError = gammaSe;
        this.lagSelection = selection;
        this.maxLag = maxLag;
        this.searchObservations = searchObservations;
        this.coefficients = List.copyOf(coefficients);
        this.candidates = List.copyOf(candidates);
    }

    /** @return γ, the coefficient of y(t−1) (ρ − 1) */
    public double gamma() {
        return gamma;
    }

    /** @return the standard error of γ; τ = γ / SE(γ) */
    public double gammaStandardError() {
        return gammaStandardError;
    }

    /** @return how the lag was chosen */
    public LagSelection lagSelection() {
        return lagSelection;
    }

    /** @return the maximum lag searched (equal to {@link #lags()} for a fixed lag) */
    public int maxLag() {
        return maxLag;
    }

    /**
     * @return observations of the common max-lag sample on which the candidates were compared (n − 1 − maxlag);
     *         for a fixed lag, the observations of the regression
     */
    public int searchObservations() {
        return searchObservations;
    }

    /** @return the final regression's coefficients: y(t−1), the lagged differences, then the deterministic terms */
    public List<Coefficient> coefficients() {
        return coefficients;
    }

    /** @return every candidate lag 0..maxlag with its criterion value; empty for a fixed lag */
    public List<LagCandidate> lagCandidates() {
        return candidates;
    }
}
