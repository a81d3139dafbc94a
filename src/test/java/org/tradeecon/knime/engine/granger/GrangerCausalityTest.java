package org.tradeecon.knime.engine.granger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradeecon.knime.testsupport.Tolerance.assertRelative;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradeecon.knime.engine.regression.CollinearityException;
import org.tradeecon.knime.engine.regression.InformationCriterion;
import org.tradeecon.knime.testsupport.LogDifferences;
import org.tradeecon.knime.testsupport.ReferenceCsv;
import org.tradeecon.knime.testsupport.ReferenceValues;
import org.tradeecon.knime.testsupport.Tolerance;

/**
 * Granger causality against statsmodels 0.13.5 (granger_statsmodels.txt from granger_reference.py:
 * grangercausalitytests, VAR.select_order, OLS wald_test) and R 4.2 lmtest::grangertest (chickegg_r.txt from
 * chickegg_reference.R), under src/test/resources/reference/granger/. Data: statsmodels' macrodata
 * (log-differenced realgdp, realcons, realinv), R lmtest's ChickEgg (1930-1983), and the project's short annual
 * series 2004-2018 (FDI % GDP, ln non-resident patents: 15 points).
 *
 * <p>Tolerance: 1e-8 relative for every statistic and p-value; 1e-6 for the R values that statsmodels' own test
 * suite quotes with 7 digits.
 */
class GrangerCausalityTest {

    private static final double TOL = 1e-8;
    private static ReferenceValues sm;
    private static ReferenceValues r;
    private static double[] gdp;
    private static double[] cons;
    private static double[] inv;
    private static double[][] chickEgg;
    private static double[][] annual;

    @BeforeAll
    static void load() throws IOException {
        sm = ReferenceValues.load("/reference/granger/granger_statsmodels.txt");
        r = ReferenceValues.load("/reference/granger/chickegg_r.txt");
        double[][] m = ReferenceCsv.columns("/reference/regression/macrodata.csv", "realgdp", "realcons",
            "realinv");
        // np.diff(np.log(x)): the first difference, one element shorter
        gdp = LogDifferences.dropFirst(m[0]);
        cons = LogDifferences.dropFirst(m[1]);
        inv = LogDifferences.dropFirst(m[2]);
        chickEgg = ReferenceCsv.columns("/reference/granger/chickegg.csv", "year", "chicken", "egg");
        annual = ReferenceCsv.columns("/reference/regression/annual.csv", "year", "fdi_pct_gdp",
            "ln_patent_nonresident");
    }

    private static long[] years(final double[] y) {
        long[] k = new long[y.length];
        for (int i = 0; i < k.length; i++) {
            k[i] = (long)y[i];
        }
        return k;
    }

    private static void assertMatches(final String c, final GrangerResult t) {
        assertEquals((int)sm.get(c + ".df1"), t.numeratorDf(), c);
        assertEquals((int)sm.get(c + ".df2"), t.denominatorDf(), c);
        assertRelative(sm.get(c + ".f"), t.fStatistic(), TOL, c + " F");
        assertRelative(sm.get(c + ".f_p"), t.fPValue(), TOL, c + " F p");
        assertRelative(sm.get(c + ".params_f"), t.fStatistic(), TOL, c + " parameter F");
        assertRelative(sm.get(c + ".ssr_chi2"), t.ssrChiSquared(), TOL, c + " SSR chi2");
        assertRelative(sm.get(c + ".ssr_chi2_p"), t.ssrChiSquaredPValue(), TOL, c + " SSR chi2 p");
        assertRelative(sm.get(c + ".lr"), t.likelihoodRatio(), TOL, c + " LR");
        assertRelative(sm.get(c + ".lr_p"), t.likelihoodRatioPValue(), TOL, c + " LR p");
        assertRelative(t.lag() * sm.get(c + ".params_f"), t.waldChiSquared(), TOL, c + " Wald = p F");
        assertRelative(sm.get(c + ".f_p"), t.fTest().pValue(), TOL, c + " F test p");
        assertRelative(sm.get(c + ".lr_p"), t.likelihoodRatioTest().pValue(), TOL, c + " LR test p");
        assertRelative(sm.get(c + ".ssr_chi2_p"), t.ssrChiSquaredTest().pValue(), TOL, c + " SSR test p");
        assertEquals(t.nullHypothesis(), t.waldTest().nullHypothesis());
    }

