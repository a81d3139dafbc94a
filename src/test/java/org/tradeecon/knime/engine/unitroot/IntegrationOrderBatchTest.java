package org.tradeecon.knime.engine.unitroot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tradeecon.knime.engine.timeseries.Differencing;
import org.tradeecon.knime.testsupport.UnitRootReference;

/**
 * The batch must give exactly the numbers of one {@link IntegrationOrder#find} per series (the values of find
 * itself are checked against statsmodels in {@link IntegrationOrderTest}): the ADF buffers it reuses from series to
 * series and thread to thread must leave no trace. Compared with assertEquals on doubles: bit for bit.
 */
class IntegrationOrderBatchTest {

    /** Reference series of several lengths, short pieces of them (n = 15, as HS-6 products), and bad ones. */
    private static List<double[]> series(final List<String> names) {
        List<double[]> out = new ArrayList<>();
        for (String n : new String[] {"rw250", "ar1_200", "short13", "rw2000", "infl", "lnpatent_2004_2017"}) {
            double[] y = UnitRootReference.series(n);
            out.add(y);
            names.add(n);
            out.add(Arrays.copyOf(y, 15)); // a long series after a short one: the buffers shrink in use, not size
            names.add(n + " first 15");
        }
        out.add(new double[] {1, 1, 1, 1, 1, 1, 1, 1});
        names.add("flat");
        double[] gap = Arrays.copyOf(UnitRootReference.series("rw250"), 40);
        gap[20] = Double.NaN;
        out.add(gap);
        names.add("gap");
        return out;
    }

    @Test
    void equalsOneSearchPerSeriesOnAnyNumberOfThreads() {
        List<String> names = new ArrayList<>();
        List<double[]> series = series(names);
        AdfOptions adf = AdfOptions.defaults();
        for (KpssLagRule kpss : new KpssLagRule[] {null, KpssLagRule.FIXED}) {
            for (int threads : new int[] {1, 2, 3}) {
                List<IntegrationOrderBatch.Outcome> out = IntegrationOrderBatch.run(series, names, adf, 2, kpss, 2,
                    threads);
                assertEquals(series.size(), out.size());
                for (int i = 0; i < series.size(); i++) {
                    IntegrationOrderBatch.Outcome o = out.get(i);
                    assertEquals(names.get(i), o.name());
                    IntegrationOrderResult single;
                    try {
                        single = IntegrationOrder.find(series.get(i), adf, 2, kpss, 2, names.get(i));
                    } catch (IllegalArgumentException e) {
                        assertFalse(o.succeeded(), names.get(i));
                        assertNull(o.result());
                        assertEquals(e.getMessage(), o.error());
                        continue;
                    }
                    assertTrue(o.succeeded(), names.get(i) + ": " + o.error());
                    assertSame(single, o.result(), names.get(i));
                }
                assertTrue(out.get(names.indexOf("flat")).error().contains("'flat' is constant"));
                assertTrue(out.get(names.indexOf("gap")).error().contains("missing value at index 20"));
            }
        }
        assertEquals(3, IntegrationOrderBatch.run(new double[][] {series.get(0), series.get(1), series.get(2)},
            adf).size());
    }

    /** forEach hands every position over exactly once, with the outcome run keeps there. */
    @Test
    void forEachHandsOverEveryOutcomeOnce() {
        List<String> names = new ArrayList<>();
        List<double[]> series = series(names);
        AdfOptions adf = AdfOptions.defaults();
        List<IntegrationOrderBatch.Outcome> kept = IntegrationOrderBatch.run(series, names, adf, 3, null, 0, 1);
        for (int threads : new int[] {1, 2}) {
            java.util.concurrent.atomic.AtomicIntegerArray calls = new java.util.concurrent.atomic.AtomicIntegerArray(
                series.size());
            IntegrationOrderBatch.Outcome[] got = new IntegrationOrderBatch.Outcome[series.size()];
            IntegrationOrderBatch.forEach(series, names, adf, 3, null, 0, threads, (i, o) -> {
                calls.incrementAndGet(i);
                got[i] = o;
            });
            for (int i = 0; i < series.size(); i++) {
                assertEquals(1, calls.get(i), names.get(i));
                assertEquals(kept.get(i).error(), got[i].error(), names.get(i));
                if (got[i].succeeded()) {
                    assertSame(kept.get(i).result(), got[i].result(), names.get(i));
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> IntegrationOrderBatch.forEach(series, names, adf, 3, null,
            0, 1, null));
    }

    private static void assertSame(final IntegrationOrderResult a, final IntegrationOrderResult b,
        final String what) {
        assertEquals(a.order(), b.order(), what);
        assertEquals(a.conclusion(), b.conclusion(), what);
        assertEquals(a.steps().size(), b.steps().size(), what);
        for (int d = 0; d < a.steps().size(); d++) {
            AdfResult x = a.steps().get(d).adf();
            AdfResult y = b.steps().get(d).adf();
            assertEquals(x.statistic(), y.statistic(), what + " d=" + d);
            assertEquals(x.pValue(), y.pValue(), what + " d=" + d);
            assertEquals(x.lags(), y.lags(), what + " d=" + d);
            assertEquals(x.observations(), y.observations(), what + " d=" + d);
            assertEquals(x.coefficients(), y.coefficients(), what + " d=" + d);
            assertEquals(x.lagCandidates(), y.lagCandidates(), what + " d=" + d);
            assertEquals(x.warnings(), y.warnings(), what + " d=" + d);
            if (a.steps().get(d).kpss() != null) {
                assertEquals(a.steps().get(d).kpss().statistic(), b.steps().get(d).kpss().statistic(), what);
            }
        }
    }

    /** The d-th step tests Differencing.apply(y, d) without its d undefined first values: the same numbers. */
    @Test
    void eachStepTestsTheDthDifference() {
        double[] y = Arrays.copyOf(UnitRootReference.series("rw250"), 60);
        AdfOptions adf = AdfOptions.fixedLag(Deterministic.CONSTANT, 1).withAlpha(1e-9); // rejects late: 3 steps
        IntegrationOrderResult r = IntegrationOrder.find(y, adf, 3, null, "rw");
        assertTrue(r.steps().size() >= 3, r.conclusion());
        for (int d = 1; d < r.steps().size(); d++) {
            double[] x = Arrays.copyOfRange(Differencing.apply(y, d, 0, 0, false), d, y.length);
            AdfResult direct = AdfTest.test(x, adf, "rw");
            assertEquals(direct.statistic(), r.steps().get(d).adf().statistic(), "d=" + d);
            assertEquals(direct.coefficients(), r.steps().get(d).adf().coefficients(), "d=" + d);
        }
    }

    @Test
    void refusesSettingsForTheWholeBatch() {
        List<double[]> one = List.of(UnitRootReference.series("rw250"));
        List<String> name = List.of("rw");
        AdfOptions adf = AdfOptions.defaults();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> IntegrationOrderBatch.run(one, name, adf, 11,
            null, 0, 1)).getMessage().contains("between 0 and 10, got 11"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> IntegrationOrderBatch.run(one, name, adf, 3,
            KpssLagRule.FIXED, -1, 1)).getMessage().contains("0 or more, got -1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> IntegrationOrderBatch.run(one, name, adf, 3,
            null, 0, 0)).getMessage().contains("at least 1, got 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> IntegrationOrderBatch.run(one, List.of(), adf,
            3, null, 0, 1)).getMessage().contains("1 series but 0 names"));
    }
}
