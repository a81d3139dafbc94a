package org.tradeecon.knime.nodes.unitroot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.StubExecutionContext;
import org.tradeecon.knime.testsupport.NodeTestSupport;
import org.tradeecon.knime.testsupport.PaperData;

/**
 * DF-GLS, Phillips–Perron and Zivot–Andrews through the Unit Root Test node (KNIME stand-in). Expected values come
 * from the reference files under src/test/resources/reference/unitroot: gretl 2022c {@code adf --gls}
 * (gretl_dfgls.csv), R urca 1.3.3 {@code ur.ers} and {@code ur.za} (r_urca_ers.csv, r_urca_za.csv) and the
 * Hamilton-formula rows of r_pp.csv (validated there against R tseries); matched to 1e-8 relative.
 */
class UnitRootMoreTestsNodeTest {
    private static final double REL = 1e-8;

    private static void close(final double expected, final double actual, final String what) {
        assertEquals(expected, actual, REL * Math.abs(expected), what);
    }

    private static NodeSettings settings(final String test) throws InvalidSettingsException {
        NodeSettings s = NodeModelTestAccess.saveSettings(new UnitRootNodeModel());
        s.addString("time_column", "year");
        NodeTestSupport.includeOnly(s, "columns", "value");
        s.addString("test", test);
        return s;
    }

    private static BufferedDataTable[] run(final NodeSettings s, final String series, final int year0)
        throws Exception {
        UnitRootNodeModel m = new UnitRootNodeModel();
        NodeModelTestAccess.loadSettings(m, s);
        return NodeModelTestAccess.execute(m, StubExecutionContext.create(),
            PaperData.yearly(year0, PaperData.series(series)).table());
    }

    /** @return the node's outputs for {@code test} with {@code key} = {@code value} and {@code intKey} = {@code n} */
    private static BufferedDataTable[] run(final String test, final String key, final String value,
        final String intKey, final int n, final String series, final int year0) throws Exception {
        NodeSettings s = settings(test);
        s.addString(key, value);
        s.addInt(intKey, n);
        return run(s, series, year0);
    }

    private static Map<String, String> ref(final String file, final String first, final String column,
        final String value, final String column2, final String value2) {
        return PaperData.rows(file, first).stream()
            .filter(r -> r.get(column).equals(value) && r.get(column2).equals(value2)).findFirst().orElseThrow();
    }

    @Test
    void dfGlsWithMaicOnThePatentSeriesAsGretl() throws Exception {
        BufferedDataTable[] out = run("DF-GLS", "lag_rule", "MAIC (modified AIC, DF-GLS only)", "lags", 4,
            "lnpatent_2004_2017", 2004);
        Map<String, String> g = PaperData.row("unitroot/gretl_dfgls.csv", "lnpatent_2004_2017/c/maic4");
        close(PaperData.num(g, "tau"), NodeTestSupport.doubles(out[0], "Statistic")[0], "tau");
        assertEquals(Integer.parseInt(g.get("usedlag")), (int)NodeTestSupport.doubles(out[0], "Lags used")[0]);
        assertEquals(Integer.parseInt(g.get("nobs")), (int)NodeTestSupport.doubles(out[0], "Observations")[0]);
        assertEquals(4, (int)NodeTestSupport.doubles(out[0], "Maximum lag")[0]);
        assertEquals("DF-GLS (Elliott-Rothenberg-Stock)", NodeTestSupport.strings(out[0], "Test").get(0));
        List<String> items = NodeTestSupport.strings(out[1], "Item");
        assertEquals(1, items.stream().filter("GLS detrending"::equals).count(), "constant only");
        assertEquals(5, items.stream().filter("Lag candidate"::equals).count(), "MAIC over lags 0..4");
    }

    @Test
    void dfGlsTrendFixedLagAsUrca() throws Exception {
        BufferedDataTable[] out = run("DF-GLS", "deterministic", "ct", "lags", 1, "rw60", 1950);
        Map<String, String> u = ref("unitroot/r_urca_ers.csv", "rw60", "model", "trend", "lag", "1");
        close(PaperData.num(u, "tau"), NodeTestSupport.doubles(out[0], "Statistic")[0], "tau");
        assertEquals(PaperData.num(u, "cval5"), NodeTestSupport.doubles(out[0], "Critical value 5%")[0], 0.0);
        assertEquals("?", NodeTestSupport.strings(out[0], "Break date").get(0), "missing: no break outside ZA");
    }

    @Test
    void phillipsPerronFixedLagsWithZAlphaInTheDetails() throws Exception {
        BufferedDataTable[] out = run("PP", "pp_bandwidth", "Fixed: Phillips-Perron lags (below)", "pp_lags", 2,
            "rw250", 1700);
        Map<String, String> h = PaperData.rows("unitroot/r_pp.csv", "hamilton").stream()
            .filter(r -> r.get("series").equals("rw250") && r.get("model").equals("constant")
                && r.get("lags").equals("2")).findFirst().orElseThrow();
        close(PaperData.num(h, "ztau"), NodeTestSupport.doubles(out[0], "Statistic")[0], "Z(tau)");
        int row = NodeTestSupport.strings(out[1], "Item").indexOf("Z(alpha)");
        close(PaperData.num(h, "zalpha"), NodeTestSupport.doubles(out[1], "Estimate")[row], "Z(alpha)");
        assertEquals(2, (int)NodeTestSupport.doubles(out[0], "Lags used")[0]);
    }

