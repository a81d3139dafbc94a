package org.tradeecon.knime.engine.granger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.tradeecon.knime.testsupport.Tolerance.assertClose;
import static org.tradeecon.knime.testsupport.Tolerance.assertRelative;

import java.io.IOException;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.tradeecon.knime.testsupport.ReferenceCsv;
import org.tradeecon.knime.testsupport.ReferenceValues;

/**
 * The one-pass cross-product path of the Granger tests ({@link LaggedCrossProducts}, {@code NestedCholesky})
 * against the Householder QR path, and its fallback to QR.
 *
 * <p>Expected values: (1) on simulated stationary pairs, the QR path of the same code (itself checked against
 * statsmodels, R and gretl in GrangerCausalityTest), to 1e-10 relative (F relative to max(F, 1), since a small F
 * is the difference of two nearly equal sums of squares); (2) on the levels of statsmodels' macrodata realgdp
 * and realcons, trending series whose lags are nearly collinear so that the cross products must be refused,
 * R 4.2.2 lmtest 0.9.40 grangertest (src/test/resources/reference/granger/macro_levels_r.txt, from
 * macro_levels_reference.R), to 1e-8 relative as in GrangerCausalityTest.
 */
class GrangerOnePassTest {

    private static final double TOL = 1e-10;

    /** A stationary pair: x AR(1) with coefficient a, y_t = b y_{t−1} + c x_{t−1} + u_t, around the given level. */
    private static double[][] pair(final long seed, final int n, final double a, final double b, final double c,
        final double level) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        double xs = 0.0;
        double ys = 0.0;
        for (int t = 0; t < n; t++) {
            double xn = a * xs + gaussian(rng);
            ys = b * ys + c * xs + gaussian(rng);
            xs = xn;
            x[t] = level + xs;
            y[t] = level / 2 + ys;
        }
        return new double[][] {x, y};
    }

    private static double gaussian(final SplittableRandom rng) {
        // Box-Muller from two uniforms in (0, 1]
        double u = 1.0 - rng.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    private static void assertSame(final GrangerResult qr, final GrangerResult onePass, final String what) {
        assertEquals(qr.observations(), onePass.observations(), what);
        assertEquals(qr.denominatorDf(), onePass.denominatorDf(), what);
        assertEquals(qr.firstKey(), onePass.firstKey(), what);
        assertEquals(qr.lastKey(), onePass.lastKey(), what);
        assertRelative(qr.restrictedSsr(), onePass.restrictedSsr(), TOL, what + " restricted SSR");
        assertRelative(qr.unrestrictedSsr(), onePass.unrestrictedSsr(), TOL, what + " unrestricted SSR");
        assertClose(qr.fStatistic(), onePass.fStatistic(), TOL, 1.0, what + " F");
        assertClose(qr.fPValue(), onePass.fPValue(), TOL, 1.0, what + " F p");
    }

    @Test
    void onePassEqualsQrOnRandomData() {
        int[] lengths = {40, 500, 20_000};
        double[] levels = {0.0, 1e4};
        long seed = 18;
        for (int n : lengths) {
            for (double level : levels) {
                double[][] xy = pair(seed++, n, 0.5, 0.3, 0.1, level);
                GrangerCausality.Pair s = GrangerCausality.align("x", xy[0], "y", xy[1], null);
                int maxLag = Math.min(6, GrangerCausality.largestLag(n, 2));
                LaggedCrossProducts cp = LaggedCrossProducts.of(s, maxLag);
                for (int extra = 0; extra <= 2; extra += 2) {
                    for (int p = 1; p + extra <= maxLag; p++) {
                        String what = "n=" + n + " level=" + level + " p=" + p + " d=" + extra;
                        GrangerResult one = GrangerCausality.fromCrossProducts("x", "y", s, cp, 0, p, extra);
                        assertNotNull(one, what + ": a stationary pair must take the one-pass path");
                        assertSame(GrangerCausality.fromQr("x", "y", s, p, extra), one, what + " x->y");
                        GrangerCausality.Pair r = s.reverse();
                        GrangerResult back = GrangerCausality.fromCrossProducts("y", "x", r, cp, 1, p, extra);
                        assertNotNull(back, what + ": y->x must take the one-pass path");
                        assertSame(GrangerCausality.fromQr("y", "x", r, p, extra), back, what + " y->x");
                    }
                }
            }
        }
    }

    @Test
    void lagSelectionProductsEqualQr() {
        for (int n : new int[] {60, 5000}) {
            double[][] xy = pair(n, n, 0.6, 0.4, 0.3, 50.0);
            GrangerCausality.Pair s = GrangerCausality.align("x", xy[0], "y", xy[1], null);
            int maxLag = 6;
            double[][] one = GrangerCausality.selectionFromCrossProducts(LaggedCrossProducts.of(s, maxLag), maxLag);
            assertNotNull(one, "n=" + n + ": a stationary pair must take the one-pass path");
            double[][] qr = GrangerCausality.selectionFromQr("y", "x", s, maxLag);
            for (int p = 1; p <= maxLag; p++) {
                int m = 1 + 2 * p;
                for (int c = 0; c < 3; c++) {
                    // the cross product ec relative to the larger of ee and cc (it may be near 0)
                    double floor = Math.max(qr[0][m], qr[1][m]);
                    assertClose(qr[c][m], one[c][m], TOL, floor, "n=" + n + " lag " + p + " product " + c);
                }
            }
        }
    }

    @Test
    void publicEntryPointsAgreeWithQr() {
        double[][] xy = pair(7, 300, 0.5, 0.3, 0.2, 100.0);
        GrangerCausality.Pair s = GrangerCausality.align("x", xy[0], "y", xy[1], null);
        var table = GrangerCausality.tableBothDirections("x", xy[0], "y", xy[1], 4, null);
        for (int p = 1; p <= 4; p++) {
            assertSame(GrangerCausality.fromQr("x", "y", s, p, 0), table.get(p - 1).firstCausesSecond(), "table " + p);
            assertSame(GrangerCausality.fromQr("y", "x", s.reverse(), p, 0), table.get(p - 1).secondCausesFirst(),
                "reverse table " + p);
        }
        assertSame(GrangerCausality.fromQr("x", "y", s, 2, 1), GrangerCausality.todaYamamoto("x", xy[0], "y", xy[1],
            2, 1, null), "Toda-Yamamoto");
    }

    @Test
    void illConditionedLevelsFallBackToQrAndMatchR() throws IOException {
        ReferenceValues r = ReferenceValues.load("/reference/granger/macro_levels_r.txt");
        double[][] m = ReferenceCsv.columns("/reference/regression/macrodata.csv", "realgdp", "realcons");
        GrangerCausality.Pair s = GrangerCausality.align("realgdp", m[0], "realcons", m[1], null);
        LaggedCrossProducts cp = LaggedCrossProducts.of(s, 4);
        for (int p = 1; p <= 4; p++) {
            assertNull(GrangerCausality.fromCrossProducts("realgdp", "realcons", s, cp, 0, p, 0),
                "lag " + p + ": the lagged levels are nearly collinear, the cross products must be refused");
            GrangerResult t = GrangerCausality.test("realgdp", m[0], "realcons", m[1], p, null);
            assertEquals((int)r.get("gdp_to_cons.lag" + p + ".df2"), t.denominatorDf());
            assertRelative(r.get("gdp_to_cons.lag" + p + ".f"), t.fStatistic(), 1e-8, "R F lag " + p);
            assertRelative(r.get("gdp_to_cons.lag" + p + ".p"), t.fPValue(), 1e-8, "R p lag " + p);
        }
    }
}
