package org.tradeecon.knime.nodes.cointegration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradeecon.knime.testsupport.NodeTestSupport.value;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.StubExecutionContext;
import org.tradeecon.knime.testsupport.NodeDescriptions;
import org.tradeecon.knime.testsupport.NodeTestSupport;
import org.tradeecon.knime.testsupport.ReferenceCsv;
import org.tradeecon.knime.testsupport.NodeTestSupport.TableBuilder;

/**
 * The Cointegration Test node through the KNIME stand-in, on urca's Denmark data
 * (src/test/resources/reference/cointegration/denmark.csv). Expected numbers: statsmodels 0.13.5 coint via
 * statsmodels_coint.py (statsmodels_coint.csv: LRM, LRY, IBO, IDE, constant, AIC, default maximum lag, each
 * normalisation): tau and p-value 1e-8 relative, critical values 1e-12, lag and observations exact.
 */
class CointegrationNodeModelTest {
    private static final Path REF = Path.of("src", "test", "resources", "reference", "cointegration");
    private static final List<String> SERIES = List.of("LRM", "LRY", "IBO", "IDE");

    private static BufferedDataTable denmark() throws IOException {
        List<String> lines = Files.readAllLines(REF.resolve("denmark.csv"));
        TableBuilder b = new TableBuilder();
        List<String> header = List.of(lines.get(0).split(","));
        for (String s : SERIES) {
            b.column(s, DoubleCell.TYPE);
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] v = line.split(",");
            b.row(SERIES.stream().map(s -> (Object)Double.parseDouble(v[header.indexOf(s)])).toArray());
        }
        return b.table();
    }

    private static NodeSettings settings() throws InvalidSettingsException {
        NodeSettings s = NodeModelTestAccess.saveSettings(new CointegrationNodeModel());
        s.addString(CointegrationSettings.CFG_DEPENDENT, "LRM");
        NodeTestSupport.includeOnly(s, CointegrationSettings.CFG_OTHERS, "LRY", "IBO", "IDE");
        s.addString("time_column", null);
        s.addBoolean(CointegrationSettings.CFG_EACH, true);
        return s;
    }

    private static void close(final double expected, final double actual, final double tol, final String what) {
        assertTrue(Math.abs(actual - expected) <= tol * Math.abs(expected), what + ": expected " + expected
            + ", got " + actual);
    }

    @Test
    void everyNormalisationMatchesStatsmodelsCoint() throws Exception {
        CointegrationNodeModel m = new CointegrationNodeModel();
        NodeModelTestAccess.loadSettings(m, settings());
        BufferedDataTable[] out = NodeModelTestAccess.execute(m, StubExecutionContext.create(), denmark());
        Map<String, Object> v = NodeModelTestAccess.flowVariables(m);
        int checked = 0;
        for (Map<String, String> r : ReferenceCsv.rows("/reference/cointegration/" + "statsmodels_coint.csv")) {
            if (!(r.get("system").equals("denmark") && r.get("regressors").split(";").length == 3
                && r.get("trend").equals("c") && r.get("autolag").equals("aic") && r.get("maxlag").isEmpty())) {
                continue;
            }
            String dep = r.get("dependent");
            String of = " (" + dep + " on " + r.get("regressors").replace(";", ", ") + ")";
            close(Double.parseDouble(r.get("tau")), value(out[1], "Statistic", "Engle-Granger tau" + of, "Value"),
                1e-8, dep + " tau");
            close(Double.parseDouble(r.get("pvalue")), value(out[1], "Statistic", "Engle-Granger tau" + of,
                "p-value"), 1e-8, dep + " p");
            close(Double.parseDouble(r.get("crit05")), value(out[1], "Statistic", "Critical value 5%" + of, "Value"),
                1e-12, dep + " crit");
            assertEquals(Integer.parseInt(r.get("lag")), (int)value(out[1], "Statistic",
                "Lag of the residual ADF regression" + of, "Value"));
            assertEquals(Integer.parseInt(r.get("adf_nobs")), v.get("cointegration." + dep + ".observations"));
            close(Double.parseDouble(r.get("tau")), (Double)v.get("cointegration." + dep + ".tau"), 1e-8, dep);
            String decision = Double.parseDouble(r.get("pvalue")) < 0.05 ? "cointegration" : "no cointegration";
            assertEquals(decision, v.get("cointegration." + dep + ".decision"));
            String note = NodeTestSupport.cell(out[1], "Statistic", "Decision at 5%" + of, "Note").toString();
            assertTrue(note.startsWith(decision + ". "), note);
            double[] coef = java.util.Arrays.stream(r.get("coef").split(";")).mapToDouble(Double::parseDouble)
                .toArray();
            close(coef[1], value(out[0], "Term", dep + " equation: " + r.get("regressors").split(";")[0],
                "Coefficient"), 1e-8, dep + " coefficient");
            checked++;
        }
        assertEquals(4, checked);
        assertTrue(NodeTestSupport.cell(out[0], "Term", "LRM equation: constant", "Standard error").isMissing());
        assertFalse(NodeTestSupport.strings(out[2], "Residual").isEmpty());
    }

    @Test
    void settingsAndDialog() throws Exception {
        NodeSettings bad = settings();
        bad.addString("deterministic", "None");
        CointegrationNodeModel m = new CointegrationNodeModel();
        NodeModelTestAccess.loadSettings(m, bad);
        var e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestAccess.configure(m, denmark().getDataTableSpec()));
        assertTrue(e.getMessage().contains("Deterministic terms"), e.getMessage());
        NodeDialogPane d = NodeModelTestAccess.createDialog(new CointegrationNodeFactory());
        NodeModelTestAccess.loadDialog(d, settings(), new DataTableSpec[] {denmark().getDataTableSpec()});
        assertFalse(NodeTestSupport.isEnabled(d, "Number of lags"));
        assertTrue(NodeTestSupport.isEnabled(d, "Sample for the chosen lag"));
        NodeDescriptions.assertDescriptionListsDialogOptions(new CointegrationNodeFactory(),
            CointegrationSettings.LABEL_OTHERS);
    }
}