    /** statsmodels' test suite: realgdp -> realcons at lag 2 gives R lmtest's F 0.243097, p 0.7844328, df (2, 195). */
    @Test
    void macroDataLagTwoMatchesPublishedValue() {
        GrangerResult t = GrangerCausality.test("realgdp", gdp, "realcons", cons, 2, null);
        assertRelative(0.243097, t.fStatistic(), 1e-6, "published F");
        assertRelative(0.7844328, t.fPValue(), 1e-6, "published p");
        assertEquals(195, t.denominatorDf());
        assertEquals("realgdp does not Granger-cause realcons", t.nullHypothesis());
    }

    @Test
    void macroDataBothDirectionsLagsOneToFour() {
        List<GrangerDirections> table = GrangerCausality.tableBothDirections("gdp", gdp, "cons", cons, 4, null);
        for (int p = 1; p <= 4; p++) {
            GrangerDirections d = table.get(p - 1);
            assertMatches("macro.gdp_to_cons.lag" + p, d.firstCausesSecond());
            assertMatches("macro.cons_to_gdp.lag" + p, d.secondCausesFirst());
            assertEquals("cons does not Granger-cause gdp", d.secondCausesFirst().nullHypothesis());
        }
        List<GrangerResult> one = GrangerCausality.table("gdp", gdp, "cons", cons, 4, null);
        assertEquals(table.get(3).firstCausesSecond().fStatistic(), one.get(3).fStatistic());
    }

    @Test
    void chickEggMatchesRLmtestAndStatsmodels() {
        long[] keys = years(chickEgg[0]);
        for (int p = 1; p <= 4; p++) {
            GrangerDirections d = GrangerCausality.bothDirections("egg", chickEgg[2], "chicken", chickEgg[1], p, keys);
            GrangerResult eggToChicken = d.firstCausesSecond();
            GrangerResult chickenToEgg = d.secondCausesFirst();
            assertMatches("chickegg.egg_to_chicken.lag" + p, eggToChicken);
            assertMatches("chickegg.chicken_to_egg.lag" + p, chickenToEgg);
            assertRelative(r.get("egg_to_chicken.lag" + p + ".f"), eggToChicken.fStatistic(), TOL, "R F e->c " + p);
            assertRelative(r.get("egg_to_chicken.lag" + p + ".p"), eggToChicken.fPValue(), TOL, "R p e->c " + p);
            assertEquals((int)r.get("egg_to_chicken.lag" + p + ".df2"), eggToChicken.denominatorDf());
            assertRelative(r.get("chicken_to_egg.lag" + p + ".f"), chickenToEgg.fStatistic(), TOL, "R F c->e " + p);
            assertRelative(r.get("chicken_to_egg.lag" + p + ".p"), chickenToEgg.fPValue(), TOL, "R p c->e " + p);
            assertEquals(1930 + p, eggToChicken.firstKey());
            assertEquals(1983, eggToChicken.lastKey());
        }
    }

    @Test
    void shortAnnualSeries() {
        long[] keys = years(annual[0]);
        assertEquals(15, keys.length);
        List<GrangerDirections> t = GrangerCausality.tableBothDirections("fdi", annual[1], "patent", annual[2], 2,
            keys);
        for (int p = 1; p <= 2; p++) {
            assertMatches("annual.fdi_to_patent.lag" + p, t.get(p - 1).firstCausesSecond());
            assertMatches("annual.patent_to_fdi.lag" + p, t.get(p - 1).secondCausesFirst());
        }
        assertEquals(13, t.get(1).firstCausesSecond().observations());
    }

