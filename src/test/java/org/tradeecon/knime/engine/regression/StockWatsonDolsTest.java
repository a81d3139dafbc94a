package org.tradeecon.knime.engine.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradeecon.knime.testsupport.Tolerance.assertRelative;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradeecon.knime.testsupport.ReferenceCsv;
import org.tradeecon.knime.testsupport.ReferenceValues;
import org.tradeecon.knime.testsupport.Tolerance;

/**
 * Stock-Watson DOLS against statsmodels 0.13.5 (ldv_statsmodels.txt from ldv_reference.py: OLS on the
 * leads-and-lags design built with pandas, HAC via cov_type='HAC', the long-run-variance-scaled form from numpy).
 * Data: log levels of statsmodels' macrodata, consumption on GDP (and investment). Tolerance 1e-8 relative.
 */
class StockWatsonDolsTest {

    private static final double TOL = 1e-8;
    private static ReferenceValues sm;
    private static double[][] m;
    private static long[] keys;

    @BeforeAll
    static void load() throws IOException {
        sm = ReferenceValues.load("/reference/regression/ldv_statsmodels.txt");
        m = ReferenceCsv.columns("/reference/regression/macrodata.csv", "year", "quarter", "realgdp",
            "realcons", "realinv");
        keys = LaggedDependentRegressionTest.quarterKeys(m[0], m[1]);
    }

    private static void assertCase(final String c, final StockWatsonDols d) {
        assertEquals((int)sm.get(c + ".n"), d.fit().observations());
        int bw = (int)sm.get(c + ".bandwidth");
        CoefficientTable hac = d.cointegratingCoefficients(StockWatsonDols.StandardErrors.HAC_BARTLETT);
        assertTrue(hac.covarianceDescription().contains("Newey-West") && hac.covarianceDescription().contains(
            "lag " + bw), hac.covarianceDescription());
        assertRelative(sm.vector(c + ".params"), hac.estimates(), TOL, c + " beta");
        assertRelative(sm.vector(c + ".bse_hac"), hac.standardErrors(), TOL, c + " HAC se");
        assertRelative(sm.vector(c + ".pvalues_hac"), hac.pValues(), TOL, c + " HAC p");
        CoefficientTable lrv = d.cointegratingCoefficients(StockWatsonDols.StandardErrors.LONG_RUN_VARIANCE_SCALED);
        assertTrue(lrv.covarianceDescription().contains("long-run variance"), lrv.covarianceDescription());
        assertRelative(sm.vector(c + ".bse_lrv"), lrv.standardErrors(), TOL, c + " LRV se");
        assertRelative(sm.get(c + ".omega2"), CovarianceEstimator.longRunVariance(d.fit().residuals(), bw), TOL,
            c + " omega2");
        // issue 15: omega^2 with the factor n/(n - k): statsmodels' LRV-scaled SE times sqrt(n/(n - k))
        int n = d.fit().observations();
        int k = d.fit().coefficients().length;
        double[] expected = sm.vector(c + ".bse_lrv");
        for (int i = 0; i < expected.length; i++) {
            expected[i] *= Math.sqrt(n / (double)(n - k));
        }
        CoefficientTable df = d.cointegratingCoefficients(StockWatsonDols.StandardErrors.LONG_RUN_VARIANCE_SCALED_DF);
        assertRelative(expected, df.standardErrors(), TOL, c + " LRV se with n/(n - k)");
        assertTrue(df.covarianceDescription().contains("n/(n - k)"), df.covarianceDescription());
    }

    @Test
    void fixedLeadsAndLags() {
        StockWatsonDols d = StockWatsonDols.fit("C", LaggedDependentRegressionTest.log(m[3]), new String[] {"GDP",
            "INV"}, new double[][] {LaggedDependentRegressionTest.log(m[2]), LaggedDependentRegressionTest.log(m[4])},
            2, 2, keys);
        assertEquals(List.of("const", "GDP", "INV", "D.GDP(+2)", "D.GDP(+1)", "D.GDP", "D.GDP(-1)", "D.GDP(-2)",
            "D.INV(+2)", "D.INV(+1)", "D.INV", "D.INV(-1)", "D.INV(-2)"), d.fit().names());
        assertEquals(null, d.criterion());
        assertCase("dols_fixed", d);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AIC", "BIC"})
    void leadsAndLagsChosenByCriterion(final String crit) {
        InformationCriterion ic = InformationCriterion.valueOf(crit);
        StockWatsonDols d = StockWatsonDols.select("C", LaggedDependentRegressionTest.log(m[3]), new String[] {"GDP"},
            new double[][] {LaggedDependentRegressionTest.log(m[2])}, 3, 3, ic, keys);
        String c = "dols_select_" + crit.toLowerCase(java.util.Locale.ROOT);
        assertEquals((int)sm.get(c + ".leads"), d.leads());
        assertEquals((int)sm.get(c + ".lags"), d.lags());
        double[][] v = d.criterionValues();
        for (int q = 0; q <= 3; q++) {
            for (int r = 0; r <= 3; r++) {
                assertRelative(sm.get(c + ".value[" + q + "][" + r + "]"), v[q][r], TOL, c + " " + q + "," + r);
            }
        }
        assertCase(c, d);
    }

    @Test
    void tooManyLeadsForShortSample() {
        double[] y = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] x = {1.1, 1.9, 3.2, 4.1, 4.8, 6.3, 7.0, 7.7};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> StockWatsonDols.fit("Y", y, new String[] {"X"}, new double[][] {x}, 2, 2, null));
        assertTrue(e.getMessage().contains("remain after leads and lags"), e.getMessage());
    }
}
