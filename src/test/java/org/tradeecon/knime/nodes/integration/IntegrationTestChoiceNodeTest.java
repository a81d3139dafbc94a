package org.tradeecon.knime.nodes.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.StubExecutionContext;
import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.tradeecon.knime.testsupport.NodeTestSupport;
import org.tradeecon.knime.testsupport.PaperData;
import org.tradeecon.knime.testsupport.ReferenceCsv;
import org.tradeecon.knime.testsupport.UnitRootReference;

/**
 * The Order of Integration node's choice of test, confirming test and finite-sample p-values (issues 15 and 17) on
 * the paper's ln patents 2004-2017 (first difference: dlnpatent_2005_2017). Each expected order follows from the
 * reference statistics, p-values and critical values, never from our own output: R urca 1.3.3 ur.ers (DF-GLS tau
 * and ERS/MacKinnon critical values, r_urca_ers.csv), R lm() with Hamilton's Phillips-Perron formulas at the short
 * rule's 2 lags (the "hamilton" rows of r_pp.csv) with statsmodels 0.13.5's MacKinnon (2010) critical values at the
 * same T (statsmodels_adf.csv), statsmodels adfuller (statsmodels_adf.csv) and urca's punitroot finite-sample
 * p-values (reference/simulation/urca_punitroot.csv). Statistics matched to a relative 1e-8.
 */
class IntegrationTestChoiceNodeTest {
    private static final double REL = 1e-8;
    private static final String ADF = "unitroot/statsmodels_adf.csv";
    private static final String[] SERIES = {"lnpatent_2004_2017", "dlnpatent_2005_2017"};

    private static NodeSettings settings() throws InvalidSettingsException {
        NodeSettings s = NodeModelTestAccess.saveSettings(new IntegrationNodeModel());
        s.addString("time_column", "year");
        NodeTestSupport.includeOnly(s, "columns", "value");
        return s;
    }

    private static IntegrationNodeModel model(final NodeSettings s) throws InvalidSettingsException {
        IntegrationNodeModel m = new IntegrationNodeModel();
        NodeModelTestAccess.loadSettings(m, s);
        return m;
    }

    private static BufferedDataTable[] run(final NodeSettings s) throws Exception {
        return NodeModelTestAccess.execute(model(s), StubExecutionContext.create(), lnPatents());
    }

    private static BufferedDataTable lnPatents() {
        return PaperData.yearly(PaperData.FIRST_YEAR, PaperData.series("lnpatent_2004_2017")).table();
    }

    private static Map<String, String> ers(final String series) {
        return UnitRootReference.table("r_urca_ers.csv").stream().filter(r -> r.get("series").equals(series)
            && r.get("model").equals("constant") && r.get("lag").equals("0")).findFirst().orElseThrow();
    }

    private static Map<String, String> hamilton(final String series) {
        return UnitRootReference.table("r_pp.csv").stream().filter(r -> r.get("source").equals("hamilton")
            && r.get("series").equals(series) && r.get("model").equals("constant") && r.get("lags").equals("2"))
            .findFirst().orElseThrow();
    }

    private static double order(final BufferedDataTable summary) {
        return NodeTestSupport.doubles(summary, "Order of integration (d)")[0];
    }

    private static void close(final double expected, final double actual, final String what) {
        assertEquals(expected, actual, REL * Math.abs(expected), what);
    }

    /**
     * DF-GLS with a constant and lag 0: urca tau = -1.474 in levels (5% critical value -1.97: not rejected) and
     * -3.378 on the difference (-1.97: rejected), so PATENT is I(1) by DF-GLS too.
     */
    @Test
    void dfGlsAtEachDifference() throws Exception {
        NodeSettings s = settings();
        s.addString("test", "DF-GLS (Elliott-Rothenberg-Stock)");
        BufferedDataTable[] out = run(s);
        List<String> rejects = NodeTestSupport.strings(out[1], "Test rejects unit root");
        for (int d = 0; d < 2; d++) {
            Map<String, String> r = ers(SERIES[d]);
            close(PaperData.num(r, "tau"), NodeTestSupport.doubles(out[1], "Test statistic")[d], "DF-GLS tau d=" + d);
            boolean urcaRejects = PaperData.num(r, "tau") < PaperData.num(r, "cval5");
            assertEquals(String.valueOf(urcaRejects), rejects.get(d), "urca's decision at d=" + d);
        }
        assertEquals(1.0, order(out[0]), "first rejection by urca's numbers: d = 1");
        assertEquals(List.of("DF-GLS", "DF-GLS"), NodeTestSupport.strings(out[1], "Test"));
        assertTrue(Double.isNaN(NodeTestSupport.doubles(out[0], "ADF statistic")[0]), "no ADF was run");
        close(PaperData.num(ers(SERIES[1]), "tau"), NodeTestSupport.doubles(out[0], "Test statistic")[0],
            "summary: the deciding test");
        assertTrue(NodeTestSupport.strings(out[0], "Decision rule").get(0)
            .startsWith("the first d at which DF-GLS rejects a unit root at 5%"));
    }

