package org.tradeecon.knime.nodes.differencing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.StubExecutionContext;
import org.tradeecon.knime.testsupport.NodeTestSupport.TableBuilder;
import org.tradeecon.knime.testsupport.NodeTestSupport;
import org.tradeecon.knime.testsupport.ReferenceCsv;

/**
 * The Differencing node through the KNIME stand-in. Expected differences are exact closed forms of small
 * integers (x(t) - x(t-1), x(t) - x(t-s), ln(b) - ln(a)); the engine itself is tested against statsmodels in
 * DifferencingTest.
 */
class DifferencingNodeModelTest {
    private static final double N = Double.NaN;

    /** year, country, y (squares: first differences 2t - 1), z (text). */
    private static TableBuilder yearly() {
        TableBuilder b = new TableBuilder().column("year", IntCell.TYPE).column("country", StringCell.TYPE)
            .column("y", DoubleCell.TYPE).column("z", StringCell.TYPE);
        for (int t = 0; t < 5; t++) {
            b.row(2000 + t, "A", (double)t * t, "z" + t);
        }
        return b;
    }

    private static DifferencingNodeModel model(final NodeSettings s) throws InvalidSettingsException {
        DifferencingNodeModel m = new DifferencingNodeModel();
        NodeModelTestAccess.loadSettings(m, s);
        return m;
    }

    private static NodeSettings defaults() {
        return NodeModelTestAccess.saveSettings(new DifferencingNodeModel());
    }

    private static BufferedDataTable run(final NodeSettings s, final BufferedDataTable in) throws Exception {
        return NodeModelTestAccess.execute(model(s), StubExecutionContext.create(), in)[0];
    }

    @Test
    void settingsSurviveXmlRoundTrip() throws Exception {
        NodeSettings s = defaults();
        s.addInt(DifferencingSettings.CFG_ORDER, 2);
        s.addInt(DifferencingSettings.CFG_SEASONAL_ORDER, 1);
        s.addInt(DifferencingSettings.CFG_SEASONAL_PERIOD, 4);
        s.addBoolean(DifferencingSettings.CFG_LOG, true);
        s.addString("time_column", "year");
        s.addString("missing_values", "Fail");
        NodeModelTestAccess.xmlRoundTrip(s);
        NodeSettingsRO back = NodeModelTestAccess.xmlRoundTrip(s);
        NodeSettings saved = NodeModelTestAccess.saveSettings(model((NodeSettings)back));
        assertEquals(s.toString(), saved.toString());
        assertEquals(2, saved.getInt("order"));
    }

    @Test
    void invalidSettingsNameTheOption() {
        NodeSettings s = defaults();
        s.addInt(DifferencingSettings.CFG_ORDER, -1);
        var e = assertThrows(InvalidSettingsException.class, () -> model(s));
        assertTrue(e.getMessage().startsWith("Option \"Differences (d)\": "), e.getMessage());
        NodeSettings t = defaults();
        t.addString("missing_values", "Ignore");
        e = assertThrows(InvalidSettingsException.class, () -> model(t));
        assertEquals("\"Ignore\" is not a valid choice for \"Missing values\". Choose one of: Keep as missing, Fail,"
            + " Use longest complete stretch.", e.getMessage());
        NodeSettings u = defaults();
        u.addString("order", "1");
        e = assertThrows(InvalidSettingsException.class, () -> model(u));
        assertEquals("Option \"Differences (d)\": Int for key \"order\" not found.", e.getMessage());
    }

    @Test
    void configureNamesNewColumnsAndSkipsTimeColumn() throws Exception {
        NodeSettings s = defaults();
        s.addString("time_column", "year");
        DataTableSpec out = NodeModelTestAccess.configure(model(s), yearly().spec())[0];
        assertArrayEquals(new String[]{"year", "country", "y", "z", "D1(y)"}, out.getColumnNames());
        s.addInt("seasonal_order", 1);
        s.addInt("seasonal_period", 4);
        s.addBoolean("log", true);
        out = NodeModelTestAccess.configure(model(s), yearly().spec())[0];
        assertEquals("D1S1_4(log(y))", out.getColumnSpec(4).getName());
    }

    @Test
    void configureRejectsBadSpecsClearly() throws Exception {
        NodeSettings s = defaults();
        s.addString("time_column", "when");
        var e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestAccess.configure(model(s), yearly().spec()));
        assertEquals("The time column \"when\" is not in the input table. Choose another column (or none) for "
            + "\"Time column\".", e.getMessage());

