package org.tradeecon.knime.replication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeecon.knime.testsupport.ReferenceCsv;

/**
 * The whole pipeline on the bundled offline snapshot.
 *
 * <p>Expected values: the paper's published numbers (shared/paper/TABLES.md), written out here as literals, and
 * the independent statsmodels 0.13.5 / numpy 1.24.2 values in
 * {@code src/test/resources/reference/replication/offline_rows.csv} (script {@code offline_rows.py} beside it),
 * which show that the remaining FDIGDP gap to the paper comes from the data vintage, not from our code.
 */
class ReplicationOfflineTest {

    @TempDir
    static Path dir;

    private static Replication r;
    private static Map<String, Double> reference;

    @BeforeAll
    static void run() throws IOException {
        r = Replication.run(SourceDataLoader.offline(), new EngineAdapters(), dir);
        ReportWriter.write(r, dir);
        reference = ReferenceCsv.keyed("/reference/replication/offline_rows.csv");
    }

    private static ComparedValue cell(final String table, final String row, final String stat) {
        return r.allCells().stream()
            .filter(c -> c.table().equals(table) && c.row().equals(row) && c.statistic().equals(stat)).findFirst()
            .orElseThrow(() -> new AssertionError("no cell " + table + "/" + row + "/" + stat));
    }

    private static double ours(final String table, final String row, final String stat) {
        return cell(table, row, stat).ours().value();
    }

    @Test
    void tableOnePatentRowEqualsThePaperAtThreeDecimals() {
        // Paper, Table I: PATENT 14, 11.547, 0.226, 11.076, 11.820. Tolerance: half a unit of the third decimal.
        double[] paper = {14, 11.547, 0.226, 11.076, 11.820};
        for (int i = 0; i < paper.length; i++) {
            String stat = TableOne.STATISTICS.get(i);
            assertEquals(paper[i], ours("I", "PATENT", stat), 0.0005, "PATENT " + stat);
            assertTrue(cell("I", "PATENT", stat).agreesAtPrintedPrecision(), stat);
            // independent software on the same data (statsmodels/numpy), to 1e-12
            assertEquals(reference.get("PATENT|" + stat), ours("I", "PATENT", stat), 1e-12, stat);
        }
    }

    @Test
    void tableOneYearRowEqualsThePaper() {
        // Paper, Table I: Year 15, 2011, 4.472, 2004, 2018.
        double[] paper = {15, 2011, 4.472, 2004, 2018};
        for (int i = 0; i < paper.length; i++) {
            assertEquals(paper[i], ours("I", "Year", TableOne.STATISTICS.get(i)), 0.0005);
        }
    }

    @Test
    void tableOneFdiRowIsWithinTheWorldBankVintageGap() {
        // Paper, Table I: FDIGDP 15, 3.068, 1.098, 1.367, 4.554. Our WDI release (open-numbers commit 0656517,
        // data through 2018) differs from the paper's unidentified release in 2014-2018. Observed gaps: mean
        // +0.016, sd -0.022, min +0.001 (the later stored release: +0.011, -0.015, -0.018). Tolerances: N and max
        // exact (the maximum is 2005, a year no stored release revised); mean and sd 0.03, min 0.02. These bound
        // the observed gaps with a margin; they are not derived from the paper's release, which is unknown.
        assertEquals(15, ours("I", "FDIGDP", "N"));
        assertEquals(4.554, ours("I", "FDIGDP", "max"), 0.0005);
        assertEquals(3.068, ours("I", "FDIGDP", "mean"), 0.03);
        assertEquals(1.098, ours("I", "FDIGDP", "sd"), 0.03);
        assertEquals(1.367, ours("I", "FDIGDP", "min"), 0.02);
        for (String stat : TableOne.STATISTICS) {
            assertEquals(reference.get("FDIGDP|" + stat), ours("I", "FDIGDP", stat), 1e-12, stat);
            assertEquals(reference.get("FDIGDP_later_vintage|" + stat),
                ours("I", Replication.FDI_OTHER_VINTAGE_ROW, stat), 1e-12, stat);
        }
    }

