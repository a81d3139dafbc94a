package org.tradeecon.knime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeModelTestAccess;
import org.tradeecon.knime.testsupport.NodeTestSupport;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * plugin.xml against the code: every registered factory exists, has a node description in KNIME's v4.1 format
 * beside it (name, shortDescription, fullDescription with intro and options or tabs, ports matching the model,
 * a 16x16 PNG icon), and every label of its dialog is described as an option of the same name.
 */
class PluginXmlConsistencyTest {
    private static final String NS = "http://knime.org/node/v4.1";
    private static final Set<String> NODE_TYPES = Set.of("Source", "Sink", "Learner", "Predictor", "Manipulator",
        "Visualizer", "Widget", "LoopStart", "LoopEnd", "ScopeStart", "ScopeEnd", "QuickForm", "Configuration",
        "Other", "Unknown", "Container");

    @Test
    void categoryHasA16x16Icon() throws Exception {
        List<PluginXml.Category> cats = PluginXml.categories(PluginXml.root());
        assertEquals(1, cats.size());
        PluginXml.Category c = cats.get(0);
        assertEquals("tradeecon", c.levelId());
        try (InputStream in = Files.newInputStream(Path.of(c.icon()))) {
            assertTrue(PluginXml.is16x16Png(in), c.icon());
        }
    }

    @Test
    void everyFactoryIsConsistent() throws Exception {
        List<PluginXml.Node> nodes = PluginXml.nodes();
        assertFalse(nodes.isEmpty());
        Set<String> seen = new HashSet<>();
        for (PluginXml.Node n : nodes) {
            assertTrue(seen.add(n.factoryClass()), "registered twice: " + n.factoryClass());
            assertEquals("/community/tradeecon", n.categoryPath(), n.factoryClass());
            checkFactory(n);
        }
    }

    private static void checkFactory(final PluginXml.Node n) throws Exception {
        Class<?> cls = Class.forName(n.factoryClass());
        assertTrue(NodeFactory.class.isAssignableFrom(cls), n.factoryClass() + " is not a NodeFactory");
        NodeFactory<?> factory = (NodeFactory<?>)cls.getConstructor().newInstance();
        NodeModel model = factory.createNodeModel();

        Element root;
        try (InputStream in = cls.getResourceAsStream(n.simpleName() + ".xml")) {
            assertNotNull(in, "no " + n.simpleName() + ".xml beside " + n.factoryClass());
            root = PluginXml.root(in);
        }
        String where = n.simpleName() + ".xml";
        assertEquals("knimeNode", root.getLocalName(), where);
        assertEquals(NS, root.getNamespaceURI(), where + " must use the v4.1 schema");
        assertTrue(NODE_TYPES.contains(root.getAttribute("type")), where + ": type " + root.getAttribute("type"));

        List<Element> top = children(root);
        List<String> names = top.stream().map(Element::getLocalName).toList();
        assertEquals(List.of("name", "shortDescription", "fullDescription", "ports"), names.subList(0, 4), where);
        for (Element e : top.subList(0, 2)) {
            assertFalse(e.getTextContent().isBlank(), where + ": empty " + e.getLocalName());
        }

        String icon = root.getAttribute("icon").replaceFirst("^\\./", "");
        try (InputStream png = cls.getResourceAsStream(icon)) {
            assertNotNull(png, where + ": icon " + icon + " not found beside the factory");
            assertTrue(PluginXml.is16x16Png(png), where + ": icon is not a 16x16 PNG");
        }

        Set<String> options = checkFullDescription(top.get(2), where);
        checkPorts(top.get(3), NodeModelTestAccess.nrInPorts(model), NodeModelTestAccess.nrOutPorts(model), where);
        checkViews(top, NodeModelTestAccess.nrViews(factory), where);
        for (int v = 0; v < NodeModelTestAccess.nrViews(factory); v++) {
            assertNotNull(createView(factory, v, model), where + ": the factory says it has view " + v
                + " but createNodeView returns null");
        }

        if (NodeModelTestAccess.hasDialog(factory)) {
            checkTabs(top.get(2), NodeTestSupport.dialogLabelsByTab(NodeModelTestAccess.createDialog(factory)),
                where);
            List<String> labels = NodeTestSupport.dialogLabels(NodeModelTestAccess.createDialog(factory));
            assertFalse(labels.isEmpty(), where);
            for (String label : labels) {
                assertTrue(options.contains(label), where + ": dialog label \"" + label
                    + "\" is not described as an option (options: " + options + ")");
            }
        }
    }

