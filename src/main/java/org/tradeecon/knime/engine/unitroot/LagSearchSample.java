package org.tradeecon.knime.engine.unitroot;

/**
 * Which sample the ADF regression with the automatically chosen lag is finally estimated on. In both cases the
 * candidate lags 0..maxlag are compared on the common sample of the maximum lag (so that their criteria are
 * comparable).
 */
public enum LagSearchSample {
    /**
     * Re-fit the chosen lag k on its own longest sample (n − 1 − k observations); τ, the observation count and
     * the critical values come from that refit. This is what statsmodels' {@code adfuller} and gretl's
     * {@code adf --test-down} do. Default.
     */
    REFIT_OWN_SAMPLE("candidates compared on the common max-lag sample; chosen lag re-fitted on its own"
        + " longest sample (statsmodels, gretl)"),
    /**
     * Keep the common max-lag sample (n − 1 − maxlag observations) for the final regression, as R's urca
     * {@code ur.df} does. (urca also never chooses lag 0; this engine does consider lag 0.)
     */
    KEEP_MAXLAG_SAMPLE("candidates compared and chosen lag estimated on the common max-lag sample (as R urca,"
        + " which however never picks lag 0)");

    private final String words;

    LagSearchSample(final String words) {
        this.words = words;
    }

    /** @return the convention in words */
    public String description() {
        return words;
    }
}
