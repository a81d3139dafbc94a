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
 * Zivot–Andrews against R urca 1.3.3 {@code ur.za} (r_urca_za.csv; fixed lags 0, 1, 2, 4; t at every break
 * date) and statsmodels 0.13.5 {@code zivot_andrews} (statsmodels_za.csv; AIC, BIC, t-stat or no lag search;
 * default or given maximum lag; trim 0.15 and 0.10). Tolerance: t statistics 1e-8 relative; lags and break
 * dates exact; critical values equal to urca's (ZA 1992 Tables 2–4).
 *
 * <p>urca does not trim: its t at each of our candidate dates is compared, and our minimum over them. statsmodels
 * "c" and "ct" use our candidate range and dates: statistic, lag and {@code bpidx} are compared. statsmodels "t"
 * puts its trend dummy one observation early (its reported {@code bpidx} − 1 is the date of its trend break in
 * our convention) and its range is shifted by one accordingly: where that date is one of ours, its statistic
 * must equal our t at that date, and our minimum cannot be larger. statsmodels fails on some "t" cases
 * (a broadcasting error in its code, status "error"); those are not compared.
 */
class ZivotAndrewsReferenceTest {
    /** The relative tolerance of these reference tests. */
    private static final double RELATIVE_1E8 = 1e-8;

    /** Asserts |actual - expected| &lt;= 1e-8 max(|expected|, 0.01) (relative, with a floor near zero). */
    private static void close(final double expected, final double actual, final String what) {
        Tolerance.assertClose(expected, actual, RELATIVE_1E8, 1e-2, what);
    }


    private static final double TOL = RELATIVE_1E8;

    private static ZivotAndrewsBreak urcaModel(final String m) {
        return m.equals("intercept") ? ZivotAndrewsBreak.INTERCEPT
            : m.equals("trend") ? ZivotAndrewsBreak.TREND : ZivotAndrewsBreak.BOTH;
    }

    @TestFactory
    Stream<DynamicTest> urcaEveryBreakDate() {
        List<Map<String, String>> rows = UnitRootReference.table("r_urca_za.csv");
        assertEquals(156, rows.size());
        return rows.stream().flatMap(r -> Stream.of(0.15, 0.0).map(trim -> DynamicTest.dynamicTest(
            r.get("series") + "/" + r.get("model") + "/lag" + r.get("lag") + "/trim" + trim, () -> {
                ZivotAndrewsBreak model = urcaModel(r.get("model"));
                int lag = Integer.parseInt(r.get("lag"));
                ZivotAndrewsResult res = ZivotAndrewsTest.test(UnitRootReference.series(r.get("series")), model, trim,
                    AdfOptions.fixedLag(Deterministic.TREND, lag), "y");
                String[] urca = r.get("tstats").split(";");
                double[] ours = res.breakStatistics();
                double min = Double.POSITIVE_INFINITY;
                int arg = -1;
                for (int i = 0; i < ours.length; i++) {
                    int tb = res.firstCandidateIndex() + i; // urca's z = tb + 1, at position tb of its vector
                    double u = Double.parseDouble(urca[tb]);
                    close(u, ours[i], "t at break index " + tb);
                    if (u < min) {
                        min = u;
                        arg = tb;
                    }
                }
                close(min, res.statistic(), "minimum t");
                assertEquals(arg, res.breakIndex(), "break index");
                if (trim == 0.0 && Integer.parseInt(r.get("bpoint")) - 1 >= res.firstCandidateIndex()
                    && Integer.parseInt(r.get("bpoint")) - 1 < res.firstCandidateIndex() + ours.length) {
                    close(Double.parseDouble(r.get("stat")), res.statistic(), "urca's minimum inside our dates");
                    assertEquals(Integer.parseInt(r.get("bpoint")) - 1, res.breakIndex());
                }
                double[] cv = model == ZivotAndrewsBreak.INTERCEPT ? new double[] {-5.34, -4.80, -4.58}
                    : model == ZivotAndrewsBreak.TREND ? new double[] {-4.93, -4.42, -4.11}
                        : new double[] {-5.57, -5.08, -4.82}; // urca's cval, ZA (1992) Tables 2-4
                assertEquals(cv[0], res.criticalValue(0.01), 0.0);
                assertEquals(cv[1], res.criticalValue(0.05), 0.0);
                assertEquals(cv[2], res.criticalValue(0.10), 0.0);
            })));
    }

    static AdfOptions statsmodelsLags(final String autolag, final String maxlag) {
        LagSelection sel = switch (autolag) {
            case "AIC" -> LagSelection.AIC;
            case "BIC" -> LagSelection.BIC;
            case "t-stat" -> LagSelection.T_STAT;
            default -> LagSelection.FIXED;
        };
        // statsmodels: autolag -> adfuller's default maximum lag (ceil rule); no autolag -> int(12 (n/100)^(1/4))
        AdfOptions o = AdfOptions.defaults().withDeterministic(Deterministic.TREND).withLagSelection(sel)
            .withMaxLagRule(sel == LagSelection.FIXED ? MaxLagRule.SCHWERT : MaxLagRule.STATSMODELS);
        return maxlag.equals("default") ? o : o.withMaxLag(Integer.parseInt(maxlag));
    }

    @TestFactory
    Stream<DynamicTest> statsmodels() {
        List<Map<String, String>> rows = UnitRootReference.table("statsmodels_za.csv").stream()
            .filter(r -> r.get("status").equals("ok")).toList();
        assertEquals(530, rows.size());
        return rows.stream().map(r -> DynamicTest.dynamicTest(r.get("case"), () -> {
            ZivotAndrewsBreak model = r.get("regression").equals("c") ? ZivotAndrewsBreak.INTERCEPT
                : r.get("regression").equals("t") ? ZivotAndrewsBreak.TREND : ZivotAndrewsBreak.BOTH;
            ZivotAndrewsResult res = ZivotAndrewsTest.test(UnitRootReference.series(r.get("series")), model,
                Double.parseDouble(r.get("trim")), statsmodelsLags(r.get("autolag"), r.get("maxlag")), "y");
            assertEquals(Integer.parseInt(r.get("lag")), res.lags(), "lag");
            double stat = Double.parseDouble(r.get("stat"));
            int bpidx = Integer.parseInt(r.get("bpidx"));
            if (model != ZivotAndrewsBreak.TREND) {
                close(stat, res.statistic(), "statistic");
                assertEquals(bpidx, res.breakIndex(), "break index");
            } else {
                int tb = bpidx - 1;
                int i = tb - res.firstCandidateIndex();
                if (i >= 0 && i < res.breakStatistics().length) {
                    close(stat, res.breakStatistics()[i], "t at statsmodels' trend break");
                }
                assertTrue(res.statistic() <= stat + TOL * Math.abs(stat) || i < 0
                    || i >= res.breakStatistics().length, "our minimum " + res.statistic() + " vs " + stat);
            }
        }));
    }

    @Test
    void badOptions() {
        double[] y = UnitRootReference.series("rw60");
        assertThrows(IllegalArgumentException.class, () -> ZivotAndrewsTest.test(y, ZivotAndrewsBreak.BOTH, 0.4,
            AdfOptions.fixedLag(Deterministic.TREND, 1), "rw60"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ZivotAndrewsTest.test(
            UnitRootReference.series("short13"), ZivotAndrewsBreak.BOTH, 0.15, AdfOptions.fixedLag(Deterministic.TREND, 4),
            "short13"));
        assertTrue(e.getMessage().contains("short13") && e.getMessage().contains("largest lag allowed"), e.getMessage());
    }
}
