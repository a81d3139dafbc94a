package org.tradeecon.knime.engine.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.tradeecon.knime.testsupport.Tolerance.assertRelative;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.tradeecon.knime.testsupport.ReferenceCsv;
import org.tradeecon.knime.testsupport.ReferenceValues;

/**
 * The regression conventions of issue 15 against the tools: gretl 2022c's default HAC bandwidth floor(0.75·n^{1/3})
 * for n = 4..600 and its HAC standard errors (conventions_gretl.txt, conventions_gretl.py); statsmodels 0.13.5's
 * normal p-values for robust covariances and its Student-t ones with use_t=True (conventions_statsmodels.txt); R
 * 4.2.2's AIC() and BIC() of an lm, which count σ² (conventions_r.txt). Two regressions: annual (ln US ATP exports on
 * FDI % GDP and ln patents, n = 15) and macro (Δln realcons on Δln realgdp and Δln realinv, n = 202). Tolerances:
 * lags exact; standard errors, t, AIC, BIC, Durbin's h 1e-9 relative; p-values 1e-9 relative (1e-300 absolute
 * floor). Durbin's h variants on the lagged-dependent regressions of LaggedDependentRegressionTest (durbin_h_rho.py).
 */
class RegressionConventionsTest {
    private static final String DIR = "/reference/regression/";

    private static OlsFit fit(final String name) {
        double[] y;
        double[] x1;
        double[] x2;
        if (name.equals("annual")) {
            double[][] a = ReferenceCsv.columns(DIR + "annual.csv", "us_atp_exports_world_usd", "fdi_pct_gdp",
                "ln_patent_nonresident");
            y = java.util.Arrays.stream(a[0]).map(Math::log).toArray();
            x1 = a[1];
            x2 = a[2];
        } else {
            double[][] m = ReferenceCsv.columns(DIR + "macrodata.csv", "realcons", "realgdp", "realinv");
            y = logDiff(m[0]);
            x1 = logDiff(m[1]);
            x2 = logDiff(m[2]);
        }
        double[] ones = new double[y.length];
        java.util.Arrays.fill(ones, 1.0);
        return OlsFit.fit(y, new double[][] {ones, x1, x2}, new String[] {"const", "x1", "x2"}, true);
    }

