package org.tradeecon.knime.engine.regression;

import java.util.Optional;

/**
 * Durbin's h statistic for first-order autocorrelation in a regression with a lagged dependent variable:
 * h = (1 − d/2)·sqrt(n / (1 − n·V)), with d the Durbin–Watson statistic, n the observations and V the
 * estimated (classical) variance of the coefficient of y_{t−1}. Asymptotically N(0, 1) under "no first-order
 * autocorrelation"; the p-value is two-sided. When 1 − n·V &le; 0 the statistic does not exist: the result is
 * then "undefined" with the reason, and Durbin's alternative test should be used. Immutable.
 */
public final class DurbinH {

    /** The null hypothesis in words. */
    public static final String NULL_HYPOTHESIS = "No first-order autocorrelation in the errors";

    private final double value;
    private final double pValue;
    private final String undefinedReason;

    private DurbinH(final double value, final double pValue, final String undefinedReason) {
        this.value = value;
        this.pValue = pValue;
        this.undefinedReason = undefinedReason;
    }

    /**
     * @param durbinWatson d
     * @param n observations
     * @param laggedDependentVariance classical variance of the coefficient of y_{t−1}
     * @return h, or the undefined state when 1 − n·V &le; 0
     */
    static DurbinH of(final double durbinWatson, final int n, final double laggedDependentVariance) {
        double denominator = 1.0 - n * laggedDependentVariance;
        if (denominator <= 0) {
            return new DurbinH(0, 0, String.format(java.util.Locale.ROOT,
                "Durbin's h is undefined: 1 - n*Var(rho) = 1 - %d*%.6g = %.6g is not positive. Use Durbin's"
                    + " alternative test instead.", n, laggedDependentVariance, denominator));
        }
        double h = (1.0 - durbinWatson / 2.0) * Math.sqrt(n / denominator);
        double p = 2.0 * new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1)
            .cumulativeProbability(-Math.abs(h));
        return new DurbinH(h, p, null);
    }

    /** @return whether h exists (1 − n·V &gt; 0) */
    public boolean isDefined() {
        return undefinedReason == null;
    }

    /** @return h when defined */
    public Optional<Double> value() {
        return isDefined() ? Optional.of(value) : Optional.empty();
    }

    /** @return the two-sided normal p-value when defined */
    public Optional<Double> pValue() {
        return isDefined() ? Optional.of(pValue) : Optional.empty();
    }

    /** @return why h is undefined, when it is */
    public Optional<String> undefinedReason() {
        return Optional.ofNullable(undefinedReason);
    }
}
