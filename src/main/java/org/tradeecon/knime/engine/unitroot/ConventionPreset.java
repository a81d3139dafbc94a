package org.tradeecon.knime.engine.unitroot;

/**
 * "Reproduce the conventions of": one tool's choices for every ADF convention in which the tools differ (issue 15),
 * as a shortcut to the single conventions of {@link AdfOptions}, each of which can still be set on its own after
 * the preset. The analyst's choices (deterministic terms, lag selection, a given maximum lag, α) are not part of a
 * preset. Where a tool has no such rule (Stata's {@code dfuller} and urca's {@code ur.df} do not search a default
 * maximum lag) the preset keeps statsmodels' and says so in {@link #notes()}.
 *
 * <p>What each preset sets, measured against the tools themselves (reference tests in
 * {@code src/test/resources/reference/unitroot/presets/}):
 * <table>
 * <caption>ADF conventions by preset</caption>
 * <tr><th></th><th>statsmodels</th><th>Stata</th><th>R urca</th><th>R tseries</th><th>gretl</th></tr>
 * <tr><td>default maximum lag</td><td>ceil 12(n/100)^¼, cap</td><td>(as statsmodels)</td><td>(as statsmodels)</td>
 * <td>trunc((n−1)^⅓)</td><td>floor 12(n/100)^¼, no cap</td></tr>
 * <tr><td>lags accepted</td><td>≤ n/2 − r − 1</td><td>(as statsmodels)</td><td>1 residual df</td>
 * <td>1 residual df</td><td>1 residual df</td></tr>
 * <tr><td>maximum lag without residual df</td><td>lowered (statsmodels: exact fit)</td><td>lowered</td><td>lowered</td><td>(no search)</td>
 * <td>(refused, as gretl)</td></tr>
 * <tr><td>lag 0 searched</td><td>yes</td><td>yes</td><td>no</td><td>yes</td><td>yes</td></tr>
 * <tr><td>sample of the chosen lag</td><td>own</td><td>own</td><td>max-lag</td><td>own</td><td>own</td></tr>
 * <tr><td>t-statistic rule sample</td><td>common</td><td>common</td><td>common</td><td>common</td><td>own</td></tr>
 * <tr><td>p-value</td><td>MacKinnon 1994</td><td>MacKinnon 1994</td><td>MacKinnon 1994*</td>
 * <td>Fuller, tseries</td><td>MacKinnon 1994*</td></tr>
 * <tr><td>critical values</td><td>MacKinnon 2010</td><td>Fuller, interpolated</td><td>Fuller, step</td>
 * <td>Fuller, tseries</td><td>MacKinnon 2010</td></tr>
 * </table>
 * * the closest allowed method: gretl and urca's {@code punitroot} use MacKinnon (1996), whose code and tables may
 * not be copied. EViews is not offered: its documentation, as far as it could be read, does not state its rules.
 */
