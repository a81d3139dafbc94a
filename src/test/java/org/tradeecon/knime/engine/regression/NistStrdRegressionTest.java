package org.tradeecon.knime.engine.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * NIST StRD linear least squares: every certified coefficient, standard deviation of the estimate, residual
 * standard deviation and R² must be reproduced with a log relative error (LRE) of at least 9 digits
 * (issue 4). Expected values: NIST's certified values, read from the dataset files themselves
 * (src/test/resources/nist-strd). LRE = −log10(|est − cert| / |cert|), or −log10|est − cert| when the certified
 * value is 0 (NIST's definition); capped at 15 since certified values carry 15 digits.
 */
class NistStrdRegressionTest {

    private static final double MIN_LRE = 9.0;

    /**
     * Filip (degree-10 polynomial) is the one exception. Its certified values belong to the exact powers x^p;
     * stored as doubles, each power is rounded once (0.5 ulp, the best a double design can hold), and the
     * problem's conditioning turns that rounding alone into a relative change of about 2e-8 in every
     * coefficient, whatever the solver: solving this rounded design in double-double precision (our path) gives
     * 7.6 to 7.7 digits. So 9 digits on Filip is out of reach for any double-precision input; we require 7.5.
     * (R's lm, at its default tolerance, declares Filip rank deficient and drops a term.)
     */
    private static final double MIN_LRE_FILIP = 7.5;

    /** One certified dataset: its data and certified values. */
    record Dataset(double[] y, double[][] x, double[] beta, double[] sd, double residualSd, double rSquared) {
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // name, model: "poly:d" = intercept + x..x^d; "noint" = y = b·x; "linear" = intercept + all predictors
        "Norris, poly:1", "Pontius, poly:2", "NoInt1, noint", "NoInt2, noint", "Filip, poly:10",
        "Longley, linear", "Wampler1, poly:5", "Wampler2, poly:5", "Wampler3, poly:5", "Wampler4, poly:5",
        "Wampler5, poly:5"})
    void reproducesCertifiedValues(final String name, final String model) throws IOException {
        Dataset d = load(name);
        double[][] design;
        String[] names;
        boolean intercept = !model.equals("noint");
        if (model.startsWith("poly:")) {
            int degree = Integer.parseInt(model.substring(5));
            design = new double[degree + 1][d.y.length];
            for (int i = 0; i < d.y.length; i++) {
                // Each power x^p is computed exactly and rounded once, the best a double design can hold.
                java.math.BigDecimal xi = new java.math.BigDecimal(d.x[0][i]);
                for (int p = 0; p <= degree; p++) {
                    design[p][i] = xi.pow(p).doubleValue();
                }
            }
        } else if (model.equals("noint")) {
            design = new double[][] {d.x[0]};
        } else {
            design = new double[d.x.length + 1][];
            design[0] = ones(d.y.length);
            System.arraycopy(d.x, 0, design, 1, d.x.length);
        }
        names = new String[design.length];
        for (int p = 0; p < names.length; p++) {
            names[p] = "B" + (intercept ? p : p + 1);
        }
        OlsFit fit = OlsFit.fit(d.y, design, names, intercept);
        assertEquals(d.beta.length, fit.coefficientCount(), name + ": no column may be dropped");
        double[] b = fit.coefficients();
        double[] se = fit.standardErrors();
        List<String> report = new ArrayList<>();
        double worst = 15;
        for (int p = 0; p < b.length; p++) {
            worst = Math.min(worst, check(report, "b" + p, b[p], d.beta[p]));
            worst = Math.min(worst, check(report, "sd" + p, se[p], d.sd[p]));
        }
        worst = Math.min(worst, check(report, "residual sd", fit.sigma(), d.residualSd));
        worst = Math.min(worst, check(report, "R2", fit.rSquared(), d.rSquared));
        double required = name.equals("Filip") ? MIN_LRE_FILIP : MIN_LRE;
        assertTrue(worst >= required, name + ": LRE below " + required + ": " + report);
    }

    private static double check(final List<String> report, final String what, final double est, final double cert) {
        double lre = lre(est, cert);
        report.add(what + "=" + String.format("%.1f", lre));
        return lre;
    }

    static double lre(final double est, final double cert) {
        double err = cert == 0.0 ? Math.abs(est) : Math.abs(est - cert) / Math.abs(cert);
        return err == 0.0 ? 15.0 : Math.min(15.0, -Math.log10(err));
    }

    private static double[] ones(final int n) {
        double[] o = new double[n];
        java.util.Arrays.fill(o, 1.0);
        return o;
    }

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d*\\.?\\d+(?:[eE][-+]?\\d+)?");

    /** Parses a NIST StRD regression file: certified values from the header, data from the line it names. */
    static Dataset load(final String name) throws IOException {
        String text;
        try (InputStream in = NistStrdRegressionTest.class.getResourceAsStream("/nist-strd/" + name + ".dat")) {
            text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        String[] lines = text.replace("\r", "").split("\n");
        Matcher range = Pattern.compile("Data\\s+\\(lines (\\d+) to (\\d+)\\)").matcher(text);
        if (!range.find()) {
            throw new IOException("No data range in " + name);
        }
        int first = Integer.parseInt(range.group(1));
        int last = Integer.parseInt(range.group(2));
        List<Double> beta = new ArrayList<>();
        List<Double> sd = new ArrayList<>();
        double residualSd = Double.NaN;
        double r2 = Double.NaN;
        for (int i = 0; i < first - 1; i++) {
            String line = lines[i].trim();
            if (line.matches("B\\d+\\s+.*")) {
                List<Double> nums = numbers(line.substring(line.indexOf(' ')));
                beta.add(nums.get(0));
                sd.add(nums.get(1));
            } else if (line.startsWith("Standard Deviation") && lines[i - 1].trim().equals("Residual")) {
                residualSd = numbers(line.substring("Standard Deviation".length())).get(0);
            } else if (line.startsWith("R-Squared")) {
                r2 = numbers(line.substring("R-Squared".length())).get(0);
            }
        }
        List<double[]> rows = new ArrayList<>();
        for (int i = first - 1; i < last; i++) {
            List<Double> nums = numbers(lines[i]);
            rows.add(nums.stream().mapToDouble(Double::doubleValue).toArray());
        }
        int n = rows.size();
        int cols = rows.get(0).length;
        double[] y = new double[n];
        double[][] x = new double[cols - 1][n];
        for (int i = 0; i < n; i++) {
            y[i] = rows.get(i)[0];
            for (int j = 1; j < cols; j++) {
                x[j - 1][i] = rows.get(i)[j];
            }
        }
        return new Dataset(y, x, beta.stream().mapToDouble(Double::doubleValue).toArray(),
            sd.stream().mapToDouble(Double::doubleValue).toArray(), residualSd, r2);
    }

    private static List<Double> numbers(final String s) {
        List<Double> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            out.add(Double.parseDouble(m.group()));
        }
        return out;
    }
}
