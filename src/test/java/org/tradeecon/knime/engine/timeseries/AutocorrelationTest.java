package org.tradeecon.knime.engine.timeseries;

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

import org.junit.jupiter.api.Test;

/**
 * ACF and PACF against statsmodels 0.13.5 ({@code acf(adjusted=False, fft=False)}, {@code pacf(method="ldb")};
 * script and output in reference/timeseries/autocorrelation_reference.*) and against R 4.2's {@code acf}/{@code pacf}.
 * Tolerance 1e-12 absolute: both are a few hundred floating-point operations on values below 1.
 */
class AutocorrelationTest {
    private record Case(String name, double[] x, double[] acf, double[] pacf) {
    }

    private static List<Case> statsmodelsCases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
            AutocorrelationTest.class.getResourceAsStream("/reference/timeseries/autocorrelation_reference.txt"),
            StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("case ")) {
                    cases.add(new Case(line.substring(5), numbers(in.readLine(), "x "),
                        numbers(in.readLine(), "acf "), numbers(in.readLine(), "pacf ")));
                }
            }
        }
        return cases;
    }

    private static double[] numbers(final String line, final String prefix) {
        assertTrue(line.startsWith(prefix), line);
        return Arrays.stream(line.substring(prefix.length()).trim().split(" ")).mapToDouble(Double::parseDouble)
            .toArray();
    }

    @Test
    void matchesStatsmodels() throws IOException {
        List<Case> cases = statsmodelsCases();
        assertEquals(3, cases.size());
        for (Case c : cases) {
            int lags = c.acf().length - 1;
            assertArrayClose(c.name() + " acf", c.acf(), Autocorrelation.acf(c.x(), lags));
            assertArrayClose(c.name() + " pacf", c.pacf(), Autocorrelation.pacf(c.x(), lags));
        }
    }

    @Test
    void matchesR() {
        // R 4.2.2: x <- c(1,3,2,5,4,6,8,7,9,12); acf(x, lag.max=4, plot=FALSE); pacf(x, lag.max=4, plot=FALSE)
        double[] x = {1, 3, 2, 5, 4, 6, 8, 7, 9, 12};
        assertArrayClose("R acf", new double[]{1, 0.52555235, 0.36138329, 0.17704131, -0.05725264},
            Autocorrelation.acf(x, 4), 5e-9); // R prints 8 decimals
        double[] pacf = Autocorrelation.pacf(x, 4);
        assertArrayClose("R pacf", new double[]{0.52555235, 0.11768255, -0.07338759, -0.22133812},
            Arrays.copyOfRange(pacf, 1, 5), 5e-9);
    }

    @Test
    void whiteNoiseBandIsTheNormalQuantileOverRootN() {
        assertEquals(1.959963984540054 / 4, Autocorrelation.whiteNoiseBand(16), 1e-15);
    }

    @Test
    void refusesWhatHasNoCorrelogram() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Autocorrelation.acf(new double[]{2, 2, 2}, 1))
            .getMessage().contains("constant"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Autocorrelation.acf(new double[]{1, 2, 3}, 3))
            .getMessage().contains("between 1 and 2"));
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> Autocorrelation.pacf(new double[]{1, Double.NaN, 3}, 1)).getMessage().contains("Observation 2"));
    }

    @Test
    void defaultMaxLagFitsShortSeries() {
        assertEquals(7, Autocorrelation.defaultMaxLag(15));
        assertEquals(10, Autocorrelation.defaultMaxLag(200));
        assertEquals(1, Autocorrelation.defaultMaxLag(2));
    }

    private static void assertArrayClose(final String what, final double[] expected, final double[] actual) {
        assertArrayClose(what, expected, actual, 1e-12);
    }

    private static void assertArrayClose(final String what, final double[] expected, final double[] actual,
        final double tol) {
        assertEquals(expected.length, actual.length, what + " length");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tol, what + " lag " + i);
        }
    }
}
