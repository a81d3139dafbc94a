package org.tradeecon.knime.engine.unitroot;

/**
 * How the Phillips–Perron test chooses l, the number of Bartlett lags of the long-run variance (weights
 * 1 − j/(l+1)), for a regression with T observations.
 */
public enum PhillipsPerronBandwidth {
    /** A lag number given by the user (0 ≤ l &lt; T). */
    FIXED("fixed by the user"),
    /** trunc(4·(T/100)^{1/4}): R urca {@code ur.pp(lags = "short")} and tseries {@code pp.test} (default). */
    SHORT("trunc(4*(T/100)^(1/4)) (urca lags = \"short\", tseries default)"),
    /** trunc(12·(T/100)^{1/4}): urca {@code lags = "long"}, tseries {@code lshort = FALSE}. */
    LONG("trunc(12*(T/100)^(1/4)) (urca lags = \"long\", tseries lshort = FALSE)"),
    /** floor(4·(T/100)^{2/9}): Stata's {@code pperron} default (Newey–West's rule of thumb). */
    STATA("floor(4*(T/100)^(2/9)) (Stata pperron default)"),
    /**
     * Newey and West (1994) automatic bandwidth for the Bartlett kernel on the regression's residuals:
     * with m = floor(4·(T/100)^{2/9}), ŝ0 = γ̂0 + 2·Σ_{j=1..m} γ̂_j, ŝ1 = 2·Σ_{j=1..m} j·γ̂_j,
     * l = floor(1.1447·((ŝ1/ŝ0)²)^{1/3}·T^{1/3}), at most T − 1 (R sandwich's {@code bwNeweyWest}, floored).
     */
    NEWEY_WEST("Newey-West (1994) automatic bandwidth, Bartlett kernel, floored");

    private final String words;

    PhillipsPerronBandwidth(final String words) {
        this.words = words;
    }

    /** @return the rule in words */
    public String description() {
        return words;
    }
}
