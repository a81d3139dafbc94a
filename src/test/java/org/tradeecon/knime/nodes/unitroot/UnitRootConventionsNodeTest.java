package org.tradeecon.knime.nodes.unitroot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.swing.JComboBox;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.StubExecutionContext;
import org.tradeecon.knime.engine.unitroot.AdfOptions;
import org.tradeecon.knime.engine.unitroot.AdfResult;
import org.tradeecon.knime.engine.unitroot.AdfTest;
import org.tradeecon.knime.engine.unitroot.ConventionPreset;
import org.tradeecon.knime.engine.unitroot.Deterministic;
import org.tradeecon.knime.engine.unitroot.LagSelection;
import org.tradeecon.knime.engine.unitroot.MaxLagRule;
import org.tradeecon.knime.nodes.common.TestSettings;
import org.tradeecon.knime.testsupport.NodeTestSupport;
import org.tradeecon.knime.testsupport.PaperData;
import org.tradeecon.knime.testsupport.UnitRootReference;

/**
 * "Reproduce the conventions of" and the single ADF conventions on the Unit Root Test node (issue 15): a workflow
 * saved before them keeps today's numbers, each single convention reaches the engine, the node reproduces R urca on
 * the paper's 13-point Δln PATENT beyond statsmodels' lag limit (r_urca_presets.csv), and choosing a preset in the
 * dialog fills the options, which stay editable.
 */
class UnitRootConventionsNodeTest {
    private static final String[] NEW_KEYS = {TestSettings.CFG_CONVENTIONS_OF, TestSettings.CFG_LAG_LIMIT,
        TestSettings.CFG_MAX_LAG_CUT, TestSettings.CFG_LAG_ZERO, TestSettings.CFG_T_STAT_SAMPLE,
        TestSettings.CFG_CRITICAL_VALUES};

    private static NodeSettings settings(final String terms, final String lagRule, final String maxLag, final int lags)
        throws InvalidSettingsException {
        NodeSettings s = NodeModelTestAccess.saveSettings(new UnitRootNodeModel());
        s.addString("time_column", "year");
        NodeTestSupport.includeOnly(s, "columns", "value");
        s.addString(TestSettings.CFG_DETERMINISTIC, terms);
        s.addString(TestSettings.CFG_LAG_RULE, lagRule);
        s.addString(TestSettings.CFG_MAX_LAG_RULE, maxLag);
        s.addInt(TestSettings.CFG_LAGS, lags);
        return s;
    }

    private static BufferedDataTable run(final NodeSettings s, final String series, final int firstYear)
        throws Exception {
        UnitRootNodeModel m = new UnitRootNodeModel();
        NodeModelTestAccess.loadSettings(m, s);
        return NodeModelTestAccess.execute(m, StubExecutionContext.create(),
            PaperData.yearly(firstYear, PaperData.series(series)).table())[0];
    }

    private static void assertRowIs(final BufferedDataTable out, final AdfResult a) {
        assertEquals(a.statistic(), NodeTestSupport.doubles(out, "Statistic")[0], 0.0, "statistic");
        assertEquals(a.pValue(), NodeTestSupport.doubles(out, "p-value")[0], 0.0, "p-value");
        assertEquals(a.criticalValue(0.05), NodeTestSupport.doubles(out, "Critical value 5%")[0], 0.0, "5%");
        assertEquals(a.observations(), (int)NodeTestSupport.doubles(out, "Observations")[0], "observations");
        assertEquals(a.lags(), (int)NodeTestSupport.doubles(out, "Lags used")[0], "lags");
    }

    /** A workflow saved before issue 15's presets (the six keys and their _Internals absent) keeps today's numbers. */
    @Test
    void workflowSavedBeforeThePresetsKeepsTodaysResults() throws Exception {
        NodeSettings s = settings("Constant and linear trend", "AIC (Akaike)", "Default rule ceil(12*(n/100)^(1/4))", 0);
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        s.saveToXML(xml);
        String keys = String.join("|", NEW_KEYS);
        String before = xml.toString(StandardCharsets.UTF_8)
            .replaceAll("(?s)<config key=\"(" + keys + ")_Internals\">.*?</config>\\s*", "")
            .replaceAll("(?m)^.*key=\"(" + keys + ")\".*\\R", "");
        for (String k : NEW_KEYS) {
            assertTrue(!before.contains("\"" + k), k + " removed");
        }
        NodeSettings old = (NodeSettings)NodeSettings.loadFromXML(
            new ByteArrayInputStream(before.getBytes(StandardCharsets.UTF_8)));
        AdfResult today = AdfTest.test(PaperData.series("lnpatent_2004_2017"), AdfOptions.defaults()
            .withDeterministic(Deterministic.TREND).withLagSelection(LagSelection.AIC), "value");
        assertRowIs(run(old, "lnpatent_2004_2017", PaperData.FIRST_YEAR), today);
        assertRowIs(run(s, "lnpatent_2004_2017", PaperData.FIRST_YEAR), today);
    }

