package org.tradeecon.knime.nodes.dols;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradeecon.knime.testsupport.NodeTestSupport.value;
import static org.tradeecon.knime.testsupport.Tolerance.assertRelative;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.StubExecutionContext;
import org.tradeecon.knime.testsupport.NodeDescriptions;
import org.tradeecon.knime.testsupport.NodeTestSupport.TableBuilder;
import org.tradeecon.knime.testsupport.NodeTestSupport;
import org.tradeecon.knime.testsupport.ReferenceCsv;
import org.tradeecon.knime.testsupport.ReferenceValues;
import org.tradeecon.knime.testsupport.Tolerance;

/**
 * The Dynamic OLS (Stock-Watson) node through the KNIME stand-in. Expected values are statsmodels 0.13.5's
 * (src/test/resources/reference/regression/ldv_statsmodels.txt, from ldv_reference.py): log levels of statsmodels'
 * quarterly macrodata, consumption on GDP and investment with 2 leads and 2 lags ("dols_fixed"), and on GDP with
 * leads and lags 0..3 chosen by AIC and BIC ("dols_select_aic", "dols_select_bic"). Tolerance 1e-8 relative, as in
 * the engine's tests. The paper's annual data (annual.csv) is run for the sample bookkeeping only: no reference
 * software result exists for it.
 */
class DolsNodeModelTest {
    private static final double TOL = 1e-8;
    private static ReferenceValues sm;
    private static double[][] macro;
    private static double[][] annual;

    @BeforeAll
    static void load() throws IOException {
        sm = ReferenceValues.load("/reference/regression/ldv_statsmodels.txt");
        macro = ReferenceCsv.columns("/reference/regression/macrodata.csv", "realgdp", "realcons", "realinv");
        annual = ReferenceCsv.columns("/reference/regression/annual.csv", "year", "us_atp_exports_world_usd",
            "fdi_pct_gdp", "ln_patent_nonresident");
    }

    /** ln realcons, ln realgdp, ln realinv, quarterly, row order = time order. */
    private static TableBuilder macroTable(final String group) {
        TableBuilder b = new TableBuilder();
        if (group != null) {
            b.column("g", StringCell.TYPE);
        }
        b.column("C", DoubleCell.TYPE).column("GDP", DoubleCell.TYPE).column("INV", DoubleCell.TYPE);
        return b;
    }

    private static void addMacroRows(final TableBuilder b, final String group) {
        for (int t = 0; t < macro[0].length; t++) {
            double[] v = {Math.log(macro[1][t]), Math.log(macro[0][t]), Math.log(macro[2][t])};
            if (group == null) {
                b.row(v[0], v[1], v[2]);
            } else {
                b.row(group, v[0], v[1], v[2]);
            }
        }
    }

    private static BufferedDataTable macroData() {
        TableBuilder b = macroTable(null);
        addMacroRows(b, null);
        return b.table();
    }

    private static NodeSettings defaults() {
        return NodeModelTestAccess.saveSettings(new DolsNodeModel());
    }

    private static NodeSettings macroSettings(final String... regressors) throws InvalidSettingsException {
        NodeSettings s = defaults();
        s.addString(DolsSettings.CFG_DEPENDENT, "C");
        NodeTestSupport.includeOnly(s, DolsSettings.CFG_REGRESSORS, regressors);
        s.addInt(DolsSettings.CFG_LEADS, 2);
        s.addInt(DolsSettings.CFG_LAGS, 2);
        return s;
    }

    private static DolsNodeModel model(final NodeSettingsRO s) throws InvalidSettingsException {
        DolsNodeModel m = new DolsNodeModel();
        NodeModelTestAccess.loadSettings(m, s);
        return m;
    }

    private static BufferedDataTable[] run(final NodeSettingsRO s, final BufferedDataTable in) throws Exception {
        return NodeModelTestAccess.execute(model(s), StubExecutionContext.create(), in);
    }

    @Test
    void settingsSurviveXmlRoundTrip() throws Exception {
        NodeSettings s = macroSettings("GDP", "INV");
        s.addString(DolsSettings.CFG_RULE, "BIC");
        s.addString(DolsSettings.CFG_STANDARD_ERRORS, "Newey-West HAC");
        s.addBoolean(DolsSettings.CFG_BANDWIDTH_AUTOMATIC, false);
        s.addInt(DolsSettings.CFG_BANDWIDTH, 3);
        NodeSettingsRO back = NodeModelTestAccess.xmlRoundTrip(s);
        NodeSettings saved = NodeModelTestAccess.saveSettings(model(back));
        assertEquals(s.toString(), saved.toString());
    }

