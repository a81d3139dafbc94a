package org.tradeecon.knime.engine.regression;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradeecon.knime.testsupport.ReferenceValues;

/**
 * Issue 14, part 3: robust standard errors on a near-collinear design (cond(X) = 9.1e7) against exact rational
 * arithmetic: collinear_sandwich_exact.txt, made by collinear_sandwich_exact.py (Python fractions: the input
 * doubles converted exactly, the regression and every covariance solved exactly, only the final standard errors
 * rounded, to 25 digits), under src/test/resources/reference/regression/. The data are read from that file.
 *
 * <p>Tolerance: at least 8 correct digits (relative error &le; 1e-8) in every standard error of HC0–HC3,
 * Newey–West (lag 2, with and without n/(n − k)), the classical OLS covariance and the DOLS-style long-run
 * scaling ω²(X'X)^{-1}; the coefficients to 1e-8 as well.
 *
 * <p>Large designs (n·k² above {@link OlsFit#EXTENDED_PRECISION_LIMIT}) are checked on the same rows repeated
 * 500 times (n = 8000): b and the residuals are unchanged, X'X and the meat are 500 times larger, so the exact
 * HC0 standard errors are the reference's divided by sqrt(500), HC1 those times sqrt(8000/7996), and the
 * classical ones the reference's times sqrt(12/7996). On this design (scaled cond 1.1e8) the large-design path
 * switches from double QR to double-double, so 8 digits are required again; on the milder design of
 * collinear_sandwich_exact_mild.txt (same script, delta = 1e-3, scaled cond 1.1e4) it stays on double QR, whose
 * influence rows come from triangular solves with R: 10 digits required (16 − log10 cond, less 2 for the sums).
 *
 * <p>The condition number (columns scaled to unit length) is compared with numpy's SVD of the same doubles
 * (cond_scaled in the reference files) to 1e-6 relative (the SVD's own error is about cond·1e-16).
 */
class RobustCovarianceExactTest {

    private static final double MIN_DIGITS = 8.0;
    private static ReferenceValues ref;
    private static OlsFit fit;

