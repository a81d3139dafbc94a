package org.tradeecon.knime.nodes.granger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradeecon.knime.testsupport.Tolerance.assertRelative;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import javax.swing.JComboBox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.StubExecutionContext;
import org.tradeecon.knime.testsupport.NodeTestSupport;
import org.tradeecon.knime.testsupport.NodeTestSupport.TableBuilder;
import org.tradeecon.knime.testsupport.ReferenceCsv;
import org.tradeecon.knime.testsupport.ReferenceValues;

/**
 * "Reproduce the conventions of" on the Granger Causality node (issue 15): a preset chosen in the dialog, saved and
 * run reproduces its tool on the 16-point synthetic16.csv (x, y), against the numbers of
 * src/test/resources/reference/granger/conventions_statsmodels.txt (statsmodels 0.13.5), conventions_lmtest.txt
 * (R 4.2.2 lmtest 0.9.40) and conventions_gretl.txt (gretl 2022c); see that folder's README. Tolerance 1e-8
 * relative; df, observations and chosen lags exact.
 */
class GrangerConventionsNodeTest {

    private static final double TOL = 1e-8;

    private static BufferedDataTable synthetic() {
        double[][] xy = ReferenceCsv.columns("/reference/granger/synthetic16.csv", "x", "y");
        TableBuilder b = new TableBuilder().column("t", IntCell.TYPE).column("x", DoubleCell.TYPE)
            .column("y", DoubleCell.TYPE);
        for (int t = 0; t < xy[0].length; t++) {
            b.row(t + 1, xy[0][t], xy[1][t]);
        }
        return b.table();
    }

    /** x -> y with the given lag rule and maximum lag 3, the rest at the defaults. */
    private static NodeSettings xToY(final String lagRule) {
        NodeSettings s = GrangerNodeModelTest.onePair("x", "y");
        s.addString(GrangerSettings.CFG_LAG_RULE, lagRule);
        s.addInt(GrangerSettings.CFG_MAX_LAG, 3);
        return s;
    }

    /**
     * @return the settings after opening the dialog on {@code s} and choosing {@code preset} in it (another tool
     *         first: choosing the tool already shown fills nothing)
     */
    private static NodeSettings chosenInTheDialog(final NodeSettings s, final String preset) throws Exception {
        NodeDialogPane d = NodeModelTestAccess.createDialog(new GrangerNodeFactory());
        NodeModelTestAccess.loadDialog(d, s, synthetic().getDataTableSpec());
        JComboBox<?> list = NodeTestSupport.component(d.getPanel(), GrangerSettings.LABEL_CONVENTIONS_OF,
            JComboBox.class);
        list.setSelectedItem(preset.equals("R") ? "gretl" : "R");
        list.setSelectedItem(preset);
        return NodeModelTestAccess.saveDialog(d);
    }

    private static BufferedDataTable[] run(final NodeSettingsRO s) throws Exception {
        GrangerNodeModel m = new GrangerNodeModel();
        NodeModelTestAccess.loadSettings(m, s);
        return NodeModelTestAccess.execute(m, StubExecutionContext.create(), synthetic());
    }

    /** A statistic other than F chosen first, so that the preset has something to fill. */
    @ParameterizedTest
    @CsvSource({"statsmodels, conventions_statsmodels", "R, conventions_lmtest", "gretl, conventions_gretl"})
    void presetReproducesTheToolsTableOverLags(final String preset, final String file) throws Exception {
        NodeSettings s = xToY("Table over lags 1..P");
        s.addString(GrangerSettings.CFG_STATISTIC, "Likelihood ratio");
        BufferedDataTable out = run(chosenInTheDialog(s, preset))[0];
        ReferenceValues ref = ReferenceValues.load("/reference/granger/" + file + ".txt");
        assertEquals(List.of("F", "F", "F"), NodeTestSupport.strings(out, "Statistic"));
        for (int p = 1; p <= 3; p++) {
            String key = "x_to_y.lag" + p + ".";
            assertRelative(ref.get(key + "f"), NodeTestSupport.doubles(out, "Statistic value")[p - 1], TOL, key + "f");
            assertRelative(ref.get(key + "f_p"), NodeTestSupport.doubles(out, "p-value")[p - 1], TOL, key + "p");
            assertEquals(ref.get(key + "df1"), NodeTestSupport.doubles(out, "Numerator df")[p - 1], key + "df1");
            assertEquals(ref.get(key + "df2"), NodeTestSupport.doubles(out, "Denominator df")[p - 1], key + "df2");
            assertEquals(ref.get(key + "nobs"), NodeTestSupport.doubles(out, "Observations")[p - 1], key + "nobs");
        }
    }