        NodeSettings noDiff = defaults();
        noDiff.addInt("order", 0);
        e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestAccess.configure(model(noDiff), yearly().spec()));
        assertEquals("Nothing to compute: set \"Differences (d)\" or \"Seasonal differences (D)\" to at least 1.",
            e.getMessage());

        NodeSettings gone = defaults();
        NodeTestSupport.includeOnly(gone, "columns", "lny");
        e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestAccess.configure(model(gone), yearly().spec()));
        assertTrue(e.getMessage().startsWith("Column(s) \"lny\" chosen in \"Columns\" are not numeric columns"),
            e.getMessage());

        DataTableSpec textOnly = new TableBuilder().column("z", StringCell.TYPE).spec();
        e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestAccess.configure(model(defaults()), textOnly));
        assertEquals("No numeric column chosen in \"Columns\": the input table has no numeric column.",
            e.getMessage());

        e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestAccess.configure(model(defaults()), (DataTableSpec)null));
        assertEquals("No input table: connect a table to the input port.", e.getMessage());
    }

    @Test
    void firstDifferenceKeepsEveryRowAndMarksTheFirstMissing() throws Exception {
        NodeSettings s = defaults();
        NodeTestSupport.includeOnly(s, "columns", "y");
        BufferedDataTable out = run(s, yearly().table());
        assertEquals(5, out.size());
        assertArrayEquals(new double[]{N, 1, 3, 5, 7}, NodeTestSupport.doubles(out, "D1(y)"));
        assertEquals(List.of("z0", "z1", "z2", "z3", "z4"), NodeTestSupport.strings(out, "z"));
        assertNull(NodeModelTestAccess.warning(model(s)));
    }

    @Test
    void removingLeadingRowsIsAnOption() throws Exception {
        NodeSettings s = defaults();
        s.addInt("order", 2);
        s.addBoolean("remove_leading_rows", true);
        BufferedDataTable out = run(s, yearly().table());
        assertArrayEquals(new double[]{2, 2, 2}, NodeTestSupport.doubles(out, "D2(y)"));
        assertArrayEquals(new double[]{2002, 2003, 2004}, NodeTestSupport.doubles(out, "year"), 0.0);
    }

    @Test
    void seasonalAndLogDifferences() throws Exception {
        TableBuilder b = new TableBuilder().column("x", DoubleCell.TYPE);
        double[] x = {1, 2, 4, 8, 2, 4, 8, 16};
        for (double v : x) {
            b.row(v);
        }
        NodeSettings s = defaults();
        s.addInt("order", 0);
        s.addInt("seasonal_order", 1);
        s.addInt("seasonal_period", 4);
        s.addBoolean("log", true);
        double[] y = NodeTestSupport.doubles(run(s, b.table()), "S1_4(log(x))");
        for (int t = 0; t < 8; t++) {
            assertEquals(t < 4 ? N : Math.log(2), y[t], 1e-15, "t=" + t);
        }
        b.row(-1.0);
        var e = assertThrows(IllegalArgumentException.class, () -> run(s, b.table()));
        assertEquals("\"x\" is -1.0 at row \"Row8\": logs need positive values. Switch off \"Take natural logs first\""
            + " or remove such values.", e.getMessage());
    }

    @Test
    void groupsAreDifferencedSeparatelyInTimeOrder() throws Exception {
        TableBuilder b = new TableBuilder().column("year", IntCell.TYPE).column("country", StringCell.TYPE)
            .column("y", DoubleCell.TYPE);
        b.row(2001, "US", 10.0).row(2000, "CN", 1.0).row(2000, "US", 7.0).row(2002, "US", 15.0).row(2001, "CN", 4.0);
        NodeSettings s = defaults();
        s.addString("time_column", "year");
        s.addString("group_column", "country");
        BufferedDataTable out = run(s, b.table());
        assertEquals(List.of("US", "US", "US", "CN", "CN"), NodeTestSupport.strings(out, "country"));
        assertArrayEquals(new double[]{2000, 2001, 2002, 2000, 2001}, NodeTestSupport.doubles(out, "year"), 0.0);
        assertArrayEquals(new double[]{N, 3, 5, N, 3}, NodeTestSupport.doubles(out, "D1(y)"));
    }

    @Test
    void missingValuePolicies() throws Exception {
        TableBuilder b = new TableBuilder().column("year", IntCell.TYPE).column("y", DoubleCell.TYPE);
        b.row(2000, 1.0).row(2001, 2.0).row(2002, null).row(2003, 5.0).row(2004, 9.0).row(2005, 14.0);
        NodeSettings s = defaults();
        s.addString("time_column", "year");
        assertArrayEquals(new double[]{N, 1, N, N, 4, 5}, NodeTestSupport.doubles(run(s, b.table()), "D1(y)"));

        s.addString("missing_values", "Fail");
        var e = assertThrows(IllegalArgumentException.class, () -> run(s, b.table()));
        assertEquals("\"y\" is missing at year 2002. Fill the gap, or set \"Missing values\" to \"Use longest "
            + "complete stretch\".", e.getMessage());

        s.addString("missing_values", "LONGEST_COMPLETE_STRETCH");
        DifferencingNodeModel m = model(s);
        BufferedDataTable out = NodeModelTestAccess.execute(m, StubExecutionContext.create(), b.table())[0];
        assertArrayEquals(new double[]{N, N, N, N, 4, 5}, NodeTestSupport.doubles(out, "D1(y)"));
        assertEquals("y: used the longest stretch without missing values, year 2003 to year 2005 (3 of 6 rows).",
            NodeModelTestAccess.warning(m));
    }

    /**
     * The paper's data, grouped: China's non-resident patent applications and FDI (% of GDP), 2004-2018, stacked
     * by indicator in reverse year order. Expected: pandas 1.5.3, log then diff per group
     * (src/test/resources/reference/timeseries/differencing_paper_data.{py,csv}); tolerance 1e-12 absolute
     * (log differences are below 1 in magnitude).
     */
    @Test
    void paperDataGroupedLogDifferencesMatchPandas() throws Exception {
        TableBuilder b = new TableBuilder().column("indicator", StringCell.TYPE).column("year", IntCell.TYPE)
            .column("value", DoubleCell.TYPE);
        java.util.Map<String, Double> expected = new java.util.HashMap<>();
        for (Map<String, String> row : ReferenceCsv.rows("/reference/timeseries/differencing_paper_data.csv")) {
            b.row(row.get("indicator"), Integer.parseInt(row.get("year")), ReferenceCsv.number(row.get("value")));
            expected.put(row.get("indicator") + "/" + row.get("year"), ReferenceCsv.number(row.get("expected_D1_log")));
        }
        NodeSettings s = defaults();
        s.addString("time_column", "year");
        s.addString("group_column", "indicator");
        s.addBoolean("log", true);
        BufferedDataTable out = run(s, b.table());
        assertEquals(30, out.size());
        List<String> groups = NodeTestSupport.strings(out, "indicator");
        double[] years = NodeTestSupport.doubles(out, "year");
        double[] d = NodeTestSupport.doubles(out, "D1(log(value))");
        assertEquals("BX.KLT.DINV.WD.GD.ZS", groups.get(0));
        for (int i = 0; i < d.length; i++) {
            assertEquals(i % 15 == 0 ? 2004 : years[i - 1] + 1, years[i], 0.0, "time order within groups");
            assertEquals(expected.get(groups.get(i) + "/" + (int)years[i]), d[i], 1e-12, groups.get(i) + " " + years[i]);
        }
    }

    @Test
    void executionCanBeCancelled() throws Exception {
        NodeSettings s = defaults();
        var exec = StubExecutionContext.cancelAfterChecks(2);
        assertThrows(CanceledExecutionException.class,
            () -> NodeModelTestAccess.execute(model(s), exec, yearly().table()));
        assertEquals(3, StubExecutionContext.checkCount(exec));
    }

    @Test
    void dialogShowsTheModelSettingsAndSavesThemBack() throws Exception {
        NodeDialogPane dialog = NodeModelTestAccess.createDialog(new DifferencingNodeFactory());
        NodeSettings s = defaults();
        s.addInt("order", 2);
        s.addString("time_column", "year");
        NodeModelTestAccess.loadDialog(dialog, s, yearly().spec());
        NodeSettings saved = NodeModelTestAccess.saveDialog(dialog);
        DifferencingNodeModel m = model(saved);
        assertEquals(2, saved.getInt("order"));
        assertEquals("year", saved.getString("time_column"));
        // the filter lists every numeric column; the model never differences the time column
        assertArrayEquals(new String[]{"year", "y"},
            saved.getNodeSettings("columns").getStringArray("included_names"));
        assertArrayEquals(new String[]{"year", "country", "y", "z", "D2(y)"},
            NodeModelTestAccess.configure(m, yearly().spec())[0].getColumnNames());
    }
}
