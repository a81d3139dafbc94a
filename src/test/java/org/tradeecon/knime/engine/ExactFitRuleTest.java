package org.tradeecon.knime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.tradeecon.knime.engine.granger.GrangerCausality;
import org.tradeecon.knime.engine.regression.CoefficientTable;
import org.tradeecon.knime.engine.regression.CovarianceEstimator;
import org.tradeecon.knime.engine.regression.DiagnosticResult;
import org.tradeecon.knime.engine.regression.DurbinH;
import org.tradeecon.knime.engine.regression.LaggedDependentRegression;
import org.tradeecon.knime.engine.regression.OlsFit;
import org.tradeecon.knime.engine.regression.StockWatsonDols;
import org.tradeecon.knime.engine.unitroot.Deterministic;
import org.tradeecon.knime.engine.unitroot.KpssTest;
import org.tradeecon.knime.engine.unitroot.AdfOptions;
import org.tradeecon.knime.engine.unitroot.DfGlsTest;
import org.tradeecon.knime.engine.unitroot.PhillipsPerronTest;
import org.tradeecon.knime.engine.unitroot.ZivotAndrewsBreak;
import org.tradeecon.knime.engine.unitroot.ZivotAndrewsTest;

/**
 * Issue 14, part 2: the relative exact-fit rule ({@link org.tradeecon.knime.engine.regression.ExactFit}). Each
 * case of the issue is a model whose residuals are rounding noise by construction (an exact linear relation
 * evaluated in double precision); the expected outcome is the specified one (a warning naming the model, or an
 * error where the test is undefined; t, F, DW, Durbin's h and Breusch–Godfrey undefined, never numbers), not a
 * number produced by the code. Control cases with noise of 1e-8 relative must stay ordinary fits.
 */
class ExactFitRuleTest {

