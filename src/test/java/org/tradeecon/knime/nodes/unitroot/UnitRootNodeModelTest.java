package org.tradeecon.knime.nodes.unitroot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.StubExecutionContext;
import org.tradeecon.knime.engine.timeseries.Differencing;
import org.tradeecon.knime.nodes.common.CommonSettings;
import org.tradeecon.knime.testsupport.NodeDescriptions;
import org.tradeecon.knime.testsupport.NodeTestSupport.TableBuilder;
import org.tradeecon.knime.testsupport.NodeTestSupport;
import org.tradeecon.knime.testsupport.PaperData;

/**
 * The Unit Root Test node through the KNIME stand-in. Expected statistics: the paper's Table II (PATENT row,
 * tau = -3.647, p = 0.0049, printed to 3 and 2 significant decimals) and statsmodels 0.13.5 (adfuller, kpss, OLS
 * coefficient table) under src/test/resources/reference; statsmodels values are matched to a relative 1e-9
 * (the engine's own tests bound its agreement tighter), critical values and p-values likewise.
 */
class UnitRootNodeModelTest {
    private static final double REL = 1e-9;
    private static final String ADF = "unitroot/statsmodels_adf.csv";

    private static UnitRootNodeModel model(final NodeSettings s) throws InvalidSettingsException {
        UnitRootNodeModel m = new UnitRootNodeModel();
        NodeModelTestAccess.loadSettings(m, s);
        return m;
    }

    private static NodeSettings defaults() {
        return NodeModelTestAccess.saveSettings(new UnitRootNodeModel());
    }

    /** Defaults with the time column "year" and the series column "value". */
    private static NodeSettings yearValue() throws InvalidSettingsException {
        NodeSettings s = defaults();
        s.addString("time_column", "year");
        NodeTestSupport.includeOnly(s, "columns", "value");
        return s;
    }

    private static BufferedDataTable[] run(final UnitRootNodeModel m, final BufferedDataTable in) throws Exception {
        return NodeModelTestAccess.execute(m, StubExecutionContext.create(), in);
    }

    private static void close(final double expected, final double actual, final String what) {
        assertEquals(expected, actual, REL * Math.abs(expected), what);
    }

    /** Asserts one summary row against a statsmodels adfuller case (stat, p, lag, nobs, critical values). */
    private static void assertAdfRow(final BufferedDataTable out, final int row, final String refCase) {
        Map<String, String> ref = PaperData.row(ADF, refCase);
        close(PaperData.num(ref, "stat"), NodeTestSupport.doubles(out, "Statistic")[row], refCase + " tau");
        close(PaperData.num(ref, "pvalue"), NodeTestSupport.doubles(out, "p-value")[row], refCase + " p");
        close(PaperData.num(ref, "crit1"), NodeTestSupport.doubles(out, "Critical value 1%")[row], refCase + " 1%");
        close(PaperData.num(ref, "crit5"), NodeTestSupport.doubles(out, "Critical value 5%")[row], refCase + " 5%");
        close(PaperData.num(ref, "crit10"), NodeTestSupport.doubles(out, "Critical value 10%")[row], refCase + " 10%");
        assertEquals(Integer.parseInt(ref.get("usedlag")), (int)NodeTestSupport.doubles(out, "Lags used")[row]);
        assertEquals(Integer.parseInt(ref.get("nobs")), (int)NodeTestSupport.doubles(out, "Observations")[row]);
    }

    @Test
    void settingsSurviveXmlRoundTrip() throws Exception {
        NodeSettings s = yearValue();
        s.addString("test", "KPSS (stationarity)");
        s.addString("deterministic", "Constant and linear trend");
        s.addString("lag_rule", "BIC (Schwarz)");
        s.addString("max_lag_rule", "Schwert rule floor(12*(n/100)^(1/4))");
        s.addInt("lags", 3);
        s.addString("kpss_bandwidth", "Fixed: KPSS lags (below)");
        s.addInt("kpss_lags", 2);
        s.addDouble("alpha", 0.1);
        s.addString("missing_values", "Use longest complete stretch");
        NodeSettingsRO back = NodeModelTestAccess.xmlRoundTrip(s);
        NodeSettings saved = NodeModelTestAccess.saveSettings(model((NodeSettings)back));
        assertEquals(s.toString(), saved.toString());
        assertEquals(0.1, saved.getDouble("alpha"));
    }

