package org.tradeecon.knime.nodes.granger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.StubExecutionContext;
import org.tradeecon.knime.engine.granger.GrangerBootstrap;
import org.tradeecon.knime.engine.simulation.SimulationMonitor;
import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.tradeecon.knime.testsupport.NodeTestSupport;
import org.tradeecon.knime.testsupport.ReferenceCsv;

/**
 * The Granger node's bootstrap p-value (issue 15) on lmtest's ChickEgg data, egg -> chicken at lag 2 (the F test's
 * numbers are checked against R lmtest and statsmodels in GrangerNodeModelTest): the node reports exactly the
 * engine's bootstrap (GrangerBootstrapTest checks its restricted residuals and leverages against R, and the
 * hand-run validation its size at 5%); off by default; the choice is checked when the node is configured.
 */
class GrangerBootstrapNodeTest {
    private static double[][] ce;

    private static BufferedDataTable table() {
        ce = ReferenceCsv.columns("/reference/granger/chickegg.csv", "year", "chicken", "egg");
        NodeTestSupport.TableBuilder b = new NodeTestSupport.TableBuilder().column("year", IntCell.TYPE)
            .column("chicken", DoubleCell.TYPE).column("egg", DoubleCell.TYPE);
        for (int i = 0; i < ce[0].length; i++) {
            b.row((int)ce[0][i], ce[1][i], ce[2][i]);
        }
        return b.table();
    }

    private static NodeSettings onePair(final String bootstrap) {
        NodeSettings s = NodeModelTestAccess.saveSettings(new GrangerNodeModel());
        s.addString(GrangerSettings.CFG_PAIRS, "One pair: cause X -> effect Y");
        s.addString(GrangerSettings.CFG_CAUSE, "egg");
        s.addString(GrangerSettings.CFG_EFFECT, "chicken");
        s.addString("time_column", "year");
        s.addString(GrangerSettings.CFG_BOOTSTRAP, bootstrap);
        s.addInt(GrangerSettings.CFG_BOOTSTRAP_REPLICATIONS, 999);
        return s;
    }

    private static BufferedDataTable run(final NodeSettings s) throws Exception {
        GrangerNodeModel m = new GrangerNodeModel();
        NodeModelTestAccess.loadSettings(m, s);
        return NodeModelTestAccess.execute(m, StubExecutionContext.create(), table())[0];
    }

    @Test
    void leveragedBootstrapIsTheEngines() throws Exception {
        BufferedDataTable out = run(onePair(GrangerChoices.Bootstrap.LEVERAGED.label()));
        long[] years = new long[ce[0].length];
        for (int i = 0; i < years.length; i++) {
            years[i] = (long)ce[0][i];
        }
        double engine = GrangerBootstrap.test("egg", ce[2], "chicken", ce[1], 2, 0, years,
            GrangerBootstrap.Method.LEVERAGED, SimulationOptions.of(999, (int)SimulationOptions.DEFAULT_SEED),
            SimulationMonitor.NONE).pValue();
        assertEquals(engine, NodeTestSupport.doubles(out, "Bootstrap p-value")[0], 0.0);
        // egg strongly Granger-causes chicken (F p = 0.0006 in R lmtest): few bootstrap F reach the observed one
        assertTrue(engine < 0.01, "bootstrap p " + engine);
        assertEquals("Reject", NodeTestSupport.strings(out, "Bootstrap decision at alpha").get(0));
        assertTrue(NodeTestSupport.strings(out, "Bootstrap").get(0).contains("999 replications, seed 20261203"));
    }

    @Test
    void offByDefault() throws Exception {
        NodeSettings s = onePair(GrangerChoices.Bootstrap.NONE.label());
        assertTrue(Double.isNaN(NodeTestSupport.doubles(run(s), "Bootstrap p-value")[0]));
    }

    @Test
    void anUnknownChoiceIsRefusedAtConfigure() throws Exception {
        GrangerNodeModel m = new GrangerNodeModel();
        NodeModelTestAccess.loadSettings(m, onePair("jackknife"));
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestAccess.configure(m, table().getDataTableSpec()));
        assertTrue(e.getMessage().contains(GrangerSettings.LABEL_BOOTSTRAP), e.getMessage());
    }
}