    @Test
    void phillipsPerronWithTheQuadraticSpectralKernel() throws Exception {
        NodeSettings s = settings("PP");
        s.addString("pp_bandwidth", "Fixed: Phillips-Perron lags (below)");
        s.addInt("pp_lags", 2);
        s.addString("pp_kernel", "Quadratic Spectral");
        BufferedDataTable[] out = run(s, "rw250", 1700);
        // r_pp_kernels.csv: R sandwich::kweights(j / 3, "Quadratic Spectral") in Hamilton's formula
        Map<String, String> r = PaperData.rows("unitroot/r_pp_kernels.csv", "rw250").stream()
            .filter(x -> x.get("model").equals("constant")
                && x.get("kernel").equals("Quadratic Spectral") && x.get("lags").equals("2")).findFirst()
            .orElseThrow();
        close(PaperData.num(r, "ztau"), NodeTestSupport.doubles(out[0], "Statistic")[0], "Z(tau)");
        NodeSettings auto = settings("PP");
        auto.addString("pp_bandwidth", "Automatic (Newey-West 1994)");
        auto.addString("pp_kernel", "Parzen");
        Exception e = assertThrows(Exception.class, () -> run(auto, "rw250", 1700));
        assertTrue(e.getMessage().contains("is the Bartlett kernel's bandwidth"), e.getMessage());
    }

    @Test
    void zivotAndrewsNamesTheBreakYear() throws Exception {
        BufferedDataTable[] out = run("ZA", "lag_rule", "Fixed", "lags", 1, "rw250", 1700);
        // urca's t at every break date 1..n-1 (its z = our index + 1); ours tries indices 37..212 (trim 0.15)
        String[] t = ref("unitroot/r_urca_za.csv", "rw250", "model", "intercept", "lag", "1").get("tstats")
            .split(";");
        int best = 37;
        for (int i = 37; i <= 212; i++) {
            if (Double.parseDouble(t[i]) < Double.parseDouble(t[best])) {
                best = i;
            }
        }
        close(Double.parseDouble(t[best]), NodeTestSupport.doubles(out[0], "Statistic")[0], "minimum t");
        assertEquals("year " + (1700 + best), NodeTestSupport.strings(out[0], "Break date").get(0));
        assertEquals(best + 1, (int)NodeTestSupport.doubles(out[0], "Break observation")[0]);
        assertEquals(-4.80, NodeTestSupport.doubles(out[0], "Critical value 5%")[0], 0.0, "ZA (1992) Table 2");
        assertEquals(212 - 37 + 1, NodeTestSupport.strings(out[1], "Item").stream()
            .filter("Break candidate"::equals).count());
    }

    @Test
    void maicOnlyForDfGlsAndTermsChecked() throws Exception {
        NodeSettings adf = settings("ADF");
        adf.addString("lag_rule", "MAIC (modified AIC, DF-GLS only)");
        var e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestAccess.loadSettings(new UnitRootNodeModel(), adf));
        assertTrue(e.getMessage().contains("chooses the lag of DF-GLS only"), e.getMessage());
        NodeSettings gls = settings("DF-GLS");
        gls.addString("deterministic", "None");
        e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestAccess.loadSettings(new UnitRootNodeModel(), gls));
        assertTrue(e.getMessage().startsWith("DF-GLS removes by GLS a level or a linear trend"), e.getMessage());
    }

    @Test
    void settingsOfOlderWorkflowsLoadWithTheNewDefaults() throws Exception {
        NodeSettings s = settings("KPSS (stationarity)");
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        s.saveToXML(xml);
        // the settings as the node saved them before issue 17: without the four new keys (and their internals)
        String old = xml.toString(StandardCharsets.UTF_8)
            .replaceAll("(?s)<config key=\"(pp|za)_[a-z]+_Internals\">.*?</config>\\s*", "")
            .replaceAll("(?m)^.*key=\"(pp|za)_[a-z]+\".*\\R", "");
        assertTrue(!old.contains("pp_") && !old.contains("za_"), old);
        NodeSettings loaded = (NodeSettings)NodeSettings.loadFromXML(
            new ByteArrayInputStream(old.getBytes(StandardCharsets.UTF_8)));
        UnitRootNodeModel m = new UnitRootNodeModel();
        NodeModelTestAccess.loadSettings(m, loaded);
        NodeSettings saved = NodeModelTestAccess.saveSettings(m);
        assertEquals(0.15, saved.getDouble("za_trim"));
        assertEquals("Intercept (model A)", saved.getString("za_break"));
        assertEquals("Short rule trunc(4*(T/100)^(1/4)) (R urca, tseries)", saved.getString("pp_bandwidth"));
        assertEquals("KPSS (stationarity)", saved.getString("test"));
    }
}
