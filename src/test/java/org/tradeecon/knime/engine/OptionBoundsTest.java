package org.tradeecon.knime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.tradeecon.knime.engine.granger.GrangerCausality;
import org.tradeecon.knime.engine.granger.LagOrderSelection;
import org.tradeecon.knime.engine.regression.CovarianceEstimator;
import org.tradeecon.knime.engine.regression.InformationCriterion;
import org.tradeecon.knime.engine.regression.LaggedDependentRegression;
import org.tradeecon.knime.engine.regression.StockWatsonDols;
import org.tradeecon.knime.engine.timeseries.Differencing;
import org.tradeecon.knime.engine.unitroot.AdfOptions;
import org.tradeecon.knime.engine.unitroot.AdfTest;
import org.tradeecon.knime.engine.unitroot.Deterministic;
import org.tradeecon.knime.engine.unitroot.IntegrationOrder;
import org.tradeecon.knime.engine.unitroot.KpssLagRule;
import org.tradeecon.knime.engine.unitroot.KpssTest;

/**
 * Issue 14, part 1: every count option is range-checked with a message naming the option, its value and the
 * largest value the data allow; no overflow, no hang, no NullPointerException on null options. The expected
 * limits are worked out by hand from each model's coefficient and observation counts (stated at each test);
 * every call must fail within 5 seconds.
 */
class OptionBoundsTest {

    private static final double[] A = {0.3, 1.2, -0.4, 0.8, 1.9, 0.1, -1.1, 0.7, 1.4, 0.2, -0.6, 0.9, 1.6, -0.2, 0.5};
    private static final double[] B = {1.0, 0.4, 0.9, -0.3, 0.6, 1.5, 0.2, -0.8, 1.1, 0.3, 0.7, -0.5, 1.3, 0.0, 0.8};

    private static IllegalArgumentException fails(final Executable call) {
        return assertTimeoutPreemptively(Duration.ofSeconds(5),
            () -> assertThrows(IllegalArgumentException.class, call));
    }