    /**
     * Phillips-Perron, constant, short rule (2 lags at T = 13 and 12, as urca's usedlag): Z(tau) = -2.235 in levels
     * and -3.958 on the difference against MacKinnon's (2010) 5% critical values at the same T (statsmodels).
     */
    @Test
    void phillipsPerronAtEachDifference() throws Exception {
        NodeSettings s = settings();
        s.addString("test", "Phillips-Perron");
        BufferedDataTable[] out = run(s);
        List<String> rejects = NodeTestSupport.strings(out[1], "Test rejects unit root");
        int firstRejection = -1;
        for (int d = 0; d < 2; d++) {
            double zTau = PaperData.num(hamilton(SERIES[d]), "ztau");
            close(zTau, NodeTestSupport.doubles(out[1], "Test statistic")[d], "Z(tau) d=" + d);
            boolean rejected = zTau < PaperData.num(PaperData.row(ADF, SERIES[d] + "/c/fixed0"), "crit5");
            assertEquals(String.valueOf(rejected), rejects.get(d), "decision at d=" + d);
            firstRejection = firstRejection < 0 && rejected ? d : firstRejection;
        }
        assertEquals(1, firstRejection);
        assertEquals(1.0, order(out[0]));
        assertEquals(List.of(2.0, 2.0), List.of(NodeTestSupport.doubles(out[1], "Lags used")[0],
            NodeTestSupport.doubles(out[1], "Lags used")[1]));
    }

    /**
     * Zivot-Andrews, break in the intercept, lag 0, no trimming (as urca's ur.za, which tries every date): urca's
     * minimum t = -4.335 in levels and -4.837 on the difference, against Zivot and Andrews' (1992, Table 2) 5%
     * critical value -4.80 (urca's cval): not rejected, then rejected, so d = 1.
     */
    @Test
    void zivotAndrewsAtEachDifference() throws Exception {
        NodeSettings s = settings();
        s.addString("test", "Zivot-Andrews (one structural break)");
        s.addDouble("za_trim", 0.0);
        BufferedDataTable[] out = run(s);
        double fivePercent = -4.80; // Zivot and Andrews (1992), Table 2, model A
        List<String> rejects = NodeTestSupport.strings(out[1], "Test rejects unit root");
        for (int d = 0; d < 2; d++) {
            final String name = SERIES[d];
            double urca = UnitRootReference.table("r_urca_za.csv").stream().filter(r -> r.get("series").equals(name)
                && r.get("model").equals("intercept") && r.get("lag").equals("0"))
                .mapToDouble(r -> Double.parseDouble(r.get("stat"))).findFirst().orElseThrow();
            close(urca, NodeTestSupport.doubles(out[1], "Test statistic")[d], "ZA t d=" + d);
            assertEquals(String.valueOf(urca < fivePercent), rejects.get(d), "decision at d=" + d);
        }
        assertEquals(1.0, order(out[0]));
        assertEquals(List.of("Zivot-Andrews", "Zivot-Andrews"), NodeTestSupport.strings(out[1], "Test"));
    }

    /**
     * DF-GLS confirmed by the ADF: at d = 1 both reject (urca DF-GLS tau below -1.97; statsmodels ADF p = 0.0049),
     * at d = 0 neither does; the ADF columns hold the confirming ADF.
     */
    @Test
    void aUnitRootTestConfirmsByRejectingToo() throws Exception {
        NodeSettings s = settings();
        s.addString("test", "DF-GLS (Elliott-Rothenberg-Stock)");
        s.addBoolean("kpss_agreement", true);
        s.addString("confirming_test", "Augmented Dickey-Fuller (ADF)");
        BufferedDataTable[] out = run(s);
        List<String> agrees = NodeTestSupport.strings(out[1], "Confirming test agrees");
        for (int d = 0; d < 2; d++) {
            Map<String, String> r = PaperData.row(ADF, SERIES[d] + "/c/fixed0");
            close(PaperData.num(r, "stat"), NodeTestSupport.doubles(out[1], "Confirming statistic")[d], "ADF d=" + d);
            close(PaperData.num(r, "stat"), NodeTestSupport.doubles(out[1], "ADF statistic")[d], "ADF column d=" + d);
            assertEquals(String.valueOf(PaperData.num(r, "pvalue") < 0.05), agrees.get(d), "ADF agrees at d=" + d);
        }
        assertEquals(1.0, order(out[0]));
        assertEquals(List.of("ADF"), NodeTestSupport.strings(out[0], "Confirming test"));
        assertTrue(NodeTestSupport.strings(out[0], "Decision rule").get(0).contains("and ADF also rejects a unit root"));
    }

