package org.tradeecon.knime.engine.unitroot;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

import org.tradeecon.knime.engine.simulation.SimulatedInference;

/**
 * The order of integration found by differencing until a unit-root test rejects a unit root (and, if asked, a
 * confirming test agrees): every step's tests (statistic, p-value, lags, ...) and the conclusion in words. Immutable.
 */
public final class IntegrationOrderResult {

    /**
     * One test at one step and the p-value its decision used.
     *
     * @param result the test's result
     * @param simulated the simulated finite-sample inference that decides instead of the table p-value, or null
     */
    public record Outcome(UnitRootResult result, SimulatedInference simulated) {
        /** @return whether the null is rejected at the test's α, by the simulated p-value when there is one */
        public boolean rejectsNull() {
            return simulated != null ? simulated.rejectsNull(result.alpha()) : result.rejectsNull();
        }

        /** @return the p-value the decision used (simulated when there is one) */
        public double decidingPValue() {
            return simulated != null ? simulated.pValue() : result.pValue();
        }

        /** @return whether the null is stationarity (KPSS) rather than a unit root */
        public boolean stationarityNull() {
            return result instanceof KpssResult;
        }

        /** @return whether the test speaks for stationarity: a unit-root test rejects, KPSS does not reject */
        public boolean saysStationary() {
            return stationarityNull() != rejectsNull();
        }

        /** @return the test's short name, e.g. "ADF", "KPSS", "DF-GLS" */
        public String name() {
            return IntegrationOrderResult.name(result);
        }
    }

    /**
     * One step: the series differenced {@code order} times and its tests.
     *
     * @param order number of differences d (0 = levels)
     * @param test the first test on the d-th difference (a unit-root test)
     * @param confirming the confirming test on the d-th difference, or null when no agreement was requested
     */
    public record Step(int order, Outcome test, Outcome confirming) {
        /** A step of the ADF test, with KPSS (null: not run) as the confirming test; table p-values decide. */
        public Step(final int order, final AdfResult adf, final KpssResult kpss) {
            this(order, new Outcome(adf, null), kpss == null ? null : new Outcome(kpss, null));
        }

        /**
         * @return whether this step ends the search: the first test rejects a unit root and, when a confirming
         *         test is run, it agrees (KPSS does not reject stationarity, a unit-root test rejects the unit
         *         root), all at the result's α
         */
        public boolean stationary() {
            return test.saysStationary() && (confirming == null || confirming.saysStationary());
        }

        /** @return the ADF result of this step (the first or the confirming test), or null when ADF was not run */
        public AdfResult adf() {
            return find(AdfResult.class);
        }

        /** @return the KPSS result of this step, or null when KPSS was not run */
        public KpssResult kpss() {
            return find(KpssResult.class);
        }

        private <R extends UnitRootResult> R find(final Class<R> type) {
            if (type.isInstance(test.result())) {
                return type.cast(test.result());
            }
            return confirming != null && type.isInstance(confirming.result()) ? type.cast(confirming.result()) : null;
        }
    }

    private final Integer order;
    private final List<Step> steps;
    private final int maxOrder;
    private final double alpha;
    private final boolean confirmed;
    private final String stopReason;

    IntegrationOrderResult(final Integer order, final List<Step> steps, final int maxOrder, final double alpha,
        final boolean confirmed, final String stopReason) {
        this.order = order;
        this.steps = List.copyOf(steps);
        this.maxOrder = maxOrder;
        this.alpha = alpha;
        this.confirmed = confirmed;
        this.stopReason = stopReason;
    }

    /** @return the short name of a unit-root test's result: "ADF", "KPSS", "DF-GLS", "Phillips-Perron", ... */
    static String name(final UnitRootResult r) {
        if (r instanceof AdfResult) {
            return "ADF";
        }
        return r instanceof DfGlsResult ? "DF-GLS" : r.testName();
    }

    /** @return d, the number of differences after which the step was stationary; empty if none was */
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

    /** @return whether a confirming test had to agree before a difference order was accepted */
    public boolean confirmed() {
        return confirmed;
    }

    /** @return whether KPSS was the confirming test (it had to not reject stationarity) */
    public boolean kpssRequired() {
        return confirmed && !steps.isEmpty() && steps.get(0).confirming().stationarityNull();
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
        Step last = steps.get(steps.size() - 1);
        String when = order == 0 ? "in levels" : "after " + order + (order == 1 ? " difference" : " differences");
        String agreement = "";
        if (last.confirming() != null) {
            Outcome c = last.confirming();
            agreement = c.stationarityNull() ? " and " + c.name() + " does not reject stationarity"
                : String.format(Locale.ROOT, " and the %s test also rejects a unit root (statistic = %.4f, %s)",
                    c.name(), c.result().statistic(), pText(c));
        }
        Outcome t = last.test();
        return String.format(Locale.ROOT, "I(%d): the %s test rejects a unit root %s (%s = %.4f, %s)%s.", order,
            t.name(), when, t.result() instanceof AdfResult ? "tau" : "statistic", t.result().statistic(), pText(t),
            agreement);
    }

    private static String pText(final Outcome o) {
        return String.format(Locale.ROOT, "%s = %.4g", o.simulated() != null ? "simulated p" : "p", o.decidingPValue());
    }

    @Override
    public String toString() {
        return conclusion();
    }
}
