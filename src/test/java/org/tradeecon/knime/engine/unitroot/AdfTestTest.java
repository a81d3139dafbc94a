package org.tradeecon.knime.engine.unitroot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tradeecon.knime.engine.timeseries.Differencing;
import org.tradeecon.knime.testsupport.UnitRootReference;

/** The ADF test's published values, input handling, result shape and batch API. */
class AdfTestTest {

    /**
     * The paper (Table II, PATENT row): ADF on the first difference of ln(patent applications by non-residents),
     * 2004-2017 (World Bank WDI IP.PAT.NRES, data/china_patent_nonresident.csv), constant, lag 0:
     * tau = -3.647, p = 0.0049 (Stata dfuller, 3 and 4 decimals).
     */
    @Test
    void paperPatentRow() {
        double[] lnPatent = UnitRootReference.series("lnpatent_2004_2017");
        double[] d = Differencing.difference(lnPatent, 1);
        AdfResult r = AdfTest.test(d, AdfOptions.fixedLag(Deterministic.CONSTANT, 0), "D.PATENT");
        assertEquals(-3.647, r.statistic(), 0.0005);
        assertEquals(0.0049, r.pValue(), 0.00005);
        assertEquals(12, r.observations());
        assertEquals(1, r.leadingMissingTrimmed()); // the difference's first value is missing
        assertTrue(r.rejectsNull());
    }

    /**
     * Stata's dfuller on statsmodels' macrodata realgdp with 4 lags, as quoted in statsmodels' test_stattools.py
     * (TestADFConstant, TestADFConstantTrend; Stata prints 6-7 significant digits): constant tau = 0.97505319,
     * p = 0.99399563; constant and trend tau = -1.8566374, p = 0.67682968; no constant tau = 3.5227498.
     * Stata's tau differs from statsmodels' and ours in the 7th digit (-1.8566374 vs -1.8566384), so tau is
     * checked to 5e-6 and p to 1e-6.
     */
    @Test
    void stataRealGdp() {
        double[] gdp = UnitRootReference.series("realgdp");
        AdfResult c = AdfTest.test(gdp, AdfOptions.fixedLag(Deterministic.CONSTANT, 4));
        assertEquals(0.97505319, c.statistic(), 5e-6);
        assertEquals(0.99399563, c.pValue(), 1e-6);
        AdfResult ct = AdfTest.test(gdp, AdfOptions.fixedLag(Deterministic.TREND, 4));
        assertEquals(-1.8566374, ct.statistic(), 5e-6);
        assertEquals(0.67682968, ct.pValue(), 1e-6);
        AdfResult n = AdfTest.test(gdp, AdfOptions.fixedLag(Deterministic.NONE, 4));
        assertEquals(3.5227498, n.statistic(), 5e-6);
        assertEquals(198, c.observations());
    }

    /** Leading and trailing missing values are trimmed and reported; the result equals the trimmed series'. */
    @Test
    void trimsAndReportsMissingEnds() {
        AdfOptions o = AdfOptions.defaults();
        AdfResult padded = AdfTest.test(UnitRootReference.series("rw60_padded"), o, "rw60");
        AdfResult plain = AdfTest.test(UnitRootReference.series("rw60"), o, "rw60");
        assertEquals(plain.statistic(), padded.statistic());
        assertEquals(2, padded.leadingMissingTrimmed());
        assertEquals(1, padded.trailingMissingTrimmed());
        assertTrue(padded.warnings().get(0).contains("2 at the start and 1 at the end"), padded.warnings().get(0));
        assertTrue(plain.warnings().stream().noneMatch(w -> w.contains("trimmed")));
    }

    @Test
    void badInputMessagesSayWhatAndWhere() {
        double[] gap = UnitRootReference.series("rw60").clone();
        gap[7] = Double.NaN;
        assertMessage(gap, AdfOptions.defaults(), "missing value at index 7 (observation 8 of 60)");
        double[] inf = UnitRootReference.series("rw60").clone();
        inf[3] = Double.POSITIVE_INFINITY;
        assertMessage(inf, AdfOptions.defaults(), "infinite value at index 3");
        assertMessage(new double[] {2, 2, 2, 2, 2, 2, 2, 2}, AdfOptions.defaults(), "constant");
        assertMessage(new double[] {Double.NaN, Double.NaN}, AdfOptions.defaults(), "no observed value");
        assertMessage(new double[] {1, 3, 2, 5, 4}, AdfOptions.defaults().withDeterministic(Deterministic.TREND),
            "n = 5 observations is too short");
        double[] s13 = UnitRootReference.series("short13");
        assertMessage(s13, AdfOptions.fixedLag(Deterministic.CONSTANT, 5),
            "lag 5 is too large for n = 13 observations with constant (1 deterministic term)");
        assertMessage(s13, AdfOptions.defaults().withMaxLag(5), "The largest lag allowed is n/2 - 1 - 1 = 4");
        // an exact linear trend: the differences are constant, the regression fits exactly
        double[] line = new double[20];
        for (int i = 0; i < line.length; i++) {
            line[i] = 3 + 0.5 * i;
        }
        assertMessage(line, AdfOptions.fixedLag(Deterministic.CONSTANT, 1), "line");
        assertThrows(IllegalArgumentException.class, () -> AdfOptions.defaults().withMaxLag(-1));
        assertThrows(IllegalArgumentException.class, () -> AdfOptions.defaults().withAlpha(1.0));
    }

