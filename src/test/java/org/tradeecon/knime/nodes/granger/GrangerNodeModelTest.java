package org.tradeecon.knime.nodes.granger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
 * The Granger Causality node through the KNIME stand-in. Expected values (src/test/resources/reference/granger/):
 * statsmodels 0.13.5 (granger_statsmodels.txt from granger_reference.py: grangercausalitytests, VAR.select_order,
 * OLS wald_test) and R 4.2 lmtest::grangertest (chickegg_r.txt from chickegg_reference.R). Data: the project's
 * annual FDI % of GDP and ln non-resident patents 2004-2018 (the paper's variables, at the paper's lag 2), R's
 * ChickEgg, statsmodels' macrodata (log differences; log levels for Toda-Yamamoto). Tolerance 1e-8 relative, as
 * in the engine's tests.
 */
class GrangerNodeModelTest {
    private static final double TOL = 1e-8;
    private static ReferenceValues sm;
    private static ReferenceValues r;
    private static double[][] annual;
    private static double[][] chickEgg;
    private static double[][] macro;

    @BeforeAll
    static void load() throws IOException {
        sm = ReferenceValues.load("/reference/granger/granger_statsmodels.txt");
        r = ReferenceValues.load("/reference/granger/chickegg_r.txt");
        annual = ReferenceCsv.columns("/reference/regression/annual.csv", "year", "fdi_pct_gdp",
            "ln_patent_nonresident");
        chickEgg = ReferenceCsv.columns("/reference/granger/chickegg.csv", "year", "chicken", "egg");
        macro = ReferenceCsv.columns("/reference/regression/macrodata.csv", "realgdp", "realcons", "realinv");
    }

    /** year, FDIGDP, PATENT (2004-2018); the row of {@code missingYear} has no FDI value (0 = none). */
    private static TableBuilder annualTable(final int missingYear) {
        TableBuilder b = new TableBuilder().column("year", IntCell.TYPE).column("FDIGDP", DoubleCell.TYPE)
            .column("PATENT", DoubleCell.TYPE);
        for (int i = 0; i < annual[0].length; i++) {
            b.row((int)annual[0][i], annual[0][i] == missingYear ? null : annual[1][i], annual[2][i]);
        }
        return b;
    }

    private static BufferedDataTable chickEggTable() {
        TableBuilder b = new TableBuilder().column("year", IntCell.TYPE).column("chicken", DoubleCell.TYPE)
            .column("egg", DoubleCell.TYPE);
        for (int i = 0; i < chickEgg[0].length; i++) {
            b.row((int)chickEgg[0][i], chickEgg[1][i], chickEgg[2][i]);
        }
        return b.table();
    }

    /** gdp, cons, inv of macrodata: log differences (np.diff(np.log(x))), or log levels. */
    private static BufferedDataTable macroTable(final boolean differences) {
        TableBuilder b = new TableBuilder().column("gdp", DoubleCell.TYPE).column("cons", DoubleCell.TYPE)
            .column("inv", DoubleCell.TYPE);
        for (int t = differences ? 1 : 0; t < macro[0].length; t++) {
            double[] v = new double[3];
            for (int c = 0; c < 3; c++) {
                v[c] = differences ? Math.log(macro[c][t]) - Math.log(macro[c][t - 1]) : Math.log(macro[c][t]);
            }
            b.row(v[0], v[1], v[2]);
        }
        return b.table();
    }

    private static NodeSettings defaults() {
        return NodeModelTestAccess.saveSettings(new GrangerNodeModel());
    }

    /** @return the defaults with one pair cause -> effect (also for the other Granger node tests) */
    static NodeSettings onePair(final String cause, final String effect) {
        NodeSettings s = defaults();
        s.addString(GrangerSettings.CFG_PAIRS, "One pair: cause X -> effect Y");
        s.addString(GrangerSettings.CFG_CAUSE, cause);
        s.addString(GrangerSettings.CFG_EFFECT, effect);
        return s;
    }

