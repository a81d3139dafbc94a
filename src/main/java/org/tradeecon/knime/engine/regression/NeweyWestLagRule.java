package org.tradeecon.knime.engine.regression;

/**
 * The default truncation lag L of the Newey–West covariance for a regression with n observations, as the tools
 * choose it (issue 15). The estimator itself is {@link CovarianceEstimator#neweyWest(int, boolean)}.
 */
public enum NeweyWestLagRule {
    /** floor(4·(n/100)^{2/9}) (Newey and West 1994): {@link CovarianceEstimator#defaultNeweyWestLag(int)}. Default. */
    NEWEY_WEST_1994("floor(4*(n/100)^(2/9)) (Newey-West 1994)"),
    /** floor(0.75·n^{1/3}): gretl's default HAC bandwidth ({@code hac_lag = nw1}). */
    GRETL("floor(0.75*n^(1/3)) (gretl)");

    private final String words;

    NeweyWestLagRule(final String words) {
        this.words = words;
    }

    /** @return the rule in words */
    public String description() {
        return words;
    }

    /**
     * @param n observations of the regression (&ge; 1)
     * @return the rule's lag
     * @throws IllegalArgumentException when n &lt; 1
     */
    public int lag(final int n) {
        if (n < 1) {
            throw new IllegalArgumentException("The number of observations must be at least 1, got " + n + ".");
        }
        // n^(1/3) with the exponent rounded to a double, as gretl computes it: n = 64 gives 2, not 3 (checked for
        // n = 4..600 against gretl; Math.cbrt would step one observation early at 64 and 512)
        return this == GRETL ? (int)Math.floor(0.75 * Math.pow(n, 1.0 / 3.0))
            : CovarianceEstimator.defaultNeweyWestLag(n);
    }

    /**
     * @param n observations of the regression
     * @param smallSampleCorrection whether to multiply by n/(n − k)
     * @return the Newey–West estimator with this rule's lag for n observations
     */
    public CovarianceEstimator estimator(final int n, final boolean smallSampleCorrection) {
        return CovarianceEstimator.neweyWest(lag(n), smallSampleCorrection);
    }
}