    private static void assertMessage(final double[] y, final AdfOptions o, final String part) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AdfTest.test(y, o, "line"));
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    @Test
    void resultShape() {
        AdfResult r = AdfTest.test(UnitRootReference.series("ar3diff400"), AdfOptions.defaults().withAlpha(0.10), "ar3");
        assertEquals("Augmented Dickey-Fuller", r.testName());
        assertEquals(3, r.lags());
        assertEquals(r.maxLag() + 1, r.lagCandidates().size());
        assertEquals(400 - 1 - r.maxLag(), r.searchObservations());
        assertEquals(400 - 1 - 3, r.observations());
        assertEquals(List.of(0.01, 0.05, 0.10), new ArrayList<>(r.criticalValues().keySet()));
        assertEquals(r.gamma() / r.gammaStandardError(), r.statistic(), 1e-12);
        assertEquals(List.of("y(t-1)", "dy(t-1)", "dy(t-2)", "dy(t-3)", "constant"),
            r.coefficients().stream().map(AdfResult.Coefficient::name).toList());
        assertTrue(r.nullHypothesis().contains("unit root"));
        assertTrue(r.alternativeHypothesis().contains("stationary around a constant"));
        assertEquals(0.10, r.alpha());
        assertFalse(r.rejectsNull());
        assertTrue(r.decision().startsWith("Do not reject the null hypothesis"), r.decision());
        assertTrue(r.conventions().get("lag-selection sample").contains("statsmodels"));
        assertTrue(r.conventions().get("p-value").contains("MacKinnon (1994)"));
        assertTrue(r.conventions().get("maximum lag").contains("ceil"));
        assertTrue(r.summary().contains("H0: the series has a unit root"), r.summary());
        // t-stat rule on the same series: the AR(3) differences make lag 3 significant on the common sample
        AdfResult t = AdfTest.test(UnitRootReference.series("ar3diff400"),
            AdfOptions.defaults().withLagSelection(LagSelection.T_STAT).withMaxLag(6), "ar3");
        assertEquals(3, t.lags());
        assertTrue(t.lagCandidates().get(3).criterion() >= AdfTest.T_STAT_THRESHOLD);
    }

    @Test
    void warnsWhenTheChosenLagIsTheMaximum() {
        AdfResult r = AdfTest.test(UnitRootReference.series("ar3diff400"), AdfOptions.defaults().withMaxLag(2), "ar3");
        assertEquals(2, r.lags());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("equals the maximum lag")), r.warnings().toString());
    }

    @Test
    void schwertRuleIsTheFloor() {
        // n = 250: 12*(2.5)^(1/4) = 15.09 -> ceil 16 (statsmodels), floor 15 (Schwert)
        assertEquals(16, MaxLagRule.STATSMODELS.maxLag(250, Deterministic.CONSTANT));
        assertEquals(15, MaxLagRule.SCHWERT.maxLag(250, Deterministic.CONSTANT));
        assertEquals(4, MaxLagRule.STATSMODELS.maxLag(13, Deterministic.CONSTANT)); // capped at 13/2 - 1 - 1
    }

    @Test
    void batchEqualsSingleCallsAndKeepsErrors() {
        String[] names = {"rw250", "ar1_200", "short13", "rw2000", "infl"};
        List<double[]> series = new ArrayList<>();
        for (String n : names) {
            series.add(UnitRootReference.series(n));
        }
        series.add(new double[] {1, 1, 1, 1, 1, 1});
        List<String> labels = new ArrayList<>(List.of(names));
        labels.add("flat");
        AdfOptions o = AdfOptions.defaults().withLagSelection(LagSelection.BIC);
        for (int threads : new int[] {1, 2, 3}) {
            List<AdfBatch.Outcome> out = AdfBatch.run(series, labels, o, threads);
            assertEquals(series.size(), out.size());
            for (int i = 0; i < names.length; i++) {
                AdfResult single = AdfTest.test(series.get(i), o, names[i]);
                assertEquals(single.statistic(), out.get(i).result().statistic());
                assertEquals(single.lags(), out.get(i).result().lags());
                assertEquals(names[i], out.get(i).name());
            }
            AdfBatch.Outcome flat = out.get(names.length);
            assertFalse(flat.succeeded());
            assertNull(flat.result());
            assertTrue(flat.error().contains("'flat' is constant"), flat.error());
        }
        assertEquals(2, AdfBatch.run(new double[][] {series.get(0), series.get(1)}, o).size());
    }

    @Test
    void pValueOutsideMacKinnonsRangeIsABound() {
        // expgrowth80 with a constant and no lags: tau = 261, far above tau_max = 2.74 -> p = 1 with a warning
        AdfResult r = AdfTest.test(UnitRootReference.series("expgrowth80"), AdfOptions.fixedLag(Deterministic.CONSTANT, 0));
        assertEquals(1.0, r.pValue());
        assertEquals(UnitRootResult.PValueKind.LOWER_BOUND, r.pValueKind());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("outside the range")), r.warnings().toString());
    }
}