    /** The VAR criterion of statsmodels' select_order and of gretl's var --lagselect, the chosen lag and its F. */
    @ParameterizedTest
    @CsvSource({"statsmodels, conventions_statsmodels, AIC", "statsmodels, conventions_statsmodels, BIC",
        "gretl, conventions_gretl, AIC", "gretl, conventions_gretl, BIC"})
    void presetReproducesTheToolsLagSelection(final String preset, final String file, final String criterion)
        throws Exception {
        BufferedDataTable[] out = run(chosenInTheDialog(xToY(criterion), preset));
        ReferenceValues ref = ReferenceValues.load("/reference/granger/" + file + ".txt");
        double[] values = NodeTestSupport.doubles(out[2], "Criterion value");
        String key = "select.y_x.max3.lag%d." + criterion.toLowerCase(Locale.ROOT);
        int best = 1;
        for (int p = 1; p <= 3; p++) {
            assertRelative(ref.get(String.format(key, p)), values[p - 1], TOL, String.format(key, p));
            if (ref.get(String.format(key, p)) < ref.get(String.format(key, best))) {
                best = p;
            }
        }
        assertEquals(best, NodeTestSupport.doubles(out[0], "Lag")[0], "the tool's smallest criterion among 1..3");
        assertRelative(ref.get("x_to_y.lag" + best + ".f"), NodeTestSupport.doubles(out[0], "Statistic value")[0], TOL,
            "F at the chosen lag");
        assertEquals(preset.equals("gretl"), NodeTestSupport.strings(out[2], "Computed on").get(0).contains("gretl"));
    }

    /** Choosing a tool fills the options; they stay editable and the edit is saved beside the preset. */
    @Test
    void choosingAPresetFillsTheOptions() throws Exception {
        NodeDialogPane d = NodeModelTestAccess.createDialog(new GrangerNodeFactory());
        NodeSettings s = xToY("AIC");
        s.addString(GrangerSettings.CFG_STATISTIC, "Chi-squared (Wald)");
        NodeModelTestAccess.loadDialog(d, s, synthetic().getDataTableSpec());
        JComboBox<?> preset = NodeTestSupport.component(d.getPanel(), GrangerSettings.LABEL_CONVENTIONS_OF,
            JComboBox.class);
        JComboBox<?> form = NodeTestSupport.component(d.getPanel(), GrangerSettings.LABEL_VAR_CRITERION_FORM,
            JComboBox.class);
        preset.setSelectedItem("gretl");
        assertEquals("-2 log-likelihood/n + penalty (gretl)", form.getSelectedItem());
        assertEquals("F", NodeTestSupport.component(d.getPanel(), GrangerSettings.LABEL_STATISTIC, JComboBox.class)
            .getSelectedItem());
        preset.setSelectedItem("R");
        assertEquals("ln det(Sigma) + penalty (statsmodels)", form.getSelectedItem());
        form.setSelectedItem("-2 log-likelihood/n + penalty (gretl)");
        NodeSettings saved = NodeModelTestAccess.saveDialog(d);
        assertEquals("R", saved.getString(GrangerSettings.CFG_CONVENTIONS_OF));
        assertEquals("-2 log-likelihood/n + penalty (gretl)", saved.getString(GrangerSettings.CFG_VAR_CRITERION_FORM));
        // reopened on what was saved, the edit survives the preset's filling on load
        NodeDialogPane again = NodeModelTestAccess.createDialog(new GrangerNodeFactory());
        NodeModelTestAccess.loadDialog(again, saved, synthetic().getDataTableSpec());
        assertEquals("-2 log-likelihood/n + penalty (gretl)", NodeTestSupport.component(again.getPanel(),
            GrangerSettings.LABEL_VAR_CRITERION_FORM, JComboBox.class).getSelectedItem());
    }

    /** A workflow saved before the presets (both issue-15 keys absent) gives statsmodels' criterion as before. */
    @Test
    void workflowSavedBeforeThePresetsKeepsItsResults() throws Exception {
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        xToY("BIC").saveToXML(xml);
        String keys = GrangerSettings.CFG_CONVENTIONS_OF + "|" + GrangerSettings.CFG_VAR_CRITERION_FORM;
        String before = xml.toString(StandardCharsets.UTF_8)
            .replaceAll("(?s)<config key=\"(" + keys + ")_Internals\">.*?</config>\\s*", "")
            .replaceAll("(?m)^.*key=\"(" + keys + ")\".*\\R", "");
        assertTrue(!before.contains("conventions_of") && !before.contains("var_criterion_form"), "keys removed");
        NodeSettings old = (NodeSettings)NodeSettings.loadFromXML(new ByteArrayInputStream(
            before.getBytes(StandardCharsets.UTF_8)));
        BufferedDataTable[] out = run(old);
        ReferenceValues sm = ReferenceValues.load("/reference/granger/conventions_statsmodels.txt");
        for (int p = 1; p <= 3; p++) {
            assertRelative(sm.get("select.y_x.max3.lag" + p + ".bic"),
                NodeTestSupport.doubles(out[2], "Criterion value")[p - 1], TOL, "BIC lag " + p);
        }
        assertEquals("VAR of both series", NodeTestSupport.strings(out[2], "Computed on").get(0));
    }
}
