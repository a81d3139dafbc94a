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

    /**
     * The coefficient table in columns, as the test computes it. A batch of thousands of short tests keeps every
     * result; the records of {@link #coefficients()} are made only when asked for.
     */
    static final class Table {
        /** Never changed (the array may be shared by all results with the same lags and terms). */
        final String[] names;
        final double[] estimate;
        final double[] standardError;
        final int residualDegreesOfFreedom;

        Table(final String[] names, final double[] estimate, final double[] standardError,
            final int residualDegreesOfFreedom) {
            this.names = names;
            this.estimate = estimate;
            this.standardError = standardError;
            this.residualDegreesOfFreedom = residualDegreesOfFreedom;
        }

        List<Coefficient> rows() {
            Coefficient[] rows = new Coefficient[names.length];
            for (int i = 0; i < rows.length; i++) {
                // t from the reported estimate and SE: both carry the same power-of-two scale, so the ratio is
                // the test's own t
                double t = standardError[i] == 0.0 ? Math.copySign(Double.POSITIVE_INFINITY, estimate[i])
                    : estimate[i] / standardError[i];
                rows[i] = new Coefficient(names[i], estimate[i], standardError[i], t, residualDegreesOfFreedom);
            }
            return List.of(rows);
        }
    }

    /** The candidate lags first, first + 1, ... in columns; the records of {@link #lagCandidates()} on demand. */
    static class Candidates {
        static final Candidates NONE = new Candidates(0, new double[0], new double[0], new int[0]);

        final int first;
        final double[] criterion;
        final double[] residualSumOfSquares;
        final int[] regressors;

        Candidates(final int first, final double[] criterion, final double[] residualSumOfSquares,
            final int[] regressors) {
            this.first = first;
            this.criterion = criterion;
            this.residualSumOfSquares = residualSumOfSquares;
            this.regressors = regressors;
        }

        List<LagCandidate> rows() {
            LagCandidate[] rows = new LagCandidate[criterion.length];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = new LagCandidate(first + i, criterion[i], residualSumOfSquares[i], regressors[i]);
            }
            return List.of(rows);
        }
    }

    private final double gamma;
    private final double gammaStandardError;
    private final LagSelection lagSelection;
    private final int maxLag;
    private final int searchObservations;
    private final Table table;
    private final Candidates candidates;
    private volatile List<Coefficient> coefficientRows;
    private volatile List<LagCandidate> candidateRows;

    AdfResult(final Common common, final double gamma, final double gammaSe, final LagSelection selection,
        final int maxLag, final int searchObservations, final Table table, final Candidates candidates) {
        super(common);
        this.gamma = gamma;
        this.gammaStandardError = gammaSe;
        this.lagSelection = selection;
        this.maxLag = maxLag;
        this.searchObservations = searchObservations;
        this.table = table;
        this.candidates = candidates;
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
        List<Coefficient> rows = coefficientRows;
        if (rows == null) {
            rows = table.rows();
            coefficientRows = rows;
        }
        return rows;
    }

    /** @return every candidate lag 0..maxlag with its criterion value; empty for a fixed lag */
    public List<LagCandidate> lagCandidates() {
        List<LagCandidate> rows = candidateRows;
        if (rows == null) {
            rows = candidates.rows();
            candidateRows = rows;
        }
        return rows;
    }
}
