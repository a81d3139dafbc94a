package org.tradeecon.knime.engine.datasource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's Census ATP file: the synthetic file (values from a formula in {@link SyntheticCensusAtpFile}, never
 * Census data) reads back exactly, and each rule breaks with a message naming the row.
 */
class CensusAtpFileTest {

    private static CensusAtpFile parse(List<String> lines) throws Exception {
        return CensusAtpFile.parse("user.csv", new StringReader(String.join("\n", lines) + "\n"));
    }

    private static String error(List<String> lines) {
        return assertThrows(DataSourceException.class, () -> parse(lines)).getMessage();
    }

    /** Replaces the cell of a column in data row {@code row} (1 = first after the header). */
    private static List<String> with(int row, int column, String value) {
        List<String> lines = new ArrayList<>(SyntheticCensusAtpFile.lines(2004, 2018, true));
        List<String> cells = new ArrayList<>(List.of(lines.get(row).split(",", -1)));
        cells.set(column, value);
        lines.set(row, String.join(",", cells));
        return lines;
    }

    @Test
    void syntheticFileReadsBackOnTheReaderGrid(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("synthetic.csv");
        Files.writeString(p, SyntheticCensusAtpFile.text(2004, 2018, true));
        CensusAtpFile f = CensusAtpFile.read(p);
        assertEquals(2004, f.years(CensusAtpClient.CHINA).first());
        assertEquals(2018, f.years(CensusAtpClient.WORLD).last());
        AtpTradeTable t = f.table(CensusAtpClient.CHINA, 2003, 2018);
        AtpTradeRow total2008 = t.rows().stream().filter(r -> r.year() == 2008 && r.group().equals("TOTAL"))
                .findFirst().orElseThrow();
        assertEquals(SyntheticCensusAtpFile.chinaExports(2008), total2008.exports());
        assertEquals(SyntheticCensusAtpFile.chinaExports(2008) - SyntheticCensusAtpFile.chinaImports(2008),
                total2008.balance());
        assertTrue(t.completeness().summary().contains("2003"), t.completeness().summary());
        assertEquals("SYNTHETIC TEST DATA (formula in SyntheticCensusAtpFile; not Census data) (released 2000-01-01)",
                f.row(CensusAtpClient.CHINA, 2008, "05").provenance());
        assertNull(f.row(CensusAtpClient.CHINA, 2019, "TOTAL"));
        f.requireYears(CensusAtpClient.CHINA, 2004, 2018);
        String m = assertThrows(DataSourceException.class, () -> f.requireYears(CensusAtpClient.CHINA, 2004, 2020))
                .getMessage();
        assertTrue(m.contains("no China (5700) rows for 2019, 2020") && m.contains("2004–2018"), m);
    }

    @Test
    void totalsOnlyAndChinaOnlyAreAccepted() throws Exception {
        List<String> lines = new ArrayList<>(SyntheticCensusAtpFile.lines(2004, 2009, false));
        lines.removeIf(l -> l.startsWith("WORLD")); // China checked against the bundled world totals
        assertEquals(6, parse(lines).years(CensusAtpClient.CHINA).size());
    }

    @Test
    void templateIsTheHeaderOnly() throws Exception {
        List<String> t = Files.readAllLines(Path.of("templates/census-atp-file.csv"));
        assertEquals(List.of(String.join(",", CensusAtpFile.HEADER)), t);
        String m = assertThrows(DataSourceException.class, () -> CensusAtpFile.read(
                Path.of("templates/census-atp-file.csv"))).getMessage();
        assertTrue(m.contains("no data rows"), m);
    }

    @Test
    void headerMustBeExact() {
        List<String> lines = new ArrayList<>(SyntheticCensusAtpFile.lines(2004, 2005, false));
        lines.set(0, "partner,year,atp_group,exports,imports_usd,source,release_date");
        assertTrue(error(lines).contains("must be exactly partner,year,atp_group,exports_usd"), error(lines));
    }

    @Test
    void cellsAreChecked() {
        // data row 1 is China 2004 TOTAL, row 2 China 2004 group 01
        assertTrue(error(with(1, 0, "CN")).contains("row 1 [CN,2004,TOTAL")
                && error(with(1, 0, "CN")).contains("partner \"CN\" is neither 5700"));
        assertTrue(error(with(1, 1, "04")).contains("year \"04\" is not a four-digit year"));
        assertTrue(error(with(2, 2, "1")).contains("row 2 ") && error(with(2, 2, "1")).contains(
                "atp_group \"1\" is neither TOTAL nor an ATP group code 01..10"));
        assertTrue(error(with(1, 3, "-5")).contains("exports_usd = \"-5\", a negative trade value"));
        assertTrue(error(with(1, 4, "1.2e3x")).contains("imports_usd = \"1.2e3x\", not a number in plain decimal"));
        assertTrue(error(with(1, 4, "")).contains("row 1 ") && error(with(1, 4, "")).contains("imports_usd is empty"));
        assertTrue(error(with(3, 5, "")).contains("row 3 ") && error(with(3, 5, "")).contains("source is empty"));
        assertTrue(error(with(3, 6, "2009-13-01")).contains("release_date \"2009-13-01\" is not an ISO date"));
    }

