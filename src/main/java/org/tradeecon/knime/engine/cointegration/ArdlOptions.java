package org.tradeecon.knime.engine.cointegration;

import java.util.Objects;

import org.tradeecon.knime.engine.regression.InformationCriterion;

/**
 * Settings of the ARDL bounds test. Immutable; each {@code with...} method returns a copy. Defaults: case III,
 * orders chosen by AIC over p = 1..4 and q = 1..4 for every regressor, α = 0.05.
 *
 * <p>Orders: p is the number of lags of the dependent variable, q_j that of regressor j in the ARDL
 * y_t = c + Σ_{i=1..p} φ_i·y_{t−i} + Σ_j Σ_{l=0..q_j} β_jl·x_{j,t−l} + u_t. Both are at least 1, since the
 * unrestricted error-correction form needs y_{t−1} and x_{t−1} unrestricted (as statsmodels' {@code UECM}).
 */
public final class ArdlOptions {

    /** How the orders are chosen. */
    public enum OrderSelection {
        /** The orders given ({@link #withFixedOrders}). */
        FIXED,
        /** Minimum Akaike criterion over the grid. */
        AIC,
        /** Minimum Schwarz (Bayesian) criterion over the grid. */
        BIC;

        /** @return the matching criterion, or null for FIXED */
        InformationCriterion criterion() {
            return this == FIXED ? null : InformationCriterion.valueOf(name());
        }
    }

    private final BoundsCase boundsCase;
    private final OrderSelection selection;
    private final int p;
    private final int[] q;
    private final int maxP;
    private final int maxQ;
    private final double alpha;

    private ArdlOptions(final BoundsCase boundsCase, final OrderSelection selection, final int p, final int[] q,
        final int maxP, final int maxQ, final double alpha) {
        this.boundsCase = boundsCase;
        this.selection = selection;
        this.p = p;
        this.q = q;
        this.maxP = maxP;
        this.maxQ = maxQ;
        this.alpha = alpha;
    }

    /** @return the defaults described above */
    public static ArdlOptions defaults() {
        return new ArdlOptions(BoundsCase.III, OrderSelection.AIC, 0, null, 4, 4, 0.05);
    }

    /**
     * @param c the PSS case
     * @return a copy
     */
    public ArdlOptions withCase(final BoundsCase c) {
        return new ArdlOptions(Objects.requireNonNull(c, "case"), selection, p, q, maxP, maxQ, alpha);
    }

    /**
     * Fixed orders ARDL(p, q_1..q_k).
     *
     * @param lagsOfDependent p &ge; 1
     * @param lagsOfRegressors q_j &ge; 1, one per regressor
     * @return a copy with {@link OrderSelection#FIXED}
     * @throws IllegalArgumentException when an order is below 1 or the array is null or empty
     */
    public ArdlOptions withFixedOrders(final int lagsOfDependent, final int... lagsOfRegressors) {
        requireOrder(lagsOfDependent, "p (lags of the dependent variable)");
        if (lagsOfRegressors == null || lagsOfRegressors.length == 0) {
            throw new IllegalArgumentException("Give one lag order q per regressor.");
        }
        for (int j = 0; j < lagsOfRegressors.length; j++) {
            requireOrder(lagsOfRegressors[j], "q of regressor " + (j + 1));
        }
        return new ArdlOptions(boundsCase, OrderSelection.FIXED, lagsOfDependent, lagsOfRegressors.clone(), maxP,
            maxQ, alpha);
    }

    /**
     * Orders chosen by an information criterion over p = 1..maxP and q_j = 1..maxQ for every regressor, all
     * candidates fitted on the common sample of the largest orders.
     *
     * @param criterion {@link OrderSelection#AIC} or {@link OrderSelection#BIC}
     * @param maxLagsOfDependent maxP &ge; 1
     * @param maxLagsOfRegressors maxQ &ge; 1
     * @return a copy
     * @throws IllegalArgumentException for FIXED or a maximum below 1
     */
    public ArdlOptions withOrderSearch(final OrderSelection criterion, final int maxLagsOfDependent,
        final int maxLagsOfRegressors) {
        if (Objects.requireNonNull(criterion, "criterion") == OrderSelection.FIXED) {
            throw new IllegalArgumentException("Use withFixedOrders for fixed orders.");
        }
        requireOrder(maxLagsOfDependent, "the maximum p");
        requireOrder(maxLagsOfRegressors, "the maximum q");
        return new ArdlOptions(boundsCase, criterion, 0, null, maxLagsOfDependent, maxLagsOfRegressors, alpha);
    }

    /**
     * @param level significance level of the decision: 0.10, 0.05, 0.025 or 0.01 (the levels PSS tabulate)
     * @return a copy
     * @throws IllegalArgumentException for another level
     */
    public ArdlOptions withAlpha(final double level) {
        PssBounds.levelKey(level);
        return new ArdlOptions(boundsCase, selection, p, q, maxP, maxQ, level);
    }

    private static void requireOrder(final int order, final String what) {
        if (order < 1) {
            throw new IllegalArgumentException("The ARDL order " + what + " must be at least 1 (the error-correction"
                + " form needs the first lag), got " + order + ".");
        }
    }

    /** @return the PSS case */
    public BoundsCase boundsCase() {
        return boundsCase;
    }

    /** @return how the orders are chosen */
    public OrderSelection orderSelection() {
        return selection;
    }

    /** @return the fixed p (FIXED only) */
    int fixedP() {
        return p;
    }

    /** @return the fixed q (FIXED only; a copy) */
    int[] fixedQ() {
        return q.clone();
    }

    /** @return the largest p searched */
    public int maxP() {
        return maxP;
    }

    /** @return the largest q searched */
    public int maxQ() {
        return maxQ;
    }

    /** @return the significance level of the decision */
    public double alpha() {
        return alpha;
    }
}
