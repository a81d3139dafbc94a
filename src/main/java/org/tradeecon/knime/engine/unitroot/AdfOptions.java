package org.tradeecon.knime.engine.unitroot;

import java.util.Objects;

/**
 * Settings of the augmented Dickey-Fuller test. Immutable; each {@code with...} method returns a copy.
 * Defaults (those of statsmodels' {@code adfuller}): constant, AIC lag selection, maximum lag by
 * {@link MaxLagRule#STATSMODELS}, chosen lag re-fitted on its own sample, α = 0.05, and the other conventions of
 * {@link ConventionPreset#STATSMODELS} (each settable on its own, or all at once by {@link #withConventions}).
 */
public final class AdfOptions {

    /** How the regressions are computed (package-private: the tests run every case through both paths). */
    enum SearchMethod {
        /** Cross products built in one pass and a Cholesky factor; QR / OlsFit when they are ill-conditioned. */
        AUTO,
        /** Householder QR of the max-lag design for the search, OlsFit for the final regression. */
        QR
    }

    private Deterministic deterministic = Deterministic.CONSTANT;
    private LagSelection lagSelection = LagSelection.AIC;
    private int maxLag = -1;
    private MaxLagRule maxLagRule = MaxLagRule.STATSMODELS;
    private LagSearchSample sample = LagSearchSample.REFIT_OWN_SAMPLE;
    private double alpha = 0.05;
    private SearchMethod searchMethod = SearchMethod.AUTO;
    // issue 15: the conventions in which the tools differ; the defaults are statsmodels' (ConventionPreset)
    private LagLimit lagLimit = LagLimit.HALF_SAMPLE;
    private boolean lagZeroSearched = true;
    private TStatSample tStatSample = TStatSample.COMMON_SAMPLE;
    private AdfPValueMethod pValueMethod = AdfPValueMethod.MACKINNON_1994;
    private CriticalValueMethod criticalValueMethod = CriticalValueMethod.MACKINNON_2010;
    private MaxLagCut maxLagCut = MaxLagCut.LOWER;

    private AdfOptions() {
    }

    /** @return a copy to change one field of (the fields are never changed after a with-method returns) */
    private AdfOptions copy() {
        AdfOptions o = new AdfOptions();
        o.deterministic = deterministic;
        o.lagSelection = lagSelection;
        o.maxLag = maxLag;
        o.maxLagRule = maxLagRule;
        o.sample = sample;
        o.alpha = alpha;
        o.searchMethod = searchMethod;
        o.lagLimit = lagLimit;
        o.lagZeroSearched = lagZeroSearched;
        o.tStatSample = tStatSample;
        o.pValueMethod = pValueMethod;
        o.criticalValueMethod = criticalValueMethod;
        o.maxLagCut = maxLagCut;
        return o;
    }

    /**
     * @return the defaults: constant, AIC, statsmodels' maximum-lag rule, refit on own sample, α = 0.05, and every
     *         convention of {@link ConventionPreset#STATSMODELS}
     */
    public static AdfOptions defaults() {
        return new AdfOptions();
    }

    /**
     * @param terms deterministic terms
     * @param lags the fixed number of lagged differences (Stata's {@code dfuller} default is 0)
     * @return options for a test with a fixed lag
     * @throws IllegalArgumentException when lags &lt; 0
     */
    public static AdfOptions fixedLag(final Deterministic terms, final int lags) {
        return defaults().withDeterministic(terms).withLagSelection(LagSelection.FIXED).withMaxLag(lags);
    }

    /**
     * @param terms deterministic terms (not null)
     * @return a copy with these terms
     */
    public AdfOptions withDeterministic(final Deterministic terms) {
        AdfOptions o = copy();
        o.deterministic = Objects.requireNonNull(terms, "terms");
        return o;
    }

    /**
     * @param selection the lag-selection method; {@link LagSelection#FIXED} uses the maximum lag as k
     * @return a copy
     */
    public AdfOptions withLagSelection(final LagSelection selection) {
        AdfOptions o = copy();
        o.lagSelection = Objects.requireNonNull(selection, "selection");
        return o;
    }

    /**
     * @param lags the maximum lag searched (or the fixed lag under {@link LagSelection#FIXED}), &ge; 0; it must
     *        not exceed what {@link #lagLimit()} allows for the series tested (checked by the test)
     * @return a copy
     * @throws IllegalArgumentException when lags &lt; 0
     */
    public AdfOptions withMaxLag(final int lags) {
        if (lags < 0) {
            throw new IllegalArgumentException("The ADF lag must be 0 or more, got " + lags + ".");
        }
        AdfOptions o = copy();
        o.maxLag = lags;
        return o;
    }

    /**
     * @param rule the rule for the default maximum lag (used when no maximum lag is given)
     * @return a copy
     */
    public AdfOptions withMaxLagRule(final MaxLagRule rule) {
        AdfOptions o = copy();
        o.maxLagRule = Objects.requireNonNull(rule, "rule");
        return o;
    }

