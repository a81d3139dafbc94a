package org.tradeecon.knime.replication.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnName;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * The generator against files written by real knime-core: rebuilding the example workflow of
 * {@code shared/knime/example-workflow} (copied under src/test/resources, see the README there) must give the
 * same bytes for workflow.knime and both settings.xml files.
 */
class KnimeWorkflowTest {

    /** As real KNIME records a bundle that no installed feature provides: feature null, version 0.0.0. */
    private static final KnimeWorkflow.Bundle SCRATCH =
        new KnimeWorkflow.Bundle("Scratch example nodes", "org.example.scratch", "Example Vendor", "0.1.0.qualifier",
            new KnimeWorkflow.Feature(null, null, null, "0.0.0"));

    static KnimeWorkflow example() {
        NodeSettings source = new NodeSettings("model");
        new SettingsModelIntegerBounded("rows", 4, 1, 1000).saveSettingsTo(source);
        NodeSettings scale = new NodeSettings("model");
        new SettingsModelColumnName("column", "x").saveSettingsTo(scale);
        new SettingsModelDoubleBounded("factor", 3.0, 0, 100).saveSettingsTo(scale);
        new SettingsModelString("mode", "append").saveSettingsTo(scale);
        new SettingsModelInteger("digits", 3).saveSettingsTo(scale);
        new SettingsModelBoolean("keep_missing", true).saveSettingsTo(scale);
        new SettingsModelColumnFilter2("columns").saveSettingsTo(scale);
        return new KnimeWorkflow("Scratch Example", "5.12.0.qualifier", true, "root", "2026-11-29 22:37:09 +0000",
            "2026-11-29 22:37:10 +0000", null, List.of(new KnimeWorkflow.Variable("scale_factor", "DOUBLE", "10.0")),
            List.of(new KnimeWorkflow.Annotation("Example annotation", 80, 40, 300, 50, 0)),
            List.of(new KnimeWorkflow.Node(1, "Scratch Source", "org.example.scratch.ScratchSourceNodeFactory",
                SCRATCH, 100, 120, source, Map.of(), null, "generates demo rows", 1),
                new KnimeWorkflow.Node(2, "Scratch Scale", "org.example.scratch.ScratchScaleNodeFactory", SCRATCH, 300,
                    120, scale, Map.of("factor", "scale_factor"), "scales x", null, 1)),
            List.of(new KnimeWorkflow.Connection(1, 1, 2, 1)));
    }

    private static String resource(final String path) throws IOException {
        try (InputStream in = KnimeWorkflowTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void reproducesTheFilesRealKnimeWrote(@TempDir final Path tmp) throws IOException {
        Path dir = example().writeTo(tmp);
        String base = "/org/tradeecon/knime/replication/workflow/example/";
        assertEquals(resource(base + "workflow.knime"), Files.readString(dir.resolve("workflow.knime")));
        assertEquals(resource(base + "source-settings.xml"),
            Files.readString(dir.resolve("Scratch Source (#1)/settings.xml")));
        assertEquals(resource("/org/tradeecon/knime/knimestub/example-settings.xml"),
            Files.readString(dir.resolve("Scratch Scale (#2)/settings.xml")));
    }

    @Test
    void knwfHoldsTheFolderUnderItsName(@TempDir final Path tmp) throws IOException {
        Path dir = example().writeTo(tmp);
        Path knwf = tmp.resolve("x.knwf");
        KnimeWorkflow.exportKnwf(dir, knwf);
        StringBuilder names = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(knwf))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.append(e.getName()).append('\n');
            }
        }
        assertEquals("Scratch Example/Scratch Scale (#2)/settings.xml\n"
            + "Scratch Example/Scratch Source (#1)/settings.xml\n"
            + "Scratch Example/workflow.knime\n", names.toString());
        byte[] first = Files.readAllBytes(knwf);
        KnimeWorkflow.exportKnwf(dir, knwf);
        assertEquals(java.util.Arrays.hashCode(first), java.util.Arrays.hashCode(Files.readAllBytes(knwf)),
            "the export is reproducible");
    }
}
