package org.tradeecon.knime.nodes.resultcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.StubExecutionContext;
import org.tradeecon.knime.testsupport.NodeTestSupport;
import org.tradeecon.knime.testsupport.NodeTestSupport.TableBuilder;

/**
 * The Expected Results Check node through the KNIME stand-in. The "actual" tables are written by hand here, so
 * every expected verdict follows from the numbers in this file (e.g. |0.5000004 - 0.5| = 4e-7 &lt; 1e-6).
 */
class ResultCheckNodeModelTest {

    private static BufferedDataTable results() {
        return new TableBuilder().column("Series", StringCell.TYPE).column("Statistic", DoubleCell.TYPE)
            .column("Lag", IntCell.TYPE).column("Decision", StringCell.TYPE)
            .row("a", 0.5000004, 1, "Reject the null hypothesis")
            .row("b", -2.0, 3, null)
            .table();
    }

    private static NodeSettings settings(final String expected, final boolean fail) {
        NodeSettings s = NodeTestSupport.defaults(ResultCheckNodeModel::new);
        s.addString(ResultCheckSettings.CFG_EXPECTED, expected);
        s.addBoolean(ResultCheckSettings.CFG_FAIL, fail);
        return s;
    }

    private static ResultCheckNodeModel model(final String expected, final boolean fail)
        throws InvalidSettingsException {
        return NodeTestSupport.loaded(ResultCheckNodeModel::new, settings(expected, fail));
    }

    @Test
    void passingValuesGiveAReportAndCounts() throws Exception {
        String expected = """
            # comments and empty lines are ignored

            Series=a | Statistic | 0.5 | 1e-6 | hand
            1 | Lag | 1
            Series=b | Statistic | -2.0000001 | 1e-7 relative | hand
            Series=b | Decision | missing
            1 | Decision | Reject the null hypothesis
            """;
        ResultCheckNodeModel m = model(expected, true);
        BufferedDataTable report = NodeModelTestAccess.execute(m, StubExecutionContext.create(), results())[0];
        assertEquals(5, report.size());
        assertEquals(List.of("true", "true", "true", "true", "true"), NodeTestSupport.strings(report, "Passed"));
        assertEquals(List.of("3", "4", "5", "6", "7"), NodeTestSupport.strings(report, "Line"));
        assertEquals(4e-7, NodeTestSupport.doubles(report, "Difference")[0], 1e-12);
        assertEquals(5, NodeModelTestAccess.flowVariables(m).get("result_check.passed"));
        assertEquals(0, NodeModelTestAccess.flowVariables(m).get("result_check.failed"));
    }

    @Test
    void aDifferenceFailsTheNodeNamingTheFirstOne() throws Exception {
        String expected = """
            Series=a | Statistic | 0.5 | 1e-7 | hand
            Series=b | Lag | 4
            Series=c | Lag | 4
            """;
        Exception e = assertThrows(Exception.class,
            () -> NodeModelTestAccess.execute(model(expected, true), StubExecutionContext.create(), results()));
        assertTrue(e.getMessage().startsWith("3 of 3 expected values differ; the first is line 1 (row Series=a, "
            + "column \"Statistic\"): actual minus expected is 4."), e.getMessage());
    }

    @Test
    void withoutFailingTheReportSaysWhatDiffers() throws Exception {
        String expected = """
            Series=b | Lag | 4
            Series=c | Lag | 4
            Lag=3 | Decision | Reject
            2 | Statistic | text
            """;
        ResultCheckNodeModel m = model(expected, false);
        BufferedDataTable report = NodeModelTestAccess.execute(m, StubExecutionContext.create(), results())[0];
        assertEquals(List.of("false", "false", "false", "false"), NodeTestSupport.strings(report, "Passed"));
        assertEquals(List.of("actual minus expected is -1.0 (allowed: exact)", "no such row (the table has no row Series=c)",
            "expected Reject, found missing", "expected \"text\", found \"-2.0\""),
            NodeTestSupport.strings(report, "Result"));
        assertTrue(NodeModelTestAccess.warning(m).startsWith("4 of 4 expected values differ"));
        assertEquals(4, NodeModelTestAccess.flowVariables(m).get("result_check.failed"));
    }

    @Test
    void anAmbiguousRowSelectionIsADifference() throws Exception {
        BufferedDataTable in = new TableBuilder().column("k", StringCell.TYPE).column("v", DoubleCell.TYPE)
            .row("x", 1.0).row("x", 1.0).table();
        BufferedDataTable report = NodeModelTestAccess.execute(model("k=x | v | 1", false),
            StubExecutionContext.create(), in)[0];
        assertEquals(List.of("2 rows match k=x; make the row selection unique"),
            NodeTestSupport.strings(report, "Result"));
    }

    @Test
    void configureNamesTheLineThatIsWrong() throws Exception {
        var spec = results().getDataTableSpec();
        assertEquals("Line 2: the input table has no column \"Tau\".", assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestAccess.configure(model("1 | Lag | 1\n1 | Tau | 2", true), spec)).getMessage());
        assertEquals("Line 1: the row \"0\" is neither a row number (1 = first row) nor Column=Value.",
            assertThrows(InvalidSettingsException.class,
                () -> NodeModelTestAccess.configure(model("0 | Lag | 1", true), spec)).getMessage());
        assertTrue(assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestAccess.configure(model("1 | Lag", true), spec)).getMessage()
            .startsWith("Line 1 has 2 fields"));
        assertEquals("Line 1: the tolerance \"-1\" is not a non-negative number (write e.g. 1e-6 or 1e-8 relative).",
            assertThrows(InvalidSettingsException.class,
                () -> NodeModelTestAccess.configure(model("1 | Lag | 1 | -1", true), spec)).getMessage());
        assertEquals("Line 1: a tolerance is given but the expected value \"yes\" is not a number.",
            assertThrows(InvalidSettingsException.class,
                () -> NodeModelTestAccess.configure(model("1 | Decision | yes | 1e-3", true), spec)).getMessage());
        assertTrue(assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestAccess.configure(model("  \n# only a comment", true), spec)).getMessage()
            .startsWith("No expected values"));
    }
}