    @Test
    void invalidSettingsNameTheOption() {
        NodeSettings s = defaults();
        s.addString(DolsSettings.CFG_RULE, "HQIC");
        var e = assertThrows(InvalidSettingsException.class, () -> model(s));
        assertEquals("\"HQIC\" is not a valid choice for \"Leads and lags\". Choose one of: Fixed, AIC, BIC.",
            e.getMessage());
        NodeSettings t = defaults();
        t.addInt(DolsSettings.CFG_LEADS, -1);
        e = assertThrows(InvalidSettingsException.class, () -> model(t));
        assertTrue(e.getMessage().startsWith("Option \"Leads (maximum for AIC/BIC)\": "), e.getMessage());
    }

    @Test
    void configureGivesThreeTablesAndRejectsBadSpecs() throws Exception {
        DataTableSpec in = macroTable(null).spec();
        DataTableSpec[] out = NodeModelTestAccess.configure(model(macroSettings("GDP")), in);
        assertEquals("Term", out[0].getColumnNames()[0]);
        assertEquals("Statistic", out[1].getColumnNames()[0]);
        assertArrayEquals(new String[]{"C", "GDP", "INV", "Fitted value", "Residual"}, out[2].getColumnNames());
        NodeSettings noY = defaults();
        var e = assertThrows(InvalidSettingsException.class, () -> NodeModelTestAccess.configure(model(noY), in));
        assertEquals("No column chosen for \"Dependent variable\": choose one in the dialog.", e.getMessage());
        NodeSettings gone = macroSettings("GDP", "M2");
        e = assertThrows(InvalidSettingsException.class, () -> NodeModelTestAccess.configure(model(gone), in));
        assertEquals("Column(s) \"M2\" chosen in \"Regressors\" are not numeric columns of the input table. Choose "
            + "the columns again in the dialog.", e.getMessage());
    }