    @Test
    void duplicatesAreErrorsNamingBothRows() {
        List<String> lines = new ArrayList<>(SyntheticCensusAtpFile.lines(2004, 2006, false));
        lines.add(lines.get(2)); // China 2005 TOTAL again, as data row 7
        String m = error(lines);
        assertTrue(m.contains("rows 2 and 7 are both China (5700) 2005 ATP group TOTAL"), m);
    }

    @Test
    void gapsAndMissingTotalsAndIncompleteGroupsAreErrors() {
        List<String> gap = new ArrayList<>(SyntheticCensusAtpFile.lines(2004, 2008, false));
        gap.removeIf(l -> l.startsWith("5700,2006,") || l.startsWith("5700,2007,"));
        String m = error(gap);
        assertTrue(m.contains("China (5700) has rows for 2005 and 2008 (row 3) but none for 2006–2007"), m);

        List<String> noTotal = new ArrayList<>(SyntheticCensusAtpFile.lines(2004, 2005, true));
        noTotal.remove("" + noTotal.get(12)); // data row 12 = China 2005 TOTAL
        m = error(noTotal);
        assertTrue(m.contains("China (5700) 2005 has group rows (row 12) but no TOTAL row"), m);

        List<String> partial = new ArrayList<>(SyntheticCensusAtpFile.lines(2004, 2005, true));
        partial.removeIf(l -> l.startsWith("5700,2004,07,") || l.startsWith("5700,2004,09,"));
        m = error(partial);
        assertTrue(m.contains("China (5700) 2004 has some ATP group rows (e.g. row 2) but not groups 07, 09"), m);
    }

    @Test
    void groupSumMustMatchTotalWithinTolerance() throws Exception {
        // China 2004 group 01 is data row 2; TOTAL is 15 bn, so the tolerance is 0.1% = 15 million: +5 million passes
        List<String> lines = SyntheticCensusAtpFile.lines(2004, 2018, true);
        String[] row2 = lines.get(2).split(",", -1);
        double g01 = Double.parseDouble(row2[3]);
        parse(with(2, 3, String.format("%.0f", g01 + 5e6)));
        String m = error(with(2, 3, String.format("%.0f", g01 + 40e6)));
        assertTrue(m.contains("China (5700) 2004 exports: the ATP groups 01..10 add up to")
                && m.contains("the TOTAL row (row 1) says")
                && m.contains("the difference 40000000 USD exceeds the tolerance 15000000 USD"), m);
    }

    @Test
    void unitsAreCheckedAgainstTheWorldTotals() {
        // WORLD 2004 TOTAL is data row 166 (15 China years × 11 rows before it); in millions it fails the range
        List<String> lines = SyntheticCensusAtpFile.lines(2004, 2018, false);
        assertTrue(lines.get(16).startsWith("WORLD,2004,TOTAL"), lines.get(16));
        List<String> millions = new ArrayList<>(lines);
        millions.set(16, "WORLD,2004,TOTAL,200000,240000,\"SYNTHETIC TEST DATA\",2000-01");
        String m = error(millions);
        assertTrue(m.contains("row 16: WORLD 2004 TOTAL exports_usd = 200000 is outside the plausible range")
                && m.contains("USD 50 bn to 2,000 bn"), m);

        List<String> china = new ArrayList<>(lines);
        china.set(5, "5700,2008,TOTAL,18000,50000,\"SYNTHETIC TEST DATA\",2000-01"); // China 2008 in millions
        m = error(china);
        assertTrue(m.contains("row 5: China (5700) 2008 TOTAL exports_usd = 18000 USD is below 0.1% of the US ATP"
                + " exports with the world that year") && m.contains("from this file"), m);

        List<String> snapshot = new ArrayList<>(china);
        snapshot.removeIf(l -> l.startsWith("WORLD"));
        m = error(snapshot);
        // the denominator is then the bundled Census world total for 2008 (270,131 million, datasource/README.md)
        assertTrue(m.contains("(270131000000 USD, from the bundled snapshot)"), m);
    }
}
