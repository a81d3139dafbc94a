package org.tradeecon.knime.engine.regression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.tradeecon.knime.engine.timeseries.LagBuilder;
import org.tradeecon.knime.engine.timeseries.OptionChecks;

/**
 * Stock–Watson (1993) dynamic OLS for a cointegrating regression:
 * y_t = c + β'x_t + Σ_{j=−q..r} γ_j'Δx_{t−j} + e_t, with q leads and r lags of the differenced regressors
 * (j = 0, the contemporaneous difference, always included). The leads and lags absorb the correlation between
 * the errors and the regressors' innovations, so β has a mixed-normal limit and standard t inference works with
 * a long-run standard error.
 *
 * <p>Not to be confused with {@link LaggedDependentRegression}, OLS with a lagged dependent variable, which some
 * texts also call "dynamic OLS".
 *
 * <p>Term names: {@value LaggedDependentRegression#CONSTANT}, each {@code X}, then for each regressor
 * {@code D.X(+q)} .. {@code D.X(+1)}, {@code D.X}, {@code D.X(-1)} .. {@code D.X(-r)}.
 *
 * <p>Standard errors of the cointegrating coefficients (c, β), see {@link StandardErrors}:
 * <ul>
 * <li>{@link StandardErrors#HAC_BARTLETT}: Newey–West on the whole DOLS regression, Bartlett kernel, no
 * small-sample factor ({@link CovarianceEstimator#neweyWest(int, boolean)}).</li>
 * <li>{@link StandardErrors#LONG_RUN_VARIANCE_SCALED}: the classical OLS covariance σ²(X'X)^{-1} rescaled by
 * ω²/σ², i.e. ω²(X'X)^{-1}, where ω² is the Bartlett long-run variance of the residuals (divisor n, see
 * {@link CovarianceEstimator#longRunVariance}) and σ² = SSR/(n − k) (Stock and Watson 1993).</li>
 * <li>{@link StandardErrors#LONG_RUN_VARIANCE_SCALED_DF}: the same with ω² multiplied by n/(n − k).</li>
 * </ul>
 * Immutable.
 */
public final class StockWatsonDols {

    /** Standard-error choices for the cointegrating coefficients. */
    public enum StandardErrors {
        /** Newey–West HAC covariance of the DOLS regression, Bartlett kernel. */
        HAC_BARTLETT,
        /** OLS covariance scaled by (long-run variance of the residuals)/σ². */
        LONG_RUN_VARIANCE_SCALED,
        /**
         * As {@link #LONG_RUN_VARIANCE_SCALED} with the long-run variance also multiplied by n/(n − k), the
         * degrees-of-freedom factor some implementations apply to ω² (issue 15).
         */
        LONG_RUN_VARIANCE_SCALED_DF
    }

    private final int leads;
    private final int lags;
    private final int regressorCount;
    private final LagBuilder.Window window;
    private final OlsFit fit;
    private final InformationCriterion criterion;
    private final double[][] criterionValues;

    private StockWatsonDols(final int leads, final int lags, final int regressorCount, final LagBuilder.Window window,
        final OlsFit fit, final InformationCriterion criterion, final double[][] criterionValues) {
        this.leads = leads;
        this.lags = lags;
        this.regressorCount = regressorCount;
        this.window = window;
        this.fit = fit;
        this.criterion = criterion;
        this.criterionValues = criterionValues;
    }

    /** Columns of a DOLS design, before sample selection (NaN where a lead or lag is unavailable). */
    private record Terms(double[][] columns, String[] names) {
    }

    private static Terms terms(final String yName, final double[] y, final String[] xNames, final double[][] xs,
        final int leads, final int lags) {
        List<double[]> cols = new ArrayList<>();
        List<String> names = new ArrayList<>();
        cols.add(y);
        names.add(yName);
        for (int m = 0; m < xs.length; m++) {
            cols.add(xs[m]);
            names.add(xNames[m]);
        }
        for (int m = 0; m < xs.length; m++) {
            double[] d = LagBuilder.difference(xs[m]);
            for (int j = -leads; j <= lags; j++) {
                cols.add(LagBuilder.shift(d, j));
                names.add(LaggedDependentRegression.lagName("D." + xNames[m], j));
            }
        }
        return new Terms(cols.toArray(new double[0][]), names.toArray(new String[0]));
    }

