package org.tradeecon.knime.nodes.panelunitroot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.StubExecutionContext;
import org.tradeecon.knime.nodes.common.TestSettings;
import org.tradeecon.knime.testsupport.NodeDescriptions;
import org.tradeecon.knime.testsupport.NodeTestSupport;
import org.tradeecon.knime.testsupport.NodeTestSupport.TableBuilder;
import org.tradeecon.knime.testsupport.ReferenceCsv;
import org.tradeecon.knime.testsupport.Tolerance;

/**
 * The Panel Unit Root Test node through the KNIME stand-in, on the panels of src/test/resources/reference/panel in
 * long form (columns firm, Year, value). Expected numbers: R plm 2.6.2 purtest via plm_reference.R
 * (plm_levinlin.csv, plm_purtest.csv), statistic and p-value 1e-8 relative as in the engine's reference tests; the
 * rest (units, lags, periods, flow variables, messages) exact.
 */
class PanelUnitRootNodeModelTest {

    /** @return panel {@code name} of reference file {@code file} as a long table, rows in the given order */
    private static BufferedDataTable table(final String file, final String name, final boolean shuffle) {
        List<Map<String, String>> rows = new ArrayList<>(ReferenceCsv.rows("/reference/panel/" + file, name));
        if (shuffle) {
            Collections.shuffle(rows, new Random(7));
        }
        TableBuilder b = new TableBuilder().column("firm", StringCell.TYPE).column("Year", IntCell.TYPE)
            .column("value", DoubleCell.TYPE);
        for (Map<String, String> r : rows) {
            b.row(r.get("unit"), 2000 + Integer.parseInt(r.get("time")), ReferenceCsv.number(r.get("value")));
        }
        return b.table();
    }

    private static NodeSettings settings(final String test, final String terms, final boolean demean)
        throws InvalidSettingsException {
        NodeSettings s = NodeModelTestAccess.saveSettings(new PanelUnitRootNodeModel());
        s.addString(PanelUnitRootSettings.CFG_SERIES, "value");
        s.addString(PanelUnitRootSettings.CFG_PANEL, "firm");
        s.addString("time_column", "Year");
        s.addString(PanelUnitRootSettings.CFG_TEST, test);
        s.addString("deterministic", terms);
        s.addBoolean(PanelUnitRootSettings.CFG_DEMEAN, demean);
        return s;
    }

    private static BufferedDataTable[] run(final NodeSettings s, final BufferedDataTable in,
        final PanelUnitRootNodeModel m) throws Exception {
        NodeModelTestAccess.loadSettings(m, s);
        NodeModelTestAccess.configure(m, in.getDataTableSpec());
        return NodeModelTestAccess.execute(m, StubExecutionContext.create(), in);
    }

    private static DataCell only(final BufferedDataTable t, final String column) {
        int c = t.getDataTableSpec().findColumnIndex(column);
        assertTrue(c >= 0, column);
        List<DataCell> cells = new ArrayList<>();
        for (DataRow r : t) {
            cells.add(r.getCell(c));
        }
        assertEquals(1, cells.size(), "rows of the panel table");
        return cells.get(0);
    }

    private static double number(final BufferedDataTable t, final String column) {
        return ((DoubleValue)only(t, column)).getDoubleValue();
    }