public enum ConventionPreset {
    /** statsmodels' {@code adfuller} (0.13/0.14): today's defaults. */
    STATSMODELS("statsmodels", MaxLagRule.STATSMODELS, LagLimit.HALF_SAMPLE, true, LagSearchSample.REFIT_OWN_SAMPLE,
        TStatSample.COMMON_SAMPLE, AdfPValueMethod.MACKINNON_1994, CriticalValueMethod.MACKINNON_2010,
        "statsmodels adfuller: everything as the defaults. Where statsmodels' capped maximum lag leaves the max-lag"
            + " regression no residual degree of freedom (no deterministic terms and an even n up to 20), statsmodels"
            + " returns tau = 0 from an exact fit (AIC, BIC) or skips that lag (t-statistic rule); the preset lowers"
            + " the maximum by one instead (today's rule), and the single convention 'statsmodels uncut' (MaxLagCut)"
            + " reproduces statsmodels' t-statistic choice there."),
    /** Stata's {@code dfuller}. */
    STATA("Stata", MaxLagRule.STATSMODELS, LagLimit.HALF_SAMPLE, true, LagSearchSample.REFIT_OWN_SAMPLE,
        TStatSample.COMMON_SAMPLE, AdfPValueMethod.MACKINNON_1994, CriticalValueMethod.FULLER_INTERPOLATED,
        "Stata dfuller: MacKinnon (1994) approximate p-value and Fuller's table interpolated in the regression's"
            + " observations, as dfuller prints them. dfuller takes a fixed lag (default 0) and has no lag search"
            + " and no stated lag limit; those conventions are statsmodels'."),
    /** R urca's {@code ur.df}. */
    R_URCA("R (urca)", MaxLagRule.STATSMODELS, LagLimit.ONE_RESIDUAL_DF, false, LagSearchSample.KEEP_MAXLAG_SAMPLE,
        TStatSample.COMMON_SAMPLE, AdfPValueMethod.MACKINNON_1994, CriticalValueMethod.FULLER_STEP,
        "R urca ur.df: lags 1..maxlag searched on the max-lag sample and kept there, any lag with one residual"
            + " degree of freedom, Fuller's table as a step function of n - 1. ur.df prints no p-value (urca's"
            + " punitroot is MacKinnon 1996, which may not be copied); the closest allowed is MacKinnon (1994)"
            + " asymptotic, or the simulated finite-sample p-value at the observed T. ur.df has no default maximum lag"
            + " and no t-statistic rule; those conventions are statsmodels'."),
    /** R tseries' {@code adf.test}. */
    R_TSERIES("R (tseries)", MaxLagRule.TSERIES, LagLimit.ONE_RESIDUAL_DF, true, LagSearchSample.REFIT_OWN_SAMPLE,
        TStatSample.COMMON_SAMPLE, AdfPValueMethod.FULLER_TSERIES, CriticalValueMethod.FULLER_TSERIES,
        "R tseries adf.test: default lag trunc((n-1)^(1/3)), any lag with one residual degree of freedom, p-value"
            + " interpolated in Fuller's table (constant and trend only, as adf.test). adf.test has a fixed lag and"
            + " no search; those conventions are statsmodels'."),
    /** gretl's {@code adf}. */
    GRETL("gretl", MaxLagRule.SCHWERT_UNCAPPED, LagLimit.ONE_RESIDUAL_DF, true, LagSearchSample.REFIT_OWN_SAMPLE,
        TStatSample.OWN_SAMPLE, AdfPValueMethod.MACKINNON_1994, CriticalValueMethod.MACKINNON_2010,
        "gretl adf: default maximum lag floor(12*(n/100)^(1/4)) without a cap, any lag with one residual degree"
            + " of freedom, the t-statistic rule on each candidate's own sample. gretl's p-value is MacKinnon (1996)"
            + " (asymptotic with lags, finite-sample at lag 0), which may not be copied; the closest allowed is"
            + " MacKinnon (1994) asymptotic (with lags), or the simulated finite-sample p-value at the observed T"
            + " (lag 0). gretl's adf prints no critical values; MacKinnon (2010) is used.");

    private final String label;
    private final MaxLagRule maxLagRule;
    private final LagLimit lagLimit;
    private final boolean lagZeroSearched;
    private final LagSearchSample sample;
    private final TStatSample tStatSample;
    private final AdfPValueMethod pValue;
    private final CriticalValueMethod criticalValues;
    private final String notes;

    ConventionPreset(final String label, final MaxLagRule maxLagRule, final LagLimit lagLimit,
        final boolean lagZeroSearched, final LagSearchSample sample, final TStatSample tStatSample,
        final AdfPValueMethod pValue, final CriticalValueMethod criticalValues, final String notes) {
        this.label = label;
        this.maxLagRule = maxLagRule;
        this.lagLimit = lagLimit;
        this.lagZeroSearched = lagZeroSearched;
        this.sample = sample;
        this.tStatSample = tStatSample;
        this.pValue = pValue;
        this.criticalValues = criticalValues;
        this.notes = notes;
    }

    /** @return the tool's name, e.g. "R (urca)" */
    public String label() {
        return label;
    }

    /** @return what the preset does and where it cannot follow the tool, in words */
    public String notes() {
        return notes;
    }

    /** @return the default maximum-lag rule */
    public MaxLagRule maxLagRule() {
        return maxLagRule;
    }

    /** @return which given lags are accepted */
    public LagLimit lagLimit() {
        return lagLimit;
    }

    /** @return whether a lag search considers lag 0 */
    public boolean lagZeroSearched() {
        return lagZeroSearched;
    }

    /** @return the sample of the chosen lag */
    public LagSearchSample lagSearchSample() {
        return sample;
    }

    /** @return the sample of the t-statistic rule */
    public TStatSample tStatSample() {
        return tStatSample;
    }

    /** @return the p-value method */
    public AdfPValueMethod pValueMethod() {
        return pValue;
    }

    /** @return the source of the critical values */
    public CriticalValueMethod criticalValueMethod() {
        return criticalValues;
    }

    /**
     * @param o options
     * @return a copy of {@code o} with every convention of this preset; terms, lag selection, a given maximum lag
     *         and α are kept
     */
    public AdfOptions apply(final AdfOptions o) {
        return o.withMaxLagRule(maxLagRule).withLagLimit(lagLimit).withLagZeroSearched(lagZeroSearched)
            .withLagSearchSample(sample).withTStatSample(tStatSample).withPValueMethod(pValue)
            .withCriticalValueMethod(criticalValues).withMaxLagCut(MaxLagCut.LOWER);
    }
}
