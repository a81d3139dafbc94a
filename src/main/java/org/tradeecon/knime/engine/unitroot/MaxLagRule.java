package org.tradeecon.knime.engine.unitroot;

/**
 * Default maximum lag of the ADF test for a series of n levels with r deterministic terms. The first two rules are
 * capped at n/2 − r − 1 (integer division), the limit statsmodels enforces; the others are not capped (a maximum
 * that leaves the regression no residual degree of freedom is then refused by the test, as gretl does).
 */
public enum MaxLagRule {
    /** ceil(12·(n/100)^{1/4}), as statsmodels' {@code adfuller} (Schwert 1989 via Greene). */
    STATSMODELS("ceil(12*(n/100)^(1/4)), capped at n/2 - terms - 1 (statsmodels)", true),
    /** floor(12·(n/100)^{1/4}), Schwert's (1989) rule as most textbooks state it, capped as statsmodels. */
    SCHWERT("floor(12*(n/100)^(1/4)), capped at n/2 - terms - 1 (Schwert)", true),
    /** floor(12·(n/100)^{1/4}) without a cap: gretl's default ({@code adf -1 ...}). */
    SCHWERT_UNCAPPED("floor(12*(n/100)^(1/4)), not capped (gretl)", false),
    /** trunc((n − 1)^{1/3}) without a cap: R tseries' {@code adf.test} default k. */
    TSERIES("trunc((n-1)^(1/3)), not capped (R tseries adf.test)", false);

    private final String words;
    private final boolean capped;

    MaxLagRule(final String words, final boolean capped) {
        this.words = words;
        this.capped = capped;
    }

    /** @return the rule in words */
    public String description() {
        return words;
    }

    /** @return whether the rule is capped at n/2 − r − 1 */
    public boolean isCapped() {
        return capped;
    }

    /**
     * @param n number of observations of the series in levels
     * @param terms deterministic terms
     * @return the rule's maximum lag (capped at n/2 − r − 1 for the capped rules); negative when the series is too
     *         short
     */
    public int maxLag(final int n, final Deterministic terms) {
        int rule;
        if (this == TSERIES) {
            // (n-1)^(1/3) with the exponent rounded to a double, as R computes it: 64^(1/3) is just below 4, so 3
            // (checked against R for every n up to 100,000; Math.cbrt would give 4)
            rule = (int)Math.pow(n - 1.0, 1.0 / 3.0);
        } else {
            double q = 12.0 * Math.pow(n / 100.0, 0.25);
            rule = this == STATSMODELS ? (int)Math.ceil(q) : (int)Math.floor(q);
        }
        return capped ? Math.min(rule, cap(n, terms)) : rule;
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
