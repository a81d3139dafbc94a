package org.tradeecon.knime.engine.cointegration;

import java.util.Objects;

import org.tradeecon.knime.engine.unitroot.AdfOptions;
import org.tradeecon.knime.engine.unitroot.Deterministic;
import org.tradeecon.knime.engine.unitroot.LagSearchSample;
import org.tradeecon.knime.engine.unitroot.LagSelection;
import org.tradeecon.knime.engine.unitroot.MaxLagRule;

/**
 * Settings of the Engle-Granger test. Immutable; each {@code with...} method returns a copy. The lag settings
 * are those of the ADF test on the residuals ({@link AdfOptions}, whose own deterministic terms are not used:
 * the residual regression has none). Defaults (those of statsmodels' {@code coint}): a constant in the
 * cointegrating regression, AIC lag selection with the statsmodels maximum-lag rule, the chosen lag re-fitted on
 * its own sample, α = 0.05.
 */
public final class EngleGrangerOptions {

    private final Deterministic deterministic;
    private final AdfOptions residualTest;

    private EngleGrangerOptions(final Deterministic deterministic, final AdfOptions residualTest) {
        this.deterministic = deterministic;
        this.residualTest = residualTest;
    }

    /** @return the defaults described above */
    public static EngleGrangerOptions defaults() {
        return new EngleGrangerOptions(Deterministic.CONSTANT, AdfOptions.defaults());
    }

    /**
     * @param terms the deterministic terms of the cointegrating regression: {@link Deterministic#CONSTANT},
     *        {@link Deterministic#TREND} or {@link Deterministic#QUADRATIC_TREND}
     * @return a copy
     * @throws IllegalArgumentException for {@link Deterministic#NONE}: MacKinnon (2010) has no critical values
     *         for a cointegrating regression without a constant
     */
    public EngleGrangerOptions withDeterministic(final Deterministic terms) {
        Objects.requireNonNull(terms, "terms");
        if (terms == Deterministic.NONE) {
            throw new IllegalArgumentException("The Engle-Granger test needs a constant in the cointegrating"
                + " regression (MacKinnon 2010 has no critical values without one): use a constant, a constant and"
                + " trend, or a constant, trend and trend squared.");
        }
        return new EngleGrangerOptions(terms, residualTest);
    }

    /**
     * @param selection how the ADF lag of the residual test is chosen ({@link LagSelection#FIXED}: the maximum lag)
     * @return a copy
     */
    public EngleGrangerOptions withLagSelection(final LagSelection selection) {
        return new EngleGrangerOptions(deterministic, residualTest.withLagSelection(selection));
    }

    /**
     * @param lags the maximum (or fixed) ADF lag, &ge; 0
     * @return a copy
     * @throws IllegalArgumentException when lags &lt; 0
     */
    public EngleGrangerOptions withMaxLag(final int lags) {
        return new EngleGrangerOptions(deterministic, residualTest.withMaxLag(lags));
    }

    /**
     * @param rule the rule for the default maximum lag
     * @return a copy
     */
    public EngleGrangerOptions withMaxLagRule(final MaxLagRule rule) {
        return new EngleGrangerOptions(deterministic, residualTest.withMaxLagRule(rule));
    }

    /**
     * @param sample which sample the chosen lag is finally estimated on
     * @return a copy
     */
    public EngleGrangerOptions withLagSearchSample(final LagSearchSample sample) {
        return new EngleGrangerOptions(deterministic, residualTest.withLagSearchSample(sample));
    }

    /**
     * @param level significance level of the decision, in (0, 1)
     * @return a copy
     * @throws IllegalArgumentException when outside (0, 1)
     */
    public EngleGrangerOptions withAlpha(final double level) {
        return new EngleGrangerOptions(deterministic, residualTest.withAlpha(level));
    }

    /** @return the deterministic terms of the cointegrating regression */
    public Deterministic deterministic() {
        return deterministic;
    }

    /** @return the options of the ADF test on the residuals, with no deterministic terms */
    public AdfOptions residualTest() {
        return residualTest.withDeterministic(Deterministic.NONE);
    }

    /** @return the significance level of the decision */
    public double alpha() {
        return residualTest.alpha();
    }
}
