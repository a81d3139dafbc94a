package org.tradeecon.knime.nodes.mapper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.StubExecutionContext;
import org.tradeecon.knime.testsupport.NodeTestSupport.TableBuilder;
import org.tradeecon.knime.testsupport.NodeTestSupport;

/**
 * The High-Tech Category Mapper node through the KNIME stand-in. Expected groups are read off the bundled Census
 * ATP import lists (2933294500 → 01 in 2017, 8471300100 → 04; 0101210000 is not an ATP code); sums are small
 * integers added by hand (exact).
 */
class CategoryMapperNodeModelTest {

    /** code, year, flow, value. */
    private static TableBuilder records() {
        return new TableBuilder().column("hs", StringCell.TYPE).column("year", IntCell.TYPE)
            .column("flow", StringCell.TYPE).column("usd", DoubleCell.TYPE)
            .row("2933294500", 2017, "import", 7.0)
            .row("8471.30.0100", 2017, "export", 10.0)
            .row("8471300100", 2017, "M", 40.0)
            .row("0101210000", 2017, "import", 30.0)
            .row("847130010", 2017, "import", 20.0)
            .row("8471300100", 2010, "export", 5.0);
    }

    private static NodeSettings defaults() {
        return NodeTestSupport.defaults(CategoryMapperNodeModel::new);
    }

    private static NodeSettings configured() {
        NodeSettings s = defaults();
        s.addString(CategoryMapperSettings.CFG_CODE, "hs");
        s.addString(CategoryMapperSettings.CFG_YEAR, "year");
        s.addString(CategoryMapperSettings.CFG_FLOW, "flow");
        s.addString(CategoryMapperSettings.CFG_VALUE, "usd");
        return s;
    }

    private static CategoryMapperNodeModel model(final NodeSettings s) throws InvalidSettingsException {
        return NodeTestSupport.loaded(CategoryMapperNodeModel::new, s);
    }

    @Test
    void settingsSurviveXmlRoundTrip() throws Exception {
        NodeSettings s = configured();
        s.addBoolean(CategoryMapperSettings.CFG_PREFIX, true);
        s.addInt(CategoryMapperSettings.CFG_MIN_PREFIX, 8);
        s.addBoolean(CategoryMapperSettings.CFG_AGGREGATE, true);
        s.addString(CategoryMapperSettings.CFG_FIXED_FLOW, CategoryMapperSettings.FLOW_IMPORT);
        NodeSettingsRO back = NodeModelTestAccess.xmlRoundTrip(s);
        NodeSettings saved = NodeModelTestAccess.saveSettings(model((NodeSettings)back));
        assertEquals(s.toString(), saved.toString());
    }

    @Test
    void invalidSettingsNameTheOption() {
        NodeSettings s = configured();
        s.addInt(CategoryMapperSettings.CFG_MIN_PREFIX, 1);
        var e = assertThrows(InvalidSettingsException.class, () -> model(s));
        assertTrue(e.getMessage().startsWith("Option \"Shortest prefix\": "), e.getMessage());
        NodeSettings t = configured();
        t.addString(CategoryMapperSettings.CFG_FIXED_FLOW, "both");
        e = assertThrows(InvalidSettingsException.class, () -> model(t));
        assertEquals("\"both\" is not a valid choice for \"Flow of all records (without flow column)\". Choose one "
            + "of: not given, export, import.", e.getMessage());
    }

    @Test
    void configureAppendsThreeColumns() throws Exception {
        DataTableSpec[] out = NodeModelTestAccess.configure(model(configured()), records().spec(), null);
        assertArrayEquals(new String[]{"hs", "year", "flow", "usd", "Category code", "Category name", "Match type"},
            out[0].getColumnNames());
        assertArrayEquals(new String[]{"Code", "Match type", "Reason", "Records", "Value", "Share of value"},
            out[1].getColumnNames());
    }

