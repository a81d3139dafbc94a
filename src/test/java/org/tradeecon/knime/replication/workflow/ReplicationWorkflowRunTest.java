package org.tradeecon.knime.replication.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.StubExecutionContext;

/**
 * Runs the data step of the committed replication workflow: the three reader nodes, each loaded from its own
 * settings.xml exactly as KNIME would, executed offline through the KNIME stand-in. It proves the workflow's
 * readers work on the bundled snapshot and that the gaps are reported, not filled (the expected counts are
 * those of the shared data README: World Bank complete 2004–2018, US–China ATP only 2017).
 */
class ReplicationWorkflowRunTest {

    private static final Path FOLDER = WorkflowLintTest.WORKFLOWS.resolve(ReplicationWorkflow.NAME);

    private static NodeModel load(final String nodeFolder) throws Exception {
        NodeSettingsRO s;
        try (InputStream in = Files.newInputStream(FOLDER.resolve(nodeFolder).resolve("settings.xml"))) {
            s = NodeSettings.loadFromXML(in);
        }
        NodeModel model = ReplicationWorkflow.model(s.getString("factory"));
        NodeModelTestAccess.loadSettings(model, s.getNodeSettings("model"));
        return model;
    }

    private static List<DataRow> rows(final BufferedDataTable t) {
        List<DataRow> out = new ArrayList<>();
        t.iterator().forEachRemaining(out::add);
        return out;
    }

    private static long count(final BufferedDataTable t, final String keyColumn, final String key,
        final String valueColumn) {
        DataTableSpec spec = t.getDataTableSpec();
        int k = spec.findColumnIndex(keyColumn);
        int v = spec.findColumnIndex(valueColumn);
        return rows(t).stream().filter(r -> r.getCell(k).toString().equals(key) && !r.getCell(v).isMissing()).count();
    }

    @Test
    void readersRunOfflineAndReportTheGaps() throws Exception {
        NodeModel wb = load("World Bank Indicator Reader (#1)");
        BufferedDataTable w = NodeModelTestAccess.execute(wb, StubExecutionContext.create())[0];
        assertEquals(30, w.size()); // 2 indicators x 2004-2018
        assertEquals(15, count(w, "Indicator", "IP.PAT.NRES", "Value"));
        assertEquals(15, count(w, "Indicator", "BX.KLT.DINV.WD.GD.ZS", "Value"));

        NodeModel china = load("US Census ATP Trade Reader (#2)");
        BufferedDataTable c = NodeModelTestAccess.execute(china, StubExecutionContext.create())[0];
        assertEquals(15 * 11, c.size()); // years x (TOTAL + 10 groups)
        assertEquals(1, count(c, "ATP group", "TOTAL", "Balance (USD)"), "only 2017 is in the snapshot");
        assertTrue(NodeModelTestAccess.warning(china).startsWith("Missing values (not filled)"),
            NodeModelTestAccess.warning(china));

        NodeModel world = load("US Census ATP Trade Reader (#3)");
        BufferedDataTable x = NodeModelTestAccess.execute(world, StubExecutionContext.create())[0];
        assertEquals(15, count(x, "ATP group", "TOTAL", "US exports (USD)"));
    }
}