    private static void validate(final String yName, final double[] y, final String[] xNames, final double[][] xs,
        final int leads, final int lags, final long[] keys) {
        OptionChecks.notNull(yName, "the name of the dependent variable");
        OptionChecks.notNull(y, "the dependent series");
        OptionChecks.noNullElement(xNames, "the regressor names");
        OptionChecks.noNullElement(xs, "the regressor series");
        if (leads < 0 || lags < 0) {
            throw new IllegalArgumentException("Leads and lags must be 0 or more, got " + leads + " and " + lags + ".");
        }
        if (xs.length == 0 || xNames.length != xs.length) {
            throw new IllegalArgumentException("DOLS needs at least one regressor and one name per regressor (got "
                + xNames.length + " names for " + xs.length + " series).");
        }
        LagBuilder.checkTimeKeys(keys);
        for (int m = 0; m < xs.length; m++) {
            if (xs[m].length != y.length) {
                throw new IllegalArgumentException(xNames[m] + " has " + xs[m].length + " values, " + yName + " has "
                    + y.length + ".");
            }
        }
        // Before any column is built (a lead count of 2^31 - 1 would otherwise build columns without end): the
        // model has k = 1 + m + m(q + r + 1) coefficients and at most n − 1 − q − r observations.
        int n = y.length;
        int m = xs.length;
        long rows = n - 1L - leads - lags;
        long k = 1L + m + (long)m * (leads + 1L + lags);
        if (rows <= k) {
            long maxLeads = Math.max(-1, Math.floorDiv(n - 2L - lags - 1 - m - (long)m * (lags + 1L), m + 1L));
            long maxLags = Math.max(-1, Math.floorDiv(n - 2L - leads - 1 - m - (long)m * (leads + 1L), m + 1L));
            throw new IllegalArgumentException("Only " + Math.max(rows, 0) + " observations remain after leads and"
                + " lags (n = " + n + " values, " + leads + " leads, " + lags + " lags), for " + k + " coefficients."
                + " With " + lags + " lags the data allow " + atMost(maxLeads, "leads") + "; with " + leads
                + " leads " + atMost(maxLags, "lags") + ". Use fewer leads or lags, or a longer sample.");
        }
    }

    private static String atMost(final long largest, final String what) {
        return largest < 0 ? "no number of " + what : "at most " + largest + " " + what;
    }

    private static OlsFit fitOn(final Terms t, final LagBuilder.Window w) {
        double[][] s = LagBuilder.slice(t.columns(), w);
        int k = s.length;
        if (w.length() <= k) {
            throw new IllegalArgumentException("Only " + w.length() + " observations (" + w.firstKey() + "-"
                + w.lastKey() + ") remain after leads and lags, for " + k + " coefficients. Use fewer leads or lags,"
                + " or a longer sample.");
        }
        double[][] design = new double[k][];
        String[] names = new String[k];
        design[0] = new double[w.length()];
        Arrays.fill(design[0], 1.0);
        names[0] = LaggedDependentRegression.CONSTANT;
        for (int j = 1; j < k; j++) {
            design[j] = s[j];
            names[j] = t.names()[j];
        }
        return OlsFit.fit(s[0], design, names, true, OlsFit.CollinearityPolicy.FAIL,
            "The DOLS regression of " + t.names()[0]);
    }

    /**
     * Fits DOLS with fixed leads and lags, on every period where all terms are observed.
     *
     * @param yName name of y
     * @param y dependent series
     * @param xNames regressor names
     * @param xs regressor series (integrated of order 1), aligned with y
     * @param leads q &ge; 0 leads of Δx
     * @param lags r &ge; 0 lags of Δx
     * @param timeKeys consecutive integer periods, or null for row positions
     * @return the fit
     * @throws IllegalArgumentException for bad input (messages name the variable and year)
     * @throws CollinearityException for constant or collinear terms
     */
    public static StockWatsonDols fit(final String yName, final double[] y, final String[] xNames, final double[][] xs,
        final int leads, final int lags, final long[] timeKeys) {
        long[] keys = timeKeys == null ? LagBuilder.positions(y.length) : timeKeys;
        validate(yName, y, xNames, xs, leads, lags, keys);
        Terms t = terms(yName, y, xNames, xs, leads, lags);
        LagBuilder.Window w = LagBuilder.commonSample(t.columns(), t.names(), keys);
        return new StockWatsonDols(leads, lags, xs.length, w, fitOn(t, w), null, null);
    }

