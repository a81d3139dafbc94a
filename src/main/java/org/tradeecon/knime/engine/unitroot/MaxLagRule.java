package org.tradeecon.knime.engine.unitroot;

/**
 * Default maximum lag of the ADF test for a series of n levels with r deterministic terms. Both rules are
 * capped at n/2 − r − 1 (integer division), the limit statsmodels enforces.
 */
public enum MaxLagRule {
    /** ceil(12·(n/100)^{1/4}), as statsmodels' {@code adfuller} (Schwert 1989 via Greene). */
    STATSMODELS("ceil(12*(n/100)^(1/4)), capped at n/2 - terms - 1 (statsmodels)"),
    /** floor(12·(n/100)^{1/4}), Schwert's (1989) rule as gretl and most textbooks state it. */
    SCHWERT("floor(12*(n/100)^(1/4)), capped at n/2 - terms - 1 (Schwert)");

    private final String words;

    MaxLagRule(final String words) {
        this.words = words;
    }

    /** @return the rule in words */
    public String description() {
        return words;
    }

    /**
     * @param n number of observations of the series in levels
     * @param terms deterministic terms
     * @return the rule's maximum lag, capped at n/2 − r − 1; negative when the series is too short
     */
    public int maxLag(final int n, final Deterministic terms) {
        double q = 12.0 * Math.pow(n / 100.0, 0.25);
        int rule = this == STATSMODELS ? (int)Math.ceil(q) : (int)Math.floor(q);
        return Math.min(rule, cap(n, terms));
    }

    /**
     * @param n number of observations in levels
     * @param terms deterministic terms
     * @return the largest lag accepted for n observations: n/2 − r − 1 (integer division)
     */
    public static int cap(final int n, final Deterministic terms) {
        return n / 2 - terms.termCount() - 1;
    }
}