    /** The ADF confirmed by Phillips-Perron: both reject first at d = 1 by the references above. */
    @Test
    void adfConfirmedByPhillipsPerron() throws Exception {
        NodeSettings s = settings();
        s.addBoolean("kpss_agreement", true);
        s.addString("confirming_test", "Phillips-Perron");
        BufferedDataTable[] out = run(s);
        for (int d = 0; d < 2; d++) {
            close(PaperData.num(hamilton(SERIES[d]), "ztau"),
                NodeTestSupport.doubles(out[1], "Confirming statistic")[d], "Z(tau) d=" + d);
        }
        assertEquals(List.of("false", "true"), NodeTestSupport.strings(out[1], "Confirming test agrees"));
        assertEquals(1.0, order(out[0]));
        assertTrue(Double.isNaN(NodeTestSupport.doubles(out[0], "KPSS statistic")[0]), "no KPSS was run");
    }

    /**
     * A workflow saved before the test choice and the simulation: without the new keys, and with KPSS agreement
     * ticked, it runs the ADF with KPSS confirming, as before, and gives the same table as today's defaults.
     */
    @Test
    void oldSettingsGiveTodaysResults() throws Exception {
        NodeSettings s = settings();
        s.addBoolean("kpss_agreement", true);
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        s.saveToXML(xml);
        String keys = "(test|confirming_test|finite_sample_simulated|simulation_[a-z]+|pp_[a-z]+|za_[a-z]+)";
        String old = xml.toString(StandardCharsets.UTF_8)
            .replaceAll("(?s)<config key=\"" + keys + "_Internals\">.*?</config>\\s*", "")
            .replaceAll("(?m)^.*key=\"" + keys + "\".*\\R", "");
        for (String k : List.of("\"test\"", "confirming_test", "finite_sample", "simulation_", "pp_", "za_")) {
            assertTrue(!old.contains(k), k + " removed");
        }
        NodeSettings loaded = (NodeSettings)NodeSettings.loadFromXML(
            new ByteArrayInputStream(old.getBytes(StandardCharsets.UTF_8)));
        BufferedDataTable[] before = run(loaded);
        BufferedDataTable[] now = run(s);
        for (int port = 0; port < 2; port++) {
            assertEquals(rows(now[port]), rows(before[port]), "port " + port);
        }
        assertEquals(1.0, order(before[0]));
        close(PaperData.num(PaperData.row(ADF, SERIES[1] + "/c/fixed0"), "stat"),
            NodeTestSupport.doubles(before[0], "ADF statistic")[0], "the deciding ADF");
        assertEquals(List.of("ADF"), NodeTestSupport.strings(before[0], "Test"));
        assertEquals(List.of("KPSS"), NodeTestSupport.strings(before[0], "Confirming test"));
        NodeSettings saved = NodeModelTestAccess.saveSettings(model(loaded));
        assertEquals("Augmented Dickey-Fuller (ADF)", saved.getString("test"));
        assertEquals(false, saved.getBoolean("finite_sample_simulated"));
    }

    private static List<String> rows(final BufferedDataTable t) {
        List<String> rows = new ArrayList<>();
        t.forEach(r -> rows.add(r.toString()));
        return rows;
    }