    @BeforeAll
    static void load() throws IOException {
        ref = ReferenceValues.load("/reference/regression/collinear_sandwich_exact.txt");
        double[] y = ref.vector("y");
        int n = y.length;
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1.0);
        fit = OlsFit.fit(y, new double[][] {ones, ref.vector("x1"), ref.vector("x2"), ref.vector("x3")},
            new String[] {"const", "x1", "x2", "x3"}, true);
    }

    static double digits(final double expected, final double actual) {
        double rel = Math.abs(actual - expected) / Math.abs(expected);
        return rel == 0 ? 17 : -Math.log10(rel);
    }

    private static CovarianceEstimator estimator(final String name) {
        switch (name) {
            case "hc0":
                return CovarianceEstimator.heteroskedasticityConsistent(CovarianceEstimator.Type.HC0);
            case "hc1":
                return CovarianceEstimator.heteroskedasticityConsistent(CovarianceEstimator.Type.HC1);
            case "hc2":
                return CovarianceEstimator.heteroskedasticityConsistent(CovarianceEstimator.Type.HC2);
            case "hc3":
                return CovarianceEstimator.heteroskedasticityConsistent(CovarianceEstimator.Type.HC3);
            case "nw2":
                return CovarianceEstimator.neweyWest(2, false);
            case "nw2_corrected":
                return CovarianceEstimator.neweyWest(2, true);
            default:
                return CovarianceEstimator.classical();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hc0", "hc1", "hc2", "hc3", "nw2", "nw2_corrected", "classical"})
    void standardErrorsKeepEightDigits(final String name) {
        double[] se = CoefficientTable.of(fit, estimator(name)).standardErrors();
        check(name, ref.vector(name), se);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lrv2"})
    void longRunScalingKeepsEightDigits(final String name) {
        // omega^2 (X'X)^{-1}: the DOLS long-run scaling of the classical covariance, Bartlett lag 2, divisor n.
        double omega2 = CovarianceEstimator.longRunVariance(fit.residuals(), 2);
        double[][] a = fit.inverseCrossProduct();
        double[] se = new double[a.length];
        for (int p = 0; p < se.length; p++) {
            se[p] = Math.sqrt(omega2 * a[p][p]);
        }
        check(name, ref.vector(name), se);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"b"})
    void coefficientsKeepEightDigits(final String name) {
        check(name, ref.vector(name), fit.coefficients());
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({"collinear_sandwich_exact.txt, 8",
        "collinear_sandwich_exact_mild.txt, 10"})
    void largeDesignKeepsDigits(final String file, final double minDigits) throws IOException {
        ReferenceValues ref = ReferenceValues.load("/reference/regression/" + file);
        int reps = 500;
        double[] y0 = ref.vector("y");
        int n0 = y0.length;
        int n = n0 * reps;
        double[][] cols = new double[4][n];
        double[] y = new double[n];
        String[] keys = {null, "x1", "x2", "x3"};
        for (int r = 0; r < reps; r++) {
            for (int i = 0; i < n0; i++) {
                y[r * n0 + i] = y0[i];
                cols[0][r * n0 + i] = 1.0;
                for (int c = 1; c < 4; c++) {
                    cols[c][r * n0 + i] = ref.vector(keys[c])[i];
                }
            }
        }
        assertTrue((long)n * 16 > OlsFit.EXTENDED_PRECISION_LIMIT);
        OlsFit big = OlsFit.fit(y, cols, new String[] {"const", "x1", "x2", "x3"}, true);
        double[] hc0 = ref.vector("hc0");
        double[] hc1 = new double[4];
        double[] classical = ref.vector("classical");
        for (int p = 0; p < 4; p++) {
            hc0[p] /= Math.sqrt(reps);
            hc1[p] = hc0[p] * Math.sqrt(n / (n - 4.0));
            classical[p] *= Math.sqrt((n0 - 4.0) / (n - 4.0));
        }
        checkDigits(file + " large hc0", hc0, CoefficientTable.of(big,
            CovarianceEstimator.heteroskedasticityConsistent(CovarianceEstimator.Type.HC0)).standardErrors(),
            minDigits);
        checkDigits(file + " large hc1", hc1, CoefficientTable.of(big,
            CovarianceEstimator.heteroskedasticityConsistent(CovarianceEstimator.Type.HC1)).standardErrors(),
            minDigits);
        checkDigits(file + " large classical", classical, big.standardErrors(), minDigits);
        checkDigits(file + " large b", ref.vector("b"), big.coefficients(), minDigits);
        checkDigits(file + " large cond", new double[] {ref.get("cond_scaled")}, new double[] {big.conditionNumber()},
            6);
    }

    @org.junit.jupiter.api.Test
    void illConditionedDesignWarnsNamingTheColumns() {
        // z = x1 + 1e-11·x3: scaled condition number far above 1e10 (x1, z and x3 nearly dependent).
        double[] x1 = ref.vector("x1");
        double[] x3 = ref.vector("x3");
        double[] z = new double[x1.length];
        double[] ones = new double[x1.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = x1[i] + 1e-11 * x3[i];
            ones[i] = 1.0;
        }
        OlsFit f = OlsFit.fit(ref.vector("y"), new double[][] {ones, x1, z, x3},
            new String[] {"const", "x1", "z", "x3"}, true);
        assertTrue(f.conditionNumber() > OlsFit.CONDITION_WARNING, "cond " + f.conditionNumber());
        assertTrue(f.warnings().stream().anyMatch(w -> w.contains("ill-conditioned") && w.contains("x1, z")),
            f.warnings().toString());
    }

    @org.junit.jupiter.api.Test
    void conditionNumberOfTheSmallDesign() {
        checkDigits("cond", new double[] {ref.get("cond_scaled")}, new double[] {fit.conditionNumber()}, 6);
        assertTrue(fit.warnings().isEmpty(), "cond 1.1e8 is below the warning threshold 1e10: " + fit.warnings());
    }

    private static void check(final String name, final double[] expected, final double[] actual) {
        checkDigits(name, expected, actual, MIN_DIGITS);
    }

    private static void checkDigits(final String name, final double[] expected, final double[] actual,
        final double minDigits) {
        StringBuilder report = new StringBuilder(name + " digits:");
        double worst = 17;
        for (int p = 0; p < expected.length; p++) {
            double d = digits(expected[p], actual[p]);
            worst = Math.min(worst, d);
            report.append(String.format(Locale.ROOT, " %.1f", d));
        }
        System.out.println(report);
        assertTrue(worst >= minDigits, report.toString());
    }
}
