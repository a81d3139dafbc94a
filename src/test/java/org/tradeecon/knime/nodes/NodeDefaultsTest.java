package org.tradeecon.knime.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Container;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.StubExecutionContext;
import org.tradeecon.knime.PluginXml;
import org.tradeecon.knime.testsupport.NodeTestSupport;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every node of plugin.xml with its default settings, on the table an analyst has: an integer {@code Year} column
 * and four numeric series. Lessons from running the nodes in real KNIME 5.12: with defaults, Differencing
 * differenced the year ({@code D1(Year)}), the unit-root nodes tested it, and Granger failed on {@code Year(-2)}; the
 * Granger dialog wrote a cause and an effect column the node did not have; year spinners showed "2,004".
 */
class NodeDefaultsTest {
    private static final String[] SERIES = {"lny", "RATIO", "PATENT", "FDIGDP"};

    static Stream<String> factories() throws Exception {
        return PluginXml.nodes().stream().map(PluginXml.Node::factoryClass);
    }

    /** 2004-2018 and four random walks (fixed seed): non-constant, no exact fit. */
    private static BufferedDataTable table() {
        NodeTestSupport.TableBuilder b = new NodeTestSupport.TableBuilder().column("Year", IntCell.TYPE);
        for (String s : SERIES) {
            b.column(s, DoubleCell.TYPE);
        }
        Random r = new Random(20260412);
        double[] level = {1, 2, 3, 4};
        for (int year = 2004; year <= 2018; year++) {
            Object[] row = new Object[SERIES.length + 1];
            row[0] = year;
            for (int c = 0; c < SERIES.length; c++) {
                level[c] += r.nextGaussian();
                row[c + 1] = level[c];
            }
            b.row(row);
        }
        return b.table();
    }

    private static NodeFactory<?> factory(final String cls) throws ReflectiveOperationException {
        return (NodeFactory<?>)Class.forName(cls).getDeclaredConstructor().newInstance();
    }

    private static DataTableSpec[] specs(final NodeModel model, final DataTableSpec spec) {
        DataTableSpec[] specs = new DataTableSpec[NodeModelTestAccess.nrInPorts(model)];
        if (specs.length > 0) {
            specs[0] = spec;
        }
        return specs;
    }

    @ParameterizedTest
    @MethodSource("factories")
    void defaultsNeverAnalyseTheTimeColumn(final String cls) throws Exception {
        NodeModel model = factory(cls).createNodeModel();
        if (!NodeModelTestAccess.saveSettings(model).containsKey("time_column")) {
            return; // readers and the mapper have no time column setting
        }
        BufferedDataTable in = table();
        DataTableSpec[] out;
        try {
            out = NodeModelTestAccess.configure(model, in.getDataTableSpec());
        } catch (InvalidSettingsException e) {
            // a node whose defaults need a choice (a dependent column) must say so, not stumble over the year
            assertFalse(e.getMessage().contains("Year"), cls + ": " + e.getMessage());
            assertEquals("Year", NodeModelTestAccess.saveSettings(model).getString("time_column"), cls);
            return;
        }
        assertEquals("Year", NodeModelTestAccess.saveSettings(model).getString("time_column"), cls);
        String note = NodeModelTestAccess.warning(model);
        assertNotNull(note, cls + ": taking the time column is said");
        assertTrue(note.contains("\"Year\"") && note.contains("dialog"), note);
        for (DataTableSpec s : out) {
            assertNoYearSeries(cls, s);
        }
        BufferedDataTable[] results = NodeModelTestAccess.execute(model, StubExecutionContext.create(), in);
        String warning = NodeModelTestAccess.warning(model);
        assertTrue(warning == null || !warning.contains("Year"), cls + ": " + warning);
        for (BufferedDataTable t : results) {
            assertNoYearSeries(cls, t.getDataTableSpec());
            for (DataRow row : t) {
                for (DataCell c : row) {
                    String text = c.toString();
                    assertFalse(text.equals("Year") || text.contains("Year("), cls + ": output cell " + text);
                }
            }
        }
        // once taken, the choice is a setting like any other: configuring again says nothing
        NodeModelTestAccess.configure(model, in.getDataTableSpec());
        assertNull(NodeModelTestAccess.warning(model), cls);
    }

    private static void assertNoYearSeries(final String cls, final DataTableSpec spec) {
        for (DataColumnSpec c : spec) {
            assertFalse(!c.getName().equals("Year") && c.getName().contains("Year"), cls + ": column " + c.getName());
        }
    }

    @ParameterizedTest
    @MethodSource("factories")
    void userChoiceOfNoTimeColumnIsKept(final String cls) throws Exception {
        NodeModel model = factory(cls).createNodeModel();
        NodeSettings s = NodeModelTestAccess.saveSettings(model);
        if (!s.containsKey("time_column")) {
            return;
        }
        s.addString("time_column", null); // what the dialog stores for "<none>"
        NodeModelTestAccess.loadSettings(model, s);
        try {
            NodeModelTestAccess.configure(model, table().getDataTableSpec());
        } catch (InvalidSettingsException e) {
            // fine: only the time column matters here
        }
        assertNull(NodeModelTestAccess.saveSettings(model).getString("time_column"), cls);
    }

