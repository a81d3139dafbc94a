package org.tradeecon.knime.nodes.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.StubExecutionContext;
import org.tradeecon.knime.nodes.common.CommonSettings;
import org.tradeecon.knime.testsupport.NodeDescriptions;
import org.tradeecon.knime.testsupport.NodeTestSupport.TableBuilder;
import org.tradeecon.knime.testsupport.NodeTestSupport;
import org.tradeecon.knime.testsupport.PaperData;

/**
 * The Order of Integration node through the KNIME stand-in. Expected values: the paper's Table II (PATENT: order
 * of difference 1, tau = -3.647, p = 0.0049) and statsmodels 0.13.5 adfuller/kpss values for ln patents and its
 * first difference (src/test/resources/reference/unitroot), matched to a relative 1e-9.
 */
class IntegrationNodeModelTest {
    private static final double REL = 1e-9;
    private static final String ADF = "unitroot/statsmodels_adf.csv";
    private static final String KPSS = "unitroot/statsmodels_kpss.csv";

    private static IntegrationNodeModel model(final NodeSettings s) throws InvalidSettingsException {
        IntegrationNodeModel m = new IntegrationNodeModel();
        NodeModelTestAccess.loadSettings(m, s);
        return m;
    }

    private static NodeSettings yearValue() throws InvalidSettingsException {
        NodeSettings s = NodeModelTestAccess.saveSettings(new IntegrationNodeModel());
        s.addString("time_column", "year");
        NodeTestSupport.includeOnly(s, "columns", "value");
        return s;
    }

    private static BufferedDataTable[] run(final IntegrationNodeModel m, final BufferedDataTable in)
        throws Exception {
        return NodeModelTestAccess.execute(m, StubExecutionContext.create(), in);
    }

    private static BufferedDataTable lnPatents() {
        return PaperData.yearly(PaperData.FIRST_YEAR, PaperData.series("lnpatent_2004_2017")).table();
    }

    private static void close(final Map<String, String> ref, final String refColumn, final double actual) {
        double e = PaperData.num(ref, refColumn);
        assertEquals(e, actual, REL * Math.abs(e), ref.get("case") + " " + refColumn);
    }

    @Test
    void settingsSurviveXmlRoundTripAndDefaultsMatchThePaper() throws Exception {
        NodeSettings defaults = NodeModelTestAccess.saveSettings(new IntegrationNodeModel());
        assertEquals(3, defaults.getInt("max_d"));
        assertEquals(false, defaults.getBoolean("kpss_agreement"));
        assertEquals("Constant", defaults.getString("deterministic"));
        assertEquals(0, defaults.getInt("lags"));
        NodeSettings s = yearValue();
        s.addInt("max_d", 2);
        s.addBoolean("kpss_agreement", true);
        s.addString("lag_rule", "t-statistic (test down)");
        NodeSettingsRO back = NodeModelTestAccess.xmlRoundTrip(s);
        assertEquals(s.toString(), NodeModelTestAccess.saveSettings(model((NodeSettings)back)).toString());
        s.addInt("max_d", 11);
        var e = assertThrows(InvalidSettingsException.class, () -> model(s));
        assertTrue(e.getMessage().startsWith("Option \"Maximum order (max d)\": "), e.getMessage());
    }

