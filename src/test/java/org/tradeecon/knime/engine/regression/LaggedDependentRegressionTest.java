package org.tradeecon.knime.engine.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradeecon.knime.testsupport.Tolerance.assertRelative;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradeecon.knime.testsupport.LogDifferences;
import org.tradeecon.knime.testsupport.ReferenceCsv;
import org.tradeecon.knime.testsupport.ReferenceValues;

/**
 * Lagged-dependent-variable regression against statsmodels 0.13.5 (ldv_statsmodels.txt, from ldv_reference.py),
 * R 4.2 dynlm/lmtest/sandwich (ldv_r.txt, from ldv_reference.R) and gretl (durbin_h_gretl.txt), all under
 * src/test/resources/reference/regression/. Cases: quarterly US macro data (statsmodels' macrodata,
 * log-differenced consumption on its own lag(s), GDP and investment growth; p = 1; p = 2 with one lag of the
 * regressors; p = 1 with lags 0-2 of GDP and 0 of investment) and a short annual series (2004-2018, 14 observations after the lag, Eq. (2)-like with p = 1).
 *
 * <p>Tolerances: 1e-8 relative for coefficients, standard errors (classical, HC0-HC3, Newey-West), t, p,
 * intervals, R², F, SSR, σ, log-likelihood, AIC, BIC, Durbin-Watson, Durbin's h, Breusch-Godfrey, Durbin's
 * alternative and long-run multipliers; 1e-6 against gretl, which prints Durbin's h with 7 digits.
 */
class LaggedDependentRegressionTest {

    private static final double TOL = 1e-8;
    private static final String DIR = "/reference/regression/";
    private static ReferenceValues sm;
    private static ReferenceValues r;

    @BeforeAll
    static void load() throws IOException {
        sm = ReferenceValues.load(DIR + "ldv_statsmodels.txt");
        r = ReferenceValues.load(DIR + "ldv_r.txt");
    }

    static double[] log(final double[] x) {
        double[] d = new double[x.length];
        for (int t = 0; t < x.length; t++) {
            d[t] = Math.log(x[t]);
        }
        return d;
    }

    /** Quarterly keys year·4 + quarter − 1: consecutive integers. */
    static long[] quarterKeys(final double[] year, final double[] quarter) {
        long[] k = new long[year.length];
        for (int i = 0; i < k.length; i++) {
            k[i] = (long)year[i] * 4 + (long)quarter[i] - 1;
        }
        return k;
    }

    static long[] yearKeys(final double[] year) {
        long[] k = new long[year.length];
        for (int i = 0; i < k.length; i++) {
            k[i] = (long)year[i];
        }
        return k;
    }

    static LaggedDependentRegression fitCase(final String name) throws IOException {
        if (name.equals("annual")) {
            double[][] a = ReferenceCsv.columns(DIR + "annual.csv", "year", "us_atp_exports_world_usd",
                "fdi_pct_gdp", "ln_patent_nonresident");
            return LaggedDependentRegression.fit("Y", log(a[1]), 1, new String[] {"FDIGDP", "PATENT"},
                new double[][] {a[2], a[3]}, 0, yearKeys(a[0]));
        }
        double[][] m = ReferenceCsv.columns(DIR + "macrodata.csv", "year", "quarter", "realgdp", "realcons",
            "realinv");
        boolean p2 = name.equals("macro_p2l1");
        int[] lags = name.equals("macro_mixed") ? new int[] {2, 0} : p2 ? new int[] {1, 1} : new int[] {0, 0};
        return LaggedDependentRegression.fit("Y", LogDifferences.nanFirst(m[3]), p2 ? 2 : 1, new String[] {"GDP", "INV"},
            new double[][] {LogDifferences.nanFirst(m[2]), LogDifferences.nanFirst(m[4])}, lags, quarterKeys(m[0], m[1]));
    }