    @Test
    void defaultsAreThePapersTest() throws Exception {
        NodeSettings s = defaults();
        assertEquals("Augmented Dickey-Fuller (ADF)", s.getString("test"));
        assertEquals("Constant", s.getString("deterministic"));
        assertEquals("Fixed", s.getString("lag_rule"));
        assertEquals("Number of lags (below)", s.getString("max_lag_rule"));
        assertEquals(0, s.getInt("lags"));
        assertEquals("MacKinnon (1994) approximate asymptotic", s.getString("p_value_method"));
        assertEquals(0.05, s.getDouble("alpha"));
        assertEquals("Fail", s.getString("missing_values"));
    }

    @Test
    void invalidSettingsNameTheOption() throws Exception {
        NodeSettings s = defaults();
        s.addString("lag_rule", "SIC");
        var e = assertThrows(InvalidSettingsException.class, () -> model(s));
        assertEquals("\"SIC\" is not a valid choice for \"Lag selection\". Choose one of: Fixed, AIC (Akaike), "
            + "BIC (Schwarz), HQIC (Hannan-Quinn), t-statistic (test down), MAIC (modified AIC, DF-GLS only).",
            e.getMessage());

        NodeSettings kpss = defaults();
        kpss.addString("test", "KPSS");
        kpss.addString("deterministic", "n");
        e = assertThrows(InvalidSettingsException.class, () -> model(kpss));
        assertEquals("KPSS tests stationarity around a level or a linear trend: set \"Deterministic terms\" to "
            + "\"Constant\" or \"Constant and linear trend\" (it is \"None\").", e.getMessage());

        NodeSettings alpha = defaults();
        alpha.addDouble("alpha", 1.5);
        e = assertThrows(InvalidSettingsException.class, () -> model(alpha));
        assertTrue(e.getMessage().startsWith("Option \"Significance level (alpha)\": "), e.getMessage());

        // flow variables may give constant names and statsmodels codes
        NodeSettings codes = defaults();
        codes.addString("lag_rule", "aic");
        codes.addString("deterministic", "ct");
        codes.addString("missing_values", "LONGEST_COMPLETE_STRETCH");
        model(codes);
    }

