package org.tradeecon.knime.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeecon.knime.engine.datasource.SyntheticCensusAtpFile;

/**
 * The report's "not in the paper" section on Eq. (2). Offline (no US-China ATP data) it says plainly that the data
 * are missing; with a SYNTHETIC Census file (values from {@link SyntheticCensusAtpFile}, never Census data) both
 * tests run on 2004-2016 and the section answers in one sentence. Only completeness is asserted: the synthetic
 * file's numbers have no published counterpart, and the engines are tested against statsmodels elsewhere
 * (ArdlReferenceTest, EngleGrangerReferenceTest, ArdlBoundsSimulationTest).
 */
class LongRunSectionTest {

    @Test
    void offlineDataSayWhatIsMissing() throws Exception {
        LongRunSection.Result r = LongRunSection.compute(PaperVariables.build(SourceDataLoader.offline()));
        assertNull(r.ardl());
        assertEquals(1, r.lines().size());
        assertTrue(r.lines().get(0).startsWith("Not computed: the data of Eq. (2) are missing (lny: "),
            r.lines().get(0));
        assertTrue(LongRunSection.html(r, s -> s).contains("Not in the paper"));
    }

    @Test
    void aUserFileGetsAnAnswer(@TempDir final Path dir) throws Exception {
        Path file = dir.resolve("synthetic.csv");
        Files.writeString(file, SyntheticCensusAtpFile.text(2004, 2018, true));
        Path out = dir.resolve("report");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(log, true, StandardCharsets.UTF_8);
        assertEquals(0, ReplicationMain.run(new String[] {"replicate", "--census-file", file.toString(), "--out",
            out.toString()}, p, p), log.toString(StandardCharsets.UTF_8));
        String html = Files.readString(out.resolve("index.html"));
        int at = html.indexOf("<h2>Not in the paper: is Eq. (2) a long-run relation?</h2>");
        assertTrue(at > 0, "section");
        String section = html.substring(at, html.indexOf("<h2>Figures</h2>"));
        assertTrue(section.contains("<li>Eq. (2) is a long-run relation:")
            || section.contains("<li>Eq. (2) is not shown to be a long-run relation:")
            || section.contains("<li>Whether Eq. (2) is a long-run relation is undecided:"), section);
        assertTrue(section.contains("2004-2016 (T = 12)") && section.contains("simulated at T = 12"), section);
        assertTrue(section.contains("Engle-Granger test of lny on RATIO, PATENT, FDIGDP"), section);
    }
}
