package org.tradeecon.knime.engine.unitroot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tradeecon.knime.testsupport.Tolerance;
import org.tradeecon.knime.testsupport.UnitRootReference;

/**
 * KPSS against statsmodels 0.13.5 ({@code kpss}: level and trend, nlags auto / legacy / 0 / 1 / 4) on the 17
 * reference series (statsmodels_kpss.csv): statistic within 1e-10 relative, p-value within 1e-10 absolute,
 * lags exact, table critical values exact. statsmodels' error cases must be errors here too.
 */
class KpssReferenceTest {

    static KpssResult run(final double[] y, final Deterministic d, final String nlags, final String name) {
        switch (nlags) {
            case "auto":
                return KpssTest.test(y, d, KpssLagRule.HOBIJN_AUTO, 0.05, name);
            case "legacy":
                return KpssTest.test(y, d, KpssLagRule.LEGACY_CEILING, 0.05, name);
            default:
                return KpssTest.test(y, d, Integer.parseInt(nlags), 0.05, name);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesStatsmodels() {
        List<Map<String, String>> rows = UnitRootReference.table("statsmodels_kpss.csv");
        assertTrue(rows.size() >= 170);
        return rows.stream().map(r -> DynamicTest.dynamicTest(r.get("case"), () -> {
            double[] y = UnitRootReference.series(r.get("series"));
            Deterministic d = Deterministic.fromCode(r.get("regression"));
            if (r.get("status").equals("error")) {
                assertThrows(IllegalArgumentException.class, () -> run(y, d, r.get("nlags"), r.get("series")));
                return;
            }
            KpssResult k = run(y, d, r.get("nlags"), r.get("series"));
            Tolerance.assertClose(Double.parseDouble(r.get("stat")), k.statistic(), 1e-10, 1e-3, "statistic");
            assertEquals(Double.parseDouble(r.get("pvalue")), k.pValue(), 1e-10, "p-value");
            assertEquals(Integer.parseInt(r.get("lags")), k.lags(), "lags");
            assertEquals(Double.parseDouble(r.get("crit10")), k.criticalValue(0.10));
            assertEquals(Double.parseDouble(r.get("crit5")), k.criticalValue(0.05));
            assertEquals(Double.parseDouble(r.get("crit2_5")), k.criticalValue(0.025));
            assertEquals(Double.parseDouble(r.get("crit1")), k.criticalValue(0.01));
            boolean clipped = k.pValue() == 0.10 || k.pValue() == 0.01;
            assertEquals(clipped, !k.warnings().isEmpty(), "clipping warning");
            assertEquals(clipped, k.pValueKind() != UnitRootResult.PValueKind.APPROXIMATE);
        }));
    }

    /** KPSS (1992) Table 1 as published: eta_mu 0.347/0.463/0.574/0.739, eta_tau 0.119/0.146/0.176/0.216. */
    @Test
    void tableIsThePublishedOne() {
        KpssResult level = KpssTest.test(UnitRootReference.series("rw250"), Deterministic.CONSTANT, 4, 0.05, "rw250");
        assertEquals(List.of(0.739, 0.574, 0.463, 0.347), List.copyOf(level.criticalValues().values()));
        KpssResult trend = KpssTest.test(UnitRootReference.series("rw250"), Deterministic.TREND, 4, 0.05, "rw250");
        assertEquals(List.of(0.216, 0.176, 0.146, 0.119), List.copyOf(trend.criticalValues().values()));
    }

    @Test
    void clippedPValueIsABoundAndSaysSo() {
        // a random walk: far above the 1% value -> p clipped at 0.01, the true p-value is smaller
        KpssResult k = KpssTest.test(UnitRootReference.series("rw2000"), Deterministic.CONSTANT, KpssLagRule.HOBIJN_AUTO,
            0.01, "rw2000");
        assertEquals(0.01, k.pValue());
        assertEquals(UnitRootResult.PValueKind.UPPER_BOUND, k.pValueKind());
        assertTrue(k.rejectsNull()); // p <= 0.01 is a rejection at 1% when p is an upper bound
        assertTrue(k.warnings().get(0).contains("clipped"), k.warnings().toString());
    }

    @Test
    void badInput() {
        double[] flat = {1, 1, 1, 1, 1};
        assertThrows(IllegalArgumentException.class, () -> KpssTest.test(flat, Deterministic.CONSTANT, 1, 0.05, "x"));
        double[] line = {1, 2, 3, 4, 5, 6};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> KpssTest.test(line, Deterministic.TREND, 1, 0.05, "line"));
        assertTrue(e.getMessage().contains("exact linear trend"), e.getMessage());
        double[] y = UnitRootReference.series("short13");
        e = assertThrows(IllegalArgumentException.class, () -> KpssTest.test(y, Deterministic.CONSTANT, 13, 0.05, "s"));
        assertTrue(e.getMessage().contains("n = 13"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
            () -> KpssTest.test(y, Deterministic.QUADRATIC_TREND, 1, 0.05, "s"));
    }
}