    private static GrangerNodeModel model(final NodeSettingsRO s) throws InvalidSettingsException {
        GrangerNodeModel m = new GrangerNodeModel();
        NodeModelTestAccess.loadSettings(m, s);
        return m;
    }

    private static BufferedDataTable[] run(final NodeSettingsRO s, final BufferedDataTable in) throws Exception {
        return NodeModelTestAccess.execute(model(s), StubExecutionContext.create(), in);
    }

    private static double test(final BufferedDataTable t, final String nullHypothesis, final String column) {
        return value(t, "Null hypothesis", nullHypothesis, column);
    }

    @Test
    void settingsSurviveXmlRoundTrip() throws Exception {
        NodeSettings s = onePair("egg", "chicken");
        s.addString(GrangerSettings.CFG_LAG_RULE, "BIC");
        s.addInt(GrangerSettings.CFG_MAX_LAG, 6);
        s.addString(GrangerSettings.CFG_SELECTION_MODEL, "Equation of the effect");
        s.addString(GrangerSettings.CFG_STATISTIC, "Likelihood ratio");
        s.addBoolean(GrangerSettings.CFG_TODA_YAMAMOTO, true);
        s.addInt(GrangerSettings.CFG_EXTRA_LAGS, 2);
        s.addDouble(GrangerSettings.CFG_ALPHA, 0.1);
        NodeSettingsRO back = NodeModelTestAccess.xmlRoundTrip(s);
        NodeSettings saved = NodeModelTestAccess.saveSettings(model(back));
        assertEquals(s.toString(), saved.toString());
        assertEquals(2, defaults().getInt(GrangerSettings.CFG_LAG), "the paper's lag 2 is the default");
    }

    @Test
    void invalidSettingsNameTheOption() {
        NodeSettings s = defaults();
        s.addString(GrangerSettings.CFG_STATISTIC, "t");
        var e = assertThrows(InvalidSettingsException.class, () -> model(s));
        assertEquals("\"t\" is not a valid choice for \"Test statistic\". Choose one of: F, Chi-squared (Wald), "
            + "Chi-squared (SSR-based), Likelihood ratio.", e.getMessage());
        NodeSettings t = defaults();
        t.addDouble(GrangerSettings.CFG_ALPHA, 0.9);
        e = assertThrows(InvalidSettingsException.class, () -> model(t));
        assertTrue(e.getMessage().startsWith("Option \"Significance level (alpha)\": "), e.getMessage());
    }

    @Test
    void configureRejectsBadSpecs() throws Exception {
        DataTableSpec in = annualTable(0).spec();
        NodeSettings one = defaults();
        NodeTestSupport.includeOnly(one, "columns", "FDIGDP");
        var e = assertThrows(InvalidSettingsException.class, () -> NodeModelTestAccess.configure(model(one), in));
        assertEquals("Only one column (\"FDIGDP\") chosen in \"Columns\": include at least two, or set \"Test\" to "
            + "\"One pair: cause X -> effect Y\".", e.getMessage());
        NodeSettings same = onePair("FDIGDP", "FDIGDP");
        e = assertThrows(InvalidSettingsException.class, () -> NodeModelTestAccess.configure(model(same), in));
        assertEquals("\"Cause (X)\" and \"Effect (Y)\" are the same column \"FDIGDP\". Choose two different columns.",
            e.getMessage());
        NodeSettings none = onePair(null, "FDIGDP");
        e = assertThrows(InvalidSettingsException.class, () -> NodeModelTestAccess.configure(model(none), in));
        assertEquals("No column chosen for \"Cause (X)\": choose one in the dialog.", e.getMessage());
        DataTableSpec[] out = NodeModelTestAccess.configure(model(onePair("FDIGDP", "PATENT")), in);
        assertEquals("Null hypothesis", out[0].getColumnNames()[0]);
        assertEquals(3, out.length);
    }

