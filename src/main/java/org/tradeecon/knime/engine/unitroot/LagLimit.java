package org.tradeecon.knime.engine.unitroot;

/**
 * Which given ADF lags are accepted at all. With k lags and r deterministic terms the regression has
 * n − 1 − k observations for r + 1 + k coefficients.
 */
public enum LagLimit {
    /**
     * At most n/2 − r − 1 lags (integer division): statsmodels' {@code adfuller} refuses a larger lag
     * ("maxlag must be less than (nobs/2 - 1 - ntrend)"). Default.
     */
    HALF_SAMPLE("at most n/2 - terms - 1 lags (statsmodels)"),
    /**
     * Any lag that leaves the regression at least one residual degree of freedom, as R (urca {@code ur.df},
     * tseries {@code adf.test}, which fit whatever {@code lm} can) and gretl's {@code adf} estimate it.
     */
    ONE_RESIDUAL_DF("any lag leaving one residual degree of freedom (R, gretl)");

    private final String words;

    LagLimit(final String words) {
        this.words = words;
    }

    /** @return the limit in words */
    public String description() {
        return words;
    }
}