    /**
     * At alpha = 1% the table p-value of the difference (statsmodels 0.0049) rejects, so d = 1; urca's finite-sample
     * p-value for tau = -3.647 at N = 12 is 0.022, which does not, and with the simulation on the search goes on.
     * The simulated p-value must be within Monte Carlo error (4 standard errors) plus 0.002 of urca's.
     */
    @Test
    void simulatedPValuesDecide() throws Exception {
        NodeSettings s = settings();
        s.addDouble("alpha", 0.01);
        Map<String, String> diff = PaperData.row(ADF, SERIES[1] + "/c/fixed0");
        assertTrue(PaperData.num(diff, "pvalue") < 0.01);
        assertEquals(1.0, order(run(s)[0]), "table p-values");

        s.addBoolean("finite_sample_simulated", true);
        IntegrationNodeModel m = model(s);
        BufferedDataTable[] out = NodeModelTestAccess.execute(m, StubExecutionContext.create(), lnPatents());
        double urca = ReferenceCsv.rows("/reference/simulation/urca_punitroot.csv").stream()
            .filter(r -> r.get("tau").equals("-3.647") && r.get("N").equals("12"))
            .mapToDouble(r -> Double.parseDouble(r.get("p"))).findFirst().orElseThrow();
        assertTrue(urca > 0.01, "urca does not reject at 1%");
        double simulated = NodeTestSupport.doubles(out[1], "Simulated p-value")[1];
        double tol = 4 * Math.sqrt(urca * (1 - urca) / SimulationOptions.DEFAULT_REPLICATIONS) + 0.002;
        assertEquals(urca, simulated, tol, "simulated p at d = 1");
        close(PaperData.num(diff, "pvalue"), NodeTestSupport.doubles(out[1], "ADF p-value")[1], "table p shown too");
        assertEquals("false", NodeTestSupport.strings(out[1], "Stationary").get(1));
        assertNotEquals(1.0, order(out[0]), "the simulated p-value decides");
        assertTrue(out[1].size() >= 3, "the second difference was tested");
        assertTrue(NodeModelTestAccess.warning(m).contains("is below 25, the smallest sample size"),
            NodeModelTestAccess.warning(m));
        assertTrue(NodeTestSupport.strings(out[0], "Decision rule").get(0).endsWith("(simulated p-values for ADF and"
            + " KPSS)"));
    }

    @Test
    void settingsThatCannotWorkAreRefused() throws Exception {
        NodeSettings same = settings();
        same.addBoolean("kpss_agreement", true);
        same.addString("confirming_test", "Augmented Dickey-Fuller (ADF)");
        var e = assertThrows(InvalidSettingsException.class, () -> model(same));
        assertTrue(e.getMessage().startsWith("The confirming test must differ"), e.getMessage());
        NodeSettings pp = settings();
        pp.addString("test", "Phillips-Perron");
        pp.addBoolean("finite_sample_simulated", true);
        e = assertThrows(InvalidSettingsException.class, () -> model(pp));
        assertTrue(e.getMessage().contains(IntegrationSettings.LABEL_SIMULATE), e.getMessage());
        NodeSettings gls = settings();
        gls.addString("test", "DF-GLS (Elliott-Rothenberg-Stock)");
        gls.addString("deterministic", "None");
        e = assertThrows(InvalidSettingsException.class, () -> model(gls));
        assertTrue(e.getMessage().startsWith("DF-GLS removes by GLS a level or a linear trend"), e.getMessage());
    }

    @Test
    void cancelStopsTheSimulation() throws Exception {
        // how many cancellation checks the node makes before the first simulation: the next one is the simulation's
        var quiet = StubExecutionContext.create();
        NodeModelTestAccess.execute(model(settings()), quiet, lnPatents());
        int before = StubExecutionContext.checkCount(quiet) - 1; // the loop's check after the series comes later
        NodeSettings s = settings();
        s.addBoolean("finite_sample_simulated", true);
        s.addInt("simulation_replications", 100_000_000); // minutes of work if the cancel were ignored
        var exec = StubExecutionContext.cancelAfterChecks(before);
        assertThrows(CanceledExecutionException.class, () -> NodeModelTestAccess.execute(model(s), exec, lnPatents()));
        List<String> simulating = StubExecutionContext.messages(exec).stream()
            .filter(t -> t != null && t.startsWith("Simulating")).toList();
        assertTrue(simulating.stream().noneMatch(t -> t.endsWith(": 100%")), "stopped before the end: " + simulating);
        // uncancelled, the progress names the series and the difference being simulated
        NodeSettings small = settings();
        small.addBoolean("finite_sample_simulated", true);
        small.addInt("simulation_replications", 999);
        var shown = StubExecutionContext.create();
        NodeModelTestAccess.execute(model(small), shown, lnPatents());
        assertTrue(StubExecutionContext.messages(shown).stream().anyMatch(t -> t != null
            && t.startsWith("Simulating \"value\", difference 1 of value: ")), StubExecutionContext.messages(shown)
            .toString());
    }
}
