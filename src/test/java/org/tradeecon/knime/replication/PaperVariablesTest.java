package org.tradeecon.knime.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** How the paper's variables are built from raw series, and how missing or undefined years are reported. */
class PaperVariablesTest {

    private static AnnualSeries series(final String name, final Map<Integer, Double> values) {
        return new AnnualSeries(name, "USD", "test input", new TreeMap<>(values));
    }

    private static SourceData data(final boolean live, final AnnualSeries balance, final AnnualSeries exportsChina) {
        Map<Integer, Double> ones = new TreeMap<>();
        for (int y = 2004; y <= 2018; y++) {
            ones.put(y, 1.0 + y - 2004);
        }
        AnnualSeries any = series("x", ones);
        return new SourceData(live, any, any, Optional.empty(), any, exportsChina, balance, Map.of(), Map.of(),
            List.of("test"));
    }

    @Test
    void lnyIsTheLogOfTheDeficitInHundredsOfMillions() {
        // Closed form, with the paper's own figure (TABLES.md): a 2014 deficit of USD 123.743 bn gives
        // ln(1237.43) = 7.1208..., the Table I maximum 7.120 at three decimals.
        Map<Integer, Double> balance = new TreeMap<>();
        for (int y = 2004; y <= 2016; y++) {
            balance.put(y, -100e9);
        }
        balance.put(2014, -123.743e9);
        PaperVariables v = PaperVariables.build(data(true, series("balance", balance), series("exp", balance)));
        PaperVariables.Variable lny = v.get(PaperVariables.LNY);
        assertTrue(lny.isAvailable());
        assertEquals(13, lny.values().length);
        assertEquals(Math.log(1237.43), lny.values()[2014 - 2004], 1e-12);
        assertEquals(Math.log(1000.0), lny.values()[0], 1e-12);
    }

    @Test
    void offlineMissingYearsGiveTheOfflineReason() {
        Map<Integer, Double> only2017 = Map.of(2017, -135.4e9);
        PaperVariables v = PaperVariables.build(data(false, series("balance", only2017),
            series("exports", Map.of(2017, 35.7e9))));
        PaperVariables.Variable lny = v.get(PaperVariables.LNY);
        assertFalse(lny.isAvailable());
        assertEquals(Outcome.NOT_AVAILABLE_OFFLINE, lny.cellReason());
        assertEquals("no source value for 13 of 13 years (2004–2016)", lny.missingDetail());
        PaperVariables.Variable ratio = v.get(PaperVariables.RATIO);
        assertEquals(Outcome.NOT_AVAILABLE_OFFLINE, ratio.cellReason());
        assertEquals("no source value for 14 of 15 years (2004–2016, 2018)", ratio.missingDetail());
        assertTrue(v.get(PaperVariables.PATENT).isAvailable());
        assertEquals(14, v.get(PaperVariables.PATENT).values().length);
    }

    @Test
    void liveGapsAndSurplusYearsAreNamed() {
        Map<Integer, Double> balance = new TreeMap<>();
        for (int y = 2004; y <= 2016; y++) {
            balance.put(y, -10e9);
        }
        balance.remove(2010);
        balance.put(2005, 2e9);
        PaperVariables v = PaperVariables.build(data(true, series("balance", balance), series("e", balance)));
        PaperVariables.Variable lny = v.get(PaperVariables.LNY);
        assertFalse(lny.isAvailable());
        assertEquals("no source value for 1 of 13 years (2010); undefined (US surplus, no deficit to log) in 2005",
            lny.missingDetail());
        assertEquals("not computable: " + lny.missingDetail(), lny.cellReason());
    }
}
