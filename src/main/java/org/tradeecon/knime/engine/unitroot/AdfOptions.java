package org.tradeecon.knime.engine.unitroot;

/**
 * Settings of the augmented Dickey-Fuller test. Immutable; each {@code with...} method returns a copy.
 * Defaults (those of statsmodels' {@code adfuller}): constant, AIC lag selection, maximum lag by
 * {@link MaxLagRule#STATSMODELS}, chosen lag re-fitted on its own sample, α = 0.05.
 */
public final class AdfOptions {

    /** How the regressions are computed (package-private: the tests run every case through both paths). */
    enum SearchMethod {
        /** Cross products built in one pass and a Cholesky factor; QR / OlsFit when they are ill-conditioned. */
        AUTO,
        /** Householder QR of the max-lag design for the search, OlsFit for the final regression. */
        QR
    }

    private final Deterministic deterministic;
    private final LagSelection lagSelection;
    private final int maxLag;
    private final MaxLagRule maxLagRule;
    private final LagSearchSample sample;
    private final double alpha;
    private final SearchMethod searchMethod;

    private AdfOptions(final Deterministic deterministic, final LagSelection lagSelection, final int maxLag,
        final MaxLagRule maxLagRule, final LagSearchSample sample, final double alpha,
        final SearchMethod searchMethod) {
        this.deterministic = deterministic;
        this.lagSelection = lagSelection;
        this.maxLag = maxLag;
        this.maxLagRule = maxLagRule;
        this.sample = sample;
        this.alpha = alpha;
        this.searchMethod = searchMethod;
    }

    /** @return the defaults: constant, AIC, statsmodels' maximum-lag rule, refit on own sample, α = 0.05 */
    public static AdfOptions defaults() {
        return new AdfOptions(Deterministic.CONSTANT, LagSelection.AIC, -1, MaxLagRule.STATSMODELS,
            LagSearchSample.REFIT_OWN_SAMPLE, 0.05, SearchMethod.AUTO);
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
        return new AdfOptions(java.util.Objects.requireNonNull(terms, "terms"), lagSelection, maxLag, maxLagRule,
            sample, alpha, searchMethod);
    }

    /**
     * @param selection the lag-selection method; {@link LagSelection#FIXED} uses the maximum lag as k
     * @return a copy
     */
    public AdfOptions withLagSelection(final LagSelection selection) {
        return new AdfOptions(deterministic, java.util.Objects.requireNonNull(selection, "selection"), maxLag,
            maxLagRule, sample, alpha, searchMethod);
    }

    /**
     * @param lags the maximum lag searched (or the fixed lag under {@link LagSelection#FIXED}), &ge; 0; it must
     *        not exceed n/2 − r − 1 for the series tested (checked by the test)
     * @return a copy
     * @throws IllegalArgumentException when lags &lt; 0
     */
    public AdfOptions withMaxLag(final int lags) {
        if (lags < 0) {
            throw new IllegalArgumentException("The ADF lag must be 0 or more, got " + lags + ".");
        }
        return new AdfOptions(deterministic, lagSelection, lags, maxLagRule, sample, alpha, searchMethod);
    }

    /**
     * @param rule the rule for the default maximum lag (used when no maximum lag is given)
     * @return a copy
     */
    public AdfOptions withMaxLagRule(final MaxLagRule rule) {
        return new AdfOptions(deterministic, lagSelection, maxLag, java.util.Objects.requireNonNull(rule, "rule"),
            sample, alpha, searchMethod);
    }

    /**
     * @param s which sample the chosen lag is finally estimated on
     * @return a copy
     */
    public AdfOptions withLagSearchSample(final LagSearchSample s) {
        return new AdfOptions(deterministic, lagSelection, maxLag, maxLagRule,
            java.util.Objects.requireNonNull(s, "sample"), alpha, searchMethod);
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
        return new AdfOptions(deterministic, lagSelection, maxLag, maxLagRule, sample, level, searchMethod);
    }

    AdfOptions withSearchMethod(final SearchMethod method) {
        return new AdfOptions(deterministic, lagSelection, maxLag, maxLagRule, sample, alpha, method);
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
