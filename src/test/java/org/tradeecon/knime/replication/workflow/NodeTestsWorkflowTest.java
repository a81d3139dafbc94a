package org.tradeecon.knime.replication.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataRow;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.StubExecutionContext;

/**
 * The committed test workflow is the generated one, and it passes: every node is loaded from its committed
 * settings.xml and executed through the KNIME stand-in in connection order, and every Expected Results Check
 * (which fails on any difference) passes. The expected values come from statsmodels (see
 * {@link NodeTestsWorkflow}); this test adds none of its own.
 */
class NodeTestsWorkflowTest {

    @Test
    void committedWorkflowIsTheGeneratedOne(@TempDir final Path tmp) throws Exception {
        WorkflowLintTest.assertCommittedIsGenerated(NodeTestsWorkflow.build(Path.of("")), NodeTestsWorkflow.FOLDER, tmp);
    }

    @Test
    void everyCheckPasses() throws Exception {
        KnimeWorkflow wf = NodeTestsWorkflow.build(Path.of(""));
        Path folder = NodeTestsWorkflow.FOLDER.resolve(wf.name());
        Map<Integer, BufferedDataTable[]> outputs = new HashMap<>();
        int checks = 0;
        int values = 0;
        for (KnimeWorkflow.Node n : wf.nodes()) { // ids in connection order: every source comes first
            BufferedDataTable[] in = wf.connections().stream().filter(c -> c.dest() == n.id())
                .sorted((a, b) -> Integer.compare(a.destPort(), b.destPort()))
                .map(c -> outputs.get(c.source())[c.sourcePort() - 1]).toArray(BufferedDataTable[]::new);
            NodeModel model = load(folder.resolve(n.folder()));
            BufferedDataTable[] out = NodeModelTestAccess.execute(model, StubExecutionContext.create(), in);
            outputs.put(n.id(), out);
            if (n.factory().endsWith("ResultCheckNodeFactory")) {
                checks++;
                int passed = out[0].getDataTableSpec().findColumnIndex("Passed");
                for (DataRow r : out[0]) {
                    values++;
                    assertEquals("true", r.getCell(passed).toString(), n.folder() + ": " + r);
                }
            }
        }
        assertEquals(10, checks);
        assertTrue(values >= 30, values + " expected values");
    }

    private static NodeModel load(final Path nodeFolder) throws Exception {
        try (InputStream in = Files.newInputStream(nodeFolder.resolve("settings.xml"))) {
            NodeSettingsRO s = NodeSettings.loadFromXML(in);
            NodeModel model = WorkflowBuilder.model(s.getString("factory"));
            NodeModelTestAccess.loadSettings(model, s.getNodeSettings("model"));
            return model;
        }
    }
}