    /**
     * A bound b ± q·SE can be much smaller than b and SE (cancellation), so it is compared to 1e-8 of the larger
     * of |bound| and SE.
     */
    private static void assertBounds(final double[] expected, final CoefficientTable t, final int side,
        final String what) {
        double[][] ci = t.confidenceIntervals(0.95);
        double[] se = t.standardErrors();
        for (int i = 0; i < expected.length; i++) {
            double tol = TOL * Math.max(Math.abs(expected[i]), se[i]);
            assertEquals(expected[i], ci[i][side], tol, what + "[" + i + "]");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"macro_p1", "macro_p2l1", "macro_mixed", "annual"})
    void classicalStatisticsMatchStatsmodels(final String c) throws IOException {
        LaggedDependentRegression m = fitCase(c);
        OlsFit f = m.fit();
        assertEquals((int)sm.get(c + ".n"), f.observations());
        CoefficientTable t = m.coefficients();
        assertRelative(sm.vector(c + ".params"), t.estimates(), TOL, c + " params");
        assertRelative(sm.vector(c + ".bse"), t.standardErrors(), TOL, c + " bse");
        assertRelative(sm.vector(c + ".tvalues"), t.tValues(), TOL, c + " t");
        assertRelative(sm.vector(c + ".pvalues"), t.pValues(), TOL, c + " p");
        assertBounds(sm.vector(c + ".ci_lower"), t, 0, c + " ci lower");
        assertBounds(sm.vector(c + ".ci_upper"), t, 1, c + " ci upper");
        assertRelative(sm.get(c + ".rsquared"), f.rSquared(), TOL, c + " R2");
        assertRelative(sm.get(c + ".rsquared_adj"), f.adjustedRSquared(), TOL, c + " adj R2");
        assertRelative(sm.get(c + ".fvalue"), f.fStatistic().getAsDouble(), TOL, c + " F");
        assertRelative(sm.get(c + ".f_pvalue"), f.fPValue().getAsDouble(), TOL, c + " F p");
        assertRelative(sm.get(c + ".ssr"), f.residualSumOfSquares(), TOL, c + " SSR");
        assertRelative(sm.get(c + ".sigma"), f.sigma(), TOL, c + " sigma");
        assertRelative(sm.get(c + ".llf"), f.logLikelihood(), TOL, c + " llf");
        assertRelative(sm.get(c + ".aic"), f.aic(), TOL, c + " AIC");
        assertRelative(sm.get(c + ".bic"), f.bic(), TOL, c + " BIC");
        assertRelative(sm.get(c + ".durbin_watson"), m.durbinWatson(), TOL, c + " DW");
        // R's dynlm fits the same model.
        assertRelative(r.vector(c + ".params"), t.estimates(), TOL, c + " params vs R");
        assertRelative(r.vector(c + ".bse"), t.standardErrors(), TOL, c + " bse vs R");
        assertRelative(r.get(c + ".durbin_watson"), m.durbinWatson(), TOL, c + " DW vs R");
    }

