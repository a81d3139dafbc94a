package org.tradeecon.knime.engine.unitroot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tradeecon.knime.testsupport.Tolerance;
import org.tradeecon.knime.testsupport.UnitRootReference;

/**
 * Order of integration; the step values are checked against statsmodels (statsmodels_adf.csv,
 * statsmodels_kpss.csv).
 */
class IntegrationOrderTest {

    private static Map<String, String> statsmodels(final String c) {
        return row("statsmodels_adf.csv", c);
    }

    private static Map<String, String> row(final String file, final String c) {
        return UnitRootReference.table(file).stream().filter(r -> r.get("case").equals(c)).findFirst()
            .orElseThrow();
    }

    /**
     * The paper's PATENT: I(1). Levels (2004-2017, constant, lag 0): statsmodels tau = -2.2747, p = 0.1803, not
     * rejected; first difference: tau = -3.6472, p = 0.0049 (the paper's -3.647, 0.0049), rejected at 5%.
     */
    @Test
    void patentIsIntegratedOfOrderOne() {
        IntegrationOrderResult r = IntegrationOrder.find(UnitRootReference.series("lnpatent_2004_2017"),
            AdfOptions.fixedLag(Deterministic.CONSTANT, 0), "PATENT");
        assertEquals(1, r.order().getAsInt());
        assertEquals(2, r.steps().size());
        Map<String, String> lev = statsmodels("lnpatent_2004_2017/c/fixed0");
        Map<String, String> dif = statsmodels("dlnpatent_2005_2017/c/fixed0");
        Tolerance.assertClose(Double.parseDouble(lev.get("stat")), r.steps().get(0).adf().statistic(), 1e-8, 1, "tau d=0");
        Tolerance.assertClose(Double.parseDouble(lev.get("pvalue")), r.steps().get(0).adf().pValue(), 1e-8, 1, "p d=0");
        Tolerance.assertClose(Double.parseDouble(dif.get("stat")), r.steps().get(1).adf().statistic(), 1e-8, 1, "tau d=1");
        assertTrue(r.conclusion().startsWith("I(1)"), r.conclusion());
    }

    @Test
    void stationarySeriesIsOrderZeroAndKpssCanBeRequired() {
        IntegrationOrderResult r = IntegrationOrder.find(UnitRootReference.series("ar1_200"), AdfOptions.defaults(), 3,
            KpssLagRule.HOBIJN_AUTO, "ar1");
        assertEquals(0, r.order().getAsInt());
        assertNotNull(r.steps().get(0).kpss());
        assertFalse(r.steps().get(0).kpss().rejectsNull());
        assertTrue(r.kpssRequired());
    }

    @Test
    void randomWalkIsOrderOne() {
        IntegrationOrderResult r = IntegrationOrder.find(UnitRootReference.series("rw250"), AdfOptions.defaults(), "rw");
        assertEquals(1, r.order().getAsInt());
        assertFalse(r.steps().get(0).adf().rejectsNull());
    }

    @Test
    void stopsWhenTheDifferenceCannotBeTested() {
        // a quadratic sequence: the second difference is constant and cannot be tested
        double[] q = new double[30];
        for (int i = 0; i < q.length; i++) {
            q[i] = 0.5 * i * i + (i % 3 == 0 ? 0.01 : 0);
        }
        IntegrationOrderResult r = IntegrationOrder.find(q, AdfOptions.fixedLag(Deterministic.CONSTANT, 0), 0, null,
            "q");
        // max d = 0 and the level has a unit root (a quadratic trend, tau far above every critical value): no
        // order up to 0, one step, and no stop reason (the search ended at its limit, not at an untestable step)
        assertTrue(r.order().isEmpty());
        assertEquals(1, r.steps().size());
        assertFalse(r.steps().get(0).adf().rejectsNull());
        assertNull(r.stopReason());
        double[] line = new double[30];
        for (int i = 0; i < line.length; i++) {
            line[i] = i * i;
        }
        IntegrationOrderResult s = IntegrationOrder.find(line, AdfOptions.fixedLag(Deterministic.CONSTANT, 0), 3,
            null, "sq");
        // i^2: the level is not stationary; its first difference 2i + 1 is an exact line, which a regression with a
        // constant and the lagged level fits exactly, so the search stops there and says why
        assertTrue(s.order().isEmpty());
        assertEquals(1, s.steps().size());
        assertTrue(s.stopReason().startsWith("difference 1 could not be tested"), s.stopReason());
        assertThrows(IllegalArgumentException.class,
            () -> IntegrationOrder.find(line, AdfOptions.defaults(), 11, null, "x"));
    }

    private static double kpss(final String c) {
        return Double.parseDouble(row("statsmodels_kpss.csv", c).get("stat"));
    }

    /**
     * Fixed KPSS lags, level stationarity (ADF with a constant): statsmodels kpss(nlags=4) on ln patents gives
     * eta = 0.4264 (p = 0.066, not rejected at 5%) and on its first difference 0.3621 (p = 0.093); with the ADF
     * rejecting only after one difference, PATENT is I(1). Relative tolerance 1e-8.
     */
    @Test
    void fixedKpssLagsWithLevelStationarity() {
        IntegrationOrderResult r = IntegrationOrder.find(UnitRootReference.series("lnpatent_2004_2017"),
            AdfOptions.fixedLag(Deterministic.CONSTANT, 0), 3, KpssLagRule.FIXED, 4, "PATENT");
        assertEquals(1, r.order().getAsInt());
        Tolerance.assertClose(kpss("lnpatent_2004_2017/c/4"), r.steps().get(0).kpss().statistic(), 1e-8, 1, "eta d=0");
        Tolerance.assertClose(kpss("dlnpatent_2005_2017/c/4"), r.steps().get(1).kpss().statistic(), 1e-8, 1, "eta d=1");
        assertEquals(4, r.steps().get(1).kpss().lags());
        assertTrue(r.steps().get(1).stationary());
        // the undefined first value of the difference is not reported as a missing value
        assertEquals(12, r.steps().get(1).adf().observations());
        assertTrue(r.steps().get(1).adf().warnings().stream().noneMatch(w -> w.startsWith("Missing values")),
            r.steps().get(1).adf().warnings().toString());
    }