    @Test
    void levinLinChuMatchesPlmAndPublishesFlowVariables() throws Exception {
        // plm_levinlin.csv: grunfeld_value, not demeaned, intercept, lag 0
        PanelUnitRootNodeModel m = new PanelUnitRootNodeModel();
        BufferedDataTable[] out = run(settings("Levin-Lin-Chu t*", "Constant", false),
            table("panels.csv", "grunfeld_value", false), m);
        Tolerance.assertRelative(0.11904878968099393, number(out[0], "Statistic"), 1e-8, "LLC statistic");
        Tolerance.assertRelative(0.54738164898954511, number(out[0], "p-value"), 1e-8, "LLC p-value");
        assertEquals(10, ((IntValue)only(out[0], "Panels used")).getIntValue());
        assertEquals(20, ((IntValue)only(out[0], "Periods")).getIntValue());
        assertTrue(only(out[0], "Unbalanced panels").toString().startsWith("balanced panels only"));
        assertEquals("every panel unit has a unit root", only(out[0], "Null hypothesis").toString());
        assertEquals("false", only(out[0], "Null rejected").toString());
        assertEquals(10, out[1].size());
        assertEquals(List.of("0"), NodeTestSupport.strings(out[1], "Lags used").stream().distinct().toList());
        assertEquals(List.of("19"), NodeTestSupport.strings(out[1], "Observations").stream().distinct().toList());
        Map<String, Object> v = NodeModelTestAccess.flowVariables(m);
        Tolerance.assertRelative(0.11904878968099393, (Double)v.get("panel_unit_root.value.statistic"), 1e-8, "var");
        assertEquals(only(out[0], "Decision at alpha").toString(), v.get("panel_unit_root.value.decision"));
        assertEquals("false", v.get("panel_unit_root.value.null_rejected"));
        assertEquals(10, v.get("panel_unit_root.value.panels_used"));
        assertTrue(NodeModelTestAccess.warning(m).contains("T = 20 is below"), NodeModelTestAccess.warning(m));
    }

    @Test
    void monthlyTextTimesAlignTheUnitsAsYearsDo() throws Exception {
        // the same panel (grunfeld_value) with times "2001-01" ... "2002-08": the same plm_levinlin.csv numbers
        TableBuilder b = new TableBuilder().column("firm", StringCell.TYPE).column("Year", StringCell.TYPE)
            .column("value", DoubleCell.TYPE);
        for (Map<String, String> r : ReferenceCsv.rows("/reference/panel/panels.csv", "grunfeld_value")) {
            int t = Integer.parseInt(r.get("time")) - 1;
            b.row(r.get("unit"), String.format("%d-%02d", 2001 + t / 12, t % 12 + 1),
                ReferenceCsv.number(r.get("value")));
        }
        BufferedDataTable[] out = run(settings("Levin-Lin-Chu t*", "Constant", false), b.table(),
            new PanelUnitRootNodeModel());
        Tolerance.assertRelative(0.11904878968099393, number(out[0], "Statistic"), 1e-8, "LLC statistic");
        assertEquals(20, ((IntValue)only(out[0], "Periods")).getIntValue());
    }

    @Test
    void demeaningWithLagSearchMatchesPlmOnDataDemeanedInR() throws Exception {
        // plm_levinlin.csv: llc_t27 demeaned, trend, SIC (BIC here) with pmax = 2
        NodeSettings s = settings("Levin-Lin-Chu t*", "Constant and linear trend", true);
        s.addString("lag_rule", "BIC (Schwarz)");
        s.addInt("lags", 2);
        BufferedDataTable[] out = run(s, table("llc_panels.csv", "llc_t27", true), new PanelUnitRootNodeModel());
        Tolerance.assertRelative(-4.5793896161556953, number(out[0], "Statistic"), 1e-8, "LLC statistic");
        Tolerance.assertRelative(2.3316740774994775e-06, number(out[0], "p-value"), 1e-8, "LLC p-value");
        assertEquals("true", only(out[0], "Demeaned").toString());
    }

    @Test
    void levinLinChuWithGretlsConvention() throws Exception {
        // gretl_levinlin.csv: llc_t27, intercept, lag 0 (T-tilde = 26: Table 2's T = 30 row; bandwidth 9)
        NodeSettings s = settings("Levin-Lin-Chu t*", "Constant", false);
        s.addString(PanelUnitRootSettings.CFG_LLC_CONVENTION, "gretl");
        BufferedDataTable[] out = run(s, table("llc_panels.csv", "llc_t27", false), new PanelUnitRootNodeModel());
        Tolerance.assertRelative(-3.5723657258642745, number(out[0], "Statistic"), 1e-8, "LLC statistic (gretl)");
        Tolerance.assertRelative(0.0001768854419937802, number(out[0], "p-value"), 1e-8, "LLC p-value (gretl)");
    }

