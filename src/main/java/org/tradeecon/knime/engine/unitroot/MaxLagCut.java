package org.tradeecon.knime.engine.unitroot;

/**
 * What a lag search does when the rule-based maximum lag (a capped {@link MaxLagRule}) leaves the max-lag regression
 * no residual degree of freedom. This happens with statsmodels' cap n/2 − r − 1 only without deterministic terms and
 * an even n (the regression then has as many coefficients as observations), e.g. n = 14 with the default rule.
 */
public enum MaxLagCut {
    /** Lower the maximum lag until the max-lag regression keeps one residual degree of freedom, with a warning. Default. */
    LOWER("lowered until the max-lag regression keeps a residual degree of freedom"),
    /**
     * Keep statsmodels' uncut maximum: the candidates are compared on its (shorter) common sample, but the maximum lag
     * itself, whose fit is exact, is never chosen. statsmodels' t-statistic rule does the same (the exact fit's t is
     * not a number); its AIC and BIC choose the exact fit and return τ = 0, which this engine does not.
     */
    STATSMODELS_UNCUT("kept as statsmodels' common sample; the exact-fit maximum lag itself is not a candidate");

    private final String words;

    MaxLagCut(final String words) {
        this.words = words;
    }

    /** @return the convention in words */
    public String description() {
        return words;
    }
}
