package org.tradeecon.knime.replication.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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

    private static NodeSettingsRO settings(final String nodeFolder) throws Exception {
        try (InputStream in = Files.newInputStream(FOLDER.resolve(nodeFolder).resolve("settings.xml"))) {
            return NodeSettings.loadFromXML(in);
        }
    }

    private static NodeModel load(final String nodeFolder) throws Exception {
        NodeSettingsRO s = settings(nodeFolder);
        NodeModel model = ReplicationWorkflow.model(s.getString("factory"));
        NodeModelTestAccess.loadSettings(model, s.getNodeSettings("model"));
        return model;
    }

    private static BufferedDataTable run(final String nodeFolder) throws Exception {
        return NodeModelTestAccess.execute(load(nodeFolder), StubExecutionContext.create())[0];
    }

    private static Set<String> columns(final BufferedDataTable t) {
        return new HashSet<>(List.of(t.getDataTableSpec().getColumnNames()));
    }

    private static Set<String> values(final BufferedDataTable t, final String column) {
        int c = t.getDataTableSpec().findColumnIndex(column);
        return rows(t).stream().map(r -> r.getCell(c).toString()).collect(Collectors.toSet());
    }

    private static NodeSettingsRO model(final String nodeFolder) throws Exception {
        return settings(nodeFolder).getNodeSettings("model");
    }

    private static List<String> included(final NodeSettingsRO model, final String filter) throws Exception {
        return List.of(model.getNodeSettings(filter).getStringArray("included_names"));
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

    /**
     * The standard nodes' settings name columns and values that the readers really write: the row filters' column
     * and pattern, the pivots' group, pivot and value columns, the joiners' selected columns, the indicator codes
     * the Math Formulas use as pivot column names, and the ATP group names the figure plots select.
     */
    @Test
    void standardNodesNameWhatTheReadersWrite() throws Exception {
        BufferedDataTable wb = run("World Bank Indicator Reader (#1)");
        BufferedDataTable china = run("US Census ATP Trade Reader (#2)");
        BufferedDataTable world = run("US Census ATP Trade Reader (#3)");
        for (String f : List.of("Row Filter (#4)", "Row Filter (#5)")) {
            NodeSettingsRO rf = model(f).getNodeSettings("rowFilter");
            BufferedDataTable in = f.endsWith("(#4)") ? china : world;
            assertTrue(values(in, rf.getString("ColumnName")).contains(rf.getString("Pattern")), f);
        }
        NodeSettingsRO totals = model("Joiner (#6)");
        assertTrue(columns(china).containsAll(included(totals, "leftColumnSelectionConfig")));
        assertTrue(columns(world).containsAll(included(totals, "rightColumnSelectionConfig")));
        for (String f : List.of("Pivot (#9)", "Pivot (#19)")) {
            NodeSettingsRO p = model(f);
            BufferedDataTable in = f.endsWith("(#9)") ? wb : china;
            String pivot = p.getNodeSettings("pivotColumns").getStringArray("InclList")[0];
            assertTrue(columns(in).contains(p.getNodeSettings("grouByColumns").getStringArray("InclList")[0]), f);
            assertTrue(columns(in).contains(pivot), f);
            assertTrue(columns(in).contains(
                p.getNodeSettings("aggregationColumn").getStringArray("columnNames")[0]), f);
            if (f.endsWith("(#9)")) {
                for (String m : List.of("Math Formula (#10)", "Math Formula (#11)")) {
                    String code = model(m).getString("expression").replaceAll(".*\\$(.+)\\$.*", "$1");
                    assertTrue(values(wb, pivot).contains(code), m + " uses " + code);
                }
            } else {
                for (String plot : List.of("Line Plot (#20)", "Line Plot (#21)")) {
                    assertTrue(values(china, pivot).containsAll(included(model(plot), "yCols")), plot);
                }
            }
        }
    }
}