    private static double[] noise(final int n, final long seed, final double size) {
        Random r = new Random(seed);
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = size * r.nextGaussian();
        }
        return e;
    }

    private static double[] ones(final int n) {
        double[] o = new double[n];
        java.util.Arrays.fill(o, 1.0);
        return o;
    }

    private static void allNaN(final double[] v, final String what) {
        for (double x : v) {
            assertTrue(Double.isNaN(x), what + " must be undefined (NaN), got " + x);
        }
    }

    private static boolean warns(final OlsFit fit, final String model) {
        return fit.warnings().stream().anyMatch(w -> w.startsWith(model) && w.contains("fits exactly"));
    }

    @Test
    void olsOfAnExactLineWarnsAndLeavesTFAndPUndefined() {
        double[] x = {0.3, 1.7, 2.2, 3.9, 4.1, 5.6, 6.8, 7.05, 8.4, 9.9};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 3 * x[i] + 2;
        }
        OlsFit fit = OlsFit.fit(y, new double[][] {ones(x.length), x}, new String[] {"const", "x"}, true);
        assertTrue(fit.isExactFit());
        assertTrue(warns(fit, "The regression"), fit.warnings().toString());
        allNaN(fit.tValues(), "t");
        allNaN(fit.pValues(), "p");
        assertTrue(Double.isNaN(fit.fStatistic().getAsDouble()));
        assertTrue(Double.isNaN(fit.fPValue().getAsDouble()));
        assertEquals(3.0, fit.coefficients()[1], 1e-12, "the coefficients stay those of the line");
        CoefficientTable hc = CoefficientTable.of(fit,
            CovarianceEstimator.heteroskedasticityConsistent(CovarianceEstimator.Type.HC1));
        allNaN(hc.tValues(), "robust t");
        assertTrue(hc.undefinedReason().isPresent());

        // Control: the same line with noise of 1e-8 relative is an ordinary fit.
        double[] e = noise(x.length, 1, 1e-7);
        double[] yn = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            yn[i] = y[i] + e[i];
        }
        OlsFit ordinary = OlsFit.fit(yn, new double[][] {ones(x.length), x}, new String[] {"const", "x"}, true);
        assertFalse(ordinary.isExactFit());
        assertTrue(Double.isFinite(ordinary.tValues()[1]));
    }

    @Test
    void laggedDependentRegressionWithACopyOfYAsRegressor() {
        double[] y = {1.2, 0.7, 2.3, 1.9, 3.1, 2.6, 2.2, 3.8, 4.0, 3.3, 4.9, 5.2};
        LaggedDependentRegression m = LaggedDependentRegression.fit("Y", y, 1, new String[] {"COPY"},
            new double[][] {y.clone()}, 0, null);
        assertTrue(warns(m.fit(), "The lagged-dependent regression of Y"), m.fit().warnings().toString());
        allNaN(m.coefficients().tValues(), "t");
        allNaN(m.coefficients().pValues(), "p");
        assertTrue(Double.isNaN(m.durbinWatson()));
    }

    @Test
    void exactAr1HasNoSerialCorrelationDiagnostics() {
        // y_t = 0.5 y_{t-1} + 1 exactly (rounded once per step), from y_0 = 10.
        double[] y = new double[14];
        y[0] = 10;
        for (int t = 1; t < y.length; t++) {
            y[t] = 0.5 * y[t - 1] + 1;
        }
        LaggedDependentRegression m = LaggedDependentRegression.fit("Y", y, 1, new String[0], new double[0][],
            0, null);
        assertTrue(m.fit().isExactFit(), m.fit().warnings().toString());
        assertTrue(Double.isNaN(m.durbinWatson()), "DW");
        DurbinH h = m.durbinH();
        assertFalse(h.isDefined());
        assertTrue(h.undefinedReason().get().contains("fits exactly"), h.undefinedReason().get());
        for (DiagnosticResult t : new DiagnosticResult[] {m.breuschGodfrey(1), m.breuschGodfreyF(1),
            m.durbinAlternative(1)}) {
            assertFalse(t.isDefined(), t.name());
            assertTrue(Double.isNaN(t.statistic()) && Double.isNaN(t.pValue()), t.name());
            assertTrue(t.undefinedReason().startsWith(t.name() + " is undefined"), t.undefinedReason());
        }
    }

    @Test
    void dolsOfAnExactCointegratingRelation() {
        double[] x = new double[20];
        double[] step = noise(20, 7, 1.0);
        for (int t = 1; t < x.length; t++) {
            x[t] = x[t - 1] + step[t];
        }
        double[] y = new double[x.length];
        for (int t = 0; t < x.length; t++) {
            y[t] = 2 + 3 * x[t];
        }
        StockWatsonDols d = StockWatsonDols.fit("Y", y, new String[] {"X"}, new double[][] {x}, 1, 1, null);
        assertTrue(warns(d.fit(), "The DOLS regression of Y"), d.fit().warnings().toString());
        for (StockWatsonDols.StandardErrors type : StockWatsonDols.StandardErrors.values()) {
            CoefficientTable c = d.cointegratingCoefficients(type);
            allNaN(c.tValues(), type + " t");
            assertTrue(c.undefinedReason().isPresent());
        }
    }

    @Test
    void grangerOnADeterministicRelationIsAnError() {
        double[] x = noise(20, 3, 1.0);
        double[] y = new double[20];
        y[0] = 1;
        for (int t = 1; t < y.length; t++) {
            y[t] = 0.5 * y[t - 1] + 0.3 * x[t - 1];
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> GrangerCausality.test("X", x, "Y", y, 1, null));
        assertTrue(e.getMessage().contains("Granger test X -> Y at lag 1") && e.getMessage().contains("fits exactly")
            && e.getMessage().contains("F statistic"), e.getMessage());
        // Control: with noise of 1e-8 relative the test exists.
        double[] n = noise(20, 4, 1e-8);
        double[] yn = y.clone();
        for (int t = 0; t < yn.length; t++) {
            yn[t] += n[t];
        }
        assertTrue(Double.isFinite(GrangerCausality.test("X", x, "Y", yn, 1, null).fStatistic()));
    }

    @Test
    void kpssOfAConstantPlusRoundingNoise() {
        double[] z = noise(50, 11, 1e-15);
        double[] x = new double[z.length];
        for (int t = 0; t < z.length; t++) {
            x[t] = 1 + z[t];
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> KpssTest.test(x, Deterministic.CONSTANT, 2, 0.05, "x"));
        assertTrue(e.getMessage().contains("constant up to rounding"), e.getMessage());
        // The noise itself, without the offset, is an ordinary series.
        assertTrue(Double.isFinite(KpssTest.test(z, Deterministic.CONSTANT, 2, 0.05, "z").statistic()));
    }

    @Test
    void dfGlsOfAnExactLine() {
        double[] y = new double[30];
        for (int t = 0; t < y.length; t++) {
            y[t] = 2.1 + 0.37 * t;
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> DfGlsTest.test(y, AdfOptions.fixedLag(Deterministic.TREND, 1), "line"));
        assertTrue(e.getMessage().contains("exact linear trend up to rounding")
            && e.getMessage().contains("fits exactly"), e.getMessage());
        // Control: noise of 1e-8 relative makes it an ordinary series.
        double[] z = noise(30, 5, 1e-8);
        double[] yn = y.clone();
        for (int t = 0; t < yn.length; t++) {
            yn[t] += z[t] * Math.abs(y[t]);
        }
        assertTrue(Double.isFinite(DfGlsTest.test(yn, AdfOptions.fixedLag(Deterministic.TREND, 1), "y").statistic()));
    }

    @Test
    void phillipsPerronOfAnExactAutoregression() {
        double[] y = new double[20];
        y[0] = 10;
        for (int t = 1; t < y.length; t++) {
            y[t] = 0.5 * y[t - 1] + 1;
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> PhillipsPerronTest.test(y, Deterministic.CONSTANT, 2, 0.05, "ar"));
        assertTrue(e.getMessage().contains("Phillips-Perron regression of ar fits exactly"), e.getMessage());
        double[] z = noise(20, 6, 1e-8);
        for (int t = 0; t < y.length; t++) {
            y[t] += z[t];
        }
        assertTrue(Double.isFinite(PhillipsPerronTest.test(y, Deterministic.CONSTANT, 2, 0.05, "y").zTau()));
    }

    @Test
    void zivotAndrewsOfAnExactBrokenTrend() {
        // y_t = 0.5 y_{t-1} + 1 + 0.1 t + 2 DU_t with DU_t = 1(t > 17), exactly (rounded once per step): the
        // regression with the break after index 17 fits exactly
        double[] y = new double[40];
        y[0] = 4;
        for (int t = 1; t < y.length; t++) {
            y[t] = 0.5 * y[t - 1] + 1 + 0.1 * t + (t > 17 ? 2 : 0);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ZivotAndrewsTest.test(y,
            ZivotAndrewsBreak.INTERCEPT, 0.15, AdfOptions.fixedLag(Deterministic.TREND, 0), "broken"));
        assertTrue(e.getMessage().contains("break after index 17 fits exactly"), e.getMessage());
        double[] z = noise(40, 8, 1e-8);
        for (int t = 0; t < y.length; t++) {
            y[t] += z[t];
        }
        assertEquals(17, ZivotAndrewsTest.test(y, ZivotAndrewsBreak.INTERCEPT, 0.15,
            AdfOptions.fixedLag(Deterministic.TREND, 0), "y").breakIndex());
    }
}