    /**
     * R urca's conventions set one by one reach the engine: the paper's Δln PATENT (13 points) with a trend and 4 lags
     * (8 observations for 7 coefficients; statsmodels refuses more than 3) as ur.df computes it.
     */
    @Test
    void urcasConventionsReproduceUrDfBeyondStatsmodelsLimit() throws Exception {
        NodeSettings s = settings("Constant and linear trend", "Fixed", "Number of lags (below)", 4);
        s.addString(TestSettings.CFG_LAG_LIMIT, "Any lag leaving one residual degree of freedom (R, gretl)");
        s.addString(TestSettings.CFG_CRITICAL_VALUES, "Fuller (1976) step in n - 1 (R urca)");
        s.addBoolean(TestSettings.CFG_LAG_ZERO, false);
        s.addString(TestSettings.CFG_CONVENTIONS_OF, "R (urca)");
        s.addString(TestSettings.CFG_LAG_SEARCH_SAMPLE, "Keep the maximum-lag sample (R urca)");
        BufferedDataTable out = run(s, "dlnpatent_2005_2017", 2005);
        double[] y = PaperData.series("dlnpatent_2005_2017");
        assertRowIs(out, AdfTest.test(y, AdfOptions.fixedLag(Deterministic.TREND, 4)
            .withConventions(ConventionPreset.R_URCA), "value"));
        Map<String, String> urca = UnitRootReference.table("presets/r_urca_presets.csv").stream()
            .filter(r -> r.get("series").equals("dlnpatent_2005_2017") && r.get("type").equals("trend")
                && r.get("selectlags").equals("Fixed") && r.get("lags").equals("4")).findFirst().orElseThrow();
        assertEquals(Double.parseDouble(urca.get("tau")), NodeTestSupport.doubles(out, "Statistic")[0],
            1e-8 * Math.abs(Double.parseDouble(urca.get("tau"))), "urca's tau");
        assertEquals(Double.parseDouble(urca.get("crit5")), NodeTestSupport.doubles(out, "Critical value 5%")[0], 1e-12);
        assertEquals(8, (int)NodeTestSupport.doubles(out, "Observations")[0]);
    }

    @Test
    void tseriesPValueWithoutTrendIsRefusedByName() throws Exception {
        NodeSettings s = settings("Constant", "Fixed", "Number of lags (below)", 0);
        s.addString(TestSettings.CFG_P_VALUE_METHOD, "Fuller table interpolated (R tseries, trend only)");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestAccess.loadSettings(new UnitRootNodeModel(), s));
        assertTrue(e.getMessage().contains(TestSettings.LABEL_P_VALUE_METHOD), e.getMessage());
    }

    /** Choosing a preset fills the options; they stay editable, and a rule-based maximum lag takes the tool's rule. */
    @Test
    void choosingAPresetFillsTheOptionsWhichStayEditable() throws Exception {
        NodeDialogPane d = NodeModelTestAccess.createDialog(new UnitRootNodeFactory());
        NodeSettings s = settings("Constant", "t-statistic (test down)", "Default rule ceil(12*(n/100)^(1/4))", 0);
        NodeModelTestAccess.loadDialog(d, s, new DataTableSpec[] {PaperData.yearly(2004, new double[] {1, 2}).spec()});
        combo(d, TestSettings.LABEL_CONVENTIONS_OF).setSelectedItem("gretl");
        assertEquals("Each lag's own sample (gretl)", combo(d, TestSettings.LABEL_T_STAT_SAMPLE).getSelectedItem());
        assertEquals("Any lag leaving one residual degree of freedom (R, gretl)",
            combo(d, TestSettings.LABEL_LAG_LIMIT).getSelectedItem());
        assertEquals(org.tradeecon.knime.nodes.common.Choice.label(MaxLagRule.SCHWERT_UNCAPPED,
            TestSettings.ADF_MAX_LAGS), combo(d, TestSettings.LABEL_MAX_LAG_RULE).getSelectedItem());
        combo(d, TestSettings.LABEL_CONVENTIONS_OF).setSelectedItem("Stata");
        assertEquals("Fuller (1976) interpolated in T (Stata)", combo(d, TestSettings.LABEL_CRITICAL_VALUES)
            .getSelectedItem());
        assertTrue(NodeTestSupport.isEnabled(d, TestSettings.LABEL_CRITICAL_VALUES), "still editable");
        combo(d, TestSettings.LABEL_CRITICAL_VALUES).setSelectedItem("MacKinnon (2010) (statsmodels)");
        NodeSettings saved = NodeModelTestAccess.saveDialog(d);
        assertEquals("Stata", saved.getString(TestSettings.CFG_CONVENTIONS_OF));
        assertEquals("MacKinnon (2010) (statsmodels)", saved.getString(TestSettings.CFG_CRITICAL_VALUES));
        // reopening keeps the edited option: the preset loads first and does not overwrite what was saved after it
        NodeDialogPane again = NodeModelTestAccess.createDialog(new UnitRootNodeFactory());
        NodeModelTestAccess.loadDialog(again, saved, new DataTableSpec[] {PaperData.yearly(2004, new double[] {1, 2})
            .spec()});
        assertEquals("MacKinnon (2010) (statsmodels)", combo(again, TestSettings.LABEL_CRITICAL_VALUES).getSelectedItem());
        assertEquals("Stata", combo(again, TestSettings.LABEL_CONVENTIONS_OF).getSelectedItem());
    }

    private static JComboBox<?> combo(final NodeDialogPane d, final String label) {
        JComboBox<?> c = NodeTestSupport.component(d.getPanel(), label, JComboBox.class);
        assertTrue(c != null, "no combo box " + label);
        return c;
    }
}
