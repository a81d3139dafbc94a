package org.tradeecon.knime.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.StubExecutionContext;
import org.tradeecon.knime.nodes.dols.DolsNodeFactory;
import org.tradeecon.knime.nodes.granger.GrangerNodeFactory;
import org.tradeecon.knime.nodes.integration.IntegrationNodeFactory;
import org.tradeecon.knime.nodes.laggedregression.LaggedRegressionNodeFactory;
import org.tradeecon.knime.nodes.unitroot.UnitRootNodeFactory;
import org.tradeecon.knime.testsupport.NodeTestSupport;

/**
 * The analysis nodes publish their key results as flow variables named as their descriptions say, so a workflow
 * can branch on "is this series I(1)?": each variable equals the result table's cell it comes from (the cells
 * themselves are checked against statsmodels, R and gretl in the node and engine tests); a series that could not
 * be tested publishes only its result text; with a group column nothing is published.
 */
class ResultVariablesTest {

    /** Year 2004-2018, x a random walk (fixed seed), y = x plus noise, gap = missing everywhere. */
    private static BufferedDataTable table() {
        NodeTestSupport.TableBuilder b = new NodeTestSupport.TableBuilder().column("Year", IntCell.TYPE)
            .column("x", DoubleCell.TYPE).column("y", DoubleCell.TYPE).column("gap", DoubleCell.TYPE);
        Random r = new Random(7);
        double x = 0;
        for (int year = 2004; year <= 2018; year++) {
            x += r.nextGaussian();
            b.row(year, x, x + r.nextGaussian(), null);
        }
        return b.table();
    }

    /** A node's first output and the flow variables it pushed. */
    private record Run(BufferedDataTable table, Map<String, Object> variables) {
    }

    private static Run run(final NodeFactory<?> f, final String... keyValues) throws Exception {
        NodeModel m = f.createNodeModel();
        NodeSettings s = NodeModelTestAccess.saveSettings(m);
        s.addString("missing_values", "Use longest complete stretch");
        for (int i = 0; i < keyValues.length; i += 2) {
            s.addString(keyValues[i], keyValues[i + 1]);
        }
        NodeModelTestAccess.loadSettings(m, s);
        BufferedDataTable out = NodeModelTestAccess.execute(m, StubExecutionContext.create(), table())[0];
        return new Run(out, NodeModelTestAccess.flowVariables(m));
    }

    private static Object cell(final BufferedDataTable t, final int row, final String column) {
        DataTableSpec spec = t.getDataTableSpec();
        DataRow r = rows(t).get(row);
        DataCell c = r.getCell(spec.findColumnIndex(column));
        if (c instanceof BooleanValue) {
            return c.toString();
        }
        return c instanceof IntValue i ? (Object)i.getIntValue()
            : c instanceof DoubleValue d ? (Object)d.getDoubleValue() : c.toString();
    }

    private static List<DataRow> rows(final BufferedDataTable t) {
        List<DataRow> out = new ArrayList<>();
        t.forEach(out::add);
        return out;
    }

    @Test
    void orderOfIntegration() throws Exception {
        Run run = run(new IntegrationNodeFactory(), "time_column", "Year");
        Map<String, Object> v = run.variables();
        BufferedDataTable t = run.table();
        assertEquals(cell(t, 0, "Order of integration (d)"), v.get("integration.x.order"));
        assertEquals(cell(t, 0, "Result"), v.get("integration.x.result"));
        assertEquals(cell(t, 0, "ADF p-value"), v.get("integration.x.p_value"));
        assertEquals(cell(t, 1, "ADF statistic"), v.get("integration.y.statistic"));
        assertEquals(cell(t, 1, "Sample"), v.get("integration.y.sample"));
        // "gap" was not tested: its result says so, no number is published
        assertEquals("Not tested", v.get("integration.gap.result"));
        assertFalse(v.containsKey("integration.gap.order"));
        assertTrue(v.get("integration.x.order") instanceof Integer, "an integer variable");
    }

