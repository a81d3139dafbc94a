package org.tradeecon.knime.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main command on the packaged runnable jar, as a user runs it after {@code mvn package}:
 * {@code java -jar target/tradeecon-replication.jar replicate --out DIR}. Also checks the packaging split:
 * the replication classes are in the runnable jar and not in the OSGi bundle jar.
 */
class ReplicationJarIT {

    private static final Path JAR = Path.of("target", "tradeecon-replication.jar");

    @Test
    void mainCommandWritesTheReportOffline(@TempDir final Path out) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", JAR.toString(), "replicate", "--out", out.toString())
            .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), text);
        assertTrue(text.matches("(?s).*PATENT\\s+mean\\s+11\\.547\\s+11\\.547.*agrees.*"), text);
        assertTrue(text.contains(Outcome.NOT_AVAILABLE_OFFLINE), text);
        assertTrue(Files.exists(out.resolve("index.html")));
        assertTrue(Files.exists(out.resolve("figureS1.png")));
    }

    @Test
    void wrongUsageExitsWithTwo() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", JAR.toString(), "replicate", "--bogus").redirectErrorStream(true)
            .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue(), text);
        assertTrue(text.contains("usage: java -jar target/tradeecon-replication.jar replicate"), text);
    }

    @Test
    void replicationIsPackagedOnlyInTheRunnableJar() throws IOException {
        try (JarFile runnable = new JarFile(JAR.toFile())) {
            assertTrue(runnable.getEntry("org/tradeecon/knime/replication/ReplicationMain.class") != null);
            assertTrue(runnable.getEntry("org/jfree/chart/JFreeChart.class") != null);
            assertTrue(runnable.getEntry("org/apache/commons/math3/util/FastMath.class") != null);
            assertTrue(runnable.stream().noneMatch(e -> e.getName().startsWith("org/knime/")));
            assertTrue(runnable.stream().noneMatch(e -> e.getName().startsWith("org/tradeecon/knime/nodes/")));
            assertEquals("org.tradeecon.knime.replication.ReplicationMain",
                runnable.getManifest().getMainAttributes().getValue("Main-Class"));
        }
        File bundle = new File(System.getProperty("bundle.jar"));
        try (JarFile jar = new JarFile(bundle)) {
            assertFalse(jar.stream().anyMatch(e -> e.getName().startsWith("org/tradeecon/knime/replication/")),
                "the OSGi bundle must not contain the replication package (it needs JFreeChart)");
        }
    }
}
