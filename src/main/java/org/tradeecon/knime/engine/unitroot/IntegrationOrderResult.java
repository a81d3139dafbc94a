package org.tradeecon.knime.engine.unitroot;

import java.util.List;
import java.util.OptionalInt;

/**
 * The order of integration found by differencing until the ADF test rejects a unit root: every step's test
 * (τ, p-value, lags, ...) and the conclusion in words. Immutable.
 */
public final class IntegrationOrderResult {

    /**
     * One step: the series differenced {@code order} times and its tests.
     *
     * @param order number of differences d (0 = levels)
     * @param adf the ADF result on the d-th difference
     * @param kpss the KPSS result on the d-th difference, or null when KPSS agreement was not requested
     */
    public record Step(int order, AdfResult adf, KpssResult kpss) {
        /**
         * @return whether this step ends the search: the ADF test rejects a unit root and, when KPSS is run, the
         *         KPSS test does not reject stationarity (both at the result's α)
         */
        public boolean stationary() {
            return adf.rejectsNull() && (kpss == null || !kpss.rejectsNull());
        }
    }

    private final Integer order;
    private final List<Step> steps;
    private final int maxOrder;
    private final double alpha;
    private final boolean kpssRequired;
    private final String stopReason;

    IntegrationOrderResult(final Integer order, final List<Step> steps, final int maxOrder, final double alpha,
        final boolean kpssRequired, final String stopReason) {
        this.order = order;
        this.steps = List.copyOf(steps);
        this.maxOrder = maxOrder;
        this.alpha = alpha;
        this.kpssRequired = kpssRequired;
        this.stopReason = stopReason;
    }

    /** @return d, the number of differences after which the ADF test rejects a unit root; empty if none did */
    public OptionalInt order() {
        return order == null ? OptionalInt.empty() : OptionalInt.of(order);
    }

    /** @return the tests at d = 0, 1, ... up to the step that decided (or the last one tried) */
    public List<Step> steps() {
        return steps;
    }

    /** @return the largest number of differences that was allowed */
    public int maxOrder() {
        return maxOrder;
    }

    /** @return the significance level of the decisions */
    public double alpha() {
        return alpha;
    }

    /** @return whether KPSS had to agree (not reject stationarity) before a difference order was accepted */
    public boolean kpssRequired() {
        return kpssRequired;
    }

    /** @return why the search stopped without a decision (e.g. the differenced series became too short), or null */
    public String stopReason() {
        return stopReason;
    }

    /**
     * @return the conclusion in words, e.g. "I(1): the ADF test rejects a unit root after 1 difference (tau = ...,
     *         p = ...)." or "Order of integration not determined: not stationary at the 5% level after 3 differences
     *         (the largest order tried), so d > 3."
     */
    public String conclusion() {
        if (order == null) {
            String why = stopReason != null ? stopReason
                : "not stationary at the " + UnitRootResult.percent(alpha) + " level after " + maxOrder
                    + (maxOrder == 1 ? " difference" : " differences") + " (the largest order tried), so d > "
                    + maxOrder;
            return "Order of integration not determined: " + why + (why.endsWith(".") ? "" : ".");
        }
        AdfResult a = steps.get(steps.size() - 1).adf();
        String when = order == 0 ? "in levels" : "after " + order + (order == 1 ? " difference" : " differences");
        return String.format(java.util.Locale.ROOT,
            "I(%d): the ADF test rejects a unit root %s (tau = %.4f, p = %.4g)%s.", order, when, a.statistic(),
            a.pValue(), kpssRequired ? " and KPSS does not reject stationarity" : "");
    }

    @Override
    public String toString() {
        return conclusion();
    }
}
