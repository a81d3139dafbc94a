package org.tradeecon.knime.engine.timeseries;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Lags, leads, differences and the common sample, checked against their definitions element by element. */
class LagBuilderTest {

    private static final double NA = Double.NaN;

    @Test
    void shiftLagsAndLeadsByPosition() {
        double[] x = {1, 2, 3, 4};
        assertArrayEquals(new double[] {NA, NA, 1, 2}, LagBuilder.shift(x, 2));
        assertArrayEquals(new double[] {2, 3, 4, NA}, LagBuilder.shift(x, -1));
        assertArrayEquals(x, LagBuilder.shift(x, 0));
        assertArrayEquals(new double[] {NA, NA, NA, NA}, LagBuilder.shift(x, 5));
        assertArrayEquals(new double[] {NA, 1, 1, 1}, LagBuilder.difference(x));
    }

    @Test
    void commonSampleAfterLagging() {
        long[] years = {2001, 2002, 2003, 2004, 2005};
        double[] y = {1, 2, 3, 4, NA};
        double[] x = {5, 6, 7, 8, 9};
        LagBuilder.Window w = LagBuilder.commonSample(new double[][] {y, LagBuilder.shift(x, 1)},
            new String[] {"Y", "X(-1)"}, years);
        assertEquals(1, w.start());
        assertEquals(4, w.end());
        assertEquals(2002, w.firstKey());
        assertEquals(2004, w.lastKey());
        assertArrayEquals(new double[] {5, 6, 7}, LagBuilder.slice(new double[][] {LagBuilder.shift(x, 1)}, w)[0]);
    }

    @Test
    void gapInsideTheSampleNamesVariableAndYear() {
        long[] years = {2001, 2002, 2003, 2004};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> LagBuilder.commonSample(new double[][] {{1, 2, 3, 4}, {1, NA, 3, 4}}, new String[] {"Y", "PATENT"},
                years));
        assertTrue(e.getMessage().contains("Missing value in PATENT at 2002"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LagBuilder.commonSample(new double[][] {{1, NA}, {NA, 2}},
            new String[] {"A", "B"}, new long[] {1, 2}));
    }

    @Test
    void timeKeyErrorsNameTheYear() {
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> LagBuilder.checkTimeKeys(new long[] {2001, 2003, 2004})).getMessage().contains("2002 is missing"));
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> LagBuilder.checkTimeKeys(new long[] {2001, 2001})).getMessage().contains("Duplicated time key 2001"));
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> LagBuilder.checkTimeKeys(new long[] {2002, 2001})).getMessage().contains("not sorted"));
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> LagBuilder.checkSameKeys(new long[] {2001, 2002}, "TRADE", new long[] {2001, 2003}, "FDIGDP"))
            .getMessage().contains("row 2: TRADE has 2002, FDIGDP has 2003"));
        LagBuilder.checkTimeKeys(new long[] {1999, 2000, 2001});
    }
}