    /**
     * Opening the dialog on a node and pressing OK without touching anything must give back the node's settings:
     * a dialog never invents a choice (values compared; the {@code _Internals} enabled flags may differ).
     */
    @ParameterizedTest
    @MethodSource("factories")
    void dialogRoundTripsTheNodesSettings(final String cls) throws Exception {
        NodeFactory<?> f = factory(cls);
        NodeModel model = f.createNodeModel();
        DataTableSpec[] specs = specs(model, table().getDataTableSpec());
        try {
            NodeModelTestAccess.configure(model, specs);
        } catch (InvalidSettingsException e) {
            // defaults that need a choice: the dialog must still keep them as they are
        }
        NodeSettings settings = NodeModelTestAccess.saveSettings(model);
        NodeDialogPane dialog = NodeModelTestAccess.createDialog(f);
        try {
            NodeModelTestAccess.loadDialog(dialog, settings, specs);
        } catch (NotConfigurableException e) {
            // the mapper needs a text code column, which this table does not have; KNIME refuses to open it too
            assertTrue(e.getMessage().contains("StringValue"), cls + ": " + e.getMessage());
            return;
        }
        NodeSettings saved = NodeModelTestAccess.saveDialog(dialog);
        Map<String, String> expected = values(settings);
        Map<String, String> got = values(saved);
        if ("xstring:<null>".equals(expected.get("/dependent_column"))) {
            // a required single column: KNIME's list preselects a column (its last), as in KNIME's own nodes;
            // the node itself never runs without one being chosen
            assertTrue(SERIES[SERIES.length - 1].equals(got.get("/dependent_column").substring(8)), cls);
            got.put("/dependent_column", expected.get("/dependent_column"));
        }
        assertEquals(expected, got, cls);
    }

    @ParameterizedTest
    @MethodSource("factories")
    void spinnersShowPlainNumbers(final String cls) throws Exception {
        NodeDialogPane dialog = NodeModelTestAccess.createDialog(factory(cls));
        for (JComponent c : inputs(dialog.getPanel())) {
            if (!(c instanceof JSpinner s)) {
                continue;
            }
            JSpinner.NumberEditor editor = (JSpinner.NumberEditor)s.getEditor();
            assertFalse(editor.getFormat().isGroupingUsed(), cls + ": spinner shows " + editor.getFormat().format(
                2004));
        }
    }

    /** Every input of every dialog explains itself: its option's text from the node description as tooltip. */
    @ParameterizedTest
    @MethodSource("factories")
    void everyOptionHasItsDescriptionAsTooltip(final String cls) throws Exception {
        NodeDialogPane dialog = NodeModelTestAccess.createDialog(factory(cls));
        List<JComponent> inputs = inputs(dialog.getPanel());
        assertFalse(inputs.isEmpty(), cls);
        for (JComponent c : inputs) {
            String tip = c.getToolTipText();
            assertTrue(tip != null && tip.startsWith("<html>") && tip.length() > 40,
                cls + ": " + c.getClass().getSimpleName() + " has no tooltip from the description: " + tip);
        }
    }

    /** @return the spinners, combo boxes, check boxes and text fields of a dialog */
    private static List<JComponent> inputs(final Component c) {
        List<JComponent> out = new ArrayList<>();
        inputs(c, out);
        return out;
    }

    private static void inputs(final Component c, final List<JComponent> out) {
        if (c instanceof JSpinner || c instanceof JComboBox || c instanceof JCheckBox
            || c instanceof JTextField && !(c.getParent() instanceof JSpinner.DefaultEditor)) {
            out.add((JComponent)c);
            return;
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                inputs(child, out);
            }
        }
    }

    /** @return every entry of the settings as path = type:value, without the SettingsModels' _Internals */
    static Map<String, String> values(final NodeSettings settings) throws Exception {
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        settings.saveToXML(xml);
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.toByteArray())).getDocumentElement();
        Map<String, String> out = new LinkedHashMap<>();
        flatten(root, "", out);
        return out;
    }

    /**
     * A column filter's effective choice is its excluded list under "EnforceExclusion" (every other column is in)
     * and its included list under "EnforceInclusion"; the other list only records what the dialog showed.
     */
    private static void dropShownList(final String filter, final Map<String, String> out) {
        String enforce = out.get(filter + "/enforce_option");
        if (enforce != null) {
            String shown = filter + (enforce.endsWith("EnforceExclusion") ? "/included_names/" : "/excluded_names/");
            out.keySet().removeIf(k -> k.startsWith(shown));
        }
    }

    private static void flatten(final Element e, final String path, final Map<String, String> out) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element c)) {
                continue;
            }
            String key = path + "/" + c.getAttribute("key");
            if (c.getTagName().equals("config")) {
                if (!c.getAttribute("key").endsWith("_Internals")) {
                    flatten(c, key, out);
                    dropShownList(key, out);
                }
            } else {
                out.put(key, c.getAttribute("type") + ":" + ("true".equals(c.getAttribute("isnull")) ? "<null>"
                    : c.getAttribute("value")));
            }
        }
    }
}
