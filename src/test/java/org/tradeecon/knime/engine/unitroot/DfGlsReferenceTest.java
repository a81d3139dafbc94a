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
 * DF-GLS against R urca 1.3.3 {@code ur.ers(type = "DF-GLS")} (r_urca_ers.csv) and gretl 2022c
 * {@code adf --gls} (gretl_dfgls.csv), both made by the scripts in src/test/resources/reference/unitroot.
 * Tolerances: τ, γ̂ and SE(γ̂), the detrended series' first and last values within 1e-8 relative; lags and
 * observations exact; urca's trend-case critical values (rounded by urca to 2 decimals, ERS Table I) exact;
 * gretl's asymptotic p-value of the constant case (fixed lags 1, 2, 4) within 0.005. gretl's {@code $pvalue}
 * after {@code adf 0 --gls} repeats the previous command's value (a gretl quirk), so lag 0 is not compared.
 */
class DfGlsReferenceTest {
    /** The relative tolerance of these reference tests. */
    private static final double RELATIVE_1E8 = 1e-8;

    /** Asserts |actual - expected| &lt;= 1e-8 max(|expected|, 0.01) (relative, with a floor near zero). */
    private static void close(final double expected, final double actual, final String what) {
        Tolerance.assertClose(expected, actual, RELATIVE_1E8, 1e-2, what);
    }


    @TestFactory
    Stream<DynamicTest> urcaFixedLag() {
        List<Map<String, String>> rows = UnitRootReference.table("r_urca_ers.csv");
        assertEquals(124, rows.size(), "cases in r_urca_ers.csv");
        return rows.stream().map(r -> DynamicTest.dynamicTest(r.get("series") + "/" + r.get("model") + "/lag"
            + r.get("lag"), () -> {
                Deterministic d = r.get("model").equals("trend") ? Deterministic.TREND : Deterministic.CONSTANT;
                DfGlsResult res = DfGlsTest.test(UnitRootReference.series(r.get("series")),
                    AdfOptions.fixedLag(d, Integer.parseInt(r.get("lag"))), r.get("series"));
                close(Double.parseDouble(r.get("tau")), res.statistic(), "tau");
                close(Double.parseDouble(r.get("gamma")), res.gamma(), "gamma");
                close(Double.parseDouble(r.get("se")), res.detrendedRegression().gammaStandardError(), "se");
                assertEquals(Integer.parseInt(r.get("nobs")), res.observations(), "nobs");
                assertEquals(Integer.parseInt(r.get("lag")), res.lags(), "lag");
                double[] y = UnitRootReference.series(r.get("series"));
                double[] psi = res.detrendingCoefficients();
                double trend = psi.length == 2 ? psi[1] : 0.0;
                close(Double.parseDouble(r.get("yd_first")), y[0] - psi[0] - trend, "first detrended value");
                close(Double.parseDouble(r.get("yd_last")), y[y.length - 1] - psi[0] - trend * y.length,
                    "last detrended value");
                if (d == Deterministic.TREND) {
                    assertEquals(Double.parseDouble(r.get("cval1")), res.criticalValue(0.01), 0.0, "1%");
                    assertEquals(Double.parseDouble(r.get("cval5")), res.criticalValue(0.05), 0.0, "5%");
                    assertEquals(Double.parseDouble(r.get("cval10")), res.criticalValue(0.10), 0.0, "10%");
                } else {
                    // urca: MacKinnon (1991) no-constant surface at T = n, rounded; ours MacKinnon (2010) at the
                    // regression's T. Same distribution: they agree to urca's rounding plus 0.01.
                    assertEquals(Double.parseDouble(r.get("cval5")), res.criticalValue(0.05), 0.015, "5%");
                }
            }));
    }

    static AdfOptions gretlOptions(final String regression, final String setting) {
        Deterministic d = Deterministic.fromCode(regression);
        if (setting.startsWith("fixed")) {
            return AdfOptions.fixedLag(d, Integer.parseInt(setting.substring(5)));
        }
        AdfOptions o = AdfOptions.defaults().withDeterministic(d).withLagSelection(LagSelection.MAIC)
            .withMaxLagRule(MaxLagRule.SCHWERT);
        return setting.endsWith("4") ? o.withMaxLag(4) : o;
    }

    /** gretl refuses 10 cases (default maximum lag too large for 13–15 observations); see gretlRefusals. */
    @TestFactory
    Stream<DynamicTest> gretl() {
        List<Map<String, String>> rows = UnitRootReference.table("gretl_dfgls.csv").stream()
            .filter(r -> r.get("status").equals("ok")).toList();
        assertEquals(182, rows.size(), "gretl's answers");
        return rows.stream().map(r -> DynamicTest.dynamicTest(r.get("case"), () -> {
            double[] y = UnitRootReference.series(r.get("series"));
            AdfOptions o = gretlOptions(r.get("regression"), r.get("setting"));
            if (o.hasMaxLag() && o.maxLag() > MaxLagRule.cap(y.length, Deterministic.NONE)) {
                assertThrows(IllegalArgumentException.class, () -> DfGlsTest.test(y, o, "y"));
                return;
            }
            DfGlsResult res = DfGlsTest.test(y, o, r.get("series"));
            close(Double.parseDouble(r.get("tau")), res.statistic(), "tau");
            assertEquals(Integer.parseInt(r.get("usedlag")), res.lags(), "lag");
            assertEquals(Integer.parseInt(r.get("nobs")), res.observations(), "nobs");
            if (r.get("regression").equals("c") && r.get("setting").matches("fixed[124]")) {
                // the constant case's p-value is the no-constant Dickey-Fuller one: gretl's MacKinnon (1996)
                // asymptotic function and our MacKinnon (1994) surface for it differ by at most 0.004 here
                assertEquals(Double.parseDouble(r.get("pvalue")), res.pValue(), 0.005, "asymptotic p-value");
            }
            if (!r.get("maxlag").isEmpty()) {
                assertEquals(Integer.parseInt(r.get("maxlag")), res.maicCandidates().size() - 1, "maximum lag");
            }
        }));
    }

    @Test
    void gretlRefusals() {
        List<Map<String, String>> errors = UnitRootReference.table("gretl_dfgls.csv").stream()
            .filter(r -> r.get("status").equals("error")).toList();
        assertEquals(10, errors.size());
        for (Map<String, String> r : errors) {
            double[] y = UnitRootReference.series(r.get("series"));
            // gretl's maximum lag: Schwert's floor(12 (n/100)^(1/4)) without a cap; ours is capped at n/2 - 1
            int gretlMax = (int)Math.floor(12 * Math.pow(y.length / 100.0, 0.25));
            int cap = MaxLagRule.cap(y.length, Deterministic.NONE);
            assertTrue(gretlMax > cap, r.get("case") + ": gretl's maximum lag " + gretlMax + " above our cap " + cap);
            // we search up to the cap (lowered further if no residual degree of freedom would remain)
            DfGlsResult res = DfGlsTest.test(y, gretlOptions(r.get("regression"), r.get("setting")), "y");
            int searched = res.maicCandidates().size() - 1;
            assertTrue(searched <= cap && searched >= cap - 1, r.get("case") + ": searched 0.." + searched);
            assertTrue(Double.isFinite(res.statistic()));
        }
    }
}
