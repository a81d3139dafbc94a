package org.tradeecon.knime.nodes.mapper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.StubExecutionContext;
import org.tradeecon.knime.testsupport.NodeTestSupport;
import org.tradeecon.knime.nodes.common.view.Figure;
import org.tradeecon.knime.nodes.common.view.ViewPage;
import org.tradeecon.knime.nodes.common.view.ViewTestImages;

/**
 * The Category Mapper view on the records of CategoryMapperNodeModelTest (synthetic values; the categories are the
 * Census ATP groups of the bundled concordance): the unmapped count and value share in words, and per category the
 * aggregate's exports, imports and balance by year, exactly as in output 0.
 */
class MapperViewTest {
    @Test
    void showsUnmappedShareAndValuesByCategory() throws Exception {
        NodeSettings s = NodeTestSupport.defaults(CategoryMapperNodeModel::new);
        s.addString(CategoryMapperSettings.CFG_CODE, "hs");
        s.addString(CategoryMapperSettings.CFG_YEAR, "year");
        s.addString(CategoryMapperSettings.CFG_FLOW, "flow");
        s.addString(CategoryMapperSettings.CFG_VALUE, "usd");
        s.addBoolean(CategoryMapperSettings.CFG_AGGREGATE, true);
        CategoryMapperNodeModel m = NodeTestSupport.loaded(CategoryMapperNodeModel::new, s);
        BufferedDataTable in = new NodeTestSupport.TableBuilder().column("hs", StringCell.TYPE)
            .column("year", IntCell.TYPE).column("flow", StringCell.TYPE).column("usd", DoubleCell.TYPE)
            .row("2933294500", 2017, "import", 7.0).row("8471.30.0100", 2017, "export", 10.0)
            .row("8471300100", 2017, "M", 40.0).row("0101210000", 2017, "import", 30.0)
            .row("847130010", 2017, "import", 20.0).row("8471300100", 2010, "export", 5.0).table();
        BufferedDataTable[] out = NodeModelTestAccess.execute(m, StubExecutionContext.create(), in, null);

        ViewPage p = m.viewContent().pages().get(0);
        long unmappedRecords = (long)java.util.Arrays.stream(NodeTestSupport.doubles(out[1], "Records")).sum();
        double share = java.util.Arrays.stream(NodeTestSupport.doubles(out[1], "Share of value")).sum();
        assertEquals(String.format(java.util.Locale.ROOT, "%d of 6 records got no category; they carry %.2f%% of the "
            + "value.", unmappedRecords, 100 * share), p.text().get(0));
        assertTrue(unmappedRecords > 0, "the test records include codes outside the ATP list");
        java.util.Map<String, Object> v = NodeModelTestAccess.flowVariables(m);
        assertEquals(6.0, v.get("category_mapper.records"));
        assertEquals((double)unmappedRecords, v.get("category_mapper.records_without_category"));
        assertEquals(share, (Double)v.get("category_mapper.value_share_without_category"), 1e-15);

        assertEquals(3, p.figures().size());
        Figure.LineChart exports = (Figure.LineChart)p.figures().get(0);
        assertArrayEquals(new double[]{2010, 2017}, exports.x());
        assertEquals(10, exports.lines().size(), "the ten ATP groups");
        List<String> codes = NodeTestSupport.strings(out[0], CategoryMapperNodeModel.COL_CATEGORY);
        List<String> names = NodeTestSupport.strings(out[0], CategoryMapperNodeModel.COL_NAME);
        double[] years = NodeTestSupport.doubles(out[0], "Year");
        double[] ex = NodeTestSupport.doubles(out[0], "Exports");
        double[] bal = NodeTestSupport.doubles(out[0], "Balance (exports - imports)");
        Figure.LineChart balance = (Figure.LineChart)p.figures().get(2);
        for (int i = 0; i < ex.length; i++) {
            String label = codes.get(i) + " " + names.get(i);
            int at = years[i] == 2010 ? 0 : 1;
            assertEquals(ex[i], line(exports, label).y()[at], 0.0, label + " exports " + years[i]);
            assertEquals(bal[i], line(balance, label).y()[at], 0.0, label + " balance " + years[i]);
        }
        ViewTestImages.assertDraws(p, "category-mapper");
    }

    private static Figure.Line line(final Figure.LineChart c, final String name) {
        return c.lines().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }
}
