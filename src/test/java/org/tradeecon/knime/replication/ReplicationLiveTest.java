package org.tradeecon.knime.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeecon.knime.testsupport.ReferenceCsv;

/**
 * The {@code --live} path without the internet: a local server on 127.0.0.1 answers the Census ATP API requests
 * in the documented format (array of string arrays, header first) with SYNTHETIC values from the formulas of
 * {@code src/test/resources/reference/replication/synthetic_live.py}. Expected values: statsmodels 0.13.5 on the
 * same formulas ({@code synthetic_live.csv}); they prove the pipeline builds lny and RATIO and hands the right
 * samples to the engines (Table I, II, Eq. 2, Table III), not anything about the paper.
 */
class ReplicationLiveTest {

    private static final Pattern QUERY =
        Pattern.compile("/data/timeseries/intltrade/(exports|imports)/hitech\\?.*time=(\\d{4})-12(.*)");
    /** Shares of the ATP total per group 01..10 (synthetic), for exports and imports. */
    private static final double[] SHARE = {0.05, 0.1, 0.05, 0.4, 0.1, 0.1, 0.02, 0.15, 0.02, 0.01};

    private static HttpServer server;
    private static Map<String, Double> reference;

    @TempDir
    static Path dir;

    private static double t(final int year) {
        return year - 2004;
    }

    static double balance(final int year) {
        double t = t(year);
        return -(350 + 70 * t + 40 * Math.sin(1.7 * t) + 15 * Math.cos(0.9 * t * t)) * 1e8;
    }

    static double worldExports(final int year) {
        double t = t(year);
        return (2000 + 110 * t + 60 * Math.cos(1.1 * t)) * 1e8;
    }

    static double chinaExports(final int year) {
        double t = t(year);
        return worldExports(year) * (0.04 + 0.0025 * t + 0.006 * Math.sin(2.3 * t));
    }

    private static String answer(final boolean exports, final int year, final boolean china) {
        double total = china ? (exports ? chinaExports(year) : chinaExports(year) - balance(year))
            : (exports ? worldExports(year) : 1.3 * worldExports(year));
        String code = china ? "5700" : "-";
        String name = china ? "CHINA" : "TOTAL FOR ALL COUNTRIES";
        StringBuilder sb = new StringBuilder("[[\"CTY_CODE\",\"CTY_NAME\",\"HITECH\",\"HITECH_DESC\",\"")
            .append(exports ? "ALL_VAL_YR" : "GEN_VAL_YR").append("\",\"time\"]");
        sb.append(",[\"").append(code).append("\",\"").append(name).append("\",\"-\",\"TOTAL\",\"").append(total)
            .append("\",\"").append(year).append("-12\"]");
        for (int g = 1; g <= 10; g++) {
            // imports lean towards group 04, so its balance is a deficit and aerospace (08) a surplus
            double share = exports ? SHARE[g - 1] : (g == 4 ? 0.7 : (1 - 0.7) * SHARE[g - 1] / (1 - SHARE[3]));
            sb.append(",[\"").append(code).append("\",\"").append(name).append("\",\"").append(String.format("%02d", g))
                .append("\",\"GROUP\",\"").append(total * share).append("\",\"").append(year).append("-12\"]");
        }
        return sb.append(']').toString();
    }

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Matcher m = QUERY.matcher(exchange.getRequestURI().toString());
            byte[] body = m.matches() ? answer(m.group(1).equals("exports"), Integer.parseInt(m.group(2)),
                m.group(3).contains("CTY_CODE=5700")).getBytes(StandardCharsets.UTF_8) : new byte[0];
            exchange.sendResponseHeaders(m.matches() ? 200 : 500, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        reference = ReferenceCsv.keyed("/reference/replication/synthetic_live.csv");
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/data/timeseries/intltrade/");
    }

    private static double ours(final Replication r, final String table, final String row, final String stat) {
        return cell(r, table, row, stat).ours().value();
    }

    private static ComparedValue cell(final Replication r, final String table, final String row, final String stat) {
        return r.allCells().stream()
            .filter(c -> c.table().equals(table) && c.row().equals(row) && c.statistic().equals(stat)).findFirst()
            .orElseThrow(() -> new AssertionError("no cell " + table + "/" + row + "/" + stat));
    }