    @Test
    void tableTwoPatentRowEqualsThePaper() {
        // Paper, Table II: PATENT, order 1, tau = -3.647, p = 0.0049 (ADF, constant, 0 lags, MacKinnon 1994).
        assertEquals(1, ours("II", "PATENT", "order"));
        assertEquals(-3.647, ours("II", "PATENT", "tau"), 0.0005);
        assertEquals(0.0049, ours("II", "PATENT", "p"), 0.00005);
        assertTrue(cell("II", "PATENT", "tau").agreesAtPrintedPrecision());
        assertTrue(cell("II", "PATENT", "p").agreesAtPrintedPrecision());
        assertEquals(reference.get("PATENT|tau_d1"), ours("II", "PATENT", "tau"), 1e-9);
        // our order is the paper's (1): the cells at the paper's order hold the same test
        assertEquals(reference.get("PATENT|tau_d1"), ours("II", "PATENT", TableTwo.TAU_AT_PAPER_ORDER), 1e-9);
        assertEquals(reference.get("PATENT|p_d1"), ours("II", "PATENT", TableTwo.P_AT_PAPER_ORDER), 1e-9);
        assertEquals(-3.647, cell("II", "PATENT", TableTwo.TAU_AT_PAPER_ORDER).paper().get().value());
        // the finite-sample p of the same tau at its 12 observations: MacKinnon's (1996) finite-sample p from R urca's
        // punitroot is 0.0219 (reference/simulation/urca_punitroot.csv); 10,000 replications have a Monte Carlo
        // standard error of 0.0015, so within 4 of them plus 0.002 for the approximation (as AdfSimulationTest)
        assertEquals(0.0219217453061623, ours("II", "PATENT", TableTwo.SIMULATED_P_AT_PAPER_ORDER),
            4 * Math.sqrt(0.022 * 0.978 / 10_000) + 0.002);
        List<String> sentences = ReportWriter.finiteSampleSentences(r);
        assertTrue(sentences.contains("PATENT: the paper's p = 0.0049; simulated at the test's sample size p = "
            + String.format(java.util.Locale.ROOT, "%.4f", ours("II", "PATENT", TableTwo.SIMULATED_P_AT_PAPER_ORDER))
            + ", so the paper's rejection of a unit root survives at 5% but not at 1%."), sentences.toString());
    }

    @Test
    void finiteSampleVerdictInWords() {
        assertEquals("the paper's rejection of a unit root survives at 5% and at 1%", ReportWriter.verdict(0.001,
            0.004));
        assertEquals("the paper's rejection of a unit root survives at 5% but not at 1%", ReportWriter.verdict(0.0049,
            0.024));
        assertEquals("the paper's rejection of a unit root survives neither at 5% nor at 1%",
            ReportWriter.verdict(0.0049, 0.07));
        assertEquals("the paper's rejection of a unit root at 5% does not survive", ReportWriter.verdict(0.03, 0.06));
        assertEquals("the paper did not reject a unit root at 5%", ReportWriter.verdict(0.2, 0.3));
        assertEquals("the paper's rejection of no Granger causality at 5% survives",
            ReportWriter.verdict(0.02, 0.04, "no Granger causality"));
    }

    @Test
    void tableThreeBootstrapSentencesSayWhyTheyAreMissingOffline() {
        List<String> sentences = ReportWriter.bootstrapSentences(r);
        assertEquals(6, sentences.size());
        assertTrue(sentences.stream().allMatch(l -> l.endsWith(": " + Outcome.NOT_AVAILABLE_OFFLINE + ".")),
            sentences.toString());
    }

    @Test
    void tableTwoFdiRowIsWithinTheWorldBankVintageGap() {
        // Paper, Table II: FDIGDP, order 1, tau = -4.703, p = 0.0001. Ours -4.601 (later stored release -4.610),
        // so the paper's release moved tau ten times more than the two stored releases differ from each other.
        // Tolerance 0.15 bounds the observed gap (0.102) with a margin; p must print as 0.0001 as in the paper.
        assertEquals(1, ours("II", "FDIGDP", "order"));
        assertEquals(-4.703, ours("II", "FDIGDP", "tau"), 0.15);
        assertTrue(cell("II", "FDIGDP", "p").agreesAtPrintedPrecision());
        assertEquals(reference.get("FDIGDP|tau_d1"), ours("II", "FDIGDP", "tau"), 1e-9);
        assertEquals(reference.get("FDIGDP|p_d1"), ours("II", "FDIGDP", "p"), 1e-9);
        assertEquals(reference.get("FDIGDP_later_vintage|tau_d1"),
            ours("II", Replication.FDI_OTHER_VINTAGE_ROW, "tau"), 1e-9);
    }

