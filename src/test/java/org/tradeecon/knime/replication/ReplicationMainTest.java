package org.tradeecon.knime.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: arguments, exit codes and messages. */
class ReplicationMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(final String... args) {
        return ReplicationMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void usageErrorsExitWithTwoAndExplain() {
        assertEquals(2, run());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("No command given."));
        assertEquals(2, run("report"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Unknown command: report"));
        assertEquals(2, run("replicate", "--out"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--out needs a value."));
        assertEquals(2, run("replicate", "--fast"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Unknown option: --fast"));
        assertEquals(0, run("replicate", "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--live"));
    }

    @Test
    void offlineRunWritesTheReportWhereAsked(@TempDir final Path dir) {
        Path target = dir.resolve("nested/report");
        assertEquals(0, run("replicate", "--out", target.toString()), err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.exists(target.resolve("index.html")));
        String summary = out.toString(StandardCharsets.UTF_8);
        assertTrue(summary.contains("Report: " + target.resolve("index.html").toAbsolutePath().normalize()), summary);
    }
}