    @Test
    void fisherOnAnUnbalancedPanelInAnyRowOrder() throws Exception {
        // plm_purtest.csv: unbalanced, madwu, intercept, lag 1 (dfcor = TRUE, MacKinnon 1994)
        Map<String, String> ref = ReferenceCsv.rows("/reference/panel/plm_purtest.csv", "unbalanced").stream()
            .filter(r -> r.get("test").equals("madwu") && r.get("exo").equals("intercept") && r.get("lags").equals("1"))
            .findFirst().orElseThrow();
        NodeSettings s = settings("Fisher ADF: Maddala-Wu chi-squared", "Constant", false);
        s.addInt("lags", 1);
        BufferedDataTable[] out = run(s, table("panels.csv", "unbalanced", true), new PanelUnitRootNodeModel());
        Tolerance.assertRelative(ReferenceCsv.number(ref.get("statistic")), number(out[0], "Statistic"), 1e-8, "P");
        Tolerance.assertRelative(ReferenceCsv.number(ref.get("p_value")), number(out[0], "p-value"), 1e-8, "p");
        assertEquals(12, ((IntValue)only(out[0], "Panels used")).getIntValue());
        assertEquals(22, ((IntValue)only(out[0], "Periods")).getIntValue()); // the union of the units' years
        assertTrue(only(out[0], "Unbalanced panels").toString().startsWith("unbalanced panels allowed"));
    }

    @Test
    void hadriHeteroskedasticDemeaned() throws Exception {
        // plm_purtest.csv: mixed demeaned, hadri, trend, Hcons = TRUE
        BufferedDataTable[] out = run(settings("Hadri LM, heteroskedastic", "Constant and linear trend", true),
            table("panels.csv", "mixed", false), new PanelUnitRootNodeModel());
        Tolerance.assertRelative(17.537164833962958, number(out[0], "Statistic"), 1e-8, "Hadri Z");
        Tolerance.assertClose(3.7277687994766492e-69, number(out[0], "p-value"), 1e-8, 1e-300, "Hadri p");
        assertEquals("none (Hadri's LM has no lags)", only(out[0], "Lag rule").toString());
        assertTrue(out[1].iterator().next().getCell(4).isMissing(), "Hadri units have no p-value");
    }

    @Test
    void duplicateAndMissingYearsNameThePanelAndTheTime() throws Exception {
        TableBuilder dup = new TableBuilder().column("firm", StringCell.TYPE).column("Year", IntCell.TYPE)
            .column("value", DoubleCell.TYPE);
        TableBuilder gap = new TableBuilder().column("firm", StringCell.TYPE).column("Year", IntCell.TYPE)
            .column("value", DoubleCell.TYPE);
        for (int y = 2000; y < 2012; y++) {
            dup.row("A", y, Math.sin(y)).row("B", y, Math.cos(y));
            gap.row("A", y, Math.sin(y));
            if (y != 2005) {
                gap.row("B", y, Math.cos(y));
            }
        }
        dup.row("B", 2003, 1.0);
        NodeSettings s = settings("Fisher ADF: Maddala-Wu chi-squared", "Constant", false);
        IllegalArgumentException d = assertThrows(IllegalArgumentException.class,
            () -> run(s, dup.table(), new PanelUnitRootNodeModel()));
        assertTrue(d.getMessage().contains("\"B\"") && d.getMessage().contains("year 2003")
            && d.getMessage().contains("Panel id column \"firm\""), d.getMessage());
        IllegalArgumentException g = assertThrows(IllegalArgumentException.class,
            () -> run(s, gap.table(), new PanelUnitRootNodeModel()));
        assertTrue(g.getMessage().contains("\"B\"") && g.getMessage().contains("2005"), g.getMessage());
    }

