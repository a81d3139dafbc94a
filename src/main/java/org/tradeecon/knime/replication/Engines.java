package org.tradeecon.knime.replication;

import java.util.List;

/**
 * The statistics the pipeline needs from the engine packages, reduced to what the paper reports. The only
 * implementation, {@link EngineAdapters}, delegates to {@code engine.unitroot}, {@code engine.regression} and
 * {@code engine.granger}; keeping this seam small keeps the pipeline independent of their richer result types.
 */
public interface Engines {

    /**
     * One ADF test (constant, no trend, 0 augmentation lags, MacKinnon 1994 approximate p-value).
     *
     * @param differences order of difference of the tested series
     * @param tau the Dickey–Fuller τ statistic
     * @param pValue MacKinnon (1994) approximate p-value
     * @param observations observations in the test regression
     */
    record AdfStep(int differences, double tau, double pValue, int observations) {
    }

    /**
     * Order-of-integration search: the ADF test on d = 0, 1, ... until it rejects a unit root.
     *
     * @param order the first d at which the unit root is rejected, or −1 if it is not rejected up to the maximum
     * @param steps every test performed, d = 0 first
     */
    record IntegrationOrder(int order, List<AdfStep> steps) {

        /** @return whether some order of difference rejected the unit root */
        public boolean found() {
            return order >= 0;
        }

        /**
         * @param d an order of difference
         * @return the test at that order
         * @throws IllegalArgumentException if the search did not reach d
         */
        public AdfStep at(final int d) {
            return steps.stream().filter(s -> s.differences() == d).findFirst().orElseThrow(
                () -> new IllegalArgumentException("The order-of-integration search did not test d = " + d + "."));
        }
    }

    /**
     * Tests d = 0..maxOrder; every order up to maxOrder is tested and reported, even after the first rejection,
     * so the paper's order can be compared whatever ours is.
     *
     * @param name variable name for messages
     * @param series the series in levels, no missing values
     * @param maxOrder highest order of difference to test
     * @param alpha significance level for the decision
     * @return the order and every step
     * @throws IllegalArgumentException if the series cannot be tested (too short, constant, ...)
     */
    IntegrationOrder orderOfIntegration(String name, double[] series, int maxOrder, double alpha);

    /**
     * The finite-sample p-value of an ADF τ (constant, no trend, 0 lags, as {@link #orderOfIntegration}) by Monte
     * Carlo at the test's own number of observations: 10,000 random walks, the engine's fixed default seed.
     *
     * @param tau the observed statistic
     * @param observations the observations of the test regression
     * @return (1 + #{simulated τ ≤ tau}) / (replications + 1)
     */
    double simulatedAdfPValue(double tau, int observations);

    /**
     * One estimated coefficient.
     *
     * @param name regressor name
     * @param estimate the coefficient
     * @param standardError its standard error
     * @param pValue two-sided t-test p-value
     */
    record Coefficient(String name, double estimate, double standardError, double pValue) {
    }

    /**
     * A regression with a lagged dependent variable.
     *
     * @param coefficients constant first, then the lagged dependent variable, then the regressors
     * @param observations observations used
     * @param rSquared R²
     */
    record LaggedFit(List<Coefficient> coefficients, int observations, double rSquared) {
    }

    /**
     * y_t = a + ρ·y_{t−1} + b′x_t + e_t by OLS.
     *
     * @param yName name of y
     * @param y the dependent variable, one value per year
     * @param xNames regressor names
     * @param x regressors, each aligned with y
     * @return the fit
     * @throws IllegalArgumentException if the model cannot be fitted (too few years, collinear regressors, ...)
     */
    LaggedFit laggedDependent(String yName, double[] y, String[] xNames, double[][] x);

    /**
     * A Granger causality F test.
     *
     * @param nullHypothesis in words, "X does not Granger-cause Y"
     * @param f the F statistic
     * @param numeratorDf numerator degrees of freedom (the lag order)
     * @param denominatorDf denominator degrees of freedom
     * @param pValue p-value of F
     * @param observations observations used
     */
    record GrangerResult(String nullHypothesis, double f, int numeratorDf, int denominatorDf, double pValue,
        int observations) {
    }

    /**
     * Tests "cause does not Granger-cause effect" at the given lag with a constant.
     *
     * @param causeName name of the cause
     * @param cause the cause series
     * @param effectName name of the effect
     * @param effect the effect series, aligned with cause
     * @param lag lag order
     * @return the test
     * @throws IllegalArgumentException if the test cannot be computed (too few years, constant series, ...)
     */
    GrangerResult granger(String causeName, double[] cause, String effectName, double[] effect, int lag);

    /**
     * The residual-bootstrap p-value of the same Granger F test (issue 15: F tests over-reject at T ~ 13), with
     * the default simulation options (10,000 replications, fixed seed).
     *
     * @return the bootstrap p-value
     * @throws IllegalArgumentException if the test cannot be computed
     */
    double bootstrapGrangerPValue(String causeName, double[] cause, String effectName, double[] effect, int lag);
}