    @Test
    void configureRejectsMissingOrWrongColumns() throws Exception {
        var e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestAccess.configure(model(defaults()), records().spec(), null));
        assertEquals("Choose the \"Code column\" (product codes as text).", e.getMessage());
        NodeSettings numeric = configured();
        numeric.addString(CategoryMapperSettings.CFG_CODE, "usd");
        e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestAccess.configure(model(numeric), records().spec(), null));
        assertTrue(e.getMessage().contains("\"Code column\" needs one of: StringValue"), e.getMessage());
        NodeSettings agg = configured();
        agg.addBoolean(CategoryMapperSettings.CFG_AGGREGATE, true);
        agg.addString(CategoryMapperSettings.CFG_YEAR, null);
        e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestAccess.configure(model(agg), records().spec(), null));
        assertEquals("\"Aggregate per year and category\" needs a \"Year column\" and a \"Value column\".",
            e.getMessage());
        DataTableSpec conc = new TableBuilder().column("code", StringCell.TYPE).column("cat", StringCell.TYPE).spec();
        e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestAccess.configure(model(configured()), records().spec(), conc));
        assertTrue(e.getMessage().startsWith("A custom concordance is connected"), e.getMessage());
    }

    @Test
    void executeMapsAndReportsUnmappedCodes() throws Exception {
        CategoryMapperNodeModel m = model(configured());
        BufferedDataTable[] out = NodeModelTestAccess.execute(m, StubExecutionContext.create(), records().table(),
            null);
        assertEquals(List.of("01", "04", "04", "?", "?", "04"), NodeTestSupport.strings(out[0], "Category code"));
        assertEquals(List.of("Biotechnology", "Information & Communications"),
            NodeTestSupport.strings(out[0], "Category name").subList(0, 2));
        assertEquals(List.of("exact", "exact", "exact", "not in list", "malformed", "exact"),
            NodeTestSupport.strings(out[0], "Match type"));
        // unmapped: 0101210000 (30) and 847130010 (20) of a total value of 7+10+40+30+20+5 = 112
        assertEquals(List.of("0101210000", "847130010"), NodeTestSupport.strings(out[1], "Code"));
        assertArrayEquals(new double[]{30.0 / 112, 20.0 / 112}, NodeTestSupport.doubles(out[1], "Share of value"),
            1e-15);
        assertTrue(NodeTestSupport.strings(out[1], "Reason").get(1).contains("leading zero"));
        String w = NodeModelTestAccess.warning(m);
        assertTrue(w.startsWith("US Census Advanced Technology Products (ATP): 2010, 2017 exports mapped with the "
            + "nearest list, ATP import list 2017 (coverage: import lists 2017–2022; no export lists)."), w);
        assertTrue(w.contains("1 record(s) with malformed codes"), w);
    }

    @Test
    void executeAggregatesPerYearAndCategory() throws Exception {
        NodeSettings s = configured();
        s.addBoolean(CategoryMapperSettings.CFG_AGGREGATE, true);
        BufferedDataTable out = NodeModelTestAccess.execute(model(s), StubExecutionContext.create(),
            records().table(), null)[0];
        assertEquals(20, out.size()); // years 2010 and 2017 × 10 ATP groups
        double[] exports = NodeTestSupport.doubles(out, "Exports");
        double[] imports = NodeTestSupport.doubles(out, "Imports");
        double[] balance = NodeTestSupport.doubles(out, "Balance (exports - imports)");
        // 2010 has only an export record: imports not observed (missing), balance missing
        assertEquals(5.0, exports[3], 0);
        assertTrue(Double.isNaN(imports[3]) && Double.isNaN(balance[3]));
        // 2017: group 01 imports 7; group 04 exports 10, imports 40
        assertEquals(-7.0, balance[10], 0);
        assertEquals(10.0, exports[13], 0);
        assertEquals(40.0, imports[13], 0);
        assertEquals(-30.0, balance[13], 0);
    }

    @Test
    void customConcordanceFromTheSecondPort() throws Exception {
        // A synthetic test concordance (not a mapping the project ships): leading zeros kept, by year.
        TableBuilder conc = new TableBuilder().column("code", StringCell.TYPE).column("sector", StringCell.TYPE)
            .column("name", StringCell.TYPE).column("y", IntCell.TYPE)
            .row("0101.21", "S1", "Animals", 2017)
            .row("8471300100", "S2", "Computers", 2017);
        NodeSettings s = configured();
        s.addString(CategoryMapperSettings.CFG_CONC_CODE, "code");
        s.addString(CategoryMapperSettings.CFG_CONC_CATEGORY, "sector");
        s.addString(CategoryMapperSettings.CFG_CONC_NAME, "name");
        s.addString(CategoryMapperSettings.CFG_CONC_YEAR, "y");
        CategoryMapperNodeModel m = model(s);
        BufferedDataTable[] out = NodeModelTestAccess.execute(m, StubExecutionContext.create(), records().table(),
            conc.table());
        assertEquals(List.of("?", "S2", "S2", "S1", "?", "S2"), NodeTestSupport.strings(out[0], "Category code"));
        assertEquals("Animals", NodeTestSupport.strings(out[0], "Category name").get(3));
        assertEquals("parent code in list", NodeTestSupport.strings(out[0], "Match type").get(3));
        String w = NodeModelTestAccess.warning(m);
        assertTrue(w.contains("Custom concordance: 2010 exports mapped with the nearest list, Custom concordance "
            + "list 2017"), w);
    }

    @Test
    void withoutYearColumnTheLatestListIsUsedAndSaid() throws Exception {
        NodeSettings s = configured();
        s.addString(CategoryMapperSettings.CFG_YEAR, null);
        CategoryMapperNodeModel m = model(s);
        NodeModelTestAccess.configure(m, records().spec(), null);
        assertTrue(NodeModelTestAccess.warning(m).startsWith("No year column"), NodeModelTestAccess.warning(m));
        NodeModelTestAccess.execute(m, StubExecutionContext.create(), records().table(), null);
        assertTrue(NodeModelTestAccess.warning(m).contains("ATP import list 2022"), NodeModelTestAccess.warning(m));
        NodeModelTestAccess.reset(m);
    }

    @Test
    void badFlowIsNamedWithItsRow() throws Exception {
        TableBuilder b = records().row("8471300100", 2017, "re-export", 1.0);
        var e = assertThrows(IllegalArgumentException.class, () -> NodeModelTestAccess.execute(model(configured()),
            StubExecutionContext.create(), b.table(), null));
        assertTrue(e.getMessage().startsWith("Row \"Row6\": Unknown trade flow \"re-export\""), e.getMessage());
    }
}
