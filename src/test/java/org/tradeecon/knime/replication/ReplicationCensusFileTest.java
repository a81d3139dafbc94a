package org.tradeecon.knime.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeecon.knime.engine.datasource.AtpTradeRow;
import org.tradeecon.knime.engine.datasource.AtpTradeTable;
import org.tradeecon.knime.engine.datasource.CensusAtpClient;
import org.tradeecon.knime.engine.datasource.CensusAtpFile;
import org.tradeecon.knime.engine.datasource.SyntheticCensusAtpFile;

/**
 * {@code replicate --census-file FILE} on a SYNTHETIC file (values from the formula in
 * {@link SyntheticCensusAtpFile}, never Census data): every table, equation and figure is computed, each cell names
 * its inputs, the press figures appear only as a cross-check, and a bad file stops the command naming the row.
 * Only completeness and provenance are asserted: the numbers of a synthetic file have no published counterpart.
 */
class ReplicationCensusFileTest {

    private static int run(final List<String> args, final StringBuilder err) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int rc = ReplicationMain.run(args.toArray(String[]::new), new PrintStream(o, true, StandardCharsets.UTF_8),
            new PrintStream(e, true, StandardCharsets.UTF_8));
        err.append(e.toString(StandardCharsets.UTF_8)).append(o.toString(StandardCharsets.UTF_8));
        return rc;
    }

    /** Writes the file, runs {@code replicate --census-file}, expects success; @return the report folder */
    private static Path replicate(final Path dir, final String name, final String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        Path out = dir.resolve("report");
        StringBuilder log = new StringBuilder();
        assertEquals(0, run(List.of("replicate", "--census-file", file.toString(), "--out", out.toString()), log),
            log.toString());
        return out;
    }

    @Test
    void syntheticFileDrivesEveryTableEquationAndFigure(@TempDir final Path dir) throws Exception {
        Path out = replicate(dir, "synthetic.csv", SyntheticCensusAtpFile.text(2004, 2018, true));
        List<String> cells = Files.readAllLines(out.resolve("comparison.csv"));
        assertTrue(cells.get(0).endsWith(",inputs"), cells.get(0));
        assertTrue(cells.size() > 40, "cells: " + cells.size());
        for (String c : cells.subList(1, cells.size())) {
            assertTrue(c.contains(",computed,"), "not computed: " + c);
            if (c.contains(",lny,") || c.contains(",RATIO,") || c.startsWith("2,") || c.startsWith("III,")) {
                assertTrue(c.contains("2004–2018: China synthetic.csv: SYNTHETIC TEST DATA")
                    || c.contains("2004–2016: China synthetic.csv: SYNTHETIC TEST DATA"), c);
            }
        }
        for (String f : new String[] {"figure1", "figure2", "figure3", "figure4"}) {
            assertTrue(Files.size(out.resolve(f + ".png")) > 0, f);
        }
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("user Census file synthetic.csv"), "mode");
        // the 2008 and 2017 press figures (data README) are shown beside the user's values, not used
        assertTrue(html.contains("Cross-check against press figures (never used as inputs)"), "cross-check");
        assertTrue(html.contains("Your 2008 balance (ATP group TOTAL)") && html.contains("-72.7 bn"), "2008");
        assertTrue(html.contains("Your 2017 exports (ATP group TOTAL)") && html.contains("35.7 bn"), "2017");
    }

    @Test
    void aPartialFileLeavesTheOtherYearsMissingWithTheReason(@TempDir final Path dir) throws Exception {
        Path out = replicate(dir, "early.csv", SyntheticCensusAtpFile.text(2004, 2009, false));
        String cells = Files.readString(out.resolve("comparison.csv"));
        assertTrue(cells.contains("no source value for 9 of 15 years (2010–2018)"), cells);
        assertTrue(cells.contains("2010–2018: China no source value"), cells);
    }

    @Test
    void aBadFileStopsTheCommandNamingTheRow(@TempDir final Path dir) throws Exception {
        List<String> lines = new java.util.ArrayList<>(SyntheticCensusAtpFile.lines(2004, 2018, false));
        lines.add(lines.get(3));
        Path file = dir.resolve("dup.csv");
        Files.write(file, lines);
        StringBuilder log = new StringBuilder();
        assertEquals(1, run(List.of("replicate", "--census-file", file.toString(), "--out",
            dir.resolve("r").toString()), log));
        assertTrue(log.toString().contains("rows 3 and 31 are both China (5700) 2006 ATP group TOTAL"), log.toString());
    }

    @Test
    void fileWinsNeedsBothSources(@TempDir final Path dir) {
        StringBuilder log = new StringBuilder();
        assertEquals(2, run(List.of("replicate", "--census-file", "x.csv", "--census-file-wins"), log));
        assertTrue(log.toString().contains("--census-file-wins needs both --census-file and --live"), log.toString());
    }

    @Test
    void combiningTakesEachYearWholeFromOneSource() throws Exception {
        // two synthetic tables standing in for the file (2004-2009) and the API (2008-2018)
        CensusAtpFile early = CensusAtpFile.parse("early.csv", new java.io.StringReader(
            SyntheticCensusAtpFile.text(2004, 2009, true)));
        CensusAtpFile late = CensusAtpFile.parse("late.csv", new java.io.StringReader(
            SyntheticCensusAtpFile.text(2008, 2018, false)));
        Set<Integer> fromFirst = new TreeSet<>();
        AtpTradeTable t = AtpTradeTable.combineByYear(late.table(CensusAtpClient.CHINA, 2004, 2018),
            early.table(CensusAtpClient.CHINA, 2004, 2018), 2004, 2018, "both", fromFirst);
        assertEquals(new TreeSet<>(List.of(2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018)),
            fromFirst);
        // 2008 from "late": totals only, so its groups are missing, not mixed in from "early"
        AtpTradeRow g2008 = t.rows().stream().filter(r -> r.year() == 2008 && r.group().equals("05")).findFirst()
            .orElseThrow();
        assertTrue(Double.isNaN(g2008.exports()));
        AtpTradeRow g2005 = t.rows().stream().filter(r -> r.year() == 2005 && r.group().equals("05")).findFirst()
            .orElseThrow();
        assertEquals(early.row(CensusAtpClient.CHINA, 2005, "05").exports(), g2005.exports());
    }
}
