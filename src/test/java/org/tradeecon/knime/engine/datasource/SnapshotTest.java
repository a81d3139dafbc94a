package org.tradeecon.knime.engine.datasource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Offline snapshots. Expected values are quoted from the shared data files whose provenance is in
 * /work/shared/data/README.md (WDI via open-numbers DDF; Census country.xlsx row 0007; IndustryWeek/Bloomberg for
 * the 2017 China figures); tolerance 0 (the values are parsed from the same decimal text).
 */
class SnapshotTest {

    @Test
    void worldBankSnapshotIsCompleteFor2004To2018() {
        IndicatorTable t = WorldBankSnapshot.read(List.of("IP.PAT.NRES", "BX.KLT.DINV.WD.GD.ZS"), List.of("CHN"),
                2004, 2018);
        assertEquals(30, t.rows().size());
        assertTrue(t.completeness().isComplete(), t.completeness().summary());
        assertEquals(new IndicatorObservation("CHN", 2004, "IP.PAT.NRES", 64598), t.rows().get(0));
        assertEquals(new IndicatorObservation("CHN", 2017, "BX.KLT.DINV.WD.GD.ZS", 1.3676771333), t.rows().get(28));
    }

    @Test
    void worldBankSnapshotReportsWhatItLacks() {
        IndicatorTable t = WorldBankSnapshot.read(List.of("IP.PAT.NRES"), List.of("CHN", "USA"), 2017, 2020);
        assertEquals(8, t.rows().size());
        assertEquals("0 of 2 series complete for 2017–2020; IP.PAT.NRES CHN: missing 2019–2020; "
                + "IP.PAT.NRES USA: missing 2017–2020", t.completeness().summary());
        assertTrue(Double.isNaN(t.rows().get(3).value()));
    }

    @Test
    void censusWorldTotalsAreComplete() {
        AtpTradeTable t = CensusAtpSnapshot.read(CensusAtpClient.WORLD, 2004, 2018);
        AtpTradeRow y2017 = t.rows().stream().filter(r -> r.year() == 2017 && r.group().equals(AtpTradeRow.TOTAL))
                .findFirst().orElseThrow();
        assertEquals(353798278633.0, y2017.exports(), 0);
        assertEquals(464472746000.0, y2017.imports(), 0);
        assertEquals(353798278633.0 - 464472746000.0, y2017.balance(), 0);
        CompletenessReport.Series totalExports = t.completeness().series().get(0);
        assertEquals("World (all countries) (WORLD) exports TOTAL", totalExports.name());
        assertTrue(totalExports.missingYears().isEmpty());
        assertTrue(t.completeness().series().get(1).missingYears().isEmpty());
        // By-group values for the world are not in the snapshot: reported missing for every year.
        assertEquals(15, t.completeness().series().get(2).missingYears().size());
    }

    @Test
    void censusChinaIsPartialAndSaysSo() {
        AtpTradeTable t = CensusAtpSnapshot.read(CensusAtpClient.CHINA, 2004, 2018);
        assertEquals(15 * 11, t.rows().size());
        AtpTradeRow total2017 = t.rows().get(13 * 11);
        assertEquals(2017, total2017.year());
        assertEquals(AtpTradeRow.TOTAL, total2017.group());
        assertEquals(35700000000.0, total2017.exports(), 0);
        assertTrue(Double.isNaN(total2017.imports()));
        assertEquals(-135400000000.0, total2017.balance(), 0); // published balance, imports not backed out
        AtpTradeRow aero2017 = t.rows().get(13 * 11 + 8);
        assertEquals("08", aero2017.group());
        assertEquals("Aerospace", aero2017.groupName());
        assertEquals(16300000000.0, aero2017.exports(), 0);
        String summary = t.completeness().summary();
        assertTrue(summary.startsWith("0 of 22 series complete for 2004–2018"), summary);
        assertTrue(summary.contains("China (5700) exports TOTAL: missing 2004–2016, 2018"), summary);
        assertTrue(summary.contains("China (5700) imports TOTAL: missing 2004–2018"), summary);
        assertTrue(summary.contains("China (5700) exports 08: missing 2004–2016, 2018"), summary);
    }

    @Test
    void censusSnapshotRejectsOtherPartners() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CensusAtpSnapshot.read("1220", 2004, 2018));
        assertTrue(e.getMessage().contains("live mode"), e.getMessage());
    }
}