    @Test
    void configureGivesBothSpecs() throws Exception {
        DataTableSpec[] out = NodeModelTestAccess.configure(model(yearValue()),
            PaperData.yearly(2004, new double[]{1, 2}).spec());
        assertEquals(List.of("Series", "Order of integration (d)", "Result", "Deterministic terms",
            "Differences in final test", "ADF statistic", "ADF p-value", "Lags used", "Observations",
            "KPSS statistic", "KPSS p-value", "Sample", "Warnings"), List.of(out[0].getColumnNames()).subList(0, 13));
        // the columns of the test choice and the simulation come after the old ones (downstream workflows keep working)
        assertEquals(List.of("Test", "Test statistic", "Test p-value", "Confirming test", "Confirming statistic",
            "Confirming p-value", "Simulated p-value", "Confirming simulated p-value", "Decision rule"),
            List.of(out[0].getColumnNames()).subList(13, 22));
        assertEquals("Differences (d)", out[1].getColumnNames()[1]);
        var e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestAccess.configure(model(yearValue()), (DataTableSpec)null));
        assertEquals("No input table: connect a table to the input port.", e.getMessage());
    }

    /** Table II, PATENT: ln patents 2004-2017 in levels is I(1); the deciding test is tau = -3.647, p = 0.0049. */
    @Test
    void papersPatentSeriesIsIntegratedOfOrderOne() throws Exception {
        IntegrationNodeModel m = model(yearValue());
        BufferedDataTable[] out = run(m, lnPatents());
        assertEquals(1, (int)NodeTestSupport.doubles(out[0], "Order of integration (d)")[0]);
        assertEquals(List.of("I(1): stationary after 1 difference"), NodeTestSupport.strings(out[0], "Result"));
        assertEquals(-3.647, NodeTestSupport.doubles(out[0], "ADF statistic")[0], 5e-4, "paper tau");
        assertEquals(0.0049, NodeTestSupport.doubles(out[0], "ADF p-value")[0], 5e-5, "paper p");
        assertEquals(List.of("year 2004 to year 2017"), NodeTestSupport.strings(out[0], "Sample"));
        // steps: levels (not rejected), then the first difference
        assertEquals(2, out[1].size());
        Map<String, String> levels = PaperData.row(ADF, "lnpatent_2004_2017/c/fixed0");
        Map<String, String> diff = PaperData.row(ADF, "dlnpatent_2005_2017/c/fixed0");
        close(levels, "stat", NodeTestSupport.doubles(out[1], "ADF statistic")[0]);
        close(levels, "pvalue", NodeTestSupport.doubles(out[1], "ADF p-value")[0]);
        close(diff, "stat", NodeTestSupport.doubles(out[1], "ADF statistic")[1]);
        close(diff, "pvalue", NodeTestSupport.doubles(out[1], "ADF p-value")[1]);
        assertEquals(List.of(13.0, 12.0), List.of(NodeTestSupport.doubles(out[1], "Observations")[0],
            NodeTestSupport.doubles(out[1], "Observations")[1]));
        assertEquals(List.of("false", "true"), NodeTestSupport.strings(out[1], "Stationary"));
        assertEquals(null, NodeModelTestAccess.warning(m));
    }

    @Test
    void kpssMustAgreeWhenAsked() throws Exception {
        NodeSettings s = yearValue();
        s.addBoolean("kpss_agreement", true);
        BufferedDataTable[] out = run(model(s), lnPatents());
        assertEquals(1, (int)NodeTestSupport.doubles(out[0], "Order of integration (d)")[0]);
        double[] kpss = NodeTestSupport.doubles(out[1], "KPSS statistic");
        close(PaperData.row(KPSS, "lnpatent_2004_2017/c/auto"), "stat", kpss[0]);
        close(PaperData.row(KPSS, "dlnpatent_2005_2017/c/auto"), "stat", kpss[1]);
        assertEquals(List.of("true", "false"), NodeTestSupport.strings(out[1], "KPSS rejects stationarity"));
        close(PaperData.row(KPSS, "dlnpatent_2005_2017/c/auto"), "stat",
            NodeTestSupport.doubles(out[0], "KPSS statistic")[0]);
    }

    /** The fixed KPSS bandwidth reaches the engine: statsmodels kpss(nlags=4) on ln patents and its difference. */
    @Test
    void fixedKpssLagsAreUsed() throws Exception {
        NodeSettings s = yearValue();
        s.addBoolean("kpss_agreement", true);
        s.addString("kpss_bandwidth", "Fixed: KPSS lags (below)");
        s.addInt("kpss_lags", 4);
        BufferedDataTable[] out = run(model(s), lnPatents());
        assertEquals(1, (int)NodeTestSupport.doubles(out[0], "Order of integration (d)")[0]);
        double[] kpss = NodeTestSupport.doubles(out[1], "KPSS statistic");
        close(PaperData.row(KPSS, "lnpatent_2004_2017/c/4"), "stat", kpss[0]);
        close(PaperData.row(KPSS, "dlnpatent_2005_2017/c/4"), "stat", kpss[1]);
    }

    @Test
    void orderAboveTheMaximumIsReportedNotGuessed() throws Exception {
        NodeSettings s = yearValue();
        s.addInt("max_d", 0);
        IntegrationNodeModel m = model(s);
        BufferedDataTable[] out = run(m, lnPatents());
        assertTrue(Double.isNaN(NodeTestSupport.doubles(out[0], "Order of integration (d)")[0]));
        String undetermined = "Order of integration not determined: not stationary at the 5% level after 0"
            + " differences (the largest order tried), so d > 0.";
        assertEquals(List.of(undetermined), NodeTestSupport.strings(out[0], "Result"));
        close(PaperData.row(ADF, "lnpatent_2004_2017/c/fixed0"), "stat",
            NodeTestSupport.doubles(out[0], "ADF statistic")[0]);
        assertEquals("\"value\": " + undetermined, NodeModelTestAccess.warning(m));
    }

    /** Two groups, no time column: PATENT in levels (I(1)) and statsmodels' macrodata infl (I(0)). */
    @Test
    void groupedTableAndAnUntestableGroup() throws Exception {
        TableBuilder b = new TableBuilder().column("series", StringCell.TYPE).column("value", DoubleCell.TYPE);
        for (double v : PaperData.series("lnpatent_2004_2017")) {
            b.row("PATENT", v);
        }
        for (double v : PaperData.series("infl")) {
            b.row("infl", v);
        }
        b.row("short", 1.0).row("short", 2.0).row("short", 1.5);
        NodeSettings s = NodeModelTestAccess.saveSettings(new IntegrationNodeModel());
        s.addString("group_column", "series");
        NodeTestSupport.includeOnly(s, "columns", "value");
        IntegrationNodeModel m = model(s);
        BufferedDataTable[] out = run(m, b.table());
        assertEquals(List.of("PATENT", "infl", "short"), NodeTestSupport.strings(out[0], "series"));
        assertEquals(List.of("1", "0", "?"), NodeTestSupport.strings(out[0], "Order of integration (d)"));
        close(PaperData.row(ADF, "infl/c/fixed0"), "stat", NodeTestSupport.doubles(out[0], "ADF statistic")[1]);
        String result = NodeTestSupport.strings(out[0], "Result").get(2);
        assertEquals("Not tested", result);
        assertTrue(NodeTestSupport.strings(out[0], "Warnings").get(2).startsWith("ADF test of series 'value': n = 3"),
            NodeTestSupport.strings(out[0], "Warnings").get(2));
        assertTrue(NodeModelTestAccess.warning(m).startsWith(
            "\"value\" (group \"short\") was not tested: ADF test of series 'value': n = 3"),
            NodeModelTestAccess.warning(m));
        assertEquals(List.of("PATENT", "PATENT", "infl"), NodeTestSupport.strings(out[1], "series"));
    }

    @Test
    void missingValuesFailByDefault() throws Exception {
        double[] x = PaperData.series("lnpatent_2004_2017");
        x[5] = Double.NaN;
        var e = assertThrows(IllegalArgumentException.class,
            () -> run(model(yearValue()), PaperData.yearly(PaperData.FIRST_YEAR, x).table()));
        assertEquals("\"value\" is missing at year 2009. Fill the gap, or set \"Missing values\" to \"Use longest "
            + "complete stretch\".", e.getMessage());
        NodeSettings s = yearValue();
        s.addString("missing_values", "Use longest complete stretch");
        BufferedDataTable[] out = run(model(s), PaperData.yearly(PaperData.FIRST_YEAR, x).table());
        assertEquals(List.of("year 2010 to year 2017"), NodeTestSupport.strings(out[0], "Sample"));
    }

    @Test
    void executionCanBeCancelled() throws Exception {
        var exec = StubExecutionContext.cancelAfterChecks(3);
        assertThrows(CanceledExecutionException.class,
            () -> NodeModelTestAccess.execute(model(yearValue()), exec, lnPatents()));
    }

    @Test
    void descriptionListsEveryDialogOption() throws Exception {
        NodeDescriptions.assertDescriptionListsDialogOptions(new IntegrationNodeFactory(), CommonSettings.LABEL_COLUMNS);
        NodeSettings s = yearValue();
        s.addInt("max_d", 2);
        var dialog = NodeModelTestAccess.createDialog(new IntegrationNodeFactory());
        NodeModelTestAccess.loadDialog(dialog, s, PaperData.yearly(2004, new double[]{1, 2}).spec());
        assertEquals(2, NodeModelTestAccess.saveDialog(dialog).getInt("max_d"));
    }
}
