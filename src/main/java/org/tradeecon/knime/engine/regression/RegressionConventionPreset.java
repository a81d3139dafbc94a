package org.tradeecon.knime.engine.regression;

/**
 * "Reproduce the conventions of" for the lagged-dependent regression (issue 15): each tool's choice of the
 * conventions in which the tools differ, a shortcut to the single options {@link NeweyWestLagRule},
 * {@link TestDistribution} (robust covariances) and whether AIC/BIC count σ²
 * ({@link InformationCriterion#valueCountingVariance}). Measured against the tools in
 * {@code src/test/resources/reference/regression/conventions_*}. Where a tool has no default (statsmodels, Stata
 * and R's {@code sandwich::NeweyWest} take the Newey–West lag from the user or from a data-dependent bandwidth that
 * is not offered) the Newey–West 1994 rule is kept.
 */
public enum RegressionConventionPreset {
    /** statsmodels OLS: normal p-values with a robust covariance ({@code use_t=False}). */
    STATSMODELS("statsmodels", NeweyWestLagRule.NEWEY_WEST_1994, TestDistribution.NORMAL, false),
    /** Stata {@code regress, vce(robust)} and {@code newey}: Student's t; {@code estat ic} counts the coefficients. */
    STATA("Stata", NeweyWestLagRule.NEWEY_WEST_1994, TestDistribution.STUDENT_T, false),
    /** R {@code lm} with {@code lmtest::coeftest} and {@code sandwich}: Student's t; {@code AIC()} counts σ². */
    R("R", NeweyWestLagRule.NEWEY_WEST_1994, TestDistribution.STUDENT_T, true),
    /** gretl {@code ols --robust}: bandwidth floor(0.75·n^{1/3}), Student's t, criteria without σ². */
    GRETL("gretl", NeweyWestLagRule.GRETL, TestDistribution.STUDENT_T, false);

    private final String label;
    private final NeweyWestLagRule neweyWestLag;
    private final TestDistribution robustDistribution;
    private final boolean criteriaCountVariance;

    RegressionConventionPreset(final String label, final NeweyWestLagRule neweyWestLag,
        final TestDistribution robustDistribution, final boolean criteriaCountVariance) {
        this.label = label;
        this.neweyWestLag = neweyWestLag;
        this.robustDistribution = robustDistribution;
        this.criteriaCountVariance = criteriaCountVariance;
    }

    /** @return the tool's name */
    public String label() {
        return label;
    }

    /** @return the automatic Newey–West lag rule */
    public NeweyWestLagRule neweyWestLag() {
        return neweyWestLag;
    }

    /** @return the reference distribution of t statistics with a robust covariance */
    public TestDistribution robustDistribution() {
        return robustDistribution;
    }

    /** @return whether AIC and BIC count the error variance as a parameter */
    public boolean criteriaCountVariance() {
        return criteriaCountVariance;
    }
}
