package org.tradeecon.knime.engine.regression;

/**
 * Information criteria for choosing a lag length, in the OLS convention of {@link OlsFit}: AIC = −2ℓ + 2k,
 * BIC = −2ℓ + k·ln n, with ℓ the Gaussian log-likelihood and k the number of coefficients including the
 * intercept. Smaller is better. Candidate models must be fitted on the same sample to be comparable.
 */
public enum InformationCriterion {
    /** Akaike's information criterion. */
    AIC,
    /** Schwarz's Bayesian information criterion. */
    BIC;

    /**
     * @param ssr residual sum of squares
     * @param n observations
     * @param k estimated coefficients (intercept included)
     * @return the criterion −2ℓ + penalty, with ℓ = −n/2·(ln 2π + ln(SSR/n) + 1)
     */
    public double value(final double ssr, final int n, final int k) {
        double minus2ll = n * (Math.log(2 * Math.PI) + Math.log(ssr / n) + 1.0);
        return minus2ll + (this == AIC ? 2.0 * k : k * Math.log(n));
    }

    /**
     * The criterion as R's {@code AIC()} and {@code BIC()} compute it for an {@code lm} fit, which count the error
     * variance σ² as an estimated parameter: the penalty of k + 1 parameters (issue 15). It is {@link #value} plus 2
     * (AIC) or ln n (BIC), so it chooses the same model among candidates on one sample.
     *
     * @param ssr residual sum of squares
     * @param n observations
     * @param k estimated coefficients (intercept included), σ² not included
     * @return −2ℓ + penalty(k + 1)
     */
    public double valueCountingVariance(final double ssr, final int n, final int k) {
        return value(ssr, n, k + 1);
    }
}
