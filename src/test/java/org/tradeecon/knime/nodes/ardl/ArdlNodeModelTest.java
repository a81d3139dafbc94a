package org.tradeecon.knime.nodes.ardl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradeecon.knime.testsupport.NodeTestSupport.value;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.StubExecutionContext;
import org.tradeecon.knime.testsupport.NodeDescriptions;
import org.tradeecon.knime.testsupport.NodeTestSupport;
import org.tradeecon.knime.testsupport.ReferenceCsv;
import org.tradeecon.knime.testsupport.NodeTestSupport.TableBuilder;

/**
 * The ARDL Bounds Test node through the KNIME stand-in, on urca's Denmark data
 * (src/test/resources/reference/cointegration/denmark.csv). Expected numbers: statsmodels 0.13.5 via
 * statsmodels_ardl.py (statsmodels_ardl_fixed.csv and statsmodels_ardl_selected.csv; the F, t and coefficients
 * of LRM on LRY, IBO, IDE), 1e-8 relative; PSS (2001) bounds as in pss2001.txt.
 */
class ArdlNodeModelTest {
    private static final double TOL = 1e-8;
    private static final Path REF = Path.of("src", "test", "resources", "reference", "cointegration");

    private static BufferedDataTable denmark() throws IOException {
        List<String> lines = Files.readAllLines(REF.resolve("denmark.csv"));
        TableBuilder b = new TableBuilder();
        String[] header = lines.get(0).split(",");
        for (int c = 1; c < header.length; c++) {
            b.column(header[c], DoubleCell.TYPE);
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] v = line.split(",");
            Object[] row = new Object[v.length - 1];
            for (int c = 1; c < v.length; c++) {
                row[c - 1] = Double.parseDouble(v[c]);
            }
            b.row(row);
        }
        return b.table();
    }

    private static Map<String, String> reference(final String file, final String... keyValues) {
        for (Map<String, String> r : ReferenceCsv.rows("/reference/cointegration/" + file)) {
            boolean match = true;
            for (int i = 0; i < keyValues.length; i += 2) {
                match &= r.get(keyValues[i]).equals(keyValues[i + 1]);
            }
            if (match) {
                return r;
            }
        }
        throw new AssertionError("no reference row " + Arrays.toString(keyValues));
    }

    private static NodeSettings settings(final String... keyValues) throws InvalidSettingsException {
        NodeSettings s = NodeModelTestAccess.saveSettings(new ArdlNodeModel());
        s.addString(ArdlSettings.CFG_DEPENDENT, "LRM");
        NodeTestSupport.includeOnly(s, ArdlSettings.CFG_REGRESSORS, "LRY", "IBO", "IDE");
        s.addString("time_column", null);
        for (int i = 0; i < keyValues.length; i += 2) {
            s.addString(keyValues[i], keyValues[i + 1]);
        }
        return s;
    }

    /** @return {@code s} with both lag settings set to {@code lags} */
    private static NodeSettings lags(final NodeSettings s, final String pKey, final String qKey, final int lags) {
        s.addInt(pKey, lags);
        s.addInt(qKey, lags);
        return s;
    }

    private static ArdlNodeModel model(final NodeSettingsRO s) throws InvalidSettingsException {
        ArdlNodeModel m = new ArdlNodeModel();
        NodeModelTestAccess.loadSettings(m, s);
        return m;
    }

    private static void close(final double expected, final double actual, final String what) {
        assertTrue(Math.abs(actual - expected) <= TOL * Math.abs(expected), what + ": expected " + expected + ", got "
            + actual);
    }

    /** Fixed ARDL(2, 2, 1, 1) is not expressible (one q for all); ARDL(1, 1, 1, 1), case III, as statsmodels. */
    @Test
    void fixedOrdersMatchStatsmodels() throws Exception {
        ArdlNodeModel m = model(lags(settings(ArdlSettings.CFG_ORDERS, "Fixed"), ArdlSettings.CFG_DEPENDENT_LAGS,
            ArdlSettings.CFG_REGRESSOR_LAGS, 1));
        BufferedDataTable[] out = NodeModelTestAccess.execute(m, StubExecutionContext.create(), denmark());
        Map<String, String> r = reference("statsmodels_ardl_fixed.csv", "system", "denmark", "case", "3", "p", "1");
        close(Double.parseDouble(r.get("F")), value(out[1], "Statistic", "F statistic (bounds test)", "Value"), "F");
        close(Double.parseDouble(r.get("t")), value(out[1], "Statistic", "t statistic (bounds test)", "Value"), "t");
        assertEquals(Integer.parseInt(r.get("nobs")), (int)value(out[1], "Statistic", "Observations", "Value"));
        double[] params = Arrays.stream(r.get("params").split(";")).mapToDouble(Double::parseDouble).toArray();
        double[] coef = NodeTestSupport.doubles(out[0], "Coefficient");
        for (int i = 0; i < params.length; i++) {
            close(params[i], coef[i], "coefficient " + i);
        }
        double[] lr = Arrays.stream(r.get("lr").split(";")).mapToDouble(Double::parseDouble).toArray();
        List<String> terms = NodeTestSupport.strings(out[0], "Term");
        assertEquals(params.length + lr.length, terms.size());
        assertEquals("long run: LRY", terms.get(params.length + 1));
        for (int i = 0; i < lr.length; i++) {
            close(lr[i], coef[params.length + i], "long run " + i);
        }
        // the decision row and flow variables say what the F test and the 5% bounds say (PSS Table CI(iii), k = 3)
        double f = Double.parseDouble(r.get("F"));
        String expected = f > 4.35 ? "cointegration" : f < 3.23 ? "no cointegration"
            : "inconclusive (between the bounds)";
        String note = NodeTestSupport.cell(out[1], "Statistic", "Decision at 5%", "Note").toString();
        assertTrue(note.startsWith(expected + " (F test"), note);
        Map<String, Object> v = NodeModelTestAccess.flowVariables(m);
        assertEquals(expected, v.get("ardl.LRM.decision"));
        assertEquals(f, (Double)v.get("ardl.LRM.F"), TOL * f);
        assertEquals(1, v.get("ardl.LRM.p"));
        assertEquals("1,1,1", v.get("ardl.LRM.q"));
        assertEquals(Integer.parseInt(r.get("nobs")), v.get("ardl.LRM.observations"));
        // fitted values and residuals of d.LRM: missing on the first row (used up by the lag), then present
        List<DataRow> rows = new ArrayList<>();
        out[2].forEach(rows::add);
        DataCell firstFitted = rows.get(0).getCell(out[2].getDataTableSpec().findColumnIndex("Fitted value"));
        assertTrue(firstFitted.isMissing());
        assertFalse(rows.get(1).getCell(out[2].getDataTableSpec().findColumnIndex("Residual")).isMissing());
    }

    /**
     * The simulated bounds (999 replications, to stay fast): their rows follow the asymptotic ones, the F is still
     * statsmodels', and the decisions and flow variables agree with the simulated bounds and p-values shown.
     */
    @Test
    void simulatedBoundsSitBesideTheAsymptoticOnes() throws Exception {
        NodeSettings s = lags(settings(ArdlSettings.CFG_ORDERS, "Fixed"), ArdlSettings.CFG_DEPENDENT_LAGS,
            ArdlSettings.CFG_REGRESSOR_LAGS, 1);
        s.addBoolean(ArdlSettings.CFG_SIMULATE, true);
        s.addInt(org.tradeecon.knime.nodes.common.SimulationSettings.CFG_REPLICATIONS, 999);
        ArdlNodeModel m = model(s);
        BufferedDataTable[] out = NodeModelTestAccess.execute(m, StubExecutionContext.create(), denmark());
        Map<String, String> r = reference("statsmodels_ardl_fixed.csv", "system", "denmark", "case", "3", "p", "1");
        double f = Double.parseDouble(r.get("F"));
        close(f, value(out[1], "Statistic", "F statistic (bounds test)", "Value"), "F");
        List<String> statistics = NodeTestSupport.strings(out[1], "Statistic");
        for (String level : List.of("10%", "5%", "2.5%", "1%")) {
            int asymptotic = statistics.indexOf("F bounds at " + level);
            assertEquals("Simulated F bounds at " + level, statistics.get(asymptotic + 1));
            assertEquals("Simulated t bounds at " + level, statistics.get(statistics.indexOf("t bounds at " + level)
                + 1));
        }
        String note = NodeTestSupport.cell(out[1], "Statistic", "Simulated F bounds at 5%", "Note").toString();
        assertTrue(note.contains("T = " + r.get("nobs") + ", 999 replications"), note);
        Map<String, Object> v = NodeModelTestAccess.flowVariables(m);
        double lower = (Double)v.get("ardl.LRM.F_simulated_I0");
        double upper = (Double)v.get("ardl.LRM.F_simulated_I1");
        assertTrue(lower < upper, lower + " " + upper);
        assertTrue(note.startsWith(String.format(java.util.Locale.ROOT, "I(0) %.2f, I(1) %.2f", lower, upper)), note);
        String expected = f > upper ? "cointegration" : f < lower ? "no cointegration"
            : "inconclusive (between the bounds)";
        assertEquals(expected, v.get("ardl.LRM.decision_simulated"));
        assertTrue(NodeTestSupport.cell(out[1], "Statistic", "Decision at 5% (simulated bounds)", "Note").toString()
            .startsWith(expected));
        // F beyond the simulated I(1) bound at 5% exactly when its p-value if all are I(1) is at most about 5%
        double pI1 = value(out[1], "Statistic", "Simulated p-value of F if all regressors are I(1)", "p-value");
        double pI0 = value(out[1], "Statistic", "Simulated p-value of F if all regressors are I(0)", "p-value");
        assertTrue(pI0 <= pI1, pI0 + " " + pI1); // I(1) regressors give the larger F under the null
        assertEquals(f > upper, pI1 <= 0.05 + 1.0 / 1000, pI1 + " vs " + upper);
    }

    /** The default AIC search over p, q = 1..3, case V: the orders and F of statsmodels_ardl_selected.csv. */
    @Test
    void searchMatchesStatsmodels() throws Exception {
        ArdlNodeModel m = model(lags(settings(ArdlSettings.CFG_CASE, "V: unrestricted intercept and trend"),
            ArdlSettings.CFG_MAX_DEPENDENT_LAGS, ArdlSettings.CFG_MAX_REGRESSOR_LAGS, 3));
        BufferedDataTable[] out = NodeModelTestAccess.execute(m, StubExecutionContext.create(), denmark());
        Map<String, String> r = reference("statsmodels_ardl_selected.csv", "system", "denmark", "ic", "aic", "case",
            "5");
        close(Double.parseDouble(r.get("F")), value(out[1], "Statistic", "F statistic (bounds test)", "Value"), "F");
        Map<String, Object> v = NodeModelTestAccess.flowVariables(m);
        assertEquals(Integer.parseInt(r.get("p")), v.get("ardl.LRM.p"));
        assertEquals(r.get("q").replace(';', ','), v.get("ardl.LRM.q"));
        long searched = NodeTestSupport.strings(out[1], "Statistic").stream()
            .filter(x -> x.startsWith("Order search: ")).count();
        assertEquals(81, searched);
    }

    @Test
    void invalidSettingsNameTheOption() throws Exception {
        NodeSettings s = settings(ArdlSettings.CFG_CASE, "VI");
        var e = assertThrows(InvalidSettingsException.class, () -> model(s));
        assertTrue(e.getMessage().contains("\"Deterministic case (PSS)\""), e.getMessage());
        NodeSettings t = settings(ArdlSettings.CFG_LEVEL, "20%");
        e = assertThrows(InvalidSettingsException.class, () -> model(t));
        assertTrue(e.getMessage().contains("Significance level"), e.getMessage());
        NodeSettingsRO back = NodeModelTestAccess.xmlRoundTrip(settings(ArdlSettings.CFG_ORDERS, "Search by BIC"));
        assertEquals(settings(ArdlSettings.CFG_ORDERS, "Search by BIC").toString(),
            NodeModelTestAccess.saveSettings(model(back)).toString());
    }

    @Test
    void dialogEnablesTheOrdersOfTheChosenMethod() throws Exception {
        NodeDialogPane d = NodeModelTestAccess.createDialog(new ArdlNodeFactory());
        NodeModelTestAccess.loadDialog(d, settings(), new org.knime.core.data.DataTableSpec[] {
            denmark().getDataTableSpec()});
        assertFalse(NodeTestSupport.isEnabled(d, ArdlSettings.LABEL_DEPENDENT_LAGS));
        assertTrue(NodeTestSupport.isEnabled(d, ArdlSettings.LABEL_MAX_DEPENDENT_LAGS));
        NodeModelTestAccess.loadDialog(d, settings(ArdlSettings.CFG_ORDERS, "Fixed"),
            new org.knime.core.data.DataTableSpec[] {denmark().getDataTableSpec()});
        assertTrue(NodeTestSupport.isEnabled(d, ArdlSettings.LABEL_REGRESSOR_LAGS));
        assertFalse(NodeTestSupport.isEnabled(d, ArdlSettings.LABEL_MAX_REGRESSOR_LAGS));
        assertFalse(NodeTestSupport.isEnabled(d, ArdlSettings.LABEL_REPLICATIONS)); // the simulation is off
        NodeSettings simulated = settings();
        simulated.addBoolean(ArdlSettings.CFG_SIMULATE, true);
        NodeModelTestAccess.loadDialog(d, simulated, new org.knime.core.data.DataTableSpec[] {
            denmark().getDataTableSpec()});
        assertTrue(NodeTestSupport.isEnabled(d, ArdlSettings.LABEL_REPLICATIONS));
        NodeDescriptions.assertDescriptionListsDialogOptions(new ArdlNodeFactory(), ArdlSettings.LABEL_REGRESSORS);
        assertArrayEquals(new String[] {"Statistic", "Value", "Standard error", "p-value", "Degrees of freedom",
            "Null hypothesis", "Note"}, NodeModelTestAccess.configure(model(settings()),
                denmark().getDataTableSpec())[1].getColumnNames());
    }
}