    @Test
    void paperVariablesAtThePapersLagMatchStatsmodels() throws Exception {
        NodeSettings s = defaults();
        s.addString("time_column", "year");
        GrangerNodeModel m = model(s);
        BufferedDataTable[] out = NodeModelTestAccess.execute(m, StubExecutionContext.create(),
            annualTable(0).table());
        BufferedDataTable t = out[0];
        assertEquals(List.of("FDIGDP does not Granger-cause PATENT", "PATENT does not Granger-cause FDIGDP"),
            NodeTestSupport.strings(t, "Null hypothesis"));
        String[][] cases = {{"FDIGDP does not Granger-cause PATENT", "annual.fdi_to_patent.lag2"},
            {"PATENT does not Granger-cause FDIGDP", "annual.patent_to_fdi.lag2"}};
        for (String[] c : cases) {
            assertRelative(sm.get(c[1] + ".f"), test(t, c[0], "Statistic value"), TOL, c[1] + " F");
            assertRelative(sm.get(c[1] + ".f_p"), test(t, c[0], "p-value"), TOL, c[1] + " p");
            assertEquals(sm.get(c[1] + ".df1"), test(t, c[0], "Numerator df"));
            assertEquals(sm.get(c[1] + ".df2"), test(t, c[0], "Denominator df"));
            assertEquals(13.0, test(t, c[0], "Observations"));
            assertEquals("year 2006 to year 2018", NodeTestSupport.cell(t, "Null hypothesis", c[0], "Sample").toString());
            BufferedDataTable d = out[1];
            assertRelative(sm.get(c[1] + ".ssr_chi2"), test(d, c[0], "SSR chi-squared"), TOL, c[1] + " SSR chi2");
            assertRelative(sm.get(c[1] + ".ssr_chi2_p"), test(d, c[0], "SSR chi-squared p-value"), TOL, c[1]);
            assertRelative(sm.get(c[1] + ".lr"), test(d, c[0], "Likelihood ratio"), TOL, c[1] + " LR");
            assertRelative(sm.get(c[1] + ".lr_p"), test(d, c[0], "Likelihood ratio p-value"), TOL, c[1] + " LR p");
            assertRelative(2 * sm.get(c[1] + ".params_f"), test(d, c[0], "Wald chi-squared"), TOL, c[1] + " Wald");
        }
        assertEquals(List.of("Do not reject", "Reject"), NodeTestSupport.strings(t, "Decision at alpha"));
        assertEquals(List.of("No evidence at the 5% level that FDIGDP Granger-causes PATENT",
            "PATENT Granger-causes FDIGDP at the 5% level"), NodeTestSupport.strings(t, "Conclusion"));
        assertEquals(0, out[2].size(), "no lag selection at a fixed lag");
        assertNull(NodeModelTestAccess.warning(m));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chi-squared (SSR-based)", "Likelihood ratio"})
    void otherStatistics(final String statistic) throws Exception {
        NodeSettings s = onePair("PATENT", "FDIGDP");
        s.addString(GrangerSettings.CFG_STATISTIC, statistic);
        BufferedDataTable t = run(s, annualTable(0).table())[0];
        String key = statistic.startsWith("Chi") ? "ssr_chi2" : "lr";
        assertEquals(1, t.size());
        assertRelative(sm.get("annual.patent_to_fdi.lag2." + key), NodeTestSupport.doubles(t, "Statistic value")[0],
            TOL, statistic);
        assertRelative(sm.get("annual.patent_to_fdi.lag2." + key + "_p"), NodeTestSupport.doubles(t, "p-value")[0],
            TOL, statistic + " p");
        assertEquals(List.of("chi2(2)"), NodeTestSupport.strings(t, "Distribution"));
        assertTrue(Double.isNaN(NodeTestSupport.doubles(t, "Denominator df")[0]));
    }

    @Test
    void tableOverLagsMatchesRLmtest() throws Exception {
        NodeSettings s = defaults();
        s.addString("time_column", "year");
        NodeTestSupport.includeOnly(s, "columns", "chicken", "egg");
        s.addString(GrangerSettings.CFG_LAG_RULE, "Table over lags 1..P");
        BufferedDataTable t = run(s, chickEggTable())[0];
        assertEquals(8, t.size());
        double[] f = NodeTestSupport.doubles(t, "Statistic value");
        double[] p = NodeTestSupport.doubles(t, "p-value");
        double[] df2 = NodeTestSupport.doubles(t, "Denominator df");
        double[] lag = NodeTestSupport.doubles(t, "Lag");
        List<String> h = NodeTestSupport.strings(t, "Null hypothesis");
        for (int i = 0; i < 8; i++) {
            String c = (h.get(i).startsWith("egg") ? "egg_to_chicken" : "chicken_to_egg") + ".lag" + (int)lag[i];
            assertRelative(r.get(c + ".f"), f[i], TOL, c + " F");
            assertRelative(r.get(c + ".p"), p[i], TOL, c + " p");
            assertEquals(r.get(c + ".df2"), df2[i], c);
        }
    }

    @Test
    void allPairsOfThreeSeries() throws Exception {
        BufferedDataTable t = run(defaults(), macroTable(true))[0];
        assertEquals(6, t.size());
        List<String> causes = NodeTestSupport.strings(t, "Cause");
        List<String> effects = NodeTestSupport.strings(t, "Effect");
        double[] f = NodeTestSupport.doubles(t, "Statistic value");
        double[] p = NodeTestSupport.doubles(t, "p-value");
        for (int i = 0; i < 6; i++) {
            String c = "pairwise." + causes.get(i) + "_to_" + effects.get(i) + ".lag2";
            assertRelative(sm.get(c + ".f"), f[i], TOL, c);
            assertRelative(sm.get(c + ".f_p"), p[i], TOL, c + " p");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"AIC", "BIC"})
    void lagChosenByCriterionOnTheVar(final String criterion) throws Exception {
        NodeSettings s = onePair("gdp", "cons");
        s.addString(GrangerSettings.CFG_LAG_RULE, criterion);
        s.addInt(GrangerSettings.CFG_MAX_LAG, 8);
        BufferedDataTable[] out = run(s, macroTable(true));
        String k = criterion.toLowerCase(java.util.Locale.ROOT);
        double[] values = NodeTestSupport.doubles(out[2], "Criterion value");
        assertEquals(8, values.length);
        for (int p = 1; p <= 8; p++) {
            assertRelative(sm.get("select.var." + k + "[" + p + "]"), values[p - 1], TOL, criterion + " lag " + p);
        }
        int chosen = (int)sm.get("select.var." + k + "_lag");
        assertEquals("yes", NodeTestSupport.strings(out[2], "Chosen").get(chosen - 1));
        assertEquals(List.of((double)chosen), List.of(NodeTestSupport.doubles(out[0], "Lag")[0]));
        assertRelative(sm.get("macro.gdp_to_cons.lag" + chosen + ".f"),
            NodeTestSupport.doubles(out[0], "Statistic value")[0], TOL, "F at the chosen lag");
    }

    @Test
    void lagChosenOnTheEffectsEquation() throws Exception {
        NodeSettings s = onePair("gdp", "cons");
        s.addString(GrangerSettings.CFG_LAG_RULE, "AIC");
        s.addInt(GrangerSettings.CFG_MAX_LAG, 8);
        s.addString(GrangerSettings.CFG_SELECTION_MODEL, "EQUATION");
        double[] values = NodeTestSupport.doubles(run(s, macroTable(true))[2], "Criterion value");
        for (int p = 1; p <= 8; p++) {
            assertRelative(sm.get("select.equation.aic[" + p + "]"), values[p - 1], TOL, "AIC lag " + p);
        }
    }

    @Test
    void todaYamamoto() throws Exception {
        NodeSettings s = onePair("gdp", "cons");
        s.addBoolean(GrangerSettings.CFG_TODA_YAMAMOTO, true);
        s.addString(GrangerSettings.CFG_STATISTIC, "Chi-squared (Wald)");
        BufferedDataTable t = run(s, macroTable(false))[0];
        assertRelative(sm.get("ty.macro_gdp_to_cons.wald_chi2"), NodeTestSupport.doubles(t, "Statistic value")[0],
            TOL, "TY Wald");
        assertRelative(sm.get("ty.macro_gdp_to_cons.wald_p"), NodeTestSupport.doubles(t, "p-value")[0], TOL, "TY p");
        assertEquals(sm.get("ty.macro_gdp_to_cons.n"), NodeTestSupport.doubles(t, "Observations")[0]);
        assertEquals(1.0, NodeTestSupport.doubles(t, "Extra lags (Toda-Yamamoto)")[0]);

        NodeSettings ce = onePair("egg", "chicken");
        ce.addBoolean(GrangerSettings.CFG_TODA_YAMAMOTO, true);
        ce.addInt(GrangerSettings.CFG_LAG, 3);
        t = run(ce, chickEggTable())[0];
        assertRelative(sm.get("ty.chickegg_egg_to_chicken.f"), NodeTestSupport.doubles(t, "Statistic value")[0], TOL,
            "TY F");
        assertRelative(sm.get("ty.chickegg_egg_to_chicken.f_p"), NodeTestSupport.doubles(t, "p-value")[0], TOL,
            "TY F p");
    }

    @Test
    void groupsAreTestedSeparately() throws Exception {
        TableBuilder b = new TableBuilder().column("g", StringCell.TYPE).column("year", IntCell.TYPE)
            .column("chicken", DoubleCell.TYPE).column("egg", DoubleCell.TYPE);
        for (String g : new String[]{"x", "y"}) {
            for (int i = chickEgg[0].length - 1; i >= 0; i--) {
                b.row(g, (int)chickEgg[0][i], chickEgg[1][i], chickEgg[2][i]);
            }
        }
        NodeSettings s = defaults();
        s.addString("time_column", "year");
        s.addString("group_column", "g");
        BufferedDataTable t = run(s, b.table())[0];
        assertEquals(List.of("x", "x", "y", "y"), NodeTestSupport.strings(t, "g"));
        double[] f = NodeTestSupport.doubles(t, "Statistic value");
        for (int i = 0; i < 4; i++) {
            assertRelative(r.get((i % 2 == 0 ? "chicken_to_egg" : "egg_to_chicken") + ".lag2.f"), f[i], TOL, "F " + i);
        }
    }

    @Test
    void missingValuePoliciesAndLagCap() throws Exception {
        NodeSettings s = defaults();
        s.addString("time_column", "year");
        var e = assertThrows(IllegalArgumentException.class, () -> run(s, annualTable(2005).table()));
        assertEquals("\"FDIGDP\" is missing at year 2005. Fill the gap, or set \"Missing values\" to \"Use longest "
            + "complete stretch\".", e.getMessage());

        s.addString("missing_values", "Use longest complete stretch");
        s.addString(GrangerSettings.CFG_LAG_RULE, "Table over lags 1..P");
        s.addInt(GrangerSettings.CFG_MAX_LAG, 10);
        GrangerNodeModel m = model(s);
        BufferedDataTable t = NodeModelTestAccess.execute(m, StubExecutionContext.create(),
            annualTable(2005).table())[0];
        // 2006-2018: 13 rows allow lags up to (13 - 2) / 3 = 3
        assertEquals(6, t.size());
        assertEquals("year 2007 to year 2018", NodeTestSupport.strings(t, "Sample").get(0));
        String w = NodeModelTestAccess.warning(m);
        assertTrue(w.startsWith("FDIGDP, PATENT: used the longest stretch without missing values, year 2006 to year "
            + "2018 (13 of 15 rows).\nFDIGDP -> PATENT: \"Maximum lag (P)\" capped at 3 by the sample of 13 "
            + "observations."), w);
    }

    /**
     * All pairs with "Use longest complete stretch": a pair without common data is a "Not tested" row with the reason
     * (the other pairs are tested, their numbers as in the two-series run); only if no pair can be tested does the
     * node fail. (Offline, the replication workflow has lny nowhere: its Table III keeps the other pairs.)
     */
    @Test
    void allPairsReportsAPairWithoutCommonDataAsNotTested() throws Exception {
        TableBuilder b = new TableBuilder().column("year", IntCell.TYPE).column("FDIGDP", DoubleCell.TYPE)
            .column("PATENT", DoubleCell.TYPE).column("lny", DoubleCell.TYPE);
        for (int i = 0; i < annual[0].length; i++) {
            b.row((int)annual[0][i], annual[1][i], annual[2][i], null);
        }
        NodeSettings s = defaults();
        s.addString("time_column", "year");
        s.addString("missing_values", "Use longest complete stretch");
        GrangerNodeModel m = model(s);
        BufferedDataTable t = NodeModelTestAccess.execute(m, StubExecutionContext.create(), b.table())[0];
        assertEquals(6, t.size());
        List<String> decisions = NodeTestSupport.strings(t, "Decision at alpha");
        List<String> hypotheses = NodeTestSupport.strings(t, "Null hypothesis");
        for (int i = 0; i < t.size(); i++) {
            assertEquals(hypotheses.get(i).contains("lny"), "Not tested".equals(decisions.get(i)), hypotheses.get(i));
        }
        assertEquals(test(run(s, annualTable(0).table())[0], "FDIGDP does not Granger-cause PATENT", "p-value"),
            test(t, "FDIGDP does not Granger-cause PATENT", "p-value"), 0, "the tested pairs are unaffected");
        assertTrue(NodeModelTestAccess.warning(m).contains("FDIGDP -> lny not tested: No row has a value in every one"
            + " of FDIGDP, lny."), NodeModelTestAccess.warning(m));

        // nothing testable: the node fails with the first reason
        TableBuilder empty = new TableBuilder().column("year", IntCell.TYPE).column("a", DoubleCell.TYPE)
            .column("b", DoubleCell.TYPE);
        for (int y = 2004; y <= 2010; y++) {
            empty.row(y, null, null);
        }
        var e = assertThrows(IllegalArgumentException.class, () -> run(s, empty.table()));
        assertTrue(e.getMessage().startsWith("No row has a value in every one of a, b"), e.getMessage());
    }

    @Test
    void tooLargeFixedLagIsAnError() {
        NodeSettings s = defaults();
        s.addString("time_column", "year");
        s.addInt(GrangerSettings.CFG_LAG, 6);
        var e = assertThrows(IllegalArgumentException.class, () -> run(s, annualTable(0).table()));
        assertTrue(e.getMessage().startsWith("Granger test FDIGDP -> PATENT at lag 6 needs more than 13 observations"),
            e.getMessage());
    }

    @Test
    void executionCanBeCancelled() throws Exception {
        var exec = StubExecutionContext.cancelAfterChecks(3);
        assertThrows(CanceledExecutionException.class,
            () -> NodeModelTestAccess.execute(model(defaults()), exec, macroTable(true)));
    }

    @Test
    void descriptionListsEveryDialogOption() throws Exception {
        NodeDescriptions.assertDescriptionListsDialogOptions(new GrangerNodeFactory(), "Columns");
    }

    @Test
    void dialogSavesWhatTheModelReads() throws Exception {
        var dialog = NodeModelTestAccess.createDialog(new GrangerNodeFactory());
        NodeModelTestAccess.loadDialog(dialog, onePair("egg", "chicken"), chickEggTable().getDataTableSpec());
        NodeSettings saved = NodeModelTestAccess.saveDialog(dialog);
        assertEquals("egg", saved.getString(GrangerSettings.CFG_CAUSE));
        assertEquals(1, run(saved, chickEggTable())[0].size());
    }
}