    /**
     * A description with tabs names the dialog's tabs, in order, and describes each label of a tab in the tab of the
     * same name (so the description reads like the dialog); a dialog with more than one tab needs such tabs.
     */
    private static void checkTabs(final Element full, final java.util.Map<String, List<String>> dialogTabs,
        final String where) {
        List<Element> tabs = children(full).stream().filter(e -> e.getLocalName().equals("tab")).toList();
        if (tabs.isEmpty()) {
            assertTrue(dialogTabs.size() <= 1, where + ": the dialog has tabs " + dialogTabs.keySet()
                + " but the description lists its options without tabs");
            return;
        }
        assertEquals(new ArrayList<>(dialogTabs.keySet()), tabs.stream().map(t -> t.getAttribute("name")).toList(),
            where + ": description tabs vs dialog tabs");
        for (Element t : tabs) {
            Set<String> options = new HashSet<>();
            children(t).stream().filter(o -> o.getLocalName().equals("option"))
                .forEach(o -> options.add(o.getAttribute("name")));
            for (String label : dialogTabs.get(t.getAttribute("name"))) {
                assertTrue(options.contains(label), where + ": \"" + label + "\" is on the dialog's tab \""
                    + t.getAttribute("name") + "\" but not described in that tab");
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object createView(final NodeFactory factory, final int index, final NodeModel model) {
        return factory.createNodeView(index, model);
    }

    /** The description has one {@code <view>} per view of the factory, indexed 0..n-1, right after the ports. */
    private static void checkViews(final List<Element> top, final int nrViews, final String where) {
        List<Element> views = top.stream().filter(e -> e.getLocalName().equals("views")).toList();
        if (nrViews == 0) {
            assertTrue(views.isEmpty(), where + ": describes views the node does not have");
            return;
        }
        assertEquals(1, views.size(), where + ": a node with views needs one <views> element");
        assertEquals("views", top.get(4).getLocalName(), where + ": <views> must follow <ports>");
        List<Element> each = children(views.get(0));
        assertEquals(nrViews, each.size(), where + ": one <view> per view");
        for (int i = 0; i < each.size(); i++) {
            assertEquals(Integer.toString(i), each.get(i).getAttribute("index"), where);
            assertFalse(each.get(i).getAttribute("name").isBlank(), where + ": view " + i + " has no name");
            assertFalse(each.get(i).getTextContent().isBlank(), where + ": view " + i + " is not described");
        }
    }

    /** @return the option names */
    private static Set<String> checkFullDescription(final Element full, final String where) {
        List<Element> parts = children(full);
        assertEquals("intro", parts.get(0).getLocalName(), where + ": fullDescription must start with intro");
        assertFalse(parts.get(0).getTextContent().isBlank(), where + ": empty intro");
        Set<String> options = new HashSet<>();
        boolean sawOption = false;
        boolean sawTab = false;
        for (Element e : parts.subList(1, parts.size())) {
            switch (e.getLocalName()) {
                case "option" -> {
                    sawOption = true;
                    options.add(optionName(e, where));
                }
                case "tab" -> {
                    sawTab = true;
                    List<Element> inTab = children(e).stream().filter(o -> o.getLocalName().equals("option")).toList();
                    assertFalse(inTab.isEmpty(), where + ": tab without options");
                    inTab.forEach(o -> options.add(optionName(o, where)));
                }
                case "link" -> assertFalse(e.getAttribute("href").isBlank(), where);
                default -> fail(where + ": unexpected <" + e.getLocalName() + "> in fullDescription");
            }
        }
        assertFalse(sawOption && sawTab, where + ": options and tabs cannot be mixed");
        return options;
    }

    private static String optionName(final Element option, final String where) {
        String name = option.getAttribute("name");
        assertFalse(name.isBlank(), where + ": option without name");
        assertFalse(option.getTextContent().isBlank(), where + ": option \"" + name + "\" is not described");
        return name;
    }

    private static void checkPorts(final Element ports, final int nrIn, final int nrOut, final String where) {
        List<Element> in = new ArrayList<>();
        List<Element> out = new ArrayList<>();
        for (Element p : children(ports)) {
            (p.getLocalName().equals("inPort") ? in : out).add(p);
            assertFalse(p.getAttribute("name").isBlank(), where + ": port without name");
        }
        assertEquals(nrIn, in.size(), where + ": described input ports");
        assertEquals(nrOut, out.size(), where + ": described output ports");
        for (int i = 0; i < in.size(); i++) {
            assertEquals(String.valueOf(i), in.get(i).getAttribute("index"), where);
        }
        for (int i = 0; i < out.size(); i++) {
            assertEquals(String.valueOf(i), out.get(i).getAttribute("index"), where);
        }
    }

    private static List<Element> children(final Element e) {
        List<Element> out = new ArrayList<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element el) {
                out.add(el);
            }
        }
        return out;
    }
}