    @ParameterizedTest
    @ValueSource(strings = {"macro_p1", "macro_p2l1", "macro_mixed", "annual"})
    void serialCorrelationTestsMatchStatsmodelsAndR(final String c) throws IOException {
        LaggedDependentRegression m = fitCase(c);
        for (int q = 1; q <= 2; q++) {
            String k = c + ".bg" + q;
            DiagnosticResult lm = m.breuschGodfrey(q);
            DiagnosticResult f = m.breuschGodfreyF(q);
            assertEquals(q, lm.df1());
            for (ReferenceValues ref : List.of(sm, r)) {
                assertRelative(ref.get(k + "_lm"), lm.statistic(), TOL, k + " LM");
                assertRelative(ref.get(k + "_lm_p"), lm.pValue(), TOL, k + " LM p");
                assertRelative(ref.get(k + "_f"), f.statistic(), TOL, k + " F");
                assertRelative(ref.get(k + "_f_p"), f.pValue(), TOL, k + " F p");
            }
            DiagnosticResult alt = m.durbinAlternative(q);
            assertRelative(sm.get(c + ".durbinalt" + q + "_chi2"), alt.statistic(), TOL, c + " Durbin alt " + q);
            assertRelative(sm.get(c + ".durbinalt" + q + "_p"), alt.pValue(), TOL, c + " Durbin alt p " + q);
        }
        assertTrue(m.breuschGodfrey(1).nullHypothesis().contains("first-order"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"macro_p1", "macro_mixed", "annual"})
    void durbinHMatchesStatsmodelsClosedForm(final String c) throws IOException {
        DurbinH h = fitCase(c).durbinH();
        assertTrue(h.isDefined());
        assertRelative(sm.get(c + ".durbin_h"), h.value().get(), TOL, c + " h");
        assertRelative(sm.get(c + ".durbin_h_p"), h.pValue().get(), TOL, c + " h p");
        assertRelative(sm.get(c + ".durbin_h_dw"), h.valueFromDurbinWatson().get(), TOL, c + " h from d");
        assertRelative(sm.get(c + ".durbin_h_dw_p"), h.pValueFromDurbinWatson().get(), TOL, c + " h from d p");
    }

    @ParameterizedTest
    @ValueSource(strings = {"macro_p1", "annual"})
    void durbinHMatchesGretl(final String c) throws IOException {
        DurbinH h = fitCase(c).durbinH();
        // gretl 2022c output (durbin_h_gretl.txt): "Durbin's h -1.406573" (annual), "0.344598" (macro_p1).
        double gretl = c.equals("annual") ? -1.406573 : 0.344598;
        assertRelative(gretl, h.value().get(), 1e-6, c + " h vs gretl");
    }

    /** statsmodels' values give 1 − n·Var(ρ) = −0.2254 for this model: h must be reported undefined. */
    @Test
    void durbinHUndefinedWithReason() throws IOException {
        assertTrue(sm.get("macro_p2l1.durbin_h_undefined_denominator") < 0);
        DurbinH h = fitCase("macro_p2l1").durbinH();
        assertFalse(h.isDefined());
        assertTrue(h.value().isEmpty() && h.pValue().isEmpty());
        String reason = h.undefinedReason().get();
        assertTrue(reason.contains("undefined") && reason.contains("alternative"), reason);
        assertTrue(reason.contains(String.format(java.util.Locale.ROOT, "%.6g",
            sm.get("macro_p2l1.durbin_h_undefined_denominator"))), reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"macro_p1", "macro_p2l1", "macro_mixed", "annual"})
    void robustStandardErrorsMatchStatsmodelsAndR(final String c) throws IOException {
        LaggedDependentRegression m = fitCase(c);
        int n = m.fit().observations();
        for (CovarianceEstimator.Type type : List.of(CovarianceEstimator.Type.HC0, CovarianceEstimator.Type.HC1,
            CovarianceEstimator.Type.HC2, CovarianceEstimator.Type.HC3)) {
            CoefficientTable t = m.coefficients(CovarianceEstimator.heteroskedasticityConsistent(type));
            assertRelative(sm.vector(c + ".bse_" + type), t.standardErrors(), TOL, c + " " + type);
            assertRelative(sm.vector(c + ".pvalues_" + type), t.pValues(), TOL, c + " p " + type);
            assertRelative(r.vector(c + ".bse_" + type), t.standardErrors(), TOL, c + " " + type + " vs R");
        }
        assertEquals((int)sm.get(c + ".nw_lag_default"), CovarianceEstimator.defaultNeweyWestLag(n));
        for (boolean corr : new boolean[] {false, true}) {
            String s = corr ? "_corr" : "_nocorr";
            CoefficientTable auto = m.coefficients(CovarianceEstimator.neweyWestAutomaticLag(corr));
            assertRelative(sm.vector(c + ".bse_hacdefault" + s), auto.standardErrors(), TOL, c + " NW auto" + s);
            assertRelative(sm.vector(c + ".pvalues_hacdefault" + s), auto.pValues(), TOL, c + " NW auto p" + s);
            assertRelative(r.vector(c + ".bse_hacdefault" + s), auto.standardErrors(), TOL, c + " NW vs R" + s);
            CoefficientTable two = m.coefficients(CovarianceEstimator.neweyWest(2, corr));
            assertRelative(sm.vector(c + ".bse_hac2" + s), two.standardErrors(), TOL, c + " NW(2)" + s);
            assertRelative(sm.vector(c + ".pvalues_hac2" + s), two.pValues(), TOL, c + " NW(2) p" + s);
            assertBounds(sm.vector(c + ".ci_lower_hac2" + s), two, 0, c + " NW(2) CI" + s);
            assertTrue(two.covarianceDescription().contains(corr ? "with small-sample" : "no small-sample"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"macro_p1", "macro_p2l1", "macro_mixed", "annual"})
    void longRunMultipliersMatchDeltaMethod(final String c) throws IOException {
        LaggedDependentRegression m = fitCase(c);
        CoefficientTable lrm = m.longRunMultipliers(CovarianceEstimator.classical());
        assertRelative(sm.vector(c + ".lrm"), lrm.estimates(), TOL, c + " LRM");
        assertRelative(sm.vector(c + ".lrm_se"), lrm.standardErrors(), TOL, c + " LRM se");
        assertRelative(sm.vector(c + ".lrm_p"), lrm.pValues(), TOL, c + " LRM p");
        CoefficientTable hac = m.longRunMultipliers(CovarianceEstimator.neweyWestAutomaticLag(false));
        assertRelative(sm.vector(c + ".lrm_hac_se"), hac.standardErrors(), TOL, c + " LRM HAC se");
        assertRelative(sm.vector(c + ".lrm_hac_p"), hac.pValues(), TOL, c + " LRM HAC p");
    }

    @Test
    void termNamesFollowEquationTwo() throws IOException {
        assertEquals(List.of("const", "Y(-1)", "FDIGDP", "PATENT"), fitCase("annual").fit().names());
        assertEquals(List.of("const", "Y(-1)", "Y(-2)", "GDP", "GDP(-1)", "INV", "INV(-1)"),
            fitCase("macro_p2l1").fit().names());
        assertEquals(List.of("const", "Y(-1)", "GDP", "GDP(-1)", "GDP(-2)", "INV"), fitCase("macro_mixed").fit().names());
        LaggedDependentRegression a = fitCase("annual");
        assertEquals(2005, a.sample().firstKey());
        assertEquals(2018, a.sample().lastKey());
    }

    // ---- bad input: messages name the variable, year or count ----

    private static final long[] YEARS = {2004, 2005, 2006, 2007, 2008, 2009, 2010};
    private static final double[] Y = {1.0, 1.4, 1.3, 2.1, 2.0, 2.6, 2.4};
    private static final double[] X = {0.3, 0.1, 0.7, 0.2, 0.9, 0.4, 1.1};

    private static IllegalArgumentException fails(final double[] y, final String[] names, final double[][] xs,
        final long[] keys) {
        return assertThrows(IllegalArgumentException.class,
            () -> LaggedDependentRegression.fit("TRADE", y, 1, names, xs, 0, keys));
    }

    @Test
    void tooFewObservations() {
        double[] z = {0.5, 0.2, 0.8, 0.1, 0.3, 0.6, 0.9};
        double[] w = {2.0, 1.0, 0.0, 1.5, 2.5, 0.5, 3.0};
        double[] v = {1.0, 3.0, 2.0, 5.0, 4.0, 7.0, 6.5};
        IllegalArgumentException e = fails(Y, new String[] {"RATIO", "PATENT", "FDIGDP", "OTHER"},
            new double[][] {X, z, w, v}, YEARS);
        assertTrue(e.getMessage().contains("Only 6 observations (2005-2010)") && e.getMessage().contains("6 coef"),
            e.getMessage());
    }

    @Test
    void constantRegressorIsNamed() {
        double[] c = {3, 3, 3, 3, 3, 3, 3};
        CollinearityException e = assertThrows(CollinearityException.class,
            () -> LaggedDependentRegression.fit("TRADE", Y, 1, new String[] {"RATIO", "FDIGDP"},
                new double[][] {X, c}, 0, YEARS));
        assertEquals(List.of("FDIGDP"), e.aliasedColumns());
    }

    @Test
    void collinearRegressorIsNamed() {
        double[] twice = new double[X.length];
        for (int i = 0; i < X.length; i++) {
            twice[i] = 2 * X[i] + 1;
        }
        CollinearityException e = assertThrows(CollinearityException.class,
            () -> LaggedDependentRegression.fit("TRADE", Y, 1, new String[] {"RATIO", "PATENT"},
                new double[][] {X, twice}, 0, YEARS));
        assertEquals(List.of("PATENT"), e.aliasedColumns());
    }

    @Test
    void missingValueInsideSampleNamesVariableAndYear() {
        double[] x = X.clone();
        x[3] = Double.NaN;
        IllegalArgumentException e = fails(Y, new String[] {"RATIO"}, new double[][] {x}, YEARS);
        assertTrue(e.getMessage().contains("Missing value in RATIO at 2007"), e.getMessage());
    }

    @Test
    void missingValuesAtTheEndsShortenTheSample() {
        double[] x = X.clone();
        x[0] = Double.NaN;
        x[6] = Double.NaN;
        LaggedDependentRegression m = LaggedDependentRegression.fit("TRADE", Y, 1, new String[] {"RATIO"},
            new double[][] {x}, 0, YEARS);
        assertEquals(2005, m.sample().firstKey());
        assertEquals(2009, m.sample().lastKey());
        assertEquals(5, m.fit().observations());
    }

    @Test
    void duplicatedUnsortedAndMissingYearsAreNamed() {
        long[] dup = {2004, 2005, 2006, 2006, 2008, 2009, 2010};
        assertTrue(fails(Y, new String[] {"RATIO"}, new double[][] {X}, dup).getMessage()
            .contains("Duplicated time key 2006"));
        long[] unsorted = {2004, 2005, 2007, 2006, 2008, 2009, 2010};
        assertTrue(fails(Y, new String[] {"RATIO"}, new double[][] {X}, unsorted).getMessage()
            .contains("2006 at row 4 follows 2007"));
        long[] gap = {2004, 2005, 2006, 2008, 2009, 2010, 2011};
        assertTrue(fails(Y, new String[] {"RATIO"}, new double[][] {X}, gap).getMessage()
            .contains("period 2007 is missing"));
    }

    @Test
    void misalignedLengthsAreNamed() {
        double[] shortX = java.util.Arrays.copyOf(X, 6);
        assertTrue(fails(Y, new String[] {"RATIO"}, new double[][] {shortX}, YEARS).getMessage()
            .contains("RATIO has 6 values"));
    }

    @Test
    void unstableModelHasNoLongRunMultiplier() {
        double[] trend = {1, 2, 4, 8, 16, 32, 64};
        LaggedDependentRegression m = LaggedDependentRegression.fit("TRADE", trend, 1, new String[] {"RATIO"},
            new double[][] {X}, 0, YEARS);
        IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> m.longRunMultipliers(CovarianceEstimator.classical()));
        assertTrue(e.getMessage().contains("not stable"), e.getMessage());
    }

    @Test
    void serialCorrelationOrderOutOfRange() {
        LaggedDependentRegression m = LaggedDependentRegression.fit("TRADE", Y, 1, new String[] {"RATIO"},
            new double[][] {X}, 0, YEARS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.breuschGodfrey(3));
        assertTrue(e.getMessage().contains("between 1 and 2 (n = 6 observations, 3 coefficients), got 3"),
            e.getMessage());
    }

    /** An observation alone determining a coefficient (a dummy for one year) has leverage 1: HC2/HC3 undefined. */
    @Test
    void leverageOneMakesHc3Undefined() {
        double[] dummy = {0, 0, 0, 0, 1, 0, 0};
        LaggedDependentRegression m = LaggedDependentRegression.fit("TRADE", Y, 1, new String[] {"RATIO", "D2008"},
            new double[][] {X, dummy}, 0, YEARS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> m.coefficients(CovarianceEstimator.heteroskedasticityConsistent(CovarianceEstimator.Type.HC3)));
        assertTrue(e.getMessage().contains("Observation 4 of the estimation sample has leverage 1"), e.getMessage());
        m.coefficients(CovarianceEstimator.heteroskedasticityConsistent(CovarianceEstimator.Type.HC0));
    }
}