    /**
     * A user's file (SYNTHETIC, 2004-2009) with this stub API (all years): the API wins where both have a year
     * unless the file is told to win; each year is taken whole from one source and says which.
     */
    @Test
    void aCensusFileCombinesWithTheApiYearByYear() throws Exception {
        org.tradeecon.knime.engine.datasource.CensusAtpFile file =
            org.tradeecon.knime.engine.datasource.CensusAtpFile.parse("early.csv", new java.io.StringReader(
                org.tradeecon.knime.engine.datasource.SyntheticCensusAtpFile.text(2004, 2009, true)));
        SourceData apiWins = SourceDataLoader.fileAndLive(file, base(), null, false);
        assertEquals(chinaExports(2005), apiWins.atpExportsChina().get(2005), 1);
        assertTrue(apiWins.atpInputsByYear().get(2005).startsWith("China Census API http://127.0.0.1"),
            apiWins.atpInputsByYear().get(2005));
        SourceData fileWins = SourceDataLoader.fileAndLive(file, base(), null, true);
        assertEquals(org.tradeecon.knime.engine.datasource.SyntheticCensusAtpFile.chinaExports(2005),
            fileWins.atpExportsChina().get(2005), 0);
        assertTrue(fileWins.atpInputsByYear().get(2005).startsWith("China early.csv: SYNTHETIC TEST DATA"),
            fileWins.atpInputsByYear().get(2005));
        assertEquals(chinaExports(2012), fileWins.atpExportsChina().get(2012), 1);
        assertTrue(fileWins.atpInputsByYear().get(2012).startsWith("China Census API"));
        assertEquals("user Census file early.csv and live Census API", fileWins.atpMode());
    }

