package org.tradeecon.knime.engine.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tradeecon.knime.engine.linalg.HouseholderQr;

/**
 * OLS behaviour beyond NIST's certified values: the double-precision QR path, nested residual sums of squares,
 * collinearity, and bad input. Expected numbers are NIST certified values (Longley), closed forms, or
 * separate fits that must agree with the shared decomposition.
 */
class OlsFitTest {

    private static double[] ones(final int n) {
        double[] o = new double[n];
        java.util.Arrays.fill(o, 1.0);
        return o;
    }

    private static double[][] longleyDesign(final NistStrdRegressionTest.Dataset d) {
        double[][] design = new double[7][];
        design[0] = ones(d.y().length);
        System.arraycopy(d.x(), 0, design, 1, 6);
        return design;
    }

    /** The double path alone on Longley (condition number about 5e9 unscaled): at least 7 digits. */
    @Test
    void householderPathReproducesLongley() throws IOException {
        NistStrdRegressionTest.Dataset d = NistStrdRegressionTest.load("Longley");
        HouseholderQr qr = new HouseholderQr(longleyDesign(d));
        assertEquals(7, qr.rank());
        double[] b = qr.solve(d.y());
        double[][] inv = qr.inverseCrossProduct();
        double[] ssr = qr.prefixResidualSumsOfSquares(d.y());
        double s2 = ssr[7] / (16 - 7);
        for (int p = 0; p < 7; p++) {
            double lreB = NistStrdRegressionTest.lre(b[p], d.beta()[p]);
            double lreSd = NistStrdRegressionTest.lre(Math.sqrt(s2 * inv[p][p]), d.sd()[p]);
            assertTrue(lreB >= 7 && lreSd >= 7, "B" + p + " LRE " + lreB + " / sd " + lreSd);
        }
        // NIST certified residual SS: 836424.055505915
        assertTrue(NistStrdRegressionTest.lre(ssr[7], 836424.055505915) >= 7);
    }

    /** Every prefix RSS from one decomposition equals the RSS of a separate fit of that prefix model. */
    @Test
    void prefixResidualSumsOfSquaresMatchSeparateFits() throws IOException {
        NistStrdRegressionTest.Dataset d = NistStrdRegressionTest.load("Longley");
        double[][] design = longleyDesign(d);
        double[] nested = new HouseholderQr(design).prefixResidualSumsOfSquares(d.y());
        double yy = 0;
        for (double v : d.y()) {
            yy += v * v;
        }
        assertEquals(yy, nested[0], 1e-12 * yy, "no regressor: SSR = y'y");
        for (int j = 1; j <= 7; j++) {
            double[][] prefix = java.util.Arrays.copyOf(design, j);
            String[] names = new String[j];
            for (int p = 0; p < j; p++) {
                names[p] = "x" + p;
            }
            double separate = OlsFit.fit(d.y(), prefix, names, true).residualSumOfSquares();
            assertEquals(separate, nested[j], 1e-9 * separate, "prefix " + j);
        }
    }

    /** Closed form: simple regression through known points, y = 1 + 2x exactly plus symmetric noise. */
    @Test
    void simpleRegressionClosedForm() {
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {3.1, 4.9, 7.0, 9.1, 10.9};
        OlsFit fit = OlsFit.fit(y, new double[][] {ones(5), x}, new String[] {"const", "x"}, true);
        // slope = Sxy/Sxx = 19.8/10, intercept = ybar - slope*xbar = 7 - 1.98*3
        assertArrayEquals(new double[] {7.0 - 1.98 * 3, 1.98}, fit.coefficients(), 1e-12);
        double ssr = 0;
        for (int i = 0; i < 5; i++) {
            double e = y[i] - (7.0 - 1.98 * 3) - 1.98 * x[i];
            ssr += e * e;
        }
        assertEquals(ssr, fit.residualSumOfSquares(), 1e-12);
        assertEquals(Math.sqrt(ssr / 3 / 10), fit.standardErrors()[1], 1e-12, "se(slope) = s/sqrt(Sxx)");
        // F = t^2 for one slope
        double t = fit.tValues()[1];
        assertEquals(t * t, fit.fStatistic().getAsDouble(), 1e-8 * t * t);
        assertEquals(fit.pValues()[1], fit.fPValue().getAsDouble(), 1e-12);
        // AIC/BIC definitions with k = 2
        double ll = -2.5 * (Math.log(2 * Math.PI) + Math.log(ssr / 5) + 1);
        assertEquals(-2 * ll + 4, fit.aic(), 1e-10);
        assertEquals(-2 * ll + 2 * Math.log(5), fit.bic(), 1e-10);
    }