    @Test
    void everythingThatNeedsLnyOrRatioSaysItIsNotAvailableOffline() {
        int unavailable = 0;
        for (ComparedValue c : r.allCells()) {
            boolean needsAtp = c.row().contains(PaperVariables.LNY) || c.row().contains(PaperVariables.RATIO)
                || c.table().equals("2") || c.table().equals("III");
            if (needsAtp) {
                assertFalse(c.ours().isAvailable(), c.table() + "/" + c.row() + "/" + c.statistic());
                assertEquals(Outcome.NOT_AVAILABLE_OFFLINE, c.ours().reason());
                unavailable++;
            } else {
                assertTrue(c.ours().isAvailable(), c.table() + "/" + c.row() + "/" + c.statistic());
            }
        }
        // Table I 2 rows x 5, Table II 2 x 6 (order, tau and p at ours, tau, p and simulated p at the paper's
        // order), Eq. (2) 5 terms x 3, Table III 6 tests x 4 (F, p, df, bootstrap p).
        assertEquals(10 + 12 + 15 + 24, unavailable);
        List<Figures.Figure> figures = r.figures();
        for (int i = 0; i < 4; i++) {
            assertFalse(figures.get(i).isDrawn());
            assertEquals(Outcome.NOT_AVAILABLE_OFFLINE, figures.get(i).unavailableReason());
        }
    }

    @Test
    void writesTheReportFiles() throws IOException {
        for (String f : List.of("index.html", "comparison.csv", "table1.csv", "table2.csv", "equation2.csv",
            "table3.csv", "variables.csv", "figureS1.png", "figureS1.svg", "figureS2.png", "figureS2.svg")) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        byte[] png = Files.readAllBytes(dir.resolve("figureS1.png"));
        assertArrayEquals(new byte[] {(byte)0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
        assertTrue(Files.readString(dir.resolve("figureS2.svg")).contains("<svg"));
        assertFalse(Files.exists(dir.resolve("figure1.png")));
        String html = Files.readString(dir.resolve("index.html"));
        assertTrue(html.contains(Outcome.NOT_AVAILABLE_OFFLINE));
        assertTrue(html.contains("0656517"), "names the World Bank vintage");
        // the paper's numbers as printed in its Eq. (2) and Table I (shared/paper/TABLES.md)
        assertTrue(html.contains("Paper: lny<sub>t</sub> = 0.77 lny<sub>t-1</sub> - 1.24 RATIO<sub>t</sub> + 0.94"
            + " PATENT<sub>t</sub> + 0.007 FDIGDP<sub>t</sub> (constant not reported; lny(t-1): the text also gives"
            + " 0.761)."), html);
        assertTrue(html.contains("The paper's FDIGDP (mean 3.068, sd 1.098, min 1.367) matches neither"), html);
        String csv = Files.readString(dir.resolve("table1.csv"));
        assertTrue(csv.contains("I,PATENT,mean,11.546928877069"), csv);
        assertTrue(csv.contains("I,lny,mean,,not available offline: run with --live or --census-file FILE,6.715,,,"),
            csv);
        String vars = Files.readString(dir.resolve("variables.csv"));
        assertTrue(vars.startsWith("Year,lny,RATIO,PATENT,FDIGDP\n2004,,,11.075938729539"), vars);
    }

    @Test
    void summaryShowsTheComputableRowsBesideThePaper() {
        String s = ReportWriter.summary(r, dir.resolve("index.html"));
        assertTrue(s.contains("offline: bundled snapshot"), s);
        assertTrue(s.matches("(?s).*PATENT\\s+mean\\s+11\\.547\\s+11\\.547\\s+-0\\.0001\\s+agrees.*"), s);
        assertTrue(s.matches("(?s).*PATENT\\s+tau\\s+-3\\.647\\s+-3\\.647\\s+-0\\.0002\\s+agrees.*"), s);
        assertTrue(s.matches("(?s).*lny\\s+not available offline: run with --live or --census-file FILE.*"), s);
        assertTrue(s.matches(
            "(?s).*FDIGDP \\(other WDI vintage\\)\\s+mean\\s+3\\.079\\s+3\\.068\\s+\\+0\\.0106\\s+differs.*"), s);
    }
}
