package org.tradeecon.knime.engine.regression;

import java.util.List;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A coefficient table: estimates with standard errors, t statistics, two-sided p-values from Student's t with
 * the stated degrees of freedom, and confidence intervals, under a named covariance estimator. Immutable.
 */
public final class CoefficientTable {

    private final List<String> names;
    private final double[] estimates;
    private final double[][] covariance;
    private final int degreesOfFreedom;
    private final String covarianceDescription;
    private final String undefinedReason;
    /** Entry (p, q) of the covariance is covariance[p][q]·2^(exponent[p] + exponent[q]) (see Equilibration). */
    private final int[] exponent;

    /**
     * @param names coefficient names
     * @param estimates the estimates
     * @param covariance their covariance matrix
     * @param degreesOfFreedom df of the t reference distribution (n − k of the regression)
     * @param covarianceDescription how the covariance was estimated, in words
     */
    public CoefficientTable(final List<String> names, final double[] estimates, final double[][] covariance,
        final int degreesOfFreedom, final String covarianceDescription) {
        this(names, estimates, covariance, degreesOfFreedom, covarianceDescription, null);
    }

    /**
     * A table whose inference may be undefined.
     *
     * @param undefinedReason why t statistics, p-values and intervals are undefined (e.g. the regression fits
     *        exactly, see {@link ExactFit}), or null when they are defined
     * @see #CoefficientTable(List, double[], double[][], int, String)
     */
    public CoefficientTable(final List<String> names, final double[] estimates, final double[][] covariance,
        final int degreesOfFreedom, final String covarianceDescription, final String undefinedReason) {
        this(names, estimates, covariance, null, degreesOfFreedom, covarianceDescription, undefinedReason);
    }

    /**
     * A table whose covariance is given scaled: its entry (p, q) times 2^(e_p + e_q) is the covariance, so that
     * standard errors and t statistics exist even when a variance is beyond the double range.
     *
     * @param exponents e_p, one per coefficient (null: all 0)
     * @see #CoefficientTable(List, double[], double[][], int, String, String)
     */
    public CoefficientTable(final List<String> names, final double[] estimates, final double[][] covariance,
        final int[] exponents, final int degreesOfFreedom, final String covarianceDescription,
        final String undefinedReason) {
        this.undefinedReason = undefinedReason;
        this.exponent = exponents == null ? new int[estimates.length] : exponents.clone();
        if (names.size() != estimates.length || covariance.length != estimates.length) {
            throw new IllegalArgumentException(names.size() + " names, " + estimates.length + " estimates and a "
                + covariance.length + "x" + covariance.length + " covariance do not match.");
        }
        this.names = List.copyOf(names);
        this.estimates = estimates.clone();
        this.covariance = new double[covariance.length][];
        for (int p = 0; p < covariance.length; p++) {
            this.covariance[p] = covariance[p].clone();
        }
        this.degreesOfFreedom = degreesOfFreedom;
        this.covarianceDescription = covarianceDescription;
    }

    /**
     * The table of an OLS fit under a covariance estimator.
     *
     * @param fit the fit
     * @param estimator covariance estimator
     * @return the table, with df n − k
     */
    public static CoefficientTable of(final OlsFit fit, final CovarianceEstimator estimator) {
        org.tradeecon.knime.engine.timeseries.OptionChecks.notNull(estimator, "the covariance estimator");
        return new CoefficientTable(fit.names(), fit.coefficients(), estimator.scaledCovariance(fit),
            fit.coefficientExponents(), fit.residualDegreesOfFreedom(), estimator.describe(fit.observations()), fit.exactFitReason().orElse(null));
    }

    /** @return coefficient names */
    public List<String> names() {
        return names;
    }

    /** @return number of coefficients */
    public int size() {
        return estimates.length;
    }

    /** @return the estimates */
    public double[] estimates() {
        return estimates.clone();
    }

    /** @return the covariance matrix, a fresh copy */
    public double[][] covariance() {
        return OlsFit.unscaleCovariance(covariance, exponent);
    }

    /**
     * @return the correlation matrix of the estimates, cov_pq / (SE_p·SE_q), formed from the scaled covariance so
     *         that it exists whatever the data's magnitude (a fresh copy; NaN where an SE is 0)
     */
    public double[][] correlation() {
        int k = estimates.length;
        double[][] r = new double[k][k];
        for (int p = 0; p < k; p++) {
            for (int q = 0; q < k; q++) {
                r[p][q] = covariance[p][q] / Math.sqrt(covariance[p][p]) / Math.sqrt(covariance[q][q]);
            }
        }
        return r;
    }

    /** @return standard errors, the square roots of the covariance diagonal */
    public double[] standardErrors() {
        double[] se = new double[estimates.length];
        for (int p = 0; p < se.length; p++) {
            se[p] = Math.scalb(Math.sqrt(covariance[p][p]), exponent[p]);
        }
        return se;
    }

    /** @return t statistics estimate/SE; NaN when inference is undefined ({@link #undefinedReason()}) */
    public double[] tValues() {
        double[] se = standardErrors();
        double[] t = new double[se.length];
        for (int p = 0; p < t.length; p++) {
            t[p] = undefinedReason != null ? Double.NaN : OlsFit.ratio(estimates[p], se[p]);
        }
        return t;
    }

    /** @return two-sided p-values from Student's t with {@link #degreesOfFreedom()} df */
    public double[] pValues() {
        double[] t = tValues();
        double[] p = new double[t.length];
        for (int j = 0; j < t.length; j++) {
            p[j] = Double.isNaN(t[j]) ? Double.NaN : OlsFit.twoSidedT(t[j], degreesOfFreedom);
        }
        return p;
    }

    /**
     * @param level confidence level in (0, 1), e.g. 0.95
     * @return {lower, upper} = estimate ± t_{(1+level)/2, df}·SE for each coefficient
     */
    public double[][] confidenceIntervals(final double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("Confidence level must be between 0 and 1, got " + level + ".");
        }
        double q = new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability((1 + level) / 2);
        double[] se = standardErrors();
        double[][] ci = new double[se.length][];
        for (int p = 0; p < se.length; p++) {
            ci[p] = undefinedReason != null ? new double[] {Double.NaN, Double.NaN}
                : new double[] {estimates[p] - q * se[p], estimates[p] + q * se[p]};
        }
        return ci;
    }

    /** @return why t statistics, p-values and intervals are undefined, when they are */
    public java.util.Optional<String> undefinedReason() {
        return java.util.Optional.ofNullable(undefinedReason);
    }

    /** @return degrees of freedom of the t reference distribution */
    public int degreesOfFreedom() {
        return degreesOfFreedom;
    }

    /** @return how the covariance was estimated, in words */
    public String covarianceDescription() {
        return covarianceDescription;
    }

    /** @param name a coefficient name @return its position @throws IllegalArgumentException when absent */
    public int indexOf(final String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("No coefficient named " + name + " (have " + names + ").");
        }
        return i;
    }
}
