package org.tradeecon.knime.nodes.granger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.StubExecutionContext;
import org.tradeecon.knime.testsupport.ReferenceCsv;
import org.tradeecon.knime.testsupport.NodeTestSupport;
import org.tradeecon.knime.testsupport.NodeTestSupport.TableBuilder;
import org.tradeecon.knime.nodes.common.view.Figure;
import org.tradeecon.knime.nodes.common.view.ViewPage;
import org.tradeecon.knime.nodes.common.view.ViewTestImages;

/**
 * The Granger view shows exactly the node's output: the heat map cell of each ordered pair is that pair's p-value in
 * output 0 (whose numbers the node tests check against statsmodels and R), the diagonal is "not tested"; for one pair
 * the lag-selection criteria of output 2 by lag.
 */
class GrangerViewTest {
    private static BufferedDataTable macroDifferences() throws Exception {
        double[][] macro = ReferenceCsv.columns("/reference/regression/macrodata.csv", "realgdp", "realcons",
            "realinv");
        TableBuilder b = new TableBuilder().column("gdp", DoubleCell.TYPE).column("cons", DoubleCell.TYPE)
            .column("inv", DoubleCell.TYPE);
        for (int t = 1; t < macro[0].length; t++) {
            b.row(Math.log(macro[0][t] / macro[0][t - 1]), Math.log(macro[1][t] / macro[1][t - 1]),
                Math.log(macro[2][t] / macro[2][t - 1]));
        }
        return b.table();
    }

    private static GrangerNodeModel model(final NodeSettings s) throws Exception {
        GrangerNodeModel m = new GrangerNodeModel();
        NodeModelTestAccess.loadSettings(m, s);
        return m;
    }

    @Test
    void heatMapHoldsTheOutputPValues() throws Exception {
        GrangerNodeModel m = model(NodeModelTestAccess.saveSettings(new GrangerNodeModel()));
        BufferedDataTable[] out = NodeModelTestAccess.execute(m, StubExecutionContext.create(), macroDifferences());
        ViewPage p = m.viewContent().pages().get(0);
        Figure.HeatMap h = (Figure.HeatMap)p.figures().get(0);
        assertEquals(List.of("gdp", "cons", "inv"), h.rows());
        List<String> causes = NodeTestSupport.strings(out[0], "Cause");
        List<String> effects = NodeTestSupport.strings(out[0], "Effect");
        double[] pValues = NodeTestSupport.doubles(out[0], "p-value");
        assertEquals(6, pValues.length);
        for (int i = 0; i < pValues.length; i++) {
            assertEquals(pValues[i], h.values()[h.rows().indexOf(causes.get(i))][h.columns().indexOf(effects.get(i))]);
        }
        for (int i = 0; i < 3; i++) {
            assertTrue(Double.isNaN(h.values()[i][i]), "a series is not tested against itself");
        }
        assertTrue(p.text().get(1).endsWith("of 6 tests reject it at the chosen significance level."), p.text().get(1));
        ViewTestImages.assertDraws(p, "granger-heat-map");
    }

    @Test
    void onePairShowsTheTestsAndTheCriteriaByLag() throws Exception {
        double[][] ce = ReferenceCsv.columns("/reference/granger/chickegg.csv", "year", "chicken", "egg");
        TableBuilder b = new TableBuilder().column("year", IntCell.TYPE).column("chicken", DoubleCell.TYPE)
            .column("egg", DoubleCell.TYPE);
        for (int i = 0; i < ce[0].length; i++) {
            b.row((int)ce[0][i], ce[1][i], ce[2][i]);
        }
        NodeSettings s = NodeModelTestAccess.saveSettings(new GrangerNodeModel());
        s.addString(GrangerSettings.CFG_PAIRS, "One pair: cause X -> effect Y");
        s.addString(GrangerSettings.CFG_CAUSE, "egg");
        s.addString(GrangerSettings.CFG_EFFECT, "chicken");
        s.addString(GrangerSettings.CFG_LAG_RULE, "BIC");
        s.addString("time_column", "year");
        GrangerNodeModel m = model(s);
        BufferedDataTable[] out = NodeModelTestAccess.execute(m, StubExecutionContext.create(), b.table());
        ViewPage p = m.viewContent().pages().get(0);
        assertEquals(out[0].size(), p.text().size(), "one line per test");
        assertTrue(p.text().get(0).startsWith("egg \u2192 chicken, lag "), p.text().get(0));
        assertFalse(p.figures().isEmpty());
        Figure.LineChart c = (Figure.LineChart)p.figures().get(0);
        double[] lags = NodeTestSupport.doubles(out[2], "Lag");
        double[] values = NodeTestSupport.doubles(out[2], "Criterion value");
        List<String> criteria = NodeTestSupport.strings(out[2], "Criterion");
        for (int i = 0; i < lags.length; i++) {
            String name = criteria.get(i);
            Figure.Line line = c.lines().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
            int at = java.util.Arrays.binarySearch(c.x(), lags[i]);
            assertEquals(values[i], line.y()[at], 0.0, name + " at lag " + lags[i]);
        }
        ViewTestImages.assertDraws(p, "granger-one-pair");
    }
}
