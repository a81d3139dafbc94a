package org.tradeecon.knime.engine.unitroot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.tradeecon.knime.testsupport.Tolerance;
import org.tradeecon.knime.testsupport.UnitRootReference;
import org.junit.jupiter.api.TestFactory;

/**
 * Phillips–Perron against R (r_pp.csv from r_reference_dfgls_pp_za.R; R 4.2.2, tseries 0.10.53, urca 1.3.3,
 * sandwich 3.0.2) and statsmodels' ADF (statsmodels_adf.csv). Tolerance 1e-8 relative unless said otherwise.
 * <ul>
 * <li>"hamilton" rows: Z(τ) and Z(α) from R's lm() and Hamilton's (1994) formulas for none / constant / trend
 * and lags 0, 2 and the short and long rules; the Newey–West (1994) bandwidth from sandwich's
 * {@code bwNeweyWest} (floored). The script's formulas are validated by tseries below.</li>
 * <li>tseries {@code pp.test} (trend only): tseries uses Phillips–Perron's moment form with n⁴ where the exact
 * determinant has n²(n² − 1), i.e. its correction term is ours times √(T²/(T²−1)) for Z(τ) and T²/(T²−1) for
 * Z(α) (found by comparing; 2e-7 relative for T = 249). The test applies that factor to our correction and then
 * asks 1e-8.</li>
 * <li>urca {@code ur.pp}: only the lag numbers of its short and long rules are compared (its Z statistics form
 * the correction from y_t instead of y_{t−1}, and {@code use.lag = 0} iterates over 1:0 in R).</li>
 * <li>With 0 lags Z(τ) is the Dickey–Fuller τ: statsmodels {@code adfuller(maxlag = 0, autolag = None)}.</li>
 * </ul>
 */
class PhillipsPerronReferenceTest {
    /** The relative tolerance of these reference tests. */
    private static final double RELATIVE_1E8 = 1e-8;

    /** Asserts |actual - expected| &lt;= 1e-8 max(|expected|, 0.01) (relative, with a floor near zero). */
    private static void close(final double expected, final double actual, final String what) {
        Tolerance.assertClose(expected, actual, RELATIVE_1E8, 1e-2, what);
    }


    private static Deterministic terms(final String model) {
        return model.equals("none") ? Deterministic.NONE
            : model.equals("constant") ? Deterministic.CONSTANT : Deterministic.TREND;
    }

    private static List<Map<String, String>> rows(final String source) {
        return UnitRootReference.table("r_pp.csv").stream().filter(r -> r.get("source").equals(source)).toList();
    }

    @TestFactory
    Stream<DynamicTest> hamiltonFormulasAndNeweyWestBandwidth() {
        List<Map<String, String>> rows = rows("hamilton");
        assertEquals(177, rows.size());
        return rows.stream().map(r -> DynamicTest.dynamicTest(r.get("series") + "/" + r.get("model") + "/"
            + r.get("lags"), () -> {
                double[] y = UnitRootReference.series(r.get("series"));
                Deterministic d = terms(r.get("model"));
                PhillipsPerronResult res = PhillipsPerronTest.test(y, d, Integer.parseInt(r.get("lags")), 0.05, "y");
                close(Double.parseDouble(r.get("ztau")), res.zTau(), "Z(tau)");
                close(Double.parseDouble(r.get("zalpha")), res.zAlpha(), "Z(alpha)");
                PhillipsPerronResult nw = PhillipsPerronTest.test(y, d, PhillipsPerronBandwidth.NEWEY_WEST, 0.05,
                    "y");
                int expected = Math.min((int)Math.floor(Double.parseDouble(r.get("nwbw"))), y.length - 2);
                assertEquals(expected, nw.lags(), "Newey-West bandwidth " + r.get("nwbw"));
            }));
    }