    @Test
    void duplicateRegressorIsNamed() {
        double[] x = {1, 2, 3, 4, 5, 6};
        double[] y = {2, 1, 4, 3, 6, 5};
        double[] twice = {2, 4, 6, 8, 10, 12};
        CollinearityException e = assertThrows(CollinearityException.class,
            () -> OlsFit.fit(y, new double[][] {ones(6), x, twice}, new String[] {"const", "x", "2x"}, true));
        assertEquals(List.of("2x"), e.aliasedColumns());
        assertTrue(e.getMessage().contains("2x"));
    }

    @Test
    void constantRegressorCollidesWithIntercept() {
        double[] c = {5, 5, 5, 5, 5};
        double[] y = {1, 2, 3, 5, 4};
        CollinearityException e = assertThrows(CollinearityException.class,
            () -> OlsFit.fit(y, new double[][] {ones(5), c}, new String[] {"const", "FDIGDP"}, true));
        assertEquals(List.of("FDIGDP"), e.aliasedColumns());
    }

    @Test
    void collinearColumnDroppedWithWarningWhenAsked() {
        double[] x = {1, 2, 3, 4, 5, 6};
        double[] z = {0.5, -1, 2, 0, 1, 3};
        double[] sum = new double[6];
        for (int i = 0; i < 6; i++) {
            sum[i] = x[i] + z[i];
        }
        double[] y = {1.5, 1.9, 5.2, 4.1, 6.3, 9.0};
        OlsFit dropped = OlsFit.fit(y, new double[][] {ones(6), x, z, sum}, new String[] {"c", "x", "z", "x+z"}, true,
            OlsFit.CollinearityPolicy.DROP_WITH_WARNING);
        OlsFit plain = OlsFit.fit(y, new double[][] {ones(6), x, z}, new String[] {"c", "x", "z"}, true);
        assertEquals(List.of("x+z"), dropped.droppedColumns());
        assertEquals(List.of("c", "x", "z"), dropped.names());
        assertArrayEquals(plain.coefficients(), dropped.coefficients(), 1e-12);
        assertTrue(dropped.warnings().get(0).contains("x+z"));
    }

    @Test
    void householderPathDetectsCollinearityToo() {
        int n = 2000;
        double[] x = new double[n];
        double[] z = new double[n];
        double[] sum = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.sin(i);
            z[i] = Math.cos(0.3 * i);
            sum[i] = 3 * x[i] - 0.5 * z[i];
        }
        HouseholderQr qr = new HouseholderQr(new double[][] {ones(n), x, z, sum});
        assertEquals(3, qr.rank());
        assertTrue(qr.isAliased(3));
    }

    @Test
    void tooFewObservations() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> OlsFit.fit(new double[] {1, 2}, new double[][] {ones(2), {3, 1}}, new String[] {"c", "x"}, true));
        assertTrue(e.getMessage().contains("Only 2 observations for 2 coefficients"), e.getMessage());
    }

    @Test
    void missingValueIsLocated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> OlsFit.fit(new double[] {1, 2, 3, 4}, new double[][] {ones(4), {3, Double.NaN, 1, 0}},
                new String[] {"c", "RATIO"}, true));
        assertTrue(e.getMessage().contains("regressor RATIO at observation 2"), e.getMessage());
    }

    /**
     * Tiny magnitudes take the scaled-norm path (the plain sum of squares, about 1e-297 here, is too close to
     * underflow to trust); large ones the plain path. Either way the fit must equal the rescaled closed form.
     */
    @Test
    void extremeMagnitudesNeitherOverflowNorUnderflow() {
        int n = 3000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.sin(0.7 * i) + 0.1 * (i % 7);
            y[i] = 2.0 - 3.0 * x[i] + Math.cos(1.3 * i);
        }
        for (double scale : new double[] {1e-150, 1e150}) {
            double[] xs = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = x[i] * scale;
            }
            HouseholderQr plain = new HouseholderQr(new double[][] {ones(n), x});
            HouseholderQr scaled = new HouseholderQr(new double[][] {ones(n), xs});
            double[] b = plain.solve(y);
            double[] bs = scaled.solve(y);
            assertEquals(b[0], bs[0], 1e-12 * Math.abs(b[0]), "intercept, scale " + scale);
            // closed form: the slope scales inversely with the regressor
            assertEquals(b[1], bs[1] * scale, 1e-12 * Math.abs(b[1]), "slope, scale " + scale);
        }
    }
}
