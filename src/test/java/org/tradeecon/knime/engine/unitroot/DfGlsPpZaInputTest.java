package org.tradeecon.knime.engine.unitroot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.tradeecon.knime.testsupport.UnitRootReference;

/**
 * Bad input to DF-GLS, Phillips–Perron and Zivot–Andrews: each case must fail with a message naming the series
 * and what is wrong (the specified behaviour, not a computed number); trimmed missing values are reported.
 */
class DfGlsPpZaInputTest {

    private static final List<Function<double[], UnitRootResult>> TESTS = List.of(
        y -> DfGlsTest.test(y, AdfOptions.fixedLag(Deterministic.CONSTANT, 0), "s"),
        y -> DfGlsTest.test(y, AdfOptions.fixedLag(Deterministic.TREND, 0), "s"),
        y -> PhillipsPerronTest.test(y, Deterministic.TREND, PhillipsPerronBandwidth.NEWEY_WEST, 0.05, "s"),
        y -> ZivotAndrewsTest.test(y, ZivotAndrewsBreak.BOTH, 0.15, AdfOptions.fixedLag(Deterministic.TREND, 0),
            "s"));

    private static void fails(final double[] y, final String words) {
        for (Function<double[], UnitRootResult> t : TESTS) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.apply(y));
            assertTrue(e.getMessage().contains("'s'") && e.getMessage().contains(words), e.getMessage());
        }
    }

    @Test
    void constantSeries() {
        fails(new double[] {3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3}, "is constant");
    }

    @Test
    void missingValueInside() {
        double[] y = UnitRootReference.series("short15");
        y[6] = Double.NaN;
        fails(y, "missing value at index 6");
    }

    @Test
    void infiniteValue() {
        double[] y = UnitRootReference.series("short15");
        y[3] = Double.POSITIVE_INFINITY;
        fails(y, "infinite value at index 3");
    }

    @Test
    void tooShort() {
        fails(new double[] {1.0, 2.5, 1.7}, "too short");
    }

    @Test
    void wrongOptions() {
        double[] y = UnitRootReference.series("rw60");
        assertThrows(IllegalArgumentException.class,
            () -> DfGlsTest.test(y, AdfOptions.fixedLag(Deterministic.NONE, 0), "s"));
        assertThrows(IllegalArgumentException.class,
            () -> PhillipsPerronTest.test(y, Deterministic.QUADRATIC_TREND, 2, 0.05, "s"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AdfTest.test(y,
            AdfOptions.defaults().withLagSelection(LagSelection.MAIC)));
        assertTrue(e.getMessage().contains("DF-GLS"), e.getMessage());
    }

    @Test
    void trimmedMissingValuesAreReported() {
        double[] padded = UnitRootReference.series("rw60_padded");
        double[] plain = UnitRootReference.series("rw60");
        int lead = 0;
        while (Double.isNaN(padded[lead])) {
            lead++;
        }
        ZivotAndrewsResult a = ZivotAndrewsTest.test(padded, ZivotAndrewsBreak.INTERCEPT, 0.15,
            AdfOptions.fixedLag(Deterministic.TREND, 1), "p");
        ZivotAndrewsResult b = ZivotAndrewsTest.test(plain, ZivotAndrewsBreak.INTERCEPT, 0.15,
            AdfOptions.fixedLag(Deterministic.TREND, 1), "p");
        assertEquals(b.statistic(), a.statistic(), 0.0);
        assertEquals(b.breakIndex() + lead, a.breakIndex(), "break index counts the leading missing values");
        assertEquals(lead, a.leadingMissingTrimmed());
        DfGlsResult g = DfGlsTest.test(padded, AdfOptions.fixedLag(Deterministic.CONSTANT, 1), "p");
        assertEquals(DfGlsTest.test(plain, AdfOptions.fixedLag(Deterministic.CONSTANT, 1), "p").statistic(),
            g.statistic(), 0.0);
        assertTrue(g.warnings().stream().anyMatch(w -> w.startsWith("Missing values trimmed")), g.warnings().toString());
    }

    @Test
    void decisionAndSummary() {
        DfGlsResult g = DfGlsTest.test(UnitRootReference.series("trendstat300"), AdfOptions.fixedLag(Deterministic.TREND, 1)
            .withAlpha(0.05), "ts");
        // decision by p-value from the ERS table: reject exactly when tau is below the 5% critical value
        assertEquals(g.statistic() < g.criticalValue(0.05), g.rejectsNull(0.05));
        assertTrue(g.summary().contains("DF-GLS") && g.summary().contains("Elliott-Rothenberg-Stock (1996) Table I"),
            g.summary());
        PhillipsPerronResult p = PhillipsPerronTest.test(UnitRootReference.series("rw250"), Deterministic.CONSTANT,
            PhillipsPerronBandwidth.SHORT, 0.05, "rw");
        assertEquals(MacKinnon.pValue(p.zTau(), Deterministic.CONSTANT), p.pValue(), 0.0);
        ZivotAndrewsResult z = ZivotAndrewsTest.test(UnitRootReference.series("rw250"), ZivotAndrewsBreak.TREND, 0.15,
            AdfOptions.fixedLag(Deterministic.TREND, 2), "rw");
        assertEquals(z.statistic() < z.criticalValue(0.10), z.rejectsNull(0.10));
        assertTrue(z.summary().contains("Zivot-Andrews (1992) Table 3"), z.summary());
    }
}