    @TestFactory
    Stream<DynamicTest> tseriesWithItsAsymptoticDeterminant() {
        List<Map<String, String>> rows = rows("tseries");
        assertEquals(32, rows.size());
        return rows.stream().map(r -> DynamicTest.dynamicTest(r.get("series") + "/" + r.get("lags"), () -> {
            PhillipsPerronBandwidth rule = r.get("lags").equals("short") ? PhillipsPerronBandwidth.SHORT
                : PhillipsPerronBandwidth.LONG;
            PhillipsPerronResult res = PhillipsPerronTest.test(UnitRootReference.series(r.get("series")),
                Deterministic.TREND, rule, 0.05, "y");
            assertEquals(Integer.parseInt(r.get("usedlag")), res.lags(), "lag");
            double t = res.observations();
            double base = Math.sqrt(res.shortRunVariance() / res.longRunVariance()) * res.dickeyFullerTau();
            double zTau = base - (base - res.zTau()) * Math.sqrt(t * t / (t * t - 1));
            double biasTerm = t * res.gamma();
            double zAlpha = biasTerm - (biasTerm - res.zAlpha()) * t * t / (t * t - 1);
            close(Double.parseDouble(r.get("ztau")), zTau, "Z(t_alpha)");
            close(Double.parseDouble(r.get("zalpha")), zAlpha, "Z(alpha)");
        }));
    }

    @TestFactory
    Stream<DynamicTest> urcaLagRules() {
        return rows("urca").stream().filter(r -> r.get("lags").equals("short") || r.get("lags").equals("long"))
            .map(r -> DynamicTest.dynamicTest(r.get("series") + "/" + r.get("model") + "/" + r.get("lags"), () -> {
                PhillipsPerronBandwidth rule = r.get("lags").equals("short") ? PhillipsPerronBandwidth.SHORT
                    : PhillipsPerronBandwidth.LONG;
                PhillipsPerronResult res = PhillipsPerronTest.test(UnitRootReference.series(r.get("series")),
                    terms(r.get("model")), rule, 0.05, "y");
                assertEquals(Integer.parseInt(r.get("usedlag")), res.lags());
            }));
    }

    @TestFactory
    Stream<DynamicTest> zeroLagsIsDickeyFullerTau() {
        return UnitRootReference.table("statsmodels_adf.csv").stream()
            .filter(r -> r.get("setting").equals("fixed0") && r.get("status").equals("ok")
                && !r.get("regression").equals("ctt"))
            .map(r -> DynamicTest.dynamicTest(r.get("case"), () -> {
                Deterministic d = Deterministic.fromCode(r.get("regression"));
                PhillipsPerronResult res = PhillipsPerronTest.test(UnitRootReference.series(r.get("series")), d, 0, 0.05,
                    "y");
                close(Double.parseDouble(r.get("stat")), res.zTau(), "Z(tau) = tau");
                close(Double.parseDouble(r.get("pvalue")), res.pValue(), "MacKinnon p-value");
                close(Double.parseDouble(r.get("crit5")), res.criticalValue(0.05), "MacKinnon (2010) 5%");
                assertEquals(Integer.parseInt(r.get("nobs")), res.observations());
            }));
    }

    @Test
    void stataRuleByHand() {
        // floor(4 (T/100)^(2/9)): T = 12: 4 * 0.12^(2/9) = 2.499 -> 2; T = 100 -> 4; T = 1000: 4 * 10^(2/9) = 6.67 -> 6
        assertEquals(2, PhillipsPerronTest.bandwidth(PhillipsPerronBandwidth.STATA, -1, new double[12]));
        assertEquals(4, PhillipsPerronTest.bandwidth(PhillipsPerronBandwidth.STATA, -1, new double[100]));
        assertEquals(6, PhillipsPerronTest.bandwidth(PhillipsPerronBandwidth.STATA, -1, new double[1000]));
    }

    @Test
    void tooManyLagsAndFixedRuleWithoutNumber() {
        double[] y = UnitRootReference.series("short13");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> PhillipsPerronTest.test(y, Deterministic.CONSTANT, 12, 0.05, "short13"));
        assertTrue(e.getMessage().contains("largest number of lags the data allow is 11"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
            () -> PhillipsPerronTest.test(y, Deterministic.CONSTANT, PhillipsPerronBandwidth.FIXED, 0.05, "y"));
    }
}