    @Test
    void levinLinChuRefusesAnUnbalancedPanelNamingUnitAndTime() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run(
            settings("Levin-Lin-Chu t*", "Constant", false), table("panels.csv", "unbalanced", false),
            new PanelUnitRootNodeModel()));
        assertTrue(e.getMessage().contains("balanced panel") && e.getMessage().contains("unit 'u01'")
            && e.getMessage().contains("at time 20"), e.getMessage());
    }

    @Test
    void hadriRefusesAnUnbalancedPanelNamingUnitAndTime() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run(
            settings("Hadri LM, homoskedastic", "Constant", false), table("panels.csv", "unbalanced", false),
            new PanelUnitRootNodeModel()));
        assertTrue(e.getMessage().contains("balanced panel") && e.getMessage().contains("unit 'u01'"), e.getMessage());
    }

    @Test
    void configureNamesWrongOrMissingColumns() throws Exception {
        BufferedDataTable in = table("panels.csv", "mixed", false);
        NodeSettings s = settings("Levin-Lin-Chu t*", "Constant", false);
        s.addString(PanelUnitRootSettings.CFG_SERIES, "firm"); // text, not numeric
        assertConfigureFails(s, in, "\"firm\"", "Series column");
        s = settings("Levin-Lin-Chu t*", "Constant", false);
        s.addString(PanelUnitRootSettings.CFG_PANEL, "country");
        assertConfigureFails(s, in, "\"country\"", "Panel id column");
        s = settings("Levin-Lin-Chu t*", "Constant", false);
        s.addString("time_column", null);
        assertConfigureFails(s, in, "Time column", "choose one");
        s = settings("Levin-Lin-Chu t*", "Constant", false);
        s.addString("time_column", "value");
        assertConfigureFails(s, in, "time column \"value\" has type");
        s = settings("Levin-Lin-Chu t*", "Constant", false);
        s.addString(PanelUnitRootSettings.CFG_PANEL, "Year");
        assertConfigureFails(s, in, "same column", "\"Year\"");
        s = settings("Im-Pesaran-Shin W-t-bar", "None", false);
        assertConfigureFails(s, in, "constant", "Deterministic terms");
    }

    private static void assertConfigureFails(final NodeSettings s, final BufferedDataTable in, final String... words)
        throws Exception {
        PanelUnitRootNodeModel m = new PanelUnitRootNodeModel();
        NodeModelTestAccess.loadSettings(m, s);
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestAccess.configure(m, in.getDataTableSpec()));
        for (String w : words) {
            assertTrue(e.getMessage().contains(w), e.getMessage());
        }
    }

    @Test
    void defaultsAskForTheColumnsAndTakeTheYear() throws Exception {
        PanelUnitRootNodeModel m = new PanelUnitRootNodeModel();
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestAccess.configure(m, table("panels.csv", "mixed", false).getDataTableSpec()));
        assertTrue(e.getMessage().contains("Series column"), e.getMessage());
        assertEquals("Year", NodeModelTestAccess.saveSettings(m).getString("time_column"));
        assertFalse(NodeModelTestAccess.saveSettings(m).getString(PanelUnitRootSettings.CFG_TEST).isEmpty());
    }

    @Test
    void hadriDisablesTheLagOptions() throws Exception {
        NodeDialogPane hadri = opened(settings("Hadri LM, homoskedastic", "Constant", false));
        assertFalse(NodeTestSupport.isEnabled(hadri, TestSettings.LABEL_LAG_RULE));
        assertFalse(NodeTestSupport.isEnabled(hadri, TestSettings.LABEL_LAGS));
        assertFalse(NodeTestSupport.isEnabled(hadri, PanelUnitRootSettings.LABEL_LLC_CONVENTION));
        NodeDialogPane llc = opened(settings("Levin-Lin-Chu t*", "Constant", false));
        assertTrue(NodeTestSupport.isEnabled(llc, TestSettings.LABEL_LAG_RULE));
        assertTrue(NodeTestSupport.isEnabled(llc, TestSettings.LABEL_LAGS));
        assertTrue(NodeTestSupport.isEnabled(llc, PanelUnitRootSettings.LABEL_LLC_CONVENTION));
        assertFalse(NodeTestSupport.isEnabled(llc, TestSettings.LABEL_LAG_SEARCH_SAMPLE), "fixed lag: no search");
    }

    private static NodeDialogPane opened(final NodeSettings s) throws Exception {
        NodeDialogPane dialog = NodeModelTestAccess.createDialog(new PanelUnitRootNodeFactory());
        NodeModelTestAccess.loadDialog(dialog, s,
            new DataTableSpec[]{table("panels.csv", "mixed", false).getDataTableSpec()});
        return dialog;
    }

    @Test
    void descriptionListsEveryDialogOption() throws Exception {
        NodeDescriptions.assertDescriptionListsDialogOptions(new PanelUnitRootNodeFactory());
    }
}
