package org.tradeecon.knime.engine.regression;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The reference distribution of coefficient t statistics (issue 15). With a classical covariance every tool uses
 * Student's t with n − k degrees of freedom; with a robust covariance (HC0–HC3, Newey–West) statsmodels' default
 * ({@code use_t=False}) is the standard normal, while Stata, R ({@code lmtest::coeftest} on an {@code lm}) and gretl
 * keep Student's t (this engine's {@link CoefficientTable#pValues()}).
 */
public enum TestDistribution {
    /** Student's t with the regression's residual degrees of freedom. Default. */
    STUDENT_T("Student's t with n - k degrees of freedom (Stata, R, gretl)"),
    /** The standard normal (statsmodels' default for robust covariances). */
    NORMAL("standard normal (statsmodels' default with a robust covariance)");

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0.0, 1.0);

    private final String words;

    TestDistribution(final String words) {
        this.words = words;
    }

    /** @return the distribution in words */
    public String description() {
        return words;
    }

    /**
     * @param t a t statistic (NaN gives NaN: an undefined statistic has no p-value)
     * @param degreesOfFreedom the regression's n − k (used by {@link #STUDENT_T})
     * @return the two-sided p-value
     */
    public double twoSidedPValue(final double t, final int degreesOfFreedom) {
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        return this == NORMAL ? 2.0 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(t))
            : OlsFit.twoSidedT(t, degreesOfFreedom);
    }

    /**
     * @param table a coefficient table (any covariance)
     * @param level confidence level in (0, 1), e.g. 0.95
     * @return per coefficient {lower, upper} = estimate ∓ q·SE with q this distribution's (1 + level)/2 quantile
     */
    public double[][] confidenceIntervals(final CoefficientTable table, final double level) {
        if (this == STUDENT_T) {
            return table.confidenceIntervals(level);
        }
        double q = STANDARD_NORMAL.inverseCumulativeProbability((1.0 + level) / 2.0);
        double[] b = table.estimates();
        double[] se = table.standardErrors();
        double[][] ci = new double[b.length][];
        for (int j = 0; j < b.length; j++) {
            ci[j] = new double[] {b[j] - q * se[j], b[j] + q * se[j]};
        }
        return ci;
    }

    /**
     * @param table a coefficient table (any covariance)
     * @return the two-sided p-value of every t statistic of the table under this distribution
     */
    public double[] pValues(final CoefficientTable table) {
        double[] t = table.tValues();
        double[] p = new double[t.length];
        for (int j = 0; j < t.length; j++) {
            p[j] = twoSidedPValue(t[j], table.degreesOfFreedom());
        }
        return p;
    }
}
