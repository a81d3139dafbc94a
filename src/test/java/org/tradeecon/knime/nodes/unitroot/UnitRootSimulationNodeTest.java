package org.tradeecon.knime.nodes.unitroot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.StubExecutionContext;
import org.tradeecon.knime.engine.simulation.SimulationMonitor;
import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.tradeecon.knime.engine.unitroot.AdfOptions;
import org.tradeecon.knime.engine.unitroot.AdfResult;
import org.tradeecon.knime.engine.unitroot.AdfSimulation;
import org.tradeecon.knime.engine.unitroot.AdfTest;
import org.tradeecon.knime.engine.unitroot.Deterministic;
import org.tradeecon.knime.testsupport.NodeTestSupport;
import org.tradeecon.knime.testsupport.PaperData;
import org.tradeecon.knime.testsupport.ReferenceCsv;

/**
 * The Unit Root Test node's finite-sample p-value (issue 15) on the paper's differenced PATENT series (2005-2017,
 * ADF with a constant and lag 0: 12 regression observations): the node reports what the engine's simulation gives
 * (AdfSimulationTest checks it against MacKinnon's 1996 finite-sample p-values from R urca and against MacKinnon
 * 2010 and Fuller), and that value is within Monte Carlo error of urca's punitroot at N = 12 for the same tau
 * (reference/simulation/urca_punitroot.csv).
 */
class UnitRootSimulationNodeTest {
    private static NodeSettings settings(final boolean simulate) throws InvalidSettingsException {
        NodeSettings s = NodeModelTestAccess.saveSettings(new UnitRootNodeModel());
        s.addString("time_column", "year");
        NodeTestSupport.includeOnly(s, "columns", "value");
        s.addBoolean(UnitRootSettings.CFG_SIMULATE, simulate);
        return s;
    }

    private static BufferedDataTable run(final NodeSettings s) throws Exception {
        UnitRootNodeModel m = new UnitRootNodeModel();
        NodeModelTestAccess.loadSettings(m, s);
        return NodeModelTestAccess.execute(m, StubExecutionContext.create(),
            PaperData.yearly(2005, PaperData.series("dlnpatent_2005_2017")).table())[0];
    }

    @Test
    void simulatedPValueIsTheEnginesAndAgreesWithUrca() throws Exception {
        BufferedDataTable out = run(settings(true));
        double[] d = PaperData.series("dlnpatent_2005_2017");
        AdfResult adf = AdfTest.test(d, AdfOptions.fixedLag(Deterministic.CONSTANT, 0), "value");
        assertEquals(12, adf.observations());
        double engine = AdfSimulation.inference(adf, SimulationOptions.defaults(), SimulationMonitor.NONE).pValue();
        double node = NodeTestSupport.doubles(out, "Simulated p-value")[0];
        assertEquals(engine, node, 0.0, "the same seed and replications give the same number on any machine");

        Map<String, Double> urca = new HashMap<>();
        for (Map<String, String> r : ReferenceCsv.rows("/reference/simulation/urca_punitroot.csv")) {
            urca.put(r.get("tau") + "@" + r.get("N"), Double.parseDouble(r.get("p")));
        }
        double p = urca.get("-3.647@12"); // the paper's PATENT tau, which this series reproduces to 3 decimals
        assertEquals(-3.647, adf.statistic(), 5e-4);
        double tol = 4 * Math.sqrt(p * (1 - p) / SimulationOptions.DEFAULT_REPLICATIONS) + 0.002;
        assertEquals(p, node, tol, "urca punitroot at N = 12 (tau within 5e-4 of -3.647 adds < 0.001)");
        String how = NodeTestSupport.strings(out, "Simulation").get(0);
        assertTrue(how.contains("10000 replications, seed 20261203") && how.contains("T = 12"), how);
        double cv5 = NodeTestSupport.doubles(out, "Simulated critical value 5%")[0];
        assertTrue(cv5 < NodeTestSupport.doubles(out, "Critical value 5%")[0],
            "at T = 12 the 5% critical value lies below MacKinnon's (fatter left tail in small samples)");
    }

    @Test
    void offByDefaultAndOldWorkflowsLoadWithItOff() throws Exception {
        NodeSettings s = settings(false);
        BufferedDataTable out = run(s);
        assertTrue(Double.isNaN(NodeTestSupport.doubles(out, "Simulated p-value")[0]));
        // a workflow saved before issue 15: the three keys (and their _Internals) are absent
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        settings(false).saveToXML(xml);
        String before = xml.toString(StandardCharsets.UTF_8)
            .replaceAll("(?s)<config key=\"(finite_sample_simulated|simulation_[a-z]+)_Internals\">.*?</config>\\s*", "")
            .replaceAll("(?m)^.*key=\"(finite_sample_simulated|simulation_[a-z]+)\".*\\R", "");
        assertTrue(!before.contains("simulation_seed") && !before.contains("finite_sample"), "keys removed");
        NodeSettings old = (NodeSettings)NodeSettings.loadFromXML(
            new ByteArrayInputStream(before.getBytes(StandardCharsets.UTF_8)));
        assertTrue(Double.isNaN(NodeTestSupport.doubles(run(old), "Simulated p-value")[0]));
    }

    @Test
    void onlyForAdfAndKpss() throws Exception {
        NodeSettings s = settings(true);
        s.addString(UnitRootSettings.CFG_TEST, "Phillips-Perron");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestAccess.loadSettings(new UnitRootNodeModel(), s));
        assertTrue(e.getMessage().contains(UnitRootSettings.LABEL_SIMULATE), e.getMessage());
    }

    @Test
    void cancelStopsTheSimulation() throws Exception {
        // how many cancellation checks the node makes without a simulation: the next one is the simulation's
        UnitRootNodeModel plain = new UnitRootNodeModel();
        NodeModelTestAccess.loadSettings(plain, settings(false));
        var quiet = StubExecutionContext.create();
        NodeModelTestAccess.execute(plain, quiet, PaperData.yearly(2005, PaperData.series("dlnpatent_2005_2017"))
            .table());
        int before = StubExecutionContext.checkCount(quiet) - 1; // the loop's check after the series comes later

        UnitRootNodeModel m = new UnitRootNodeModel();
        NodeSettings s = settings(true);
        s.addInt(UnitRootSettings.CFG_REPLICATIONS, 100_000_000); // minutes of work if the cancel were ignored
        NodeModelTestAccess.loadSettings(m, s);
        var exec = StubExecutionContext.cancelAfterChecks(before);
        assertThrows(CanceledExecutionException.class, () -> NodeModelTestAccess.execute(m, exec,
            PaperData.yearly(2005, PaperData.series("dlnpatent_2005_2017")).table()));
        List<String> simulating = StubExecutionContext.messages(exec).stream()
            .filter(t -> t != null && t.startsWith("Simulating")).toList();
        assertTrue(simulating.stream().noneMatch(t -> t.endsWith(": 100%")), "stopped before the end: " + simulating);
    }
}
