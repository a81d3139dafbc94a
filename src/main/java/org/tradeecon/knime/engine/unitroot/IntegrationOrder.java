package org.tradeecon.knime.engine.unitroot;

import java.util.ArrayList;
import java.util.List;

import org.tradeecon.knime.engine.timeseries.Differencing;
import org.tradeecon.knime.engine.timeseries.OptionChecks;

/**
 * Order of integration: test the series in levels, then its first, second, ... difference with a unit-root test
 * (ADF by default; DF-GLS, Phillips-Perron or Zivot-Andrews through {@link StepTest}) until a unit root is
 * rejected at α (what the paper did by hand with the ADF for its Table II), up to a maximum number of
 * differences. Optionally a second test must agree at the same α: KPSS must not reject stationarity (level
 * stationarity when the ADF regression has no trend, trend stationarity otherwise), or another unit-root test must
 * reject the unit root too.
 *
 * <p>The d-th difference is the difference of the (d−1)-th, the same numbers as {@link Differencing#apply}; the
 * d values it cannot define at the start are dropped before testing (so the tests report only the series' own
 * missing values), and each step's observation count says how many remained.
 */
public final class IntegrationOrder {

    /** The default maximum number of differences. */
    public static final int DEFAULT_MAX_ORDER = 3;

    private IntegrationOrder() {
    }

    /**
     * Finds the order of integration with the ADF test only and at most {@value #DEFAULT_MAX_ORDER} differences.
     *
     * @see #find(double[], AdfOptions, int, KpssLagRule, String)
     */
    public static IntegrationOrderResult find(final double[] y, final AdfOptions adf, final String name) {
        return find(y, adf, DEFAULT_MAX_ORDER, null, name);
    }

    /**
     * Finds the order of integration with an automatic or rule-based KPSS bandwidth.
     *
     * @param kpssRule null to use the ADF test alone; otherwise the KPSS bandwidth rule (not
     *        {@link KpssLagRule#FIXED}: use {@link #find(double[], AdfOptions, int, KpssLagRule, int, String)}), and
     *        KPSS must agree
     * @see #find(double[], AdfOptions, int, KpssLagRule, int, String)
     */
    public static IntegrationOrderResult find(final double[] y, final AdfOptions adf, final int maxOrder,
        final KpssLagRule kpssRule, final String name) {
        if (kpssRule == KpssLagRule.FIXED) {
            throw new IllegalArgumentException("The FIXED KPSS bandwidth needs a number of lags: call find(y, adf,"
                + " maxOrder, KpssLagRule.FIXED, lags, name).");
        }
        return find(y, adf, maxOrder, kpssRule, 0, name);
    }

    /**
     * Finds the order of integration: for d = 0, 1, ..., maxOrder the ADF test (and, if asked, the KPSS test) on
     * the d-th difference; the first d whose step is {@link IntegrationOrderResult.Step#stationary() stationary}
     * is the order.
     *
     * @param y the series in levels (NaN = missing; leading/trailing missing values are trimmed)
     * @param adf the ADF settings used at every step; their α is the significance level of every decision
     * @param maxOrder the largest number of differences to try, 0 to 10
     * @param kpssRule null to use the ADF test alone; otherwise the KPSS bandwidth rule, and KPSS must agree
     * @param kpssLags the number of Bartlett lags when kpssRule is {@link KpssLagRule#FIXED} (0 &le; lags &lt; n
     *        at every step, else the search stops there); ignored otherwise
     * @param name the series name used in messages
     * @return every step's tests and the order found (empty when no order up to maxOrder was accepted, or when a
     *         differenced series could no longer be tested, see {@link IntegrationOrderResult#stopReason()})
     * @throws IllegalArgumentException when maxOrder is outside 0..10, kpssLags is negative with the FIXED rule,
     *         or the series in levels cannot be tested (the tests' errors: gaps, infinite values, constant, too
     *         short)
     */
    public static IntegrationOrderResult find(final double[] y, final AdfOptions adf, final int maxOrder,
        final KpssLagRule kpssRule, final int kpssLags, final String name) {
        return find(y, adf, maxOrder, kpssRule, kpssLags, name, new CrossProducts.Workspace());
    }

    /** @param ws the ADF buffers, one set for every step (and, in a batch, for every series of a thread) */
    static IntegrationOrderResult find(final double[] y, final AdfOptions adf, final int maxOrder,
        final KpssLagRule kpssRule, final int kpssLags, final String name, final CrossProducts.Workspace ws) {
        OptionChecks.notNull(adf, "the ADF options");
        checkKpssLags(kpssRule, kpssLags);
        Deterministic kpssTerms = kpssTerms(adf.deterministic());
        StepTest kpss = kpssRule == null ? null : kpssRule == KpssLagRule.FIXED
            ? (x, label) -> new IntegrationOrderResult.Outcome(KpssTest.test(x, kpssTerms, kpssLags, adf.alpha(),
                label), null)
            : (x, label) -> new IntegrationOrderResult.Outcome(KpssTest.test(x, kpssTerms, kpssRule, adf.alpha(),
                label), null);
        return find(y, maxOrder, adf.alpha(), (x, label) -> new IntegrationOrderResult.Outcome(AdfTest.test(x, adf,
            label, ws), null), kpss, name);
    }

