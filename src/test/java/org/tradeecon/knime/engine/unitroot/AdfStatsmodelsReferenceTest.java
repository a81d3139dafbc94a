package org.tradeecon.knime.engine.unitroot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tradeecon.knime.testsupport.Tolerance;
import org.tradeecon.knime.testsupport.UnitRootReference;

/**
 * ADF against statsmodels 0.13.5 (Debian python3-statsmodels), every combination of deterministic terms
 * (n, c, ct, ctt) and lag setting (fixed 0/1/2/4/default, AIC, BIC, t-stat, HQIC with default maxlag and
 * maxlag 4) on 17 series: statsmodels' macrodata (realgdp, ln realgdp, infl, unemp), the paper's ln patents
 * and its difference, seeded random walks / AR processes / trend-stationary series (n = 13 to 2000) written
 * by make_series.py. Expected values: statsmodels_adf*.csv from statsmodels_reference.py (HQIC: statsmodels'
 * candidate regressions and its eval_measures.hqic, refitted with the chosen lag fixed).
 *
 * <p>Tolerances: τ, p-value, critical values, criterion values, coefficients and SEs within 1e-8 relative
 * (absolute 1e-10 for p-values and values near 0); lag and observation count exact. statsmodels solves by
 * pseudo-inverse, we by exact cross products / QR, so agreement is ~1e-12 in practice; 1e-8 leaves room for
 * the ill-conditioned quadratic-trend designs. Exception: the quadratic trend on rwdrift20000, where adfuller's
 * unscaled t² (up to 4e8) costs its pseudo-inverse about 1e-8 of τ; there adfuller is checked to 1e-7 and τ to
 * 1e-9 against statsmodels OLS on the same regression with the trend scaled to t/T (statsmodels_adf_scaled.csv).
 */
class AdfStatsmodelsReferenceTest {

    private static final double REL = 1e-8;

    /** adfuller's own accuracy for the quadratic trend over 20,000 points (see the class comment). */
    private static double rel(final String c) {
        return c.startsWith("rwdrift20000/ctt/") ? 1e-7 : REL;
    }

    static AdfOptions options(final String regression, final String setting) {
        Deterministic det = Deterministic.fromCode(regression);
        AdfOptions o = AdfOptions.defaults().withDeterministic(det);
        switch (setting) {
            case "fixed0":
                return AdfOptions.fixedLag(det, 0);
            case "fixed1":
                return AdfOptions.fixedLag(det, 1);
            case "fixed2":
                return AdfOptions.fixedLag(det, 2);
            case "fixed4":
                return AdfOptions.fixedLag(det, 4);
            case "fixeddefault":
                return o.withLagSelection(LagSelection.FIXED);
            default:
                break;
        }
        boolean four = setting.endsWith("4");
        String method = four ? setting.substring(0, setting.length() - 1) : setting;
        LagSelection sel = Map.of("aic", LagSelection.AIC, "bic", LagSelection.BIC, "tstat", LagSelection.T_STAT,
            "hqic", LagSelection.HQIC).get(method);
        o = o.withLagSelection(sel);
        return four ? o.withMaxLag(4) : o;
    }

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesStatsmodels() {
        List<Map<String, String>> cases = UnitRootReference.table("statsmodels_adf.csv");
        assertTrue(cases.size() > 800, "reference file incomplete");
        Map<String, List<Map<String, String>>> cands = group(UnitRootReference.table("statsmodels_adf_candidates.csv"));
        Map<String, List<Map<String, String>>> coefs = group(UnitRootReference.table("statsmodels_adf_coef.csv"));
        return cases.stream().map(row -> DynamicTest.dynamicTest(row.get("case"), () -> check(row,
            cands.getOrDefault(row.get("case"), List.of()), coefs.getOrDefault(row.get("case"), List.of()),
            AdfOptions.SearchMethod.AUTO)));
    }

    /** The same cases with the lag search forced onto the QR path: both paths must match statsmodels. */
    @TestFactory
    Stream<DynamicTest> qrSearchPathMatchesStatsmodels() {
        Map<String, List<Map<String, String>>> cands = group(UnitRootReference.table("statsmodels_adf_candidates.csv"));
        return UnitRootReference.table("statsmodels_adf.csv").stream().filter(r -> cands.containsKey(r.get("case")))
            .map(row -> DynamicTest.dynamicTest(row.get("case"),
                () -> check(row, cands.get(row.get("case")), List.of(), AdfOptions.SearchMethod.QR)));
    }

    /** urca's convention (chosen lag estimated on the max-lag sample), from statsmodels' own search regressions. */
    @TestFactory
    Stream<DynamicTest> keepMaxLagSampleMatchesStatsmodelsSearchRegression() {
        Map<String, Map<String, String>> cases = new HashMap<>();
        UnitRootReference.table("statsmodels_adf.csv").forEach(r -> cases.put(r.get("case"), r));
        return UnitRootReference.table("statsmodels_adf_keep.csv").stream().map(row -> DynamicTest.dynamicTest(
            row.get("case"), () -> {
                Map<String, String> c = cases.get(row.get("case"));
                AdfOptions o = options(c.get("regression"), c.get("setting"))
                    .withLagSearchSample(LagSearchSample.KEEP_MAXLAG_SAMPLE);
                AdfResult r = AdfTest.test(UnitRootReference.series(c.get("series")), o, c.get("series"));
                assertEquals(Integer.parseInt(c.get("usedlag")), r.lags());
                assertEquals(Integer.parseInt(row.get("nobs_maxlag_sample")), r.observations());
                Tolerance.assertClose(Double.parseDouble(row.get("stat_maxlag_sample")), r.statistic(), REL, 1e-2, "tau");
            }));
    }

