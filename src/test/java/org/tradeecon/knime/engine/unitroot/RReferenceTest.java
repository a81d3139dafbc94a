package org.tradeecon.knime.engine.unitroot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tradeecon.knime.testsupport.Tolerance;
import org.tradeecon.knime.testsupport.UnitRootReference;

/**
 * ADF and KPSS against R 4.2.2 (urca 1.3.3, tseries 0.10.53), files r_*.csv from r_reference.R.
 *
 * <ul>
 * <li>urca {@code ur.df}, types none/drift/trend, fixed lags 0/1/4/8 and AIC/BIC with maxlag 4/8: τ within
 * 1e-8 relative, lag and observations exact. urca keeps the max-lag sample for the chosen lag
 * ({@link LagSearchSample#KEEP_MAXLAG_SAMPLE}) and never picks lag 0: when our search (which includes lag 0)
 * chooses 0, urca's lag must be the minimum of our criterion over lags 1..maxlag.</li>
 * <li>Where urca accepts a lag above statsmodels' limit n/2 − r − 1 (short series), we refuse it.</li>
 * <li>tseries {@code adf.test} (constant and trend, fixed k): τ within 1e-8 relative.</li>
 * <li>KPSS, tseries {@code kpss.test} (lshort TRUE/FALSE) and urca {@code ur.kpss} (short/long/nil):
 * statistic within 1e-10 relative, lags exact; tseries' interpolated p-value within 1e-10.</li>
 * </ul>
 */
class RReferenceTest {

    private static Deterministic urcaType(final String type) {
        return Map.of("none", Deterministic.NONE, "drift", Deterministic.CONSTANT, "trend", Deterministic.TREND)
            .get(type);
    }

    @TestFactory
    Stream<DynamicTest> urcaUrDf() {
        List<Map<String, String>> rows = UnitRootReference.table("r_urca_adf.csv");
        assertTrue(rows.size() > 300);
        return rows.stream().map(r -> DynamicTest.dynamicTest(
            String.join("/", r.get("series"), r.get("type"), r.get("selectlags"), r.get("lags")), () -> {
                double[] y = UnitRootReference.series(r.get("series"));
                Deterministic d = urcaType(r.get("type"));
                int lags = Integer.parseInt(r.get("lags"));
                AdfOptions o = r.get("selectlags").equals("Fixed") ? AdfOptions.fixedLag(d, lags)
                    : AdfOptions.defaults().withDeterministic(d).withMaxLag(lags)
                        .withLagSelection(r.get("selectlags").equals("AIC") ? LagSelection.AIC : LagSelection.BIC)
                        .withLagSearchSample(LagSearchSample.KEEP_MAXLAG_SAMPLE);
                if (lags > MaxLagRule.cap(y.length, d)) {
                    assertThrows(IllegalArgumentException.class, () -> AdfTest.test(y, o, r.get("series")));
                    return;
                }
                AdfResult a = AdfTest.test(y, o, r.get("series"));
                int urcaLag = Integer.parseInt(r.get("usedlag"));
                if (a.lags() == 0 && urcaLag > 0) {
                    int best = 1;
                    for (int k = 2; k <= lags; k++) {
                        if (a.lagCandidates().get(k).criterion() < a.lagCandidates().get(best).criterion()) {
                            best = k;
                        }
                    }
                    assertEquals(urcaLag, best, "urca's choice among lags 1.." + lags);
                    return;
                }
                assertEquals(urcaLag, a.lags(), "lag");
                assertEquals(Integer.parseInt(r.get("nobs")), a.observations(), "observations");
                Tolerance.assertClose(Double.parseDouble(r.get("tau")), a.statistic(), 1e-8, 1e-2, "tau");
            }));
    }

    @TestFactory
    Stream<DynamicTest> tseriesAdfTest() {
        return UnitRootReference.table("r_tseries_adf.csv").stream().map(r -> DynamicTest.dynamicTest(
            r.get("series") + "/k=" + r.get("k"), () -> {
                double[] y = UnitRootReference.series(r.get("series"));
                int k = Integer.parseInt(r.get("k"));
                AdfResult a = AdfTest.test(y, AdfOptions.fixedLag(Deterministic.TREND, k), r.get("series"));
                Tolerance.assertClose(Double.parseDouble(r.get("stat")), a.statistic(), 1e-8, 1e-2, "tau");
            }));
    }

    @TestFactory
    Stream<DynamicTest> kpss() {
        return UnitRootReference.table("r_kpss.csv").stream().map(r -> DynamicTest.dynamicTest(
            String.join("/", r.get("package"), r.get("series"), r.get("null"), r.get("rule")), () -> {
                double[] y = UnitRootReference.series(r.get("series"));
                Deterministic d = r.get("null").equals("Level") ? Deterministic.CONSTANT : Deterministic.TREND;
                String rule = r.get("rule");
                KpssResult k = rule.equals("nil") ? KpssTest.test(y, d, 0, 0.05, "x")
                    : KpssTest.test(y, d, rule.equals("short") ? KpssLagRule.SCHWERT_SHORT : KpssLagRule.SCHWERT_LONG,
                        0.05, "x");
                assertEquals(Integer.parseInt(r.get("lags")), k.lags(), "lags");
                Tolerance.assertClose(Double.parseDouble(r.get("stat")), k.statistic(), 1e-10, 1e-3, "statistic");
                if (!r.get("pvalue").isEmpty()) {
                    assertEquals(Double.parseDouble(r.get("pvalue")), k.pValue(), 1e-10, "p-value");
                }
            }));
    }
}
