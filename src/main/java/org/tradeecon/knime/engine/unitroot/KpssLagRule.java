package org.tradeecon.knime.engine.unitroot;

/** How the KPSS test chooses the Bartlett bandwidth (number of autocovariance lags) for n observations. */
public enum KpssLagRule {
    /**
     * Data-dependent rule of Hobijn, Franses and Ooms (1998, 2004), as statsmodels' {@code nlags="auto"}:
     * with residual autocovariances over int(n^{2/9}) lags, ŝ = s1/s0, lags = int(1.1447·(ŝ²)^{1/3}·n^{1/3}),
     * at most n − 1.
     */
    HOBIJN_AUTO("Hobijn et al. (1998) automatic bandwidth"),
    /** Schwert's short rule, trunc(4·(n/100)^{1/4}) (R tseries' default and urca's "short"). */
    SCHWERT_SHORT("Schwert short rule trunc(4*(n/100)^(1/4))"),
    /** Schwert's long rule, trunc(12·(n/100)^{1/4}) (R tseries' lshort = FALSE and urca's "long"). */
    SCHWERT_LONG("Schwert long rule trunc(12*(n/100)^(1/4))"),
    /** statsmodels' {@code nlags="legacy"}: ceil(12·(n/100)^{1/4}), at most n − 1. */
    LEGACY_CEILING("statsmodels legacy rule ceil(12*(n/100)^(1/4)), at most n-1"),
    /** A lag number given by the user (must be below n). */
    FIXED("fixed by the user");

    private final String words;

    KpssLagRule(final String words) {
        this.words = words;
    }

    /** @return the rule in words */
    public String description() {
        return words;
    }
}
