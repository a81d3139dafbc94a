package org.tradeecon.knime.nodes.laggedregression;

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
 * The Lagged-Dependent Regression node through the KNIME stand-in. Expected statistics are statsmodels 0.13.5's
 * (src/test/resources/reference/regression/ldv_statsmodels.txt, from ldv_reference.py; gretl confirms Durbin's
 * h): case "annual" is the shape of the paper's Eq. (2) on the project's annual data 2004-2018 (annual.csv: ln US
 * ATP exports on its lag, FDI % of GDP and ln non-resident patents), case "macro_p2l1" statsmodels' quarterly
 * macrodata with two own lags and one lag of the regressors (Durbin's h undefined). Tolerance 1e-8 relative, as
 * in the engine's tests.
 */
class LaggedRegressionNodeModelTest {
    private static final double TOL = 1e-8;
    private static ReferenceValues sm;
    private static double[][] annual;

    @BeforeAll
    static void load() throws IOException {
        sm = ReferenceValues.load("/reference/regression/ldv_statsmodels.txt");
        annual = ReferenceCsv.columns("/reference/regression/annual.csv", "year", "us_atp_exports_world_usd",
            "fdi_pct_gdp", "ln_patent_nonresident");
    }

    /** year, lny (ln US ATP exports), FDIGDP, PATENT (ln patents), in the order of annual.csv. */
    private static TableBuilder annualTable() {
        TableBuilder b = new TableBuilder().column("year", IntCell.TYPE).column("lny", DoubleCell.TYPE)
            .column("FDIGDP", DoubleCell.TYPE).column("PATENT", DoubleCell.TYPE);
        for (int i = 0; i < annual[0].length; i++) {
            b.row((int)annual[0][i], Math.log(annual[1][i]), annual[2][i], annual[3][i]);
        }
        return b;
    }

    private static NodeSettings defaults() {
        return NodeModelTestAccess.saveSettings(new LaggedRegressionNodeModel());
    }

    /** The paper's Eq. (2): lny on its lag, FDIGDP and PATENT, yearly. */
    private static NodeSettings paperSettings() throws InvalidSettingsException {
        NodeSettings s = defaults();
        s.addString(LaggedRegressionSettings.CFG_DEPENDENT, "lny");
        NodeTestSupport.includeOnly(s, LaggedRegressionSettings.CFG_REGRESSORS, "FDIGDP", "PATENT");
        s.addString("time_column", "year");
        return s;
    }

    private static LaggedRegressionNodeModel model(final NodeSettingsRO s) throws InvalidSettingsException {
        LaggedRegressionNodeModel m = new LaggedRegressionNodeModel();
        NodeModelTestAccess.loadSettings(m, s);
        return m;
    }

    private static BufferedDataTable[] run(final LaggedRegressionNodeModel m, final BufferedDataTable in)
        throws Exception {
        return NodeModelTestAccess.execute(m, StubExecutionContext.create(), in);
    }

    private static double stat(final BufferedDataTable stats, final String name, final String column) {
        return value(stats, "Statistic", name, column);
    }

    @Test
    void settingsSurviveXmlRoundTrip() throws Exception {
        NodeSettings s = paperSettings();
        s.addInt(LaggedRegressionSettings.CFG_DEPENDENT_LAGS, 2);
        s.addInt(LaggedRegressionSettings.CFG_REGRESSOR_LAGS, 1);
        s.addString(LaggedRegressionSettings.CFG_REGRESSOR_LAGS_BY_NAME, "PATENT=0");
        s.addString(LaggedRegressionSettings.CFG_STANDARD_ERRORS, "Newey-West (HAC)");
        s.addBoolean(LaggedRegressionSettings.CFG_NW_AUTOMATIC, false);
        s.addInt(LaggedRegressionSettings.CFG_NW_LAG, 3);
        s.addBoolean(LaggedRegressionSettings.CFG_NW_SMALL_SAMPLE, true);
        s.addInt(LaggedRegressionSettings.CFG_SERIAL_ORDER, 2);
        s.addString("missing_values", "Use longest complete stretch");
        NodeSettingsRO back = NodeModelTestAccess.xmlRoundTrip(s);
        NodeSettings saved = NodeModelTestAccess.saveSettings(model(back));
        assertEquals(s.toString(), saved.toString());
        assertEquals(3, saved.getInt("newey_west_lag"));
    }

    @Test
    void invalidSettingsNameTheOption() {
        NodeSettings s = defaults();
        s.addString(LaggedRegressionSettings.CFG_STANDARD_ERRORS, "robust");
        var e = assertThrows(InvalidSettingsException.class, () -> model(s));
        assertEquals("\"robust\" is not a valid choice for \"Standard errors\". Choose one of: Classical (OLS), "
            + "HC0 (White), HC1, HC2, HC3, Newey-West (HAC).", e.getMessage());
        NodeSettings t = defaults();
        t.addInt(LaggedRegressionSettings.CFG_DEPENDENT_LAGS, 0);
        e = assertThrows(InvalidSettingsException.class, () -> model(t));
        assertTrue(e.getMessage().startsWith("Option \"Lags of the dependent variable\": "), e.getMessage());
        NodeSettings u = defaults();
        u.addString("missing_values", "Keep as missing");
        e = assertThrows(InvalidSettingsException.class, () -> model(u));
        assertEquals("\"Keep as missing\" is not a valid choice for \"Missing values\". Choose one of: Fail, "
            + "Use longest complete stretch.", e.getMessage());
    }

    @Test
    void flowVariablesMayGiveConstantNames() throws Exception {
        NodeSettings s = paperSettings();
        s.addString(LaggedRegressionSettings.CFG_STANDARD_ERRORS, "hc3");
        BufferedDataTable coef = run(model(s), annualTable().table())[0];
        assertRelative(sm.vector("annual.bse_HC3"), NodeTestSupport.doubles(coef, "Standard error"), TOL, "HC3 SE");
        assertEquals("HC3 heteroskedasticity-consistent", NodeTestSupport.strings(coef, "Standard errors").get(0));
    }

    @Test
    void configureGivesThreeTablesAndRejectsBadSpecs() throws Exception {
        DataTableSpec in = annualTable().spec();
        DataTableSpec[] out = NodeModelTestAccess.configure(model(paperSettings()), in);
        assertArrayEquals(new String[]{"Term", "Coefficient", "Standard error", "t statistic", "p-value",
            "95% CI lower", "95% CI upper", "Standard errors"}, out[0].getColumnNames());
        assertArrayEquals(new String[]{"Statistic", "Value", "Standard error", "p-value", "Degrees of freedom",
            "Null hypothesis", "Note"}, out[1].getColumnNames());
        assertArrayEquals(new String[]{"year", "lny", "FDIGDP", "PATENT", "Fitted value", "Residual"},
            out[2].getColumnNames());

        var e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestAccess.configure(model(defaults()), in));
        assertEquals("No column chosen for \"Dependent variable\": choose one in the dialog.", e.getMessage());

        NodeSettings gone = paperSettings();
        gone.addString(LaggedRegressionSettings.CFG_DEPENDENT, "RATIO");
        e = assertThrows(InvalidSettingsException.class, () -> NodeModelTestAccess.configure(model(gone), in));
        assertEquals("The column \"RATIO\" chosen for \"Dependent variable\" is not in the input table. Choose "
            + "another column.", e.getMessage());

        NodeSettings onlyY = paperSettings();
        NodeTestSupport.includeOnly(onlyY, LaggedRegressionSettings.CFG_REGRESSORS, "lny");
        e = assertThrows(InvalidSettingsException.class, () -> NodeModelTestAccess.configure(model(onlyY), in));
        assertEquals("No numeric column chosen in \"Regressors\": include at least one.", e.getMessage());

        e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestAccess.configure(model(paperSettings()), (DataTableSpec)null));
        assertEquals("No input table: connect a table to the input port.", e.getMessage());
    }

    @Test
    void paperEquationMatchesStatsmodels() throws Exception {
        LaggedRegressionNodeModel m = model(paperSettings());
        BufferedDataTable[] out = run(m, annualTable().table());
        BufferedDataTable coef = out[0];
        assertEquals(List.of("const", "lny(-1)", "FDIGDP", "PATENT"), NodeTestSupport.strings(coef, "Term"));
        assertRelative(sm.vector("annual.params"), NodeTestSupport.doubles(coef, "Coefficient"), TOL, "b");
        assertRelative(sm.vector("annual.bse"), NodeTestSupport.doubles(coef, "Standard error"), TOL, "SE");
        assertRelative(sm.vector("annual.tvalues"), NodeTestSupport.doubles(coef, "t statistic"), TOL, "t");
        assertRelative(sm.vector("annual.pvalues"), NodeTestSupport.doubles(coef, "p-value"), TOL, "p");
        assertRelative(sm.vector("annual.ci_lower"), NodeTestSupport.doubles(coef, "95% CI lower"), TOL, "CI");
        assertRelative(sm.vector("annual.ci_upper"), NodeTestSupport.doubles(coef, "95% CI upper"), TOL, "CI");
        assertEquals("classical OLS", NodeTestSupport.strings(coef, "Standard errors").get(0));

        BufferedDataTable st = out[1];
        assertEquals(sm.get("annual.n"), stat(st, "Observations", "Value"));
        assertEquals("Estimation sample year 2005 to year 2018 (the first rows are used up by the lags)",
            NodeTestSupport.cell(st, "Statistic", "Observations", "Note").toString());
        String[][] scalars = {{"R-squared", "rsquared"}, {"Adjusted R-squared", "rsquared_adj"},
            {"F statistic", "fvalue"}, {"Sum of squared residuals", "ssr"},
            {"Standard error of the regression (sigma)", "sigma"}, {"Log-likelihood", "llf"}, {"AIC", "aic"},
            {"BIC", "bic"}, {"Durbin-Watson", "durbin_watson"}, {"Durbin's h", "durbin_h"},
            {"Durbin's h (rho = 1 - DW/2)", "durbin_h_dw"}, {"Durbin's alternative test (order 1)", "durbinalt1_chi2"},
            {"Breusch-Godfrey LM (order 1)", "bg1_lm"}, {"Breusch-Godfrey F (order 1)", "bg1_f"}};
        for (String[] s : scalars) {
            assertRelative(sm.get("annual." + s[1]), stat(st, s[0], "Value"), TOL, s[0]);
        }
        String[][] pValues = {{"F statistic", "f_pvalue"}, {"Durbin's h", "durbin_h_p"},
            {"Durbin's h (rho = 1 - DW/2)", "durbin_h_dw_p"}, {"Durbin's alternative test (order 1)", "durbinalt1_p"},
            {"Breusch-Godfrey LM (order 1)", "bg1_lm_p"}, {"Breusch-Godfrey F (order 1)", "bg1_f_p"}};
        for (String[] s : pValues) {
            assertRelative(sm.get("annual." + s[1]), stat(st, s[0], "p-value"), TOL, s[0] + " p");
        }
        // Condition number of the design, columns scaled to unit length: numpy's SVD (condition_numpy.py).
        assertRelative(ReferenceValues.load("/reference/regression/condition_numpy.txt").get("annual.cond_scaled"),
            stat(st, "Condition number", "Value"), 1e-8, "condition number");
        assertEquals("F(3, 10)", NodeTestSupport.cell(st, "Statistic", "F statistic", "Degrees of freedom").toString());
        assertEquals("chi2(1)", NodeTestSupport.cell(st, "Statistic", "Breusch-Godfrey LM (order 1)",
            "Degrees of freedom").toString());
        String[] x = {"FDIGDP", "PATENT"};
        for (int i = 0; i < 2; i++) {
            String row = "Long-run multiplier of " + x[i];
            assertRelative(sm.get("annual.lrm[" + i + "]"), stat(st, row, "Value"), TOL, row);
            assertRelative(sm.get("annual.lrm_se[" + i + "]"), stat(st, row, "Standard error"), TOL, row + " SE");
            assertRelative(sm.get("annual.lrm_p[" + i + "]"), stat(st, row, "p-value"), TOL, row + " p");
        }

        BufferedDataTable fitted = out[2];
        assertEquals(15, fitted.size());
        double[] y = NodeTestSupport.doubles(fitted, "lny");
        double[] f = NodeTestSupport.doubles(fitted, "Fitted value");
        double[] e = NodeTestSupport.doubles(fitted, "Residual");
        assertTrue(Double.isNaN(f[0]) && Double.isNaN(e[0]), "2004 has no lag, so no fitted value");
        double ssr = 0;
        for (int t = 1; t < 15; t++) {
            assertEquals(y[t], f[t] + e[t], 1e-12);
            ssr += e[t] * e[t];
        }
        assertRelative(sm.get("annual.ssr"), ssr, TOL, "SSR of the appended residuals");
        assertEquals("Only 14 observations: Durbin's h, Durbin's alternative and Breusch-Godfrey are large-sample "
            + "tests, read their p-values with care.", NodeModelTestAccess.warning(m));
    }

    private static final String CONVENTIONS = "/reference/regression/conventions_ldv.txt";

    /** @return the paper's model with these standard errors and one issue-15 convention set */
    private static NodeSettings withConvention(final String standardErrors, final String key, final String value)
        throws InvalidSettingsException {
        NodeSettings s = paperSettings();
        s.addString(LaggedRegressionSettings.CFG_STANDARD_ERRORS, standardErrors);
        s.addString(key, value);
        return s;
    }

    /**
     * Standard errors, p-values and lower 95% bounds of the coefficient table against {@code ref}'s
     * annual.bse_/pvalues_/ci_lower_{@code which}. A lower bound can be a difference of two numbers 100 times
     * larger (FDIGDP's, 2e-4), so it is compared relative to the SE.
     */
    private static void assertCoefficients(final ReferenceValues ref, final String which,
        final BufferedDataTable coefficients) {
        double[] se = ref.vector("annual.bse_" + which);
        assertRelative(se, NodeTestSupport.doubles(coefficients, "Standard error"), TOL, which + " SE");
        assertRelative(ref.vector("annual.pvalues_" + which), NodeTestSupport.doubles(coefficients, "p-value"), TOL,
            which + " p");
        double[] ci = NodeTestSupport.doubles(coefficients, "95% CI lower");
        double[] expected = ref.vector("annual.ci_lower_" + which);
        for (int i = 0; i < ci.length; i++) {
            assertEquals(expected[i], ci[i], TOL * se[i], which + " CI lower[" + i + "]");
        }
    }

    /**
     * Issue 15, the tools' conventions (conventions_ldv.txt from conventions_ldv.py): statsmodels' HC1 p-values and
     * intervals from the standard normal (use_t=False; the standard errors unchanged); gretl's automatic Newey-West
     * lag floor(0.75 n^(1/3)) = 1 for n = 14 with Student's t (maxlags 1, use_t=True); R's AIC and BIC counting the
     * error variance (statsmodels' AIC + 2 and BIC + ln n, the relation RegressionConventionsTest checks against R).
     */
    @Test
    void conventionsOfStatsmodelsGretlAndR() throws Exception {
        ReferenceValues c = ReferenceValues.load(CONVENTIONS);
        BufferedDataTable[] normal = run(model(withConvention("HC1", LaggedRegressionSettings.CFG_ROBUST_P_VALUES,
            "Standard normal (statsmodels)")), annualTable().table());
        assertCoefficients(c, "hc1_normal", normal[0]);
        assertTrue(NodeTestSupport.strings(normal[0], "Standard errors").get(0).endsWith("from the standard normal"));
        NodeSettings s = withConvention("Newey-West (HAC)", LaggedRegressionSettings.CFG_NW_LAG_RULE,
            "floor(0.75*n^(1/3)) (gretl)");
        BufferedDataTable[] out = run(model(s), annualTable().table());
        assertCoefficients(c, "hac1_t", out[0]);
        assertTrue(NodeTestSupport.strings(out[0], "Standard errors").get(0).contains("lag 1"));
        s.addBoolean(LaggedRegressionSettings.CFG_CRITERIA_COUNT_VARIANCE, true);
        out = run(model(s), annualTable().table());
        assertRelative(sm.get("annual.aic") + 2.0, stat(out[1], "AIC", "Value"), TOL, "R's AIC");
        assertRelative(sm.get("annual.bic") + Math.log(14), stat(out[1], "BIC", "Value"), TOL, "R's BIC");
    }

    /** Choosing a tool in "Reproduce the conventions of" fills the three options; they stay editable. */
    @Test
    void choosingAPresetFillsTheOptions() throws Exception {
        org.knime.core.node.NodeDialogPane d = NodeModelTestAccess.createDialog(new LaggedRegressionNodeFactory());
        NodeModelTestAccess.loadDialog(d, paperSettings(), new DataTableSpec[] {annualTable().spec()});
        javax.swing.JComboBox<?> preset = NodeTestSupport.component(d.getPanel(),
            LaggedRegressionSettings.LABEL_CONVENTIONS_OF, javax.swing.JComboBox.class);
        preset.setSelectedItem("gretl");
        assertEquals("floor(0.75*n^(1/3)) (gretl)", NodeTestSupport.component(d.getPanel(),
            LaggedRegressionSettings.LABEL_NW_LAG_RULE, javax.swing.JComboBox.class).getSelectedItem());
        preset.setSelectedItem("R");
        NodeSettings saved = NodeModelTestAccess.saveDialog(d);
        assertTrue(saved.getBoolean(LaggedRegressionSettings.CFG_CRITERIA_COUNT_VARIANCE), "R counts sigma");
        assertEquals("floor(4*(n/100)^(2/9)) (Newey-West 1994)", saved.getString(LaggedRegressionSettings.CFG_NW_LAG_RULE));
        preset.setSelectedItem("statsmodels");
        javax.swing.JComboBox<?> robust = NodeTestSupport.component(d.getPanel(),
            LaggedRegressionSettings.LABEL_ROBUST_P_VALUES, javax.swing.JComboBox.class);
        assertEquals("Standard normal (statsmodels)", robust.getSelectedItem());
        robust.setSelectedItem("Student's t (Stata, R, gretl)");
        saved = NodeModelTestAccess.saveDialog(d);
        assertEquals("statsmodels", saved.getString(LaggedRegressionSettings.CFG_CONVENTIONS_OF));
        assertEquals("Student's t (Stata, R, gretl)", saved.getString(LaggedRegressionSettings.CFG_ROBUST_P_VALUES));
    }

    /** A workflow saved before the presets (the four issue-15 keys absent) gives exactly today's tables. */
    @Test
    void workflowSavedBeforeThePresetsKeepsItsResults() throws Exception {
        NodeSettings s = paperSettings();
        s.addString(LaggedRegressionSettings.CFG_STANDARD_ERRORS, "Newey-West (HAC)");
        java.io.ByteArrayOutputStream xml = new java.io.ByteArrayOutputStream();
        s.saveToXML(xml);
        String keys = String.join("|", LaggedRegressionSettings.CFG_CONVENTIONS_OF,
            LaggedRegressionSettings.CFG_NW_LAG_RULE, LaggedRegressionSettings.CFG_ROBUST_P_VALUES,
            LaggedRegressionSettings.CFG_CRITERIA_COUNT_VARIANCE);
        String before = xml.toString(java.nio.charset.StandardCharsets.UTF_8)
            .replaceAll("(?s)<config key=\"(" + keys + ")_Internals\">.*?</config>\\s*", "")
            .replaceAll("(?m)^.*key=\"(" + keys + ")\".*\\R", "");
        assertTrue(!before.contains("conventions_of") && !before.contains("robust_p_values"), "keys removed");
        NodeSettings old = (NodeSettings)NodeSettings.loadFromXML(new java.io.ByteArrayInputStream(
            before.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        BufferedDataTable[] was = run(model(old), annualTable().table());
        assertRelative(sm.vector("annual.bse_hacdefault_nocorr"), NodeTestSupport.doubles(was[0], "Standard error"),
            TOL, "HAC SE as before");
        assertRelative(sm.vector("annual.pvalues_hacdefault_nocorr"), NodeTestSupport.doubles(was[0], "p-value"), TOL,
            "Student-t p as before");
        assertRelative(sm.get("annual.aic"), stat(was[1], "AIC", "Value"), TOL, "AIC as before");
    }

    @Test
    void neweyWestWithAndWithoutSmallSampleFactor() throws Exception {
        NodeSettings s = paperSettings();
        s.addString(LaggedRegressionSettings.CFG_STANDARD_ERRORS, "Newey-West (HAC)");
        BufferedDataTable[] out = run(model(s), annualTable().table());
        assertCoefficients(sm, "hacdefault_nocorr", out[0]);
        assertRelative(sm.get("annual.lrm_hac_se[1]"), stat(out[1], "Long-run multiplier of PATENT",
            "Standard error"), TOL, "LRM HAC SE");
        assertEquals("Newey-West HAC (Bartlett kernel, lag 2 = floor(4(n/100)^(2/9)), no small-sample correction "
            + "n/(n-k))", NodeTestSupport.strings(out[0], "Standard errors").get(0));

        s.addBoolean(LaggedRegressionSettings.CFG_NW_AUTOMATIC, false);
        s.addInt(LaggedRegressionSettings.CFG_NW_LAG, (int)sm.get("annual.nw_lag_2"));
        s.addBoolean(LaggedRegressionSettings.CFG_NW_SMALL_SAMPLE, true);
        out = run(model(s), annualTable().table());
        assertRelative(sm.vector("annual.bse_hac2_corr"), NodeTestSupport.doubles(out[0], "Standard error"), TOL,
            "HAC SE with n/(n-k)");
        assertRelative(sm.vector("annual.pvalues_hac2_corr"), NodeTestSupport.doubles(out[0], "p-value"), TOL,
            "HAC p with n/(n-k)");
    }

    /** Log differences of macrodata as pandas' np.log(x).diff(), from the second quarter (the first has none). */
    private static TableBuilder macroGrowth() throws IOException {
        double[][] m = ReferenceCsv.columns("/reference/regression/macrodata.csv", "realgdp", "realcons",
            "realinv");
        TableBuilder b = new TableBuilder().column("cons", DoubleCell.TYPE).column("GDP", DoubleCell.TYPE)
            .column("INV", DoubleCell.TYPE);
        for (int t = 1; t < m[0].length; t++) {
            b.row(Math.log(m[1][t]) - Math.log(m[1][t - 1]), Math.log(m[0][t]) - Math.log(m[0][t - 1]),
                Math.log(m[2][t]) - Math.log(m[2][t - 1]));
        }
        return b;
    }

    @Test
    void lagsOfSingleRegressors() throws Exception {
        NodeSettings s = defaults();
        s.addString(LaggedRegressionSettings.CFG_DEPENDENT, "cons");
        s.addString(LaggedRegressionSettings.CFG_REGRESSOR_LAGS_BY_NAME, "GDP=2; INV = 0");
        BufferedDataTable[] out = run(model(s), macroGrowth().table());
        assertEquals(List.of("const", "cons(-1)", "GDP", "GDP(-1)", "GDP(-2)", "INV"),
            NodeTestSupport.strings(out[0], "Term"));
        assertRelative(sm.vector("macro_mixed.params"), NodeTestSupport.doubles(out[0], "Coefficient"), TOL, "b");
        assertRelative(sm.vector("macro_mixed.bse"), NodeTestSupport.doubles(out[0], "Standard error"), TOL, "SE");
        for (int i = 0; i < 2; i++) {
            String row = "Long-run multiplier of " + (i == 0 ? "GDP" : "INV");
            assertRelative(sm.get("macro_mixed.lrm[" + i + "]"), stat(out[1], row, "Value"), TOL, row);
            assertRelative(sm.get("macro_mixed.lrm_se[" + i + "]"), stat(out[1], row, "Standard error"), TOL, row);
        }
        s.addString(LaggedRegressionSettings.CFG_REGRESSOR_LAGS_BY_NAME, "M2=1");
        var e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestAccess.configure(model(s), macroGrowth().spec()));
        assertEquals("\"Lags of single regressors\": \"M2\" is not one of the chosen regressors (GDP, INV).",
            e.getMessage());
        s.addString(LaggedRegressionSettings.CFG_REGRESSOR_LAGS_BY_NAME, "GDP:1");
        e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestAccess.configure(model(s), macroGrowth().spec()));
        assertEquals("\"Lags of single regressors\": \"GDP:1\" is not of the form NAME=LAGS, e.g. GDP=2.",
            e.getMessage());
    }

    @Test
    void durbinsHUndefinedIsExplainedNotMissingSilently() throws Exception {
        TableBuilder b = macroGrowth();
        NodeSettings s = defaults();
        s.addString(LaggedRegressionSettings.CFG_DEPENDENT, "cons");
        s.addInt(LaggedRegressionSettings.CFG_DEPENDENT_LAGS, 2);
        s.addInt(LaggedRegressionSettings.CFG_REGRESSOR_LAGS, 1);
        s.addInt(LaggedRegressionSettings.CFG_SERIAL_ORDER, 2);
        LaggedRegressionNodeModel model = model(s);
        BufferedDataTable[] out = run(model, b.table());
        assertEquals(List.of("const", "cons(-1)", "cons(-2)", "GDP", "GDP(-1)", "INV", "INV(-1)"),
            NodeTestSupport.strings(out[0], "Term"));
        assertRelative(sm.vector("macro_p2l1.params"), NodeTestSupport.doubles(out[0], "Coefficient"), TOL, "b");
        assertTrue(Double.isNaN(stat(out[1], "Durbin's h", "Value")));
        String note = NodeTestSupport.cell(out[1], "Statistic", "Durbin's h", "Note").toString();
        assertTrue(note.startsWith("Durbin's h is undefined: 1 - n*Var(rho) = 1 - 200*"), note);
        assertTrue(note.endsWith("Use Durbin's alternative test instead."), note);
        assertRelative(sm.get("macro_p2l1.durbinalt2_chi2"), stat(out[1], "Durbin's alternative test (order 2)",
            "Value"), TOL, "Durbin alternative order 2");
        assertRelative(sm.get("macro_p2l1.bg2_lm_p"), stat(out[1], "Breusch-Godfrey LM (order 2)", "p-value"), TOL,
            "BG order 2 p");
        assertTrue(NodeModelTestAccess.warning(model).startsWith("Durbin's h is undefined"),
            NodeModelTestAccess.warning(model));
    }

    @Test
    void groupsAreFittedSeparatelyAndStacked() throws Exception {
        TableBuilder b = new TableBuilder().column("country", StringCell.TYPE).column("year", IntCell.TYPE)
            .column("lny", DoubleCell.TYPE).column("FDIGDP", DoubleCell.TYPE).column("PATENT", DoubleCell.TYPE);
        // group A in time order, group B the same data in reverse row order (the time column sorts it)
        for (int i = 0; i < annual[0].length; i++) {
            b.row("A", (int)annual[0][i], Math.log(annual[1][i]), annual[2][i], annual[3][i]);
        }
        for (int i = annual[0].length - 1; i >= 0; i--) {
            b.row("B", (int)annual[0][i], Math.log(annual[1][i]), annual[2][i], annual[3][i]);
        }
        NodeSettings s = paperSettings();
        s.addString("group_column", "country");
        BufferedDataTable[] out = run(model(s), b.table());
        assertEquals("country", out[0].getDataTableSpec().getColumnNames()[0]);
        assertEquals(List.of("A", "A", "A", "A", "B", "B", "B", "B"), NodeTestSupport.strings(out[0], "country"));
        double[] coef = NodeTestSupport.doubles(out[0], "Coefficient");
        double[] expected = sm.vector("annual.params");
        for (int i = 0; i < 8; i++) {
            assertRelative(expected[i % 4], coef[i], TOL, "group " + (i < 4 ? "A" : "B") + " b[" + i % 4 + "]");
        }
        assertEquals("Estimation sample year 2005 of group \"B\" to year 2018 of group \"B\" (the first rows are "
            + "used up by the lags)", NodeTestSupport.strings(out[1], "Note").get((int)out[1].size() / 2));
        assertEquals(30, out[2].size());
        assertArrayEquals(new double[]{2004, 2005}, java.util.Arrays.copyOfRange(
            NodeTestSupport.doubles(out[2], "year"), 15, 17), 0.0);
    }

    @Test
    void missingValuePolicies() throws Exception {
        // the annual data 2004-2018 with the FDI value of 2006 missing
        TableBuilder gap = new TableBuilder().column("year", IntCell.TYPE).column("lny", DoubleCell.TYPE)
            .column("FDIGDP", DoubleCell.TYPE).column("PATENT", DoubleCell.TYPE);
        for (int i = 0; i < annual[0].length; i++) {
            gap.row((int)annual[0][i], Math.log(annual[1][i]), i == 2 ? null : annual[2][i], annual[3][i]);
        }
        NodeSettings s = paperSettings();
        var e = assertThrows(IllegalArgumentException.class, () -> run(model(s), gap.table()));
        assertEquals("\"FDIGDP\" is missing at year 2006. Fill the gap, or set \"Missing values\" to \"Use longest "
            + "complete stretch\".", e.getMessage());

        s.addString("missing_values", "Use longest complete stretch");
        LaggedRegressionNodeModel m = model(s);
        BufferedDataTable[] out = run(m, gap.table());
        assertEquals(11.0, stat(out[1], "Observations", "Value"), "2007-2018 with one lag: 2008-2018");
        assertTrue(NodeModelTestAccess.warning(m).startsWith("lny, FDIGDP, PATENT: used the longest stretch without "
            + "missing values, year 2007 to year 2018 (12 of 15 rows)."), NodeModelTestAccess.warning(m));
        double[] f = NodeTestSupport.doubles(out[2], "Fitted value");
        for (int t = 0; t < 4; t++) {
            assertTrue(Double.isNaN(f[t]), "no fitted value before 2008, row " + t);
        }
        assertTrue(!Double.isNaN(f[4]));
    }

    @Test
    void tooHighSerialCorrelationOrderSaysWhatToChange() throws Exception {
        NodeSettings s = paperSettings();
        s.addInt(LaggedRegressionSettings.CFG_SERIAL_ORDER, 10);
        var e = assertThrows(IllegalArgumentException.class, () -> run(model(s), annualTable().table()));
        assertEquals("\"Breusch-Godfrey and Durbin alternative order\" is 10, but with n = 14 observations and k = 4 "
            + "coefficients it must be below 10. Choose a smaller order.", e.getMessage());
    }

    @Test
    void executionCanBeCancelled() throws Exception {
        var exec = StubExecutionContext.cancelAfterChecks(3);
        assertThrows(CanceledExecutionException.class,
            () -> NodeModelTestAccess.execute(model(paperSettings()), exec, annualTable().table()));
    }

    @Test
    void descriptionListsEveryDialogOption() throws Exception {
        NodeDescriptions.assertDescriptionListsDialogOptions(new LaggedRegressionNodeFactory(),
            LaggedRegressionSettings.LABEL_REGRESSORS);
    }

    @Test
    void dialogSavesWhatTheModelReads() throws Exception {
        var dialog = NodeModelTestAccess.createDialog(new LaggedRegressionNodeFactory());
        NodeModelTestAccess.loadDialog(dialog, paperSettings(), annualTable().spec());
        NodeSettings saved = NodeModelTestAccess.saveDialog(dialog);
        assertEquals("lny", saved.getString(LaggedRegressionSettings.CFG_DEPENDENT));
        assertEquals(3, NodeModelTestAccess.configure(model(saved), annualTable().spec()).length);
    }
}