    @Test
    void configureGivesBothSpecsAndRejectsBadInput() throws Exception {
        TableBuilder in = PaperData.yearly(2005, PaperData.series("dlnpatent_2005_2017"));
        DataTableSpec[] out = NodeModelTestAccess.configure(model(yearValue()), in.spec());
        assertEquals(List.of("Series", "Test", "Deterministic terms", "Lags used", "Lag rule", "Maximum lag",
            "Observations", "Sample", "Statistic", "p-value", "Critical value 1%", "Critical value 5%",
            "Critical value 10%", "Null hypothesis", "Decision at alpha", "Null rejected", "Warnings", "Break date",
            "Break observation", "Simulated p-value", "Simulated critical value 1%", "Simulated critical value 5%",
            "Simulated critical value 10%", "Simulated decision at alpha", "Simulation"),
            List.of(out[0].getColumnNames()));
        assertEquals("Series", out[1].getColumnNames()[0]);
        NodeSettings grouped = yearValue();
        grouped.addString("group_column", "series");
        out = NodeModelTestAccess.configure(model(grouped), in.spec());
        assertEquals("series", out[0].getColumnNames()[0]);
        assertEquals("series", out[1].getColumnNames()[0]);

        NodeSettings noTime = yearValue();
        noTime.addString("time_column", "when");
        var e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestAccess.configure(model(noTime), in.spec()));
        assertEquals("The time column \"when\" is not in the input table. Choose another column (or none) for "
            + "\"Time column\".", e.getMessage());
        DataTableSpec textOnly = new TableBuilder().column("z", StringCell.TYPE).spec();
        e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestAccess.configure(model(defaults()), textOnly));
        assertEquals("No numeric column chosen in \"Columns\": the input table has no numeric column.",
            e.getMessage());
    }

    /** Table II, PATENT row: ln patents 2004-2017 differenced once through the Differencing engine, defaults. */
    @Test
    void papersPatentRowFromTheDifferencingEngine() throws Exception {
        double[] ln = PaperData.series("lnpatent_2004_2017");
        double[] d1 = Differencing.apply(ln, 1, 0, 2, false);
        UnitRootNodeModel m = model(yearValue());
        BufferedDataTable[] out = run(m, PaperData.yearly(PaperData.FIRST_YEAR, d1).table());
        assertEquals(1, out[0].size());
        assertEquals(-3.647, NodeTestSupport.doubles(out[0], "Statistic")[0], 5e-4, "paper tau");
        assertEquals(0.0049, NodeTestSupport.doubles(out[0], "p-value")[0], 5e-5, "paper p");
        assertAdfRow(out[0], 0, "dlnpatent_2005_2017/c/fixed0");
        assertEquals(List.of("year 2005 to year 2017"), NodeTestSupport.strings(out[0], "Sample"));
        assertEquals(List.of("Constant"), NodeTestSupport.strings(out[0], "Deterministic terms"));
        assertEquals(List.of("Fixed"), NodeTestSupport.strings(out[0], "Lag rule"));
        assertEquals(List.of("?"), NodeTestSupport.strings(out[0], "Maximum lag"));
        assertEquals(List.of("true"), NodeTestSupport.strings(out[0], "Null rejected"));
        assertEquals(List.of("Reject the null hypothesis at the 5% level (p = 0.004921)."
            + " H0: the series has a unit root (gamma = 0)."), NodeTestSupport.strings(out[0], "Decision at alpha"));
        assertEquals(List.of("?"), NodeTestSupport.strings(out[0], "Warnings"));
        assertNull(NodeModelTestAccess.warning(m));
        assertCoefficients(out[1], "dlnpatent_2005_2017/c/fixed0");
        // the pre-differenced column gives the same row
        BufferedDataTable[] pre = run(model(yearValue()),
            PaperData.yearly(2005, PaperData.series("dlnpatent_2005_2017")).table());
        assertAdfRow(pre[0], 0, "dlnpatent_2005_2017/c/fixed0");
    }

    /** Details: coefficient table (estimate, SE, t, p, 95% CI) as statsmodels' OLS of the test regression. */
    private static void assertCoefficients(final BufferedDataTable details, final String refCase) {
        List<Map<String, String>> ref = PaperData.rows("nodes/statsmodels_adf_regression.csv", refCase);
        List<String> items = NodeTestSupport.strings(details, "Item");
        List<String> terms = NodeTestSupport.strings(details, "Term");
        for (Map<String, String> r : ref) {
            int i = -1;
            for (int k = 0; k < terms.size(); k++) {
                if (items.get(k).equals("Coefficient") && terms.get(k).equals(r.get("name"))) {
                    i = k;
                }
            }
            assertTrue(i >= 0, "no coefficient " + r.get("name"));
            String w = refCase + " " + r.get("name");
            close(PaperData.num(r, "estimate"), NodeTestSupport.doubles(details, "Estimate")[i], w);
            close(PaperData.num(r, "se"), NodeTestSupport.doubles(details, "Standard error")[i], w + " se");
            close(PaperData.num(r, "t"), NodeTestSupport.doubles(details, "t")[i], w + " t");
            close(PaperData.num(r, "p"), NodeTestSupport.doubles(details, "p-value")[i], w + " p");
            close(PaperData.num(r, "ci_lower"), NodeTestSupport.doubles(details, "95% CI lower")[i], w + " lo");
            close(PaperData.num(r, "ci_upper"), NodeTestSupport.doubles(details, "95% CI upper")[i], w + " hi");
        }
        assertEquals(ref.size(), items.stream().filter("Coefficient"::equals).count());
    }

    @Test
    void aicSearchListsEveryCandidateLag() throws Exception {
        NodeSettings s = yearValue();
        s.addString("lag_rule", "AIC (Akaike)");
        s.addString("max_lag_rule", "Default rule ceil(12*(n/100)^(1/4))");
        BufferedDataTable[] out = run(model(s), PaperData.yearly(2005, PaperData.series("dlnpatent_2005_2017"))
            .table());
        assertAdfRow(out[0], 0, "dlnpatent_2005_2017/c/aic");
        assertEquals(4, (int)NodeTestSupport.doubles(out[0], "Maximum lag")[0]);
        assertCoefficients(out[1], "dlnpatent_2005_2017/c/aic");
        List<Map<String, String>> cands = PaperData.rows("unitroot/statsmodels_adf_candidates.csv",
            "dlnpatent_2005_2017/c/aic");
        double[] crit = NodeTestSupport.doubles(out[1], "Criterion value");
        List<String> items = NodeTestSupport.strings(out[1], "Item");
        List<String> chosen = NodeTestSupport.strings(out[1], "Chosen");
        int first = items.indexOf("Lag candidate");
        assertEquals(cands.size(), items.size() - first);
        for (Map<String, String> c : cands) {
            int lag = Integer.parseInt(c.get("lag"));
            close(PaperData.num(c, "criterion"), crit[first + lag], "AIC of lag " + lag);
            assertEquals(lag == 1 ? "true" : "false", chosen.get(first + lag));
        }
    }

    /** Every deterministic-terms choice maps to statsmodels' regression code (dlnpatent, 0 lags). */
    @ParameterizedTest
    @CsvSource({"None,n", "Constant,c", "Constant and linear trend,ct", "'Constant, linear and quadratic trend',ctt"})
    void deterministicTermsMatchStatsmodels(final String label, final String code) throws Exception {
        NodeSettings s = yearValue();
        s.addString("deterministic", label);
        BufferedDataTable[] out = run(model(s), PaperData.yearly(2005, PaperData.series("dlnpatent_2005_2017"))
            .table());
        assertAdfRow(out[0], 0, "dlnpatent_2005_2017/" + code + "/fixed0");
        assertEquals(List.of(label), NodeTestSupport.strings(out[0], "Deterministic terms"));
    }

    /** t-statistic rule (criterion |t| of the last lag) and the R urca sample convention with BIC. */
    @Test
    void tStatisticRuleAndMaximumLagSample() throws Exception {
        BufferedDataTable in = PaperData.yearly(2005, PaperData.series("dlnpatent_2005_2017")).table();
        NodeSettings s = yearValue();
        s.addString("lag_rule", "t-statistic (test down)");
        s.addString("max_lag_rule", "Default rule ceil(12*(n/100)^(1/4))");
        BufferedDataTable[] out = run(model(s), in);
        assertAdfRow(out[0], 0, "dlnpatent_2005_2017/c/tstat");
        List<Map<String, String>> cands = PaperData.rows("unitroot/statsmodels_adf_candidates.csv",
            "dlnpatent_2005_2017/c/tstat");
        double[] crit = NodeTestSupport.doubles(out[1], "Criterion value");
        int first = NodeTestSupport.strings(out[1], "Item").indexOf("Lag candidate");
        for (Map<String, String> c : cands) {
            close(PaperData.num(c, "criterion"), crit[first + Integer.parseInt(c.get("lag"))], "|t| " + c);
        }
        assertEquals("|t| of the last lag", NodeTestSupport.strings(out[1], "Criterion").get(first));

        s.addString("lag_rule", "BIC (Schwarz)");
        s.addString("lag_search_sample", "Keep the maximum-lag sample (R urca)");
        out = run(model(s), in);
        Map<String, String> keep = PaperData.row("unitroot/statsmodels_adf_keep.csv", "dlnpatent_2005_2017/c/bic");
        close(PaperData.num(keep, "stat_maxlag_sample"), NodeTestSupport.doubles(out[0], "Statistic")[0], "urca tau");
        assertEquals(Integer.parseInt(keep.get("nobs_maxlag_sample")),
            (int)NodeTestSupport.doubles(out[0], "Observations")[0]);
    }

    @Test
    void kpssWithFixedAndAutomaticBandwidth() throws Exception {
        NodeSettings s = yearValue();
        s.addString("test", "KPSS (stationarity)");
        s.addString("kpss_bandwidth", "Fixed: KPSS lags (below)");
        s.addInt("kpss_lags", 4);
        BufferedDataTable in = PaperData.yearly(2005, PaperData.series("dlnpatent_2005_2017")).table();
        BufferedDataTable[] out = run(model(s), in);
        Map<String, String> ref = PaperData.row("unitroot/statsmodels_kpss.csv", "dlnpatent_2005_2017/c/4");
        close(PaperData.num(ref, "stat"), NodeTestSupport.doubles(out[0], "Statistic")[0], "KPSS stat");
        close(PaperData.num(ref, "pvalue"), NodeTestSupport.doubles(out[0], "p-value")[0], "KPSS p");
        close(PaperData.num(ref, "crit1"), NodeTestSupport.doubles(out[0], "Critical value 1%")[0], "KPSS 1%");
        assertEquals(List.of("the series is stationary around a constant level"),
            NodeTestSupport.strings(out[0], "Null hypothesis"));
        assertEquals(List.of("Long-run variance"), NodeTestSupport.strings(out[1], "Item"));

        s.addString("kpss_bandwidth", "Automatic (Hobijn et al. 1998, statsmodels)");
        UnitRootNodeModel m = model(s);
        out = run(m, in);
        ref = PaperData.row("unitroot/statsmodels_kpss.csv", "dlnpatent_2005_2017/c/auto");
        close(PaperData.num(ref, "stat"), NodeTestSupport.doubles(out[0], "Statistic")[0], "KPSS auto stat");
        assertEquals(Integer.parseInt(ref.get("lags")), (int)NodeTestSupport.doubles(out[0], "Lags used")[0]);
        // p = 0.10 is the table's end: a bound, reported as a warning
        assertEquals(0.1, NodeTestSupport.doubles(out[0], "p-value")[0], 1e-15);
        assertTrue(NodeModelTestAccess.warning(m).startsWith("\"value\": The statistic 0.2180 is below the smallest"
            + " KPSS table value 0.347"), NodeModelTestAccess.warning(m));
    }

    /** Two groups stacked in one column, no time column: PATENT (differenced) and statsmodels' macrodata infl. */
    @Test
    void groupedTableGivesOneRowPerGroup() throws Exception {
        TableBuilder b = new TableBuilder().column("series", StringCell.TYPE).column("value", DoubleCell.TYPE);
        for (double v : PaperData.series("dlnpatent_2005_2017")) {
            b.row("PATENT", v);
        }
        for (double v : PaperData.series("infl")) {
            b.row("infl", v);
        }
        NodeSettings s = defaults();
        s.addString("group_column", "series");
        BufferedDataTable[] out = run(model(s), b.table());
        assertEquals(List.of("PATENT", "infl"), NodeTestSupport.strings(out[0], "series"));
        assertAdfRow(out[0], 0, "dlnpatent_2005_2017/c/fixed0");
        assertAdfRow(out[0], 1, "infl/c/fixed0");
        assertEquals("row \"Row13\" to row \"Row215\"", NodeTestSupport.strings(out[0], "Sample").get(1));
        assertEquals(List.of("PATENT", "PATENT", "infl", "infl"), NodeTestSupport.strings(out[1], "series"));
    }

    @Test
    void missingValuePolicies() throws Exception {
        // 2003 has a value, 2004 none, then the paper's differenced series 2005-2017
        double[] d = PaperData.series("dlnpatent_2005_2017");
        double[] x = new double[d.length + 2];
        x[0] = 0.5;
        x[1] = Double.NaN;
        System.arraycopy(d, 0, x, 2, d.length);
        BufferedDataTable in = PaperData.yearly(2003, x).table();
        var e = assertThrows(IllegalArgumentException.class, () -> run(model(yearValue()), in));
        assertEquals("\"value\" is missing at year 2004. Fill the gap, or set \"Missing values\" to \"Use longest "
            + "complete stretch\".", e.getMessage());

        NodeSettings s = yearValue();
        s.addString("missing_values", "Use longest complete stretch");
        UnitRootNodeModel m = model(s);
        BufferedDataTable[] out = run(m, in);
        assertAdfRow(out[0], 0, "dlnpatent_2005_2017/c/fixed0");
        assertEquals(List.of("year 2005 to year 2017"), NodeTestSupport.strings(out[0], "Sample"));
        String w = "value: used the longest stretch without missing values, year 2005 to year 2017 (13 of 15 rows).";
        assertEquals(List.of(w), NodeTestSupport.strings(out[0], "Warnings"));
        assertEquals("\"value\": " + w, NodeModelTestAccess.warning(m));
    }

    @Test
    void aSeriesThatCannotBeTestedGetsARowWithTheReason() throws Exception {
        TableBuilder b = new TableBuilder().column("series", StringCell.TYPE).column("value", DoubleCell.TYPE);
        b.row("short", 1.0).row("short", 2.0).row("short", 1.5);
        for (double v : PaperData.series("dlnpatent_2005_2017")) {
            b.row("PATENT", v);
        }
        NodeSettings s = defaults();
        s.addString("group_column", "series");
        UnitRootNodeModel m = model(s);
        BufferedDataTable[] out = run(m, b.table());
        assertEquals(List.of("Not tested", "Reject the null hypothesis at the 5% level (p = 0.004921)."
            + " H0: the series has a unit root (gamma = 0)."), NodeTestSupport.strings(out[0], "Decision at alpha"));
        assertTrue(Double.isNaN(NodeTestSupport.doubles(out[0], "Statistic")[0]));
        String reason = NodeTestSupport.strings(out[0], "Warnings").get(0);
        assertTrue(reason.contains("n = 3 observations is too short"), reason);
        assertEquals("\"value\" (group \"short\") was not tested: " + reason, NodeModelTestAccess.warning(m));
        assertAdfRow(out[0], 1, "dlnpatent_2005_2017/c/fixed0");
    }

    @Test
    void executionCanBeCancelled() throws Exception {
        var exec = StubExecutionContext.cancelAfterChecks(3);
        BufferedDataTable in = PaperData.yearly(2005, PaperData.series("dlnpatent_2005_2017")).table();
        assertThrows(CanceledExecutionException.class, () -> NodeModelTestAccess.execute(model(yearValue()), exec,
            in));
    }

    @Test
    void dialogShowsTheModelSettingsAndTheDescriptionListsThem() throws Exception {
        NodeDialogPane dialog = NodeModelTestAccess.createDialog(new UnitRootNodeFactory());
        NodeSettings s = yearValue();
        s.addString("lag_rule", "HQIC (Hannan-Quinn)");
        NodeModelTestAccess.loadDialog(dialog, s, PaperData.yearly(2005, new double[]{1, 2}).spec());
        NodeSettings saved = NodeModelTestAccess.saveDialog(dialog);
        assertEquals("HQIC (Hannan-Quinn)", saved.getString("lag_rule"));
        assertEquals("year", saved.getString("time_column"));
        model(saved);
        NodeDescriptions.assertDescriptionListsDialogOptions(new UnitRootNodeFactory(), CommonSettings.LABEL_COLUMNS);
    }
}