    /**
     * @param unitRootTerms the deterministic terms of the unit-root test
     * @return the KPSS terms that match them: level stationarity without a trend, trend stationarity with one
     */
    public static Deterministic kpssTerms(final Deterministic unitRootTerms) {
        return unitRootTerms.termCount() >= 2 ? Deterministic.TREND : Deterministic.CONSTANT;
    }

    /**
     * Finds the order of integration with any test: for d = 0, 1, ..., maxOrder the first test (and, if asked, the
     * confirming test) on the d-th difference; the first d whose step is
     * {@link IntegrationOrderResult.Step#stationary() stationary} (the first test rejects a unit root and the
     * confirming test agrees: KPSS does not reject stationarity, a unit-root test rejects the unit root) is the
     * order.
     *
     * @param y the series in levels (NaN = missing; leading/trailing missing values are trimmed)
     * @param maxOrder the largest number of differences to try, 0 to 10
     * @param alpha the significance level of every decision (the tests must use it too), in (0, 1)
     * @param test the unit-root test run at every step (its outcome may carry a simulated p-value, which decides)
     * @param confirming the test that must agree, or null for the first test alone
     * @param name the series name used in messages
     * @return every step's tests and the order found (empty when no order up to maxOrder was accepted, or when a
     *         differenced series could no longer be tested, see {@link IntegrationOrderResult#stopReason()})
     * @throws IllegalArgumentException when maxOrder is outside 0..10, alpha outside (0, 1), test is null, or the
     *         series in levels cannot be tested (the tests' errors: gaps, infinite values, constant, too short)
     */
    public static IntegrationOrderResult find(final double[] y, final int maxOrder, final double alpha,
        final StepTest test, final StepTest confirming, final String name) {
        OptionChecks.notNull(test, "the test");
        checkMaxOrder(maxOrder);
        if (!(alpha > 0.0 && alpha < 1.0)) {
            throw new IllegalArgumentException("The significance level must be in (0, 1), got " + alpha + ".");
        }
        List<IntegrationOrderResult.Step> steps = new ArrayList<>();
        double[] x = y;
        for (int d = 0; d <= maxOrder; d++) {
            if (d > 0) {
                x = nextDifference(x);
            }
            String label = d == 0 ? name : "difference " + d + " of " + name;
            IntegrationOrderResult.Step step;
            try {
                step = new IntegrationOrderResult.Step(d, test.run(x, label),
                    confirming == null ? null : confirming.run(x, label));
            } catch (IllegalArgumentException e) {
                if (d == 0) {
                    throw e;
                }
                return new IntegrationOrderResult(null, steps, maxOrder, alpha, confirming != null,
                    "difference " + d + " could not be tested: " + e.getMessage());
            }
            steps.add(step);
            if (step.stationary()) {
                return new IntegrationOrderResult(d, steps, maxOrder, alpha, confirming != null, null);
            }
        }
        return new IntegrationOrderResult(null, steps, maxOrder, alpha, confirming != null, null);
    }

    /** @throws IllegalArgumentException when maxOrder is outside 0..10 */
    static void checkMaxOrder(final int maxOrder) {
        if (maxOrder < 0 || maxOrder > 10) {
            throw new IllegalArgumentException("The maximum number of differences must be between 0 and 10, got "
                + maxOrder + ".");
        }
    }

    /** @throws IllegalArgumentException when the FIXED KPSS rule has negative lags */
    static void checkKpssLags(final KpssLagRule kpssRule, final int kpssLags) {
        if (kpssRule == KpssLagRule.FIXED && kpssLags < 0) {
            throw new IllegalArgumentException("The number of KPSS lags must be 0 or more, got " + kpssLags + ".");
        }
    }

    /**
     * The difference of the (d−1)-th difference without its first value: the d-th difference of the series
     * without the d values it cannot define at the start (by construction, not missing data). The same
     * subtractions as {@link Differencing#apply} d times, so the same numbers; a missing value gives missing
     * differences on both sides of it.
     */
    private static double[] nextDifference(final double[] x) {
        double[] next = new double[Math.max(x.length - 1, 0)];
        for (int i = 0; i < next.length; i++) {
            next[i] = x[i + 1] - x[i];
        }
        return next;
    }

    /** A test run at every step: the d-th difference and its name in messages to the outcome. */
    @FunctionalInterface
    public interface StepTest {
        /**
         * @throws IllegalArgumentException when the series cannot be tested (the reason in words)
         */
        IntegrationOrderResult.Outcome run(double[] x, String label);
    }
}