    /**
     * @param s which sample the chosen lag is finally estimated on
     * @return a copy
     */
    public AdfOptions withLagSearchSample(final LagSearchSample s) {
        AdfOptions o = copy();
        o.sample = Objects.requireNonNull(s, "sample");
        return o;
    }

    /**
     * @param level significance level for the decision, in (0, 1)
     * @return a copy
     * @throws IllegalArgumentException when outside (0, 1)
     */
    public AdfOptions withAlpha(final double level) {
        if (!(level > 0.0 && level < 1.0)) {
            throw new IllegalArgumentException("The significance level must be in (0, 1), got " + level + ".");
        }
        AdfOptions o = copy();
        o.alpha = level;
        return o;
    }

    AdfOptions withSearchMethod(final SearchMethod method) {
        AdfOptions o = copy();
        o.searchMethod = method;
        return o;
    }

    /**
     * @param limit which given lags are accepted: statsmodels' n/2 − r − 1 or any lag leaving one residual degree
     *        of freedom (R, gretl)
     * @return a copy
     */
    public AdfOptions withLagLimit(final LagLimit limit) {
        AdfOptions o = copy();
        o.lagLimit = Objects.requireNonNull(limit, "limit");
        return o;
    }

    /**
     * @param searched whether an automatic search considers lag 0 (statsmodels, gretl: yes; R urca's
     *        {@code ur.df}: no, it searches 1..maxlag)
     * @return a copy
     */
    public AdfOptions withLagZeroSearched(final boolean searched) {
        AdfOptions o = copy();
        o.lagZeroSearched = searched;
        return o;
    }

    /**
     * @param s the sample on which the t-statistic rule judges each candidate (statsmodels: the common one;
     *        gretl: each candidate's own)
     * @return a copy
     */
    public AdfOptions withTStatSample(final TStatSample s) {
        AdfOptions o = copy();
        o.tStatSample = Objects.requireNonNull(s, "sample");
        return o;
    }

    /**
     * @param method the p-value method
     * @return a copy
     */
    public AdfOptions withPValueMethod(final AdfPValueMethod method) {
        AdfOptions o = copy();
        o.pValueMethod = Objects.requireNonNull(method, "method");
        return o;
    }

    /**
     * @param method the source of the critical values
     * @return a copy
     */
    public AdfOptions withCriticalValueMethod(final CriticalValueMethod method) {
        AdfOptions o = copy();
        o.criticalValueMethod = Objects.requireNonNull(method, "method");
        return o;
    }

    /**
     * @param cut what a search does when the rule-based maximum lag leaves the max-lag regression no residual
     *        degree of freedom
     * @return a copy
     */
    public AdfOptions withMaxLagCut(final MaxLagCut cut) {
        AdfOptions o = copy();
        o.maxLagCut = Objects.requireNonNull(cut, "cut");
        return o;
    }

    /** @return what a search does when the rule-based maximum lag leaves no residual degree of freedom */
    public MaxLagCut maxLagCut() {
        return maxLagCut;
    }

    /**
     * @param preset a tool's conventions
     * @return a copy with every convention of the preset ({@link ConventionPreset#apply}); the deterministic terms,
     *         lag selection, given maximum lag and α are kept
     */
    public AdfOptions withConventions(final ConventionPreset preset) {
        return Objects.requireNonNull(preset, "preset").apply(this);
    }

    /** @return which given lags are accepted */
    public LagLimit lagLimit() {
        return lagLimit;
    }

    /** @return whether an automatic search considers lag 0 */
    public boolean lagZeroSearched() {
        return lagZeroSearched;
    }

    /** @return the sample of the t-statistic rule */
    public TStatSample tStatSample() {
        return tStatSample;
    }

    /** @return the p-value method */
    public AdfPValueMethod pValueMethod() {
        return pValueMethod;
    }

    /** @return the source of the critical values */
    public CriticalValueMethod criticalValueMethod() {
        return criticalValueMethod;
    }

    /** @return the deterministic terms */
    public Deterministic deterministic() {
        return deterministic;
    }

    /** @return the lag-selection method */
    public LagSelection lagSelection() {
        return lagSelection;
    }

    /** @return whether a maximum (or fixed) lag was given; otherwise {@link #maxLagRule()} decides */
    public boolean hasMaxLag() {
        return maxLag >= 0;
    }

    /**
     * @return the given maximum (or fixed) lag
     * @throws IllegalStateException when none was given
     */
    public int maxLag() {
        if (maxLag < 0) {
            throw new IllegalStateException("No maximum lag was given; the rule " + maxLagRule + " decides.");
        }
        return maxLag;
    }

    /** @return the rule for the default maximum lag */
    public MaxLagRule maxLagRule() {
        return maxLagRule;
    }

    /** @return the sample convention for the final regression after an automatic search */
    public LagSearchSample lagSearchSample() {
        return sample;
    }

    /** @return the significance level for the decision */
    public double alpha() {
        return alpha;
    }

    SearchMethod searchMethod() {
        return searchMethod;
    }
}