    @Test
    void fixedLeadsAndLagsMatchStatsmodels() throws Exception {
        BufferedDataTable[] out = run(macroSettings("GDP", "INV"), macroData());
        assertEquals(List.of("const", "GDP", "INV"), NodeTestSupport.strings(out[0], "Term"));
        assertRelative(sm.vector("dols_fixed.params"), NodeTestSupport.doubles(out[0], "Coefficient"), TOL, "beta");
        assertRelative(sm.vector("dols_fixed.bse_lrv"), NodeTestSupport.doubles(out[0], "Standard error"), TOL,
            "long-run-variance SE");
        assertEquals("DOLS, OLS covariance scaled by long-run variance / sigma^2 (Bartlett, lag 4)",
            NodeTestSupport.strings(out[0], "Standard errors").get(0));
        assertEquals(sm.get("dols_fixed.n"), value(out[1], "Statistic", "Observations", "Value"));
        assertEquals(sm.get("dols_fixed.bandwidth"), value(out[1], "Statistic", "Bandwidth (Bartlett lag)", "Value"));
        assertEquals(13.0, value(out[1], "Statistic", "Coefficients (k)", "Value"));

        NodeSettings hac = macroSettings("GDP", "INV");
        hac.addString(DolsSettings.CFG_STANDARD_ERRORS, "NEWEY_WEST");
        out = run(hac, macroData());
        assertRelative(sm.vector("dols_fixed.bse_hac"), NodeTestSupport.doubles(out[0], "Standard error"), TOL,
            "HAC SE");
        assertRelative(sm.vector("dols_fixed.pvalues_hac"), NodeTestSupport.doubles(out[0], "p-value"), TOL, "HAC p");

        // fitted values exist from row 3 (a difference and 2 lags) to row n - 3 (2 leads)
        double[] f = NodeTestSupport.doubles(out[2], "Fitted value");
        assertTrue(Double.isNaN(f[2]) && !Double.isNaN(f[3]));
        assertTrue(!Double.isNaN(f[f.length - 3]) && Double.isNaN(f[f.length - 2]));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AIC", "BIC"})
    void leadsAndLagsChosenByCriterion(final String criterion) throws Exception {
        String c = "dols_select_" + criterion.toLowerCase(java.util.Locale.ROOT);
        NodeSettings s = macroSettings("GDP");
        s.addString(DolsSettings.CFG_RULE, criterion);
        s.addInt(DolsSettings.CFG_LEADS, 3);
        s.addInt(DolsSettings.CFG_LAGS, 3);
        s.addString(DolsSettings.CFG_STANDARD_ERRORS, "Newey-West HAC");
        BufferedDataTable[] out = run(s, macroData());
        assertEquals(sm.get(c + ".leads"), value(out[1], "Statistic", "Leads of the differenced regressors", "Value"));
        assertEquals(sm.get(c + ".lags"), value(out[1], "Statistic", "Lags of the differenced regressors", "Value"));
        for (int q = 0; q <= 3; q++) {
            for (int r = 0; r <= 3; r++) {
                assertRelative(sm.get(c + ".value[" + q + "][" + r + "]"), value(out[1], "Statistic",
                    criterion + " with " + q + " leads and " + r + " lags", "Value"), TOL, c + " " + q + "," + r);
            }
        }
        String chosen = criterion + " with " + (int)sm.get(c + ".leads") + " leads and " + (int)sm.get(c + ".lags")
            + " lags";
        assertTrue(NodeTestSupport.cell(out[1], "Statistic", chosen, "Note").toString().startsWith("Chosen"));
        assertRelative(sm.vector(c + ".params"), NodeTestSupport.doubles(out[0], "Coefficient"), TOL, "beta");
        assertRelative(sm.vector(c + ".bse_hac"), NodeTestSupport.doubles(out[0], "Standard error"), TOL, "HAC SE");
    }

    @Test
    void groupsAreFittedSeparately() throws Exception {
        TableBuilder b = macroTable("g");
        addMacroRows(b, "first");
        addMacroRows(b, "second");
        NodeSettings s = macroSettings("GDP", "INV");
        s.addString("group_column", "g");
        BufferedDataTable[] out = run(s, b.table());
        assertEquals(List.of("first", "first", "first", "second", "second", "second"),
            NodeTestSupport.strings(out[0], "g"));
        double[] coef = NodeTestSupport.doubles(out[0], "Coefficient");
        double[] expected = sm.vector("dols_fixed.params");
        for (int i = 0; i < 6; i++) {
            assertRelative(expected[i % 3], coef[i], TOL, "beta " + i);
        }
        assertEquals(2L * macro[0].length, out[2].size());
    }

    @Test
    void paperDataSampleAndMissingValues() throws Exception {
        TableBuilder b = new TableBuilder().column("year", IntCell.TYPE).column("lny", DoubleCell.TYPE)
            .column("FDIGDP", DoubleCell.TYPE).column("PATENT", DoubleCell.TYPE);
        for (int i = 0; i < annual[0].length; i++) {
            b.row((int)annual[0][i], i == 0 ? null : Math.log(annual[1][i]), annual[2][i], annual[3][i]);
        }
        NodeSettings s = defaults();
        s.addString(DolsSettings.CFG_DEPENDENT, "lny");
        NodeTestSupport.includeOnly(s, DolsSettings.CFG_REGRESSORS, "PATENT");
        s.addString("time_column", "year");
        var e = assertThrows(IllegalArgumentException.class, () -> run(s, b.table()));
        assertEquals("\"lny\" is missing at year 2004. Fill the gap, or set \"Missing values\" to \"Use longest "
            + "complete stretch\".", e.getMessage());
        s.addString("missing_values", "LONGEST_COMPLETE_STRETCH");
        DolsNodeModel m = model(s);
        BufferedDataTable[] out = NodeModelTestAccess.execute(m, StubExecutionContext.create(), b.table());
        // 2005-2018 kept; one lead and one lag of the difference leave 2007-2017
        assertEquals("Estimation sample year 2007 to year 2017 (rows at the ends are used up by the leads and lags)",
            NodeTestSupport.cell(out[1], "Statistic", "Observations", "Note").toString());
        assertEquals("lny, PATENT: used the longest stretch without missing values, year 2005 to year 2018 (14 of 15 "
            + "rows).", NodeModelTestAccess.warning(m));
    }

    @Test
    void executionCanBeCancelled() throws Exception {
        var exec = StubExecutionContext.cancelAfterChecks(3);
        assertThrows(CanceledExecutionException.class,
            () -> NodeModelTestAccess.execute(model(macroSettings("GDP")), exec, macroData()));
    }

    @Test
    void descriptionListsEveryDialogOption() throws Exception {
        NodeDescriptions.assertDescriptionListsDialogOptions(new DolsNodeFactory(), DolsSettings.LABEL_REGRESSORS);
    }

    @Test
    void dialogSavesWhatTheModelReads() throws Exception {
        var dialog = NodeModelTestAccess.createDialog(new DolsNodeFactory());
        NodeModelTestAccess.loadDialog(dialog, macroSettings("GDP"), macroTable(null).spec());
        NodeSettings saved = NodeModelTestAccess.saveDialog(dialog);
        assertEquals("C", saved.getString(DolsSettings.CFG_DEPENDENT));
        assertEquals(3, NodeModelTestAccess.configure(model(saved), macroTable(null).spec()).length);
    }
}