    /** The long quadratic-trend cases against statsmodels OLS with a scaled trend: τ and p within 1e-9. */
    @TestFactory
    Stream<DynamicTest> longQuadraticTrendMatchesScaledTrendRegression() {
        return UnitRootReference.table("statsmodels_adf_scaled.csv").stream().map(row -> DynamicTest.dynamicTest(
            row.get("case"), () -> {
                String setting = row.get("case").substring("rwdrift20000/ctt/".length());
                for (AdfOptions.SearchMethod m : AdfOptions.SearchMethod.values()) {
                    AdfResult r = AdfTest.test(UnitRootReference.series("rwdrift20000"),
                        options("ctt", setting).withSearchMethod(m), "rwdrift20000");
                    assertEquals(Integer.parseInt(row.get("usedlag")), r.lags());
                    Tolerance.assertClose(Double.parseDouble(row.get("stat")), r.statistic(), 1e-9, 1, "tau " + m);
                    Tolerance.assertClose(Double.parseDouble(row.get("pvalue")), r.pValue(), 1e-9, 1, "p " + m);
                }
            }));
    }

    private static void check(final Map<String, String> row, final List<Map<String, String>> cands,
        final List<Map<String, String>> coefs, final AdfOptions.SearchMethod method) {
        String name = row.get("series");
        double[] y = UnitRootReference.series(name);
        AdfOptions o = options(row.get("regression"), row.get("setting")).withSearchMethod(method);
        if (row.get("status").equals("degenerate")) {
            // statsmodels' max-lag regression has no residual degree of freedom and it reports tau = 0; we lower a
            // rule-based maximum lag with a warning (a lag the user gave is rejected, as in the error cases)
            AdfResult r = AdfTest.test(y, o, name);
            assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("Maximum lag lowered")), r.summary());
            return;
        }
        if (row.get("status").equals("error")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AdfTest.test(y, o, name));
            assertTrue(e.getMessage().contains(name), e.getMessage());
            return;
        }
        AdfResult r = AdfTest.test(y, o, name);
        assertEquals(Integer.parseInt(row.get("usedlag")), r.lags(), "lag");
        assertEquals(Integer.parseInt(row.get("nobs")), r.observations(), "nobs");
        double rel = rel(row.get("case"));
        Tolerance.assertClose(Double.parseDouble(row.get("stat")), r.statistic(), rel, 1e-2, "tau");
        Tolerance.assertClose(Double.parseDouble(row.get("pvalue")), r.pValue(), rel, 1e-2, "p-value");
        Tolerance.assertClose(Double.parseDouble(row.get("crit1")), r.criticalValue(0.01), 1e-12, 1, "1% critical value");
        Tolerance.assertClose(Double.parseDouble(row.get("crit5")), r.criticalValue(0.05), 1e-12, 1, "5% critical value");
        Tolerance.assertClose(Double.parseDouble(row.get("crit10")), r.criticalValue(0.10), 1e-12, 1, "10% critical");
        if (!row.get("icbest").isEmpty()) {
            List<AdfResult.LagCandidate> got = r.lagCandidates();
            assertEquals(cands.size(), got.size(), "number of candidate lags");
            for (Map<String, String> c : cands) {
                int k = Integer.parseInt(c.get("lag"));
                Tolerance.assertClose(Double.parseDouble(c.get("criterion")), got.get(k).criterion(), rel, 1,
                    "criterion at lag " + k);
            }
            double best = Double.parseDouble(row.get("icbest"));
            Tolerance.assertClose(best, got.get(r.lags()).criterion(), rel, 1, "criterion at the chosen lag");
        } else {
            assertTrue(r.lagCandidates().isEmpty());
        }
        List<AdfResult.Coefficient> table = r.coefficients();
        if (!coefs.isEmpty()) {
            assertEquals(coefs.size(), table.size(), "coefficient count");
            for (int i = 0; i < coefs.size(); i++) {
                Map<String, String> c = coefs.get(i);
                assertEquals(c.get("name"), table.get(i).name());
                double scale = Math.abs(Double.parseDouble(c.get("se")));
                Tolerance.assertClose(Double.parseDouble(c.get("estimate")), table.get(i).estimate(), rel, scale,
                    c.get("name"));
                Tolerance.assertClose(Double.parseDouble(c.get("se")), table.get(i).standardError(), rel, 0, "SE "
                    + c.get("name"));
            }
        }
        assertEquals(r.coefficients().get(0).estimate(), r.gamma());
    }

    private static Map<String, List<Map<String, String>>> group(final List<Map<String, String>> rows) {
        Map<String, List<Map<String, String>>> m = new HashMap<>();
        for (Map<String, String> r : rows) {
            m.computeIfAbsent(r.get("case"), k -> new ArrayList<>()).add(r);
        }
        return m;
    }
}