    @Test
    void pairwiseMatrix() {
        GrangerMatrix m = GrangerCausality.pairwise(new String[] {"gdp", "cons", "inv"},
            new double[][] {gdp, cons, inv}, 2, null);
        for (String a : m.names()) {
            for (String b : m.names()) {
                if (!a.equals(b)) {
                    assertMatches("pairwise." + a + "_to_" + b + ".lag2", m.test(a, b));
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> m.test(1, 1));
    }

    @Test
    void lagSelectionOnCommonSample() {
        for (InformationCriterion ic : InformationCriterion.values()) {
            String key = ic.name().toLowerCase(java.util.Locale.ROOT);
            LagOrderSelection var = GrangerCausality.selectLag("gdp", gdp, "cons", cons, 8, LagOrderSelection.Model.VAR,
                ic, null);
            LagOrderSelection eq = GrangerCausality.selectLag("gdp", gdp, "cons", cons, 8,
                LagOrderSelection.Model.EQUATION, ic, null);
            double best = Double.POSITIVE_INFINITY;
            int bestLag = 0;
            for (int p = 1; p <= 8; p++) {
                assertRelative(sm.get("select.var." + key + "[" + p + "]"), var.values()[p - 1], TOL, "VAR " + key + p);
                assertRelative(sm.get("select.equation." + key + "[" + p + "]"), eq.values()[p - 1], TOL,
                    "equation " + key + p);
                double v = sm.get("select.equation." + key + "[" + p + "]");
                if (v < best) {
                    best = v;
                    bestLag = p;
                }
            }
            // statsmodels' choice also considers lag 0; for these data it is >= 1.
            assertEquals((int)sm.get("select.var." + key + "_lag"), var.chosenLag(), "VAR " + key);
            assertEquals(bestLag, eq.chosenLag(), "equation " + key);
            assertEquals(gdp.length - 8, var.observations());
        }
    }

    @Test
    void todaYamamoto() {
        double[][] m = ReferenceCsv.columns("/reference/regression/macrodata.csv", "realgdp", "realcons");
        double[] lgdp = new double[m[0].length];
        double[] lcons = new double[m[0].length];
        for (int i = 0; i < lgdp.length; i++) {
            lgdp[i] = Math.log(m[0][i]);
            lcons[i] = Math.log(m[1][i]);
        }
        GrangerResult t = GrangerCausality.todaYamamoto("gdp", lgdp, "cons", lcons, 2, 1, null);
        assertTy("ty.macro_gdp_to_cons", t);
        assertEquals(1, t.extraLags());
        GrangerResult c = GrangerCausality.todaYamamoto("egg", chickEgg[2], "chicken", chickEgg[1], 3, 1,
            years(chickEgg[0]));
        assertTy("ty.chickegg_egg_to_chicken", c);
    }

    private static void assertTy(final String c, final GrangerResult t) {
        assertEquals((int)sm.get(c + ".n"), t.observations());
        assertRelative(sm.get(c + ".wald_chi2"), t.waldChiSquared(), TOL, c + " Wald");
        assertRelative(sm.get(c + ".wald_p"), t.waldPValue(), TOL, c + " Wald p");
        assertRelative(sm.get(c + ".f"), t.fStatistic(), TOL, c + " F");
        assertRelative(sm.get(c + ".f_p"), t.fPValue(), TOL, c + " F p");
    }

    // ---- bad input ----

    private static final long[] YEARS = {2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013};
    private static final double[] A = {1.0, 1.4, 1.3, 2.1, 2.0, 2.6, 2.4, 3.1, 2.9, 3.6};
    private static final double[] B = {0.3, 0.1, 0.7, 0.2, 0.9, 0.4, 1.1, 0.5, 1.4, 0.8};

    @Test
    void constantSeriesIsNamed() {
        double[] c = new double[10];
        java.util.Arrays.fill(c, 2.0);
        CollinearityException e = assertThrows(CollinearityException.class,
            () -> GrangerCausality.test("FDIGDP", c, "TRADE", A, 1, YEARS));
        assertEquals(List.of("FDIGDP(-1)"), e.aliasedColumns());
    }

    @Test
    void tooFewObservationsNamesLag() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> GrangerCausality.test("X", B, "Y", A, 3, YEARS));
        assertTrue(e.getMessage().contains("at lag 3") && e.getMessage().contains("at most 2"), e.getMessage());
        GrangerCausality.test("X", B, "Y", A, 2, YEARS);
    }