    @Test
    void unitRootTest() throws Exception {
        Run run = run(new UnitRootNodeFactory(), "time_column", "Year");
        Map<String, Object> v = run.variables();
        BufferedDataTable t = run.table();
        for (String[] c : new String[][] {{"Statistic", "statistic"}, {"p-value", "p_value"}, {"Lags used", "lags"},
            {"Observations", "observations"}, {"Sample", "sample"}, {"Null rejected", "null_rejected"},
            {"Decision at alpha", "decision"}}) {
            assertEquals(cell(t, 0, c[0]), v.get("unit_root.x." + c[1]), c[0]);
        }
        assertTrue(List.of("true", "false").contains(v.get("unit_root.x.null_rejected")), "booleans as text");
        assertFalse(v.containsKey("unit_root.x.break_date"), "no break outside Zivot-Andrews");

        Run za = run(new UnitRootNodeFactory(), "time_column", "Year", "test", "ZA");
        assertEquals(cell(za.table(), 0, "Break date"), za.variables().get("unit_root.x.break_date"));
        assertEquals(cell(za.table(), 0, "Break observation"), za.variables().get("unit_root.x.break_observation"));
        assertTrue(((String)za.variables().get("unit_root.x.break_date")).startsWith("year 20"));
    }

    @Test
    void grangerPerPair() throws Exception {
        Run run = run(new GrangerNodeFactory(), "time_column", "Year");
        Map<String, Object> v = run.variables();
        BufferedDataTable t = run.table();
        int row = NodeTestSupport.strings(t, "Null hypothesis").indexOf("x does not Granger-cause y");
        assertEquals(cell(t, row, "p-value"), v.get("granger.x_to_y.p_value"));
        assertEquals(cell(t, row, "Statistic value"), v.get("granger.x_to_y.statistic"));
        assertEquals(2, v.get("granger.x_to_y.lag"));
        assertEquals("Not tested", v.get("granger.x_to_gap.decision"));
    }

    /** Both regression nodes: each coefficient and each statistic row, named after the row's term or statistic. */
    @Test
    void regressions() throws Exception {
        for (NodeFactory<?> f : List.<NodeFactory<?>>of(new LaggedRegressionNodeFactory(), new DolsNodeFactory())) {
            String prefix = f instanceof DolsNodeFactory ? "dols." : "lagged_regression.";
            NodeModel m = f.createNodeModel();
            NodeSettings s = NodeModelTestAccess.saveSettings(m);
            s.addString("time_column", "Year");
            s.addString("dependent_column", "y");
            NodeTestSupport.includeOnly(s, "regressors", "x");
            NodeModelTestAccess.loadSettings(m, s);
            BufferedDataTable[] out = NodeModelTestAccess.execute(m, StubExecutionContext.create(), table());
            Map<String, Object> v = NodeModelTestAccess.flowVariables(m);
            List<String> terms = NodeTestSupport.strings(out[0], "Term");
            assertFalse(terms.isEmpty());
            for (int i = 0; i < terms.size(); i++) {
                assertEquals(cell(out[0], i, "Coefficient"), v.get(prefix + terms.get(i) + ".coefficient"), prefix
                    + terms.get(i));
                assertEquals(cell(out[0], i, "p-value"), v.get(prefix + terms.get(i) + ".p_value"));
            }
            List<String> statistics = NodeTestSupport.strings(out[1], "Statistic");
            int r2 = statistics.indexOf("R-squared");
            assertTrue(r2 >= 0, statistics.toString());
            assertEquals(cell(out[1], r2, "Value"), v.get(prefix + "R-squared.value"));
            assertEquals(cell(out[1], statistics.indexOf("Observations"), "Value"), v.get(prefix
                + "Observations.value"));
        }
    }

    @Test
    void noVariablesWithAGroupColumn() throws Exception {
        NodeTestSupport.TableBuilder b = new NodeTestSupport.TableBuilder().column("Year", IntCell.TYPE)
            .column("g", StringCell.TYPE).column("x", DoubleCell.TYPE);
        Random r = new Random(3);
        for (String g : new String[] {"A", "B"}) {
            double x = 0;
            for (int year = 2004; year <= 2018; year++) {
                x += r.nextGaussian();
                b.row(year, g, x);
            }
        }
        NodeModel m = new IntegrationNodeFactory().createNodeModel();
        NodeSettings s = NodeModelTestAccess.saveSettings(m);
        s.addString("time_column", "Year");
        s.addString("group_column", "g");
        NodeModelTestAccess.loadSettings(m, s);
        NodeModelTestAccess.execute(m, StubExecutionContext.create(), b.table());
        assertTrue(NodeModelTestAccess.flowVariables(m).isEmpty());
    }
}
