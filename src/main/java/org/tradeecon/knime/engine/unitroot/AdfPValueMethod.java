package org.tradeecon.knime.engine.unitroot;

/**
 * Where the ADF test's p-value comes from. MacKinnon's (1996) finite-sample distribution functions (gretl, R urca's
 * {@code punitroot}, EViews) are not offered: their tables and code may not be copied. The closest allowed method is
 * named by each {@link ConventionPreset}.
 */
public enum AdfPValueMethod {
    /** MacKinnon (1994) approximate asymptotic p-value (Stata {@code dfuller}, statsmodels {@code adfuller}). Default. */
    MACKINNON_1994("MacKinnon (1994) approximate asymptotic p-value (Stata dfuller, statsmodels adfuller)"),
    /**
     * R tseries' {@code adf.test}: Fuller's (1976) τ_τ table interpolated linearly in n − 1 and then in τ, clamped to
     * [0.01, 0.99] ({@link FullerTable#tseriesPValue}). Constant and trend only.
     */
    FULLER_TSERIES("Fuller (1976) Table 8.5.2 interpolated in n - 1 and in tau, within [0.01, 0.99] (R tseries"
        + " adf.test; constant and trend only)");

    private final String words;

    AdfPValueMethod(final String words) {
        this.words = words;
    }

    /** @return the method in words */
    public String description() {
        return words;
    }
}
