package org.tradeecon.knime.engine.granger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tradeecon.knime.testsupport.Tolerance.assertRelative;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tradeecon.knime.engine.regression.InformationCriterion;
import org.tradeecon.knime.testsupport.ReferenceCsv;
import org.tradeecon.knime.testsupport.ReferenceValues;

/**
 * Each {@link GrangerConventionPreset} against its tool, run on this machine on the same series
 * (src/test/resources/reference/granger/): statsmodels 0.13.5 {@code grangercausalitytests} and
 * {@code VAR.select_order} (conventions_statsmodels.txt from conventions_statsmodels.py), R 4.2.2 lmtest 0.9.40
 * {@code grangertest} (conventions_lmtest.txt from conventions_lmtest.R) and gretl 2022c {@code ols} +
 * {@code omit --test-only} and {@code var --lagselect} (conventions_gretl.txt from conventions_gretl.inp). Series:
 * 100·Δln realgdp (g) and realcons (c) of statsmodels' macrodata (202 points, lags 1-4) and the 16-point seeded
 * synthetic16.csv (x, y; lags 1-3), both directions. Tolerance 1e-8 relative for F, p, the criterion values;
 * df and observations exact.
 */
class GrangerConventionPresetTest {

    private static final double TOL = 1e-8;
    private static Map<String, double[]> series;

    @BeforeAll
    static void load() {
        double[][] m = ReferenceCsv.columns("/reference/unitroot/macrodata.csv", "realgdp", "realcons");
        double[][] syn = ReferenceCsv.columns("/reference/granger/synthetic16.csv", "x", "y");
        series = Map.of("g", percentGrowth(m[0]), "c", percentGrowth(m[1]), "x", syn[0], "y", syn[1]);
    }

    /** 100·diff(log(x)), as the three scripts compute it. */
    private static double[] percentGrowth(final double[] x) {
        double[] g = new double[x.length - 1];
        for (int t = 1; t < x.length; t++) {
            g[t - 1] = 100 * (Math.log(x[t]) - Math.log(x[t - 1]));
        }
        return g;
    }

    private static ReferenceValues reference(final GrangerConventionPreset preset) {
        return ReferenceValues.load("/reference/granger/conventions_" + switch (preset) {
            case STATSMODELS -> "statsmodels";
            case R -> "lmtest";
            case GRETL -> "gretl";
        } + ".txt");
    }

    @ParameterizedTest
    @EnumSource(GrangerConventionPreset.class)
    void testReproducesTheToolsStatisticDfAndSample(final GrangerConventionPreset preset) {
        ReferenceValues ref = reference(preset);
        // every tool prints F first
        assertEquals(GrangerResult.Statistic.F, preset.statistic());
        String[][] cases = {{"g", "c", "4"}, {"c", "g", "4"}, {"x", "y", "3"}, {"y", "x", "3"}};
        for (String[] c : cases) {
            for (int p = 1; p <= Integer.parseInt(c[2]); p++) {
                String key = c[0] + "_to_" + c[1] + ".lag" + p + ".";
                GrangerResult t = GrangerCausality.test(c[0], series.get(c[0]), c[1], series.get(c[1]), p, null);
                assertRelative(ref.get(key + "f"), t.test(preset.statistic()).statistic(), TOL, key + "f");
                assertRelative(ref.get(key + "f_p"), t.test(preset.statistic()).pValue(), TOL, key + "f_p");
                assertEquals((int)ref.get(key + "df1"), t.numeratorDf(), key + "df1");
                assertEquals((int)ref.get(key + "df2"), t.denominatorDf(), key + "df2");
                assertEquals((int)ref.get(key + "nobs"), t.observations(), key + "nobs");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = GrangerConventionPreset.class, names = {"STATSMODELS", "GRETL"}) // lmtest selects no lag
    void testReproducesTheToolsVarCriterion(final GrangerConventionPreset preset) {
        ReferenceValues ref = reference(preset);
        String[][] cases = {{"c", "g", "4"}, {"y", "x", "3"}};
        for (String[] c : cases) {
            int maxLag = Integer.parseInt(c[2]);
            for (InformationCriterion ic : InformationCriterion.values()) {
                LagOrderSelection s = GrangerCausality.selectLag(c[1], series.get(c[1]), c[0], series.get(c[0]),
                    maxLag, LagOrderSelection.Model.VAR, ic, preset.varForm(), null);
                assertEquals(preset.varForm(), s.varForm());
                for (int p = 1; p <= maxLag; p++) {
                    String key = "select." + c[0] + "_" + c[1] + ".max" + maxLag + ".lag" + p + "."
                        + ic.name().toLowerCase(java.util.Locale.ROOT);
                    assertRelative(ref.get(key), s.values()[p - 1], TOL, preset + " " + key);
                }
            }
        }
    }
}