    @Test
    void missingValues() {
        double[] b = B.clone();
        b[4] = Double.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> GrangerCausality.test("RATIO", b, "Y", A, 1, YEARS));
        assertTrue(e.getMessage().contains("Missing value in RATIO at 2008"), e.getMessage());
        // A missing first value only shortens the sample: same as dropping that year.
        double[] lead = B.clone();
        lead[0] = Double.NaN;
        GrangerResult trimmed = GrangerCausality.test("RATIO", lead, "Y", A, 1, YEARS);
        GrangerResult dropped = GrangerCausality.test("RATIO", java.util.Arrays.copyOfRange(B, 1, 10), "Y",
            java.util.Arrays.copyOfRange(A, 1, 10), 1, java.util.Arrays.copyOfRange(YEARS, 1, 10));
        assertEquals(dropped.fStatistic(), trimmed.fStatistic(), 0.0);
        assertEquals(2006, trimmed.firstKey());
    }

    @Test
    void badTimeKeysAndLengths() {
        long[] dup = YEARS.clone();
        dup[5] = 2008;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GrangerCausality.test("X", B, "Y", A, 1, dup))
            .getMessage().contains("Duplicated time key 2008"));
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> GrangerCausality.test("X", java.util.Arrays.copyOf(B, 9), "Y", A, 1, YEARS)).getMessage()
            .contains("X has 9 values, Y has 10"));
    }

    /**
     * The decision in words at levels either side of the published p-value 0.7844328 (realgdp -> realcons at lag
     * 2, statsmodels' test suite quoting R lmtest): rejected at 79%, not at 78%.
     */
    @Test
    void decisionInWords() {
        GrangerResult t = GrangerCausality.test("realgdp", gdp, "realcons", cons, 2, null);
        assertEquals("realgdp Granger-causes realcons at the 79% level", t.decision(0.79));
        assertEquals("No evidence at the 78% level that realgdp Granger-causes realcons", t.decision(0.78));
        assertEquals(t.decision(0.79), t.decision(GrangerResult.Statistic.F, 0.79));
        assertTrue(t.fTest().rejects(0.79));
        assertEquals("Do not reject the null hypothesis at the 78% level (p = 0.7844). H0: realgdp does not"
            + " Granger-cause realcons.", t.fTest().decision(0.78));
        assertEquals(t.waldTest(), t.test(GrangerResult.Statistic.WALD));
        assertEquals(t.likelihoodRatioTest(), t.test(GrangerResult.Statistic.LR));
        assertEquals(t.ssrChiSquaredTest(), t.test(GrangerResult.Statistic.SSR_CHI2));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> t.decision(1.0)).getMessage()
            .contains("significance level"));
    }

    /**
     * The sample's largest lag, by hand from n - p - d > 1 + 2(p + d) with n = 10: p = 2 (d = 0), 1 (d = 1), none
     * (d = 2); the test runs at that lag and refuses the next.
     */
    @Test
    void largestLagFitsTheSample() {
        assertEquals(2, GrangerCausality.largestLag(10, 0));
        assertEquals(1, GrangerCausality.largestLag(10, 1));
        assertTrue(GrangerCausality.largestLag(10, 2) < 1);
        GrangerCausality.todaYamamoto("X", B, "Y", A, 1, 1, YEARS);
        assertThrows(IllegalArgumentException.class, () -> GrangerCausality.todaYamamoto("X", B, "Y", A, 2, 1, YEARS));
        assertEquals(2, GrangerCausality.cappedMaxLag("X", "Y", 10, 5, 0));
        assertEquals(1, GrangerCausality.cappedMaxLag("X", "Y", 10, 1, 0));
        assertEquals("X -> Y: 10 observations are too few for even one lag plus 2 extra lags.",
            assertThrows(IllegalArgumentException.class, () -> GrangerCausality.cappedMaxLag("X", "Y", 10, 5, 2))
                .getMessage());
    }

    @Test
    void orderedPairsCauseByCause() {
        List<int[]> pairs = GrangerCausality.orderedPairs(3);
        assertEquals("[[0, 1], [0, 2], [1, 0], [1, 2], [2, 0], [2, 1]]",
            pairs.stream().map(java.util.Arrays::toString).toList().toString());
        assertTrue(GrangerCausality.orderedPairs(1).isEmpty());
    }
}