    private static double[] logDiff(final double[] x) {
        double[] d = new double[x.length - 1];
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.log(x[i + 1]) - Math.log(x[i]);
        }
        return d;
    }

    @Test
    void gretlsDefaultHacBandwidth() {
        ReferenceValues g = ReferenceValues.load(DIR + "conventions_gretl.txt");
        for (int n = 4; n <= 600; n++) {
            assertEquals((int)g.get("bandwidth." + n), NeweyWestLagRule.GRETL.lag(n), "n = " + n);
        }
        assertEquals(3, NeweyWestLagRule.GRETL.lag(65));
        assertEquals(2, NeweyWestLagRule.GRETL.lag(64), "gretl's n^(1/3) rounds 64^(1/3) below 4");
    }

    /** gretl's --robust on time series: Newey–West with its bandwidth and no n/(n − k) factor. */
    @ParameterizedTest
    @ValueSource(strings = {"annual", "macro"})
    void gretlsHacStandardErrors(final String name) {
        ReferenceValues g = ReferenceValues.load(DIR + "conventions_gretl.txt");
        OlsFit f = fit(name);
        assertEquals((int)g.get(name + ".bandwidth"), NeweyWestLagRule.GRETL.lag(f.observations()));
        double[] se = CoefficientTable.of(f, NeweyWestLagRule.GRETL.estimator(f.observations(), false))
            .standardErrors();
        for (int j = 0; j < se.length; j++) {
            assertRelative(g.get(name + ".hac_se." + j), se[j], 1e-9, name + " HAC SE " + j);
        }
    }

    /** statsmodels' robust p-values: normal by default (use_t=False), Student's t with use_t=True. */
    @ParameterizedTest
    @ValueSource(strings = {"annual", "macro"})
    void robustPValuesNormalAsStatsmodelsOrStudentT(final String name) {
        ReferenceValues sm = ReferenceValues.load(DIR + "conventions_statsmodels.txt");
        OlsFit f = fit(name);
        int lag = NeweyWestLagRule.GRETL.lag(f.observations());
        for (String cov : new String[] {"hc1", "hac"}) {
            CoefficientTable table = CoefficientTable.of(f, cov.equals("hc1")
                ? CovarianceEstimator.heteroskedasticityConsistent(CovarianceEstimator.Type.HC1)
                : CovarianceEstimator.neweyWest(lag, false));
            for (TestDistribution d : TestDistribution.values()) {
                String key = name + "." + cov + "." + (d == TestDistribution.NORMAL ? "normal" : "t");
                double[] p = d.pValues(table);
                for (int j = 0; j < p.length; j++) {
                    assertRelative(sm.get(key + ".t." + j), table.tValues()[j], 1e-9, key + " t " + j);
                    org.tradeecon.knime.testsupport.Tolerance.assertClose(sm.get(key + ".p." + j), p[j], 1e-9, 1e-300,
                        key + " p " + j);
                }
            }
            assertEquals(table.pValues()[1], TestDistribution.STUDENT_T.pValues(table)[1], 0.0, "t is the default");
            assertNotEquals(table.pValues()[1], TestDistribution.NORMAL.pValues(table)[1]);
        }
    }

    /**
     * Durbin's h with the three estimates of ρ: the residual slope is gretl's printed h (and statsmodels-computed, in
     * ldv_statsmodels.txt), 1 − d/2 the "durbin_h_dw" there, and the lag-1 autocorrelation statsmodels' acf
     * (durbin_h_rho.txt); the default durbinH() is the slope.
     */
    @ParameterizedTest
    @ValueSource(strings = {"annual", "macro_p1"})
    void durbinHRhoVariants(final String name) throws java.io.IOException {
        ReferenceValues sm = ReferenceValues.load(DIR + "ldv_statsmodels.txt");
        ReferenceValues acf = ReferenceValues.load(DIR + "durbin_h_rho.txt");
        LaggedDependentRegression m = LaggedDependentRegressionTest.fitCase(name);
        assertRelative(sm.get(name + ".durbin_h"), m.durbinH(DurbinHRho.RESIDUAL_SLOPE).value().orElseThrow(), 1e-9,
            "slope");
        assertRelative(sm.get(name + ".durbin_h_dw"), m.durbinH(DurbinHRho.DURBIN_WATSON).value().orElseThrow(), 1e-9,
            "1 - d/2");
        assertRelative(acf.get(name + ".durbin_h_acf"), m.durbinH(DurbinHRho.AUTOCORRELATION).value().orElseThrow(),
            1e-9, "acf");
        assertEquals(m.durbinH().value().orElseThrow(), m.durbinH(DurbinHRho.RESIDUAL_SLOPE).value().orElseThrow(), 0.0);
    }

    /** R's AIC() and BIC() of an lm count σ² (its logLik has df = k + 1); the criterion values differ, not the choice. */
    @ParameterizedTest
    @ValueSource(strings = {"annual", "macro"})
    void rsInformationCriteriaCountTheVariance(final String name) {
        ReferenceValues r = ReferenceValues.load(DIR + "conventions_r.txt");
        OlsFit f = fit(name);
        int k = f.coefficients().length;
        assertEquals(k + 1, (int)r.get(name + ".loglik_df"));
        double ssr = f.residualSumOfSquares();
        int n = f.observations();
        assertRelative(r.get(name + ".aic"), InformationCriterion.AIC.valueCountingVariance(ssr, n, k), 1e-9, "AIC");
        assertRelative(r.get(name + ".bic"), InformationCriterion.BIC.valueCountingVariance(ssr, n, k), 1e-9, "BIC");
        assertEquals(2.0, InformationCriterion.AIC.valueCountingVariance(ssr, n, k)
            - InformationCriterion.AIC.value(ssr, n, k), 1e-9);
    }
}