    /**
     * An ADF trend makes KPSS test trend stationarity: statsmodels kpss(regression='ct', nlags=1) gives eta =
     * 0.07343 (levels) and 0.07991 (first difference); the ADF with a trend (tau p = 0.0606, 0.0526) rejects at
     * neither, so with at most one difference the order stays undetermined.
     */
    @Test
    void trendInTheAdfRegressionMeansTrendStationarityForKpss() {
        IntegrationOrderResult r = IntegrationOrder.find(UnitRootReference.series("lnpatent_2004_2017"),
            AdfOptions.fixedLag(Deterministic.TREND, 0), 1, KpssLagRule.FIXED, 1, "PATENT");
        assertTrue(r.order().isEmpty());
        assertEquals(2, r.steps().size());
        Tolerance.assertClose(kpss("lnpatent_2004_2017/ct/1"), r.steps().get(0).kpss().statistic(), 1e-8, 1, "eta d=0");
        Tolerance.assertClose(kpss("dlnpatent_2005_2017/ct/1"), r.steps().get(1).kpss().statistic(), 1e-8, 1, "eta d=1");
        assertFalse(r.steps().get(1).stationary());
        assertEquals("Order of integration not determined: not stationary at the 5% level after 1 difference (the"
            + " largest order tried), so d > 1.", r.conclusion());
    }

    @Test
    void fixedKpssBandwidthNeedsItsLags() {
        double[] y = UnitRootReference.series("ar1_200");
        AdfOptions o = AdfOptions.defaults();
        assertThrows(IllegalArgumentException.class, () -> IntegrationOrder.find(y, o, 3, KpssLagRule.FIXED, "y"));
        assertThrows(IllegalArgumentException.class,
            () -> IntegrationOrder.find(y, o, 3, KpssLagRule.FIXED, -1, "y"));
        // too many lags for the series: the levels cannot be tested, which is an error
        assertThrows(IllegalArgumentException.class,
            () -> IntegrationOrder.find(y, o, 3, KpssLagRule.FIXED, y.length, "y"));
    }

    /**
     * Any test, any confirming test: DF-GLS (constant, lag 0) confirmed by the ADF on ln patents. urca ur.ers: tau =
     * -1.474 (levels) and -3.378 (difference) against the 5% value -1.97; statsmodels adfuller p = 0.1803 and 0.0049.
     * Both reject first at d = 1. The confirming test must reject too: KPSS's rule (not rejecting) does not apply.
     */
    @Test
    void anyTestWithAConfirmingUnitRootTest() {
        AdfOptions o = AdfOptions.fixedLag(Deterministic.CONSTANT, 0);
        IntegrationOrder.StepTest gls = (x, label) -> new IntegrationOrderResult.Outcome(DfGlsTest.test(x, o, label),
            null);
        IntegrationOrder.StepTest adf = (x, label) -> new IntegrationOrderResult.Outcome(AdfTest.test(x, o, label),
            null);
        IntegrationOrderResult r = IntegrationOrder.find(UnitRootReference.series("lnpatent_2004_2017"), 3, 0.05, gls,
            adf, "PATENT");
        String[] series = {"lnpatent_2004_2017", "dlnpatent_2005_2017"};
        for (int d = 0; d < 2; d++) {
            final String name = series[d];
            Map<String, String> ers = UnitRootReference.table("r_urca_ers.csv").stream().filter(e -> e.get("series")
                .equals(name) && e.get("model").equals("constant") && e.get("lag").equals("0")).findFirst()
                .orElseThrow();
            IntegrationOrderResult.Step st = r.steps().get(d);
            Tolerance.assertClose(Double.parseDouble(ers.get("tau")), st.test().result().statistic(), 1e-8, 1e-2,
                "DF-GLS tau d=" + d);
            assertEquals(Double.parseDouble(ers.get("tau")) < Double.parseDouble(ers.get("cval5")),
                st.test().saysStationary(), "urca's decision d=" + d);
            Map<String, String> sm = statsmodels(name + "/c/fixed0");
            assertEquals(Double.parseDouble(sm.get("pvalue")) < 0.05, st.confirming().saysStationary(),
                "statsmodels' decision d=" + d);
            assertFalse(st.confirming().stationarityNull());
        }
        assertEquals(1, r.order().getAsInt());
        assertTrue(r.confirmed());
        assertFalse(r.kpssRequired());
        assertTrue(r.conclusion().startsWith("I(1): the DF-GLS test rejects a unit root after 1 difference"
            + " (statistic = ") && r.conclusion().contains("and the ADF test also rejects a unit root"), r.conclusion());
        assertThrows(IllegalArgumentException.class,
            () -> IntegrationOrder.find(UnitRootReference.series("ar1_200"), 3, 1.0, gls, null, "x"));
    }
}
