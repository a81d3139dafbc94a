package org.tradeecon.knime.engine.regression;

import java.util.Optional;

/**
 * Durbin's h statistic for first-order autocorrelation in a regression with a lagged dependent variable:
 * h = ρ̂·sqrt(n / (1 − n·V)), with n the observations, V the estimated (classical) variance of the coefficient
 * of y_{t−1} and ρ̂ = Σ_{t≥2} e_t e_{t−1} / Σ_{t≥2} e_{t−1}² the first-order autocorrelation of the residuals
 * (the OLS slope of e_t on e_{t−1}; Durbin 1970, and gretl's "Durbin's h"). The common approximation
 * ρ̂ ≈ 1 − d/2 (d the Durbin–Watson statistic; e.g. Greene) is given by {@link #valueFromDurbinWatson()}.
 * Asymptotically N(0, 1) under "no first-order autocorrelation"; the p-values are two-sided. When
 * 1 − n·V &le; 0 the statistic does not exist: the result is then "undefined" with the reason, and Durbin's
 * alternative test should be used. Immutable.
 */
public final class DurbinH {

    /** The null hypothesis in words. */
    public static final String NULL_HYPOTHESIS = "No first-order autocorrelation in the errors";

    private final double value;
    private final double valueFromDurbinWatson;
    private final String undefinedReason;

    private DurbinH(final double value, final double valueFromDurbinWatson, final String undefinedReason) {
        this.value = value;
        this.valueFromDurbinWatson = valueFromDurbinWatson;
        this.undefinedReason = undefinedReason;
    }

    /**
     * @param rho first-order residual autocorrelation ρ̂ (see the class comment)
     * @param durbinWatson d
     * @param n observations
     * @param laggedDependentVariance classical variance of the coefficient of y_{t−1}
     * @return h, or the undefined state when 1 − n·V &le; 0
     */
    static DurbinH of(final double rho, final double durbinWatson, final int n, final double laggedDependentVariance) {
        double denominator = 1.0 - n * laggedDependentVariance;
        if (denominator <= 0) {
            return new DurbinH(0, 0, String.format(java.util.Locale.ROOT,
                "Durbin's h is undefined: 1 - n*Var(rho) = 1 - %d*%.6g = %.6g is not positive. Use Durbin's"
                    + " alternative test instead.", n, laggedDependentVariance, denominator));
        }
        double root = Math.sqrt(n / denominator);
        return new DurbinH(rho * root, (1.0 - durbinWatson / 2.0) * root, null);
    }

    /** @param reason why h does not exist @return the undefined state */
    static DurbinH undefined(final String reason) {
        return new DurbinH(0, 0, reason);
    }

    private static double twoSidedNormal(final double z) {
        return 2.0 * new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1)
            .cumulativeProbability(-Math.abs(z));
    }

    /** @return whether h exists (1 − n·V &gt; 0) */
    public boolean isDefined() {
        return undefinedReason == null;
    }

    /** @return h when defined */
    public Optional<Double> value() {
        return isDefined() ? Optional.of(value) : Optional.empty();
    }

    /** @return the two-sided normal p-value of h when defined */
    public Optional<Double> pValue() {
        return isDefined() ? Optional.of(twoSidedNormal(value)) : Optional.empty();
    }

    /** @return the variant (1 − d/2)·sqrt(n/(1 − n·V)) when defined */
    public Optional<Double> valueFromDurbinWatson() {
        return isDefined() ? Optional.of(valueFromDurbinWatson) : Optional.empty();
    }

    /** @return the two-sided normal p-value of {@link #valueFromDurbinWatson()} when defined */
    public Optional<Double> pValueFromDurbinWatson() {
        return isDefined() ? Optional.of(twoSidedNormal(valueFromDurbinWatson)) : Optional.empty();
    }

    /** @return why h is undefined, when it is */
    public Optional<String> undefinedReason() {
        return Optional.ofNullable(undefinedReason);
    }
}
