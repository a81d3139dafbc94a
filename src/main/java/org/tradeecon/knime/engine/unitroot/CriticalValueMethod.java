package org.tradeecon.knime.engine.unitroot;

/** Where the ADF test's 1%, 5% and 10% critical values come from. */
public enum CriticalValueMethod {
    /** MacKinnon (2010) response surface at T = the regression's observations (statsmodels). Default. */
    MACKINNON_2010("MacKinnon (2010) response surface for T = the regression's observations (statsmodels)"),
    /**
     * Fuller (1976) Table 8.5.2 interpolated linearly in T = the regression's observations (Stata's {@code dfuller},
     * "Interpolated Dickey-Fuller"); the 25 row below 25, the ∞ row above 500.
     */
    FULLER_INTERPOLATED("Fuller (1976) Table 8.5.2 interpolated linearly in T = the regression's observations"
        + " (Stata dfuller)"),
    /**
     * Fuller (1976) Table 8.5.2 as a step function of the number of differences n − 1: the row of the next
     * tabulated size above it (R urca {@code ur.df}).
     */
    FULLER_STEP("Fuller (1976) Table 8.5.2, row of the next size above n - 1 differences (R urca ur.df)"),
    /**
     * Fuller (1976) Table 8.5.2 interpolated linearly in the number of differences n − 1 with ∞ at 100,000, the
     * interpolation R tseries' {@code adf.test} uses for its p-value (tseries prints no critical values).
     */
    FULLER_TSERIES("Fuller (1976) Table 8.5.2 interpolated linearly in n - 1 differences, infinity at 100000"
        + " (the table R tseries adf.test reads its p-value from)");

    private final String words;

    CriticalValueMethod(final String words) {
        this.words = words;
    }

    /** @return the method in words */
    public String description() {
        return words;
    }

    /**
     * @param level 0.01, 0.05 or 0.10
     * @param terms the deterministic terms (Fuller's table has no quadratic trend)
     * @param observations the regression's observations T
     * @param differences the number of first differences of the series, n − 1
     * @return the critical value
     * @throws IllegalArgumentException when the method has no value for these terms
     */
    public double criticalValue(final double level, final Deterministic terms, final int observations,
        final int differences) {
        switch (this) {
            case FULLER_INTERPOLATED:
                return FullerTable.interpolated(level, terms, observations);
            case FULLER_STEP:
                return FullerTable.step(level, terms, differences);
            case FULLER_TSERIES:
                return FullerTable.tseriesInterpolated(level, terms, differences);
            default:
                return MacKinnon.criticalValue(level, terms, observations);
        }
    }
}