    private static void mentions(final IllegalArgumentException e, final String... parts) {
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "missing '" + p + "' in: " + e.getMessage());
        }
    }

    @Test
    void grangerLagOfTwoToTheThirtyIsAnErrorNotAnOverflow() {
        // 15 observations: n - p > 1 + 2p needs 3p <= 13, so p <= 4.
        IllegalArgumentException e = fails(() -> GrangerCausality.test("X", A, "Y", B, 1 << 30, null));
        mentions(e, "at lag 1073741824", "at most 4");
    }

    @Test
    void todaYamamotoExtraLagsOfTwoToTheThirtyIsAnError() {
        // With p = 1: 3(1 + d) <= 13, so d <= 3.
        IllegalArgumentException e = fails(() -> GrangerCausality.todaYamamoto("X", A, "Y", B, 1, 1 << 30, null));
        mentions(e, "extra (Toda-Yamamoto) lags d is 1073741824", "largest value the data allow is 3");
        // Both large: the sum p + d must not overflow either.
        e = fails(() -> GrangerCausality.todaYamamoto("X", A, "Y", B, Integer.MAX_VALUE, 3, null));
        mentions(e, "at lag " + (Integer.MAX_VALUE + 3L), "at most 1");
    }

    @Test
    void grangerTableWithNegativeOrHugeMaximumLag() {
        mentions(fails(() -> GrangerCausality.table("X", A, "Y", B, -1, null)), "must be 1 or more", "-1");
        mentions(fails(() -> GrangerCausality.tableBothDirections("X", A, "Y", B, Integer.MAX_VALUE, null)),
            "at most 4");
        mentions(fails(() -> GrangerCausality.selectLag("X", A, "Y", B, Integer.MAX_VALUE,
            LagOrderSelection.Model.VAR, InformationCriterion.AIC, null)), "at most 4");
    }

    @Test
    void grangerNullInputsAreNamed() {
        mentions(fails(() -> GrangerCausality.test(null, A, "Y", B, 1, null)), "name of the cause");
        mentions(fails(() -> GrangerCausality.test("X", null, "Y", B, 1, null)), "series X");
        mentions(fails(() -> GrangerCausality.selectLag("X", A, "Y", B, 2, null, InformationCriterion.AIC, null)),
            "lag-selection model");
        mentions(fails(() -> GrangerCausality.selectLag("X", A, "Y", B, 2, LagOrderSelection.Model.VAR, null,
            null)), "information criterion");
        mentions(fails(() -> GrangerCausality.pairwise(new String[] {"X", null}, new double[][] {A, B}, 1, null)),
            "variable names number 2");
    }

    @Test
    void differencingOrdersAreBoundedByTheSeriesLength() {
        IllegalArgumentException e = fails(() -> Differencing.apply(A, Integer.MAX_VALUE, 0, 0, false));
        mentions(e, "regular differencing order d is 2147483647", "n = 15", "largest value the data allow is 15");
        // d = 3 leaves 12 values: D * 4 <= 12, so D <= 3; D * s must not overflow.
        e = fails(() -> Differencing.apply(A, 3, Integer.MAX_VALUE, 4, false));
        mentions(e, "seasonal differencing order D is 2147483647", "largest value the data allow is 3");
        e = fails(() -> Differencing.apply(A, 0, 2, Integer.MAX_VALUE, false));
        mentions(e, "seasonal differencing order D is 2", "largest value the data allow is 0");
        // At the limit the result is all missing, as documented.
        double[] all = Differencing.apply(A, 15, 0, 0, false);
        for (double v : all) {
            assertTrue(Double.isNaN(v));
        }
    }

    @Test
    void dolsLeadsOfMaxValueIsAnErrorNotAHang() {
        // One regressor: k = 2 + (q + r + 1) coefficients, n - 1 - q - r rows: with r = 1, 15 - 2 - q > 4 + q,
        // so q <= 4; with q = MAX_VALUE no number of lags works.
        IllegalArgumentException e = fails(() -> StockWatsonDols.fit("Y", B, new String[] {"X"},
            new double[][] {A}, Integer.MAX_VALUE, 1, null));
        mentions(e, "remain after leads and lags", "With 1 lags the data allow at most 4 leads",
            "no number of lags");
        e = fails(() -> StockWatsonDols.select("Y", B, new String[] {"X"}, new double[][] {A}, 1,
            Integer.MAX_VALUE, InformationCriterion.AIC, null));
        mentions(e, "with 1 leads at most 4 lags");
        mentions(fails(() -> StockWatsonDols.fit("Y", B, new String[] {"X"}, new double[][] {null}, 0, 0, null)),
            "regressor series number 1");
    }

    @Test
    void laggedDependentLagCountsAreBounded() {
        // One regressor with L = 0: k = 2 + p, n - p rows: 15 - p > 2 + p, so p <= 6.
        IllegalArgumentException e = fails(() -> LaggedDependentRegression.fit("Y", B, Integer.MAX_VALUE,
            new String[] {"X"}, new double[][] {A}, 0, null));
        mentions(e, "number of lags of Y is 2147483647", "largest value the data allow is 6");
        // p = 1: k = 3 + L, n - max(1, L) rows: 15 - L > 3 + L, so L <= 5.
        e = fails(() -> LaggedDependentRegression.fit("Y", B, 1, new String[] {"X"}, new double[][] {A},
            Integer.MAX_VALUE, null));
        mentions(e, "number of lags of X is 2147483647", "largest value the data allow is 5");
        mentions(fails(() -> LaggedDependentRegression.fit("Y", B, 1, new String[] {"X"}, null, 0, null)),
            "regressor series");
    }

    @Test
    void neweyWestLagIsBoundedByTheSample() {
        LaggedDependentRegression m = LaggedDependentRegression.fit("Y", B, 1, new String[] {"X"},
            new double[][] {A}, 0, null);
        // 14 observations: autocovariances exist up to lag 13.
        IllegalArgumentException e = fails(() -> m.coefficients(CovarianceEstimator.neweyWest(Integer.MAX_VALUE,
            false)));
        mentions(e, "Newey-West lag is 2147483647", "largest value the data allow is 13");
        mentions(fails(() -> m.coefficients(null)), "covariance estimator");
    }

    @Test
    void unitRootNullOptionsAndKpssLags() {
        mentions(fails(() -> AdfTest.test(A, null)), "ADF options");
        mentions(fails(() -> KpssTest.test(A, null, 1, 0.05, "a")), "deterministic terms");
        mentions(fails(() -> KpssTest.test(A, Deterministic.CONSTANT, (KpssLagRule)null, 0.05, "a")),
            "bandwidth rule");
        mentions(fails(() -> KpssTest.test(A, Deterministic.CONSTANT, Integer.MAX_VALUE, 0.05, "a")),
            "largest number of lags the data allow is 14");
        mentions(fails(() -> IntegrationOrder.find(A, null, "a")), "ADF options");
        // 15 values with a constant: the largest ADF lag is 15/2 - 1 - 1 = 5.
        mentions(fails(() -> AdfTest.test(A, AdfOptions.fixedLag(Deterministic.CONSTANT, Integer.MAX_VALUE))),
            "lag 2147483647", "Use at most 5 lags");
        assertEquals(5, AdfTest.test(A, AdfOptions.fixedLag(Deterministic.CONSTANT, 5)).lags());
    }
}