    @Test
    void liveDataFillEveryTableAndFigure() throws IOException {
        Replication r = Replication.run(SourceDataLoader.live(base()), new EngineAdapters(), dir);
        assertTrue(r.data().live());
        assertTrue(r.allCells().stream().allMatch(c -> c.ours().isAvailable()),
            () -> r.allCells().stream().filter(c -> !c.ours().isAvailable()).findFirst().get().toString());
        for (String v : new String[] {"lny", "RATIO"}) {
            for (String s : TableOne.STATISTICS) {
                assertEquals(reference.get("I|" + v + "|" + s), ours(r, "I", v, s), 1e-9, v + " " + s);
            }
        }
        // Table II: our order is the first rejection at 5% in the reference (d = 1 for both synthetic series);
        // tau and p at it, and at the paper's order (lny d = 0, RATIO d = 3) for comparison.
        assertEquals(1, ours(r, "II", "lny", "order"));
        assertEquals(1, ours(r, "II", "RATIO", "order"));
        for (String v : new String[] {"lny", "RATIO"}) {
            assertEquals(reference.get("II|" + v + "|tau_d1"), ours(r, "II", v, "tau"), 1e-9, v);
            assertEquals(reference.get("II|" + v + "|p_d1"), ours(r, "II", v, "p"), 1e-9, v);
            // the paper chose another order: its tau is not set beside ours
            assertTrue(cell(r, "II", v, "tau").paper().isEmpty(), v);
        }
        assertEquals(reference.get("II|lny|tau_d0"), ours(r, "II", "lny", TableTwo.TAU_AT_PAPER_ORDER), 1e-9);
        assertEquals(reference.get("II|lny|p_d0"), ours(r, "II", "lny", TableTwo.P_AT_PAPER_ORDER), 1e-9);
        assertEquals(reference.get("II|RATIO|tau_d3"), ours(r, "II", "RATIO", TableTwo.TAU_AT_PAPER_ORDER), 1e-9);
        assertEquals(reference.get("II|RATIO|p_d3"), ours(r, "II", "RATIO", TableTwo.P_AT_PAPER_ORDER), 1e-9);
        assertEquals(-3.400, cell(r, "II", "RATIO", TableTwo.TAU_AT_PAPER_ORDER).paper().get().value());
        for (String row : new String[] {"constant", "lny(t-1)", "RATIO", "PATENT", "FDIGDP"}) {
            for (String s : new String[] {"coefficient", "SE", "p"}) {
                assertEquals(reference.get("2|" + row + "|" + s), ours(r, "2", row, s), 1e-8, row + " " + s);
            }
        }
        assertEquals(12, ours(r, "2", "model", "observations"));
        assertEquals(reference.get("2|model|R-squared"), ours(r, "2", "model", "R-squared"), 1e-10);
        for (String x : new String[] {"RATIO", "PATENT", "FDIGDP"}) {
            for (String row : new String[] {x + " -> lny", "lny -> " + x}) {
                for (String s : new String[] {"F", "p", "denominator df"}) {
                    assertEquals(reference.get("III|" + row + "|" + s), ours(r, "III", row, s), 1e-8, row + " " + s);
                }
                // bootstrap p: an independent numpy bootstrap of the same null model with 20,000 draws
                // (synthetic_live.py); ours has 10,000, so within 4 Monte Carlo standard errors of the difference
                double p = reference.get("III|" + row + "|bootstrap p");
                assertEquals(p, ours(r, "III", row, TableThree.BOOTSTRAP_P),
                    4 * Math.sqrt(p * (1 - p) * (1.0 / 10_000 + 1.0 / 20_000)), row + " bootstrap p");
            }
        }
        assertTrue(r.figures().stream().allMatch(Figures.Figure::isDrawn));
        assertTrue(Files.size(dir.resolve("figure3.png")) > 0);
        Path html = ReportWriter.write(r, dir);
        String text = Files.readString(html);
        assertTrue(text.contains("live (US-China ATP series fetched from the Census API)"));
        List<String> bootstrap = ReportWriter.bootstrapSentences(r);
        assertEquals(6, bootstrap.size());
        assertTrue(bootstrap.contains("lny -> RATIO: the paper's p = " + String.format(java.util.Locale.ROOT, "%."
            + cell(r, "III", "lny -> RATIO", TableThree.BOOTSTRAP_P).paper().get().decimals() + "f",
            cell(r, "III", "lny -> RATIO", TableThree.BOOTSTRAP_P).paper().get().value()) + "; bootstrapped at the"
            + " test's sample size p = " + String.format(java.util.Locale.ROOT, "%.4f",
                ours(r, "III", "lny -> RATIO", TableThree.BOOTSTRAP_P)) + ", so " + ReportWriter.verdict(
                    cell(r, "III", "lny -> RATIO", TableThree.BOOTSTRAP_P).paper().get().value(),
                    ours(r, "III", "lny -> RATIO", TableThree.BOOTSTRAP_P), "no Granger causality") + "."),
            bootstrap.toString());
        assertTrue(text.contains(bootstrap.get(0).replace(">", "&gt;")), "the report lists the sentences");
        assertTrue(text.contains("Nothing: every table cell and figure was computed."));
        // Eq. (2) in the paper's form, from the statsmodels coefficients above rounded to 3 decimals
        assertTrue(text.contains("Ours: lny_t = 1.284 + 0.515 lny_{t-1} + 5.415 RATIO_t + 0.167 PATENT_t - 0.075"
            + " FDIGDP_t"), text);
    }

    @Test
    void aFailingApiIsAClearErrorNotAFilledReport(@TempDir final Path out) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ReplicationMain.run(new String[] {"replicate", "--live", "--out", out.toString(), "--census-url",
            "http://127.0.0.1:" + server.getAddress().getPort() + "/broken/"},
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Replication failed: "), err.toString());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("500"), err.toString());
        assertTrue(!Files.exists(out.resolve("index.html")));
    }

    @Test
    void thePublicApiIsRefusedAtOnceForThePapersYears(@TempDir final Path out) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        int code = ReplicationMain.run(new String[] {"replicate", "--live", "--out", out.toString()},
            new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        String msg = err.toString(StandardCharsets.UTF_8);
        assertTrue(msg.startsWith("Replication failed: The Census international trade API's monthly time series"
            + " start in January 2010, so 2004–2009 cannot be read from it."), msg);
        assertTrue(msg.contains("(No request was sent.)"), msg);
        assertTrue((System.nanoTime() - t0) / 1e9 < 5, "no network call");
        assertTrue(!Files.exists(out.resolve("index.html")));
    }

    @Test
    void theKeyNeverAppearsInAnError() {
        URI broken = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/broken/");
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
            () -> SourceDataLoader.live(broken, "CLI-SECRET-31337"));
        assertTrue(e.getMessage().contains("key=<redacted>"), e.getMessage());
        org.tradeecon.knime.engine.datasource.HttpFetcherTest.assertNoSecret(e, "CLI-SECRET-31337");
    }
}
