package org.tradeecon.knime.engine.unitroot;

/** How the ADF test chooses the number k of lagged differences. */
public enum LagSelection {
    /** A fixed k (the maximum lag in the options, or the default maximum lag when none is given). */
    FIXED("fixed"),
    /** Minimum Akaike criterion −2ℓ + 2·r (r = number of regressors). */
    AIC("Akaike information criterion"),
    /** Minimum Schwarz/Bayesian criterion −2ℓ + r·ln N. */
    BIC("Bayesian (Schwarz) information criterion"),
    /** Minimum Hannan-Quinn criterion −2ℓ + 2·r·ln ln N. */
    HQIC("Hannan-Quinn information criterion"),
    /**
     * Test down from the maximum lag until |t| of the last lag ≥ 1.6448536 (the 5% one-sided normal value),
     * else 0. As statsmodels, every candidate's t is computed on the common max-lag sample; gretl's
     * {@code --test-down=tstat} estimates each candidate on its own sample and can keep a longer lag.
     */
    T_STAT("t-statistic rule (test down from the maximum lag, |t| >= 1.645)"),
    /**
     * Minimum modified Akaike criterion of Ng and Perron (2001), for DF-GLS only ({@link DfGlsTest}):
     * MAIC(k) = ln σ̂²_k + 2·(τ_k + k)/N with τ_k = γ̂_k²·Σ ỹ²_{t−1} / σ̂²_k on the common max-lag sample.
     */
    MAIC("modified Akaike information criterion (Ng-Perron 2001)");

    private final String words;

    LagSelection(final String words) {
        this.words = words;
    }

    /** @return the method in words */
    public String description() {
        return words;
    }
}