    /**
     * Chooses leads q ∈ [0, maxLeads] and lags r ∈ [0, maxLags] by an information criterion, all candidates
     * fitted on the common sample of the largest model, then fits the chosen model on every period where its own
     * terms are observed.
     *
     * @param criterion AIC or BIC (k counts every coefficient, intercept included)
     * @return the chosen model, with the criterion values of all candidates
     * @see #fit(String, double[], String[], double[][], int, int, long[])
     */
    public static StockWatsonDols select(final String yName, final double[] y, final String[] xNames,
        final double[][] xs, final int maxLeads, final int maxLags, final InformationCriterion criterion,
        final long[] timeKeys) {
        long[] keys = timeKeys == null ? LagBuilder.positions(y.length) : timeKeys;
        validate(yName, y, xNames, xs, maxLeads, maxLags, keys);
        Terms largest = terms(yName, y, xNames, xs, maxLeads, maxLags);
        LagBuilder.Window common = LagBuilder.commonSample(largest.columns(), largest.names(), keys);
        double[][] values = new double[maxLeads + 1][maxLags + 1];
        int bestQ = 0;
        int bestR = 0;
        for (int q = 0; q <= maxLeads; q++) {
            for (int r = 0; r <= maxLags; r++) {
                OlsFit f = fitOn(terms(yName, y, xNames, xs, q, r), common);
                values[q][r] = criterion.value(f.residualSumOfSquares(), f.observations(), f.coefficientCount());
                if (values[q][r] < values[bestQ][bestR]) {
                    bestQ = q;
                    bestR = r;
                }
            }
        }
        Terms chosen = terms(yName, y, xNames, xs, bestQ, bestR);
        LagBuilder.Window w = LagBuilder.commonSample(chosen.columns(), chosen.names(), keys);
        return new StockWatsonDols(bestQ, bestR, xs.length, w, fitOn(chosen, w), criterion, values);
    }

    /** @return the DOLS regression with all its terms (classical statistics, residuals) */
    public OlsFit fit() {
        return fit;
    }

    /** @return number of leads q of the differenced regressors */
    public int leads() {
        return leads;
    }

    /** @return number of lags r of the differenced regressors */
    public int lags() {
        return lags;
    }

    /** @return the estimation sample */
    public LagBuilder.Window sample() {
        return window;
    }

    /** @return the criterion used to choose leads and lags, or null when they were fixed */
    public InformationCriterion criterion() {
        return criterion;
    }

    /**
     * @return criterion value of each candidate [leads][lags] on the common sample, or null when they were
     *         fixed
     */
    public double[][] criterionValues() {
        if (criterionValues == null) {
            return null;
        }
        double[][] c = new double[criterionValues.length][];
        for (int q = 0; q < c.length; q++) {
            c[q] = criterionValues[q].clone();
        }
        return c;
    }

    /**
     * The cointegrating coefficients (intercept and β) with standard errors of the given type, Bartlett
     * bandwidth floor(4·(n/100)^{2/9}).
     *
     * @see #cointegratingCoefficients(StandardErrors, int)
     */
    public CoefficientTable cointegratingCoefficients(final StandardErrors type) {
        return cointegratingCoefficients(type, CovarianceEstimator.defaultNeweyWestLag(fit.observations()));
    }

    /**
     * The cointegrating coefficients (intercept and β), with t-based p-values (n − k df).
     *
     * @param type which standard errors (stated in the table's covariance description)
     * @param bandwidth Bartlett truncation lag L &ge; 0
     * @return table of the intercept and the regressors in levels
     */
    public CoefficientTable cointegratingCoefficients(final StandardErrors type, final int bandwidth) {
        double[][] full;
        String description;
        if (type == StandardErrors.HAC_BARTLETT) {
            CovarianceEstimator nw = CovarianceEstimator.neweyWest(bandwidth, false);
            full = nw.scaledCovariance(fit);
            description = "DOLS, " + nw.describe(fit.observations());
        } else {
            if (bandwidth < 0) {
                throw new IllegalArgumentException("The bandwidth must be 0 or more, got " + bandwidth + ".");
            }
            // omega^2 / sigma^2 from the scaled residuals: a ratio, so free of the data's magnitude
            double omega2 = CovarianceEstimator.longRunVariance(fit.scaledResiduals(), bandwidth);
            double scale = omega2 / fit.scaledSigmaSquared();
            int n = fit.observations();
            if (type == StandardErrors.LONG_RUN_VARIANCE_SCALED_DF) {
                scale *= n / (double)(n - fit.coefficients().length);
            }
            full = fit.scaledCovariance();
            for (double[] row : full) {
                for (int q = 0; q < row.length; q++) {
                    row[q] *= scale;
                }
            }
            description = "DOLS, OLS covariance scaled by long-run variance / sigma^2 (Bartlett, lag " + bandwidth
                + (type == StandardErrors.LONG_RUN_VARIANCE_SCALED_DF ? ", long-run variance times n/(n - k)" : "")
                + ")";
        }
        int m = 1 + regressorCount;
        double[][] cov = new double[m][m];
        for (int p = 0; p < m; p++) {
            System.arraycopy(full[p], 0, cov[p], 0, m);
        }
        return new CoefficientTable(fit.names().subList(0, m), Arrays.copyOf(fit.coefficients(), m), cov,
            Arrays.copyOf(fit.coefficientExponents(), m), fit.residualDegreesOfFreedom(), description, fit.exactFitReason().orElse(null));
    }
}
