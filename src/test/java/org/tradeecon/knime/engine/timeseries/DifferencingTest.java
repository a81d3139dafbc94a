package org.tradeecon.knime.engine.timeseries;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.util.CombinatoricsUtils;
import org.junit.jupiter.api.Test;

class DifferencingTest {
    private static final double N = Double.NaN;

    /** Closed form: (1 - L)^d x_t = sum_k (-1)^k C(d, k) x_{t-k}, exact for small integers. */
    @Test
    void regularDifferencesMatchTheBinomialExpansion() {
        double[] x = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5};
        for (int d = 1; d <= 4; d++) {
            double[] y = Differencing.apply(x, d, 0, 0, false);
            for (int t = 0; t < x.length; t++) {
                if (t < d) {
                    assertTrue(Double.isNaN(y[t]));
                    continue;
                }
                double expected = 0;
                for (int k = 0; k <= d; k++) {
                    expected += (k % 2 == 0 ? 1 : -1) * CombinatoricsUtils.binomialCoefficient(d, k) * x[t - k];
                }
                assertEquals(expected, y[t], 0.0, "d=" + d + ", t=" + t);
            }
        }
    }

    /** Closed form: the d-th difference of t^d is d! and of t^2 once is 2t - 1. */
    @Test
    void polynomialsBecomeConstant() {
        double[] x = new double[10];
        for (int t = 0; t < x.length; t++) {
            x[t] = (double)t * t * t;
        }
        double[] y = Differencing.apply(x, 3, 0, 0, false);
        for (int t = 3; t < x.length; t++) {
            assertEquals(6.0, y[t], 0.0);
        }
        double[] sq = {0, 1, 4, 9, 16};
        assertArrayEquals(new double[]{N, 1, 3, 5, 7}, Differencing.difference(sq, 1));
    }

    /** Closed form: (1 - L^s) removes a pure season of period s; (1 - L)(1 - L^4) of t + season is 0. */
    @Test
    void seasonalDifferenceRemovesAFixedSeason() {
        double[] season = {5, -1, 2, 7};
        double[] x = new double[12];
        for (int t = 0; t < x.length; t++) {
            x[t] = 10 + 0.5 * t + season[t % 4];
        }
        double[] ds = Differencing.apply(x, 0, 1, 4, false);
        double[] both = Differencing.apply(x, 1, 1, 4, false);
        for (int t = 0; t < x.length; t++) {
            assertEquals(t < 4 ? N : 2.0, ds[t], 1e-12);
            assertEquals(t < 5 ? N : 0.0, both[t], 1e-12);
        }
    }

    @Test
    void logDifferenceIsTheLogGrowthRate() {
        double[] y = Differencing.apply(new double[]{100, 110, 121}, 1, 0, 0, true);
        assertEquals(Math.log(1.1), y[1], 1e-15);
        assertEquals(Math.log(1.1), y[2], 1e-15);
    }

    @Test
    void missingValuesSpreadToTheDifferencesThatUseThem() {
        assertArrayEquals(new double[]{N, 1, N, N, 1}, Differencing.difference(new double[]{1, 2, N, 4, 5}, 1));
        assertArrayEquals(new double[]{N, N, N, N}, Differencing.difference(new double[]{1, 2, 3, 4}, 4));
    }

    @Test
    void inputIsNotChanged() {
        double[] x = {1, 2, 4};
        Differencing.apply(x, 2, 0, 0, true);
        assertArrayEquals(new double[]{1, 2, 4}, x);
    }

    @Test
    void badArgumentsAreNamed() {
        double[] x = {1, 2, 3};
        assertThrows(IllegalArgumentException.class, () -> Differencing.apply(x, 0, 0, 0, false));
        assertThrows(IllegalArgumentException.class, () -> Differencing.apply(x, -1, 1, 4, false));
        var e = assertThrows(IllegalArgumentException.class, () -> Differencing.apply(x, 0, 1, 1, false));
        assertTrue(e.getMessage().contains("at least 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
            () -> Differencing.apply(new double[]{1, 0, 2}, 1, 0, 0, true));
        assertTrue(e.getMessage().contains("of 0.0 at position 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
            () -> Differencing.difference(new double[]{1, Double.POSITIVE_INFINITY}, 1));
        assertTrue(e.getMessage().contains("position 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Differencing.difference(x, 0));
    }

    /**
     * Against statsmodels 0.13.5 {@code tools.diff} (complete series) and pandas 1.5.3 shift-and-subtract (series
     * with a gap): src/test/resources/reference/timeseries/differencing_reference.{py,txt}. Tolerance: absolute
     * 2e-10, i.e. about 1e-12 relative to the series' values (below 200); both compute the same subtractions.
     */
    @Test
    void matchesStatsmodelsAndPandas() throws IOException {
        List<String[]> cases = readCases();
        assertEquals(10, cases.size());
        for (String[] c : cases) {
            String[] s = c[1].split(",");
            double[] x = parse(c[2]);
            double[] expected = parse(c[3]);
            double[] y = Differencing.apply(x, Integer.parseInt(s[0]), Integer.parseInt(s[1]), Integer.parseInt(s[2]),
                Boolean.parseBoolean(s[3]));
            assertEquals(expected.length, y.length, c[0]);
            for (int t = 0; t < y.length; t++) {
                if (Double.isNaN(expected[t])) {
                    assertTrue(Double.isNaN(y[t]), c[0] + " t=" + t);
                } else {
                    assertEquals(expected[t], y[t], 2e-10, c[0] + " t=" + t);
                }
            }
        }
    }

    private static double[] parse(final String csv) {
        return Arrays.stream(csv.split(",")).mapToDouble(v -> "nan".equals(v) ? N : Double.parseDouble(v)).toArray();
    }

    /** @return per case {name, settings, x, y} */
    private static List<String[]> readCases() throws IOException {
        List<String[]> cases = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
            DifferencingTest.class.getResourceAsStream("/reference/timeseries/differencing_reference.txt"),
            StandardCharsets.UTF_8))) {
            String[] cur = null;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("# ")) {
                    cur = new String[4];
                    cur[0] = line.substring(2);
                    cases.add(cur);
                } else if (line.startsWith("settings=")) {
                    cur[1] = line.substring(9);
                } else if (line.startsWith("x=")) {
                    cur[2] = line.substring(2);
                } else if (line.startsWith("y=")) {
                    cur[3] = line.substring(2);
                }
            }
        }
        return cases;
    }
}
