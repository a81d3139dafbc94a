package org.tradeecon.knime.replication.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.config.base.ConfigBase;

/**
 * What the generated workflows share: their nodes, connections and annotations, and the nodes of this extension
 * built from the node models themselves (each instantiated through its factory, its defaults saved, the given
 * settings changed, and the result loaded back through validateSettings and loadValidatedSettingsFrom before it
 * is written, so the keys cannot drift from the code).
 */
abstract class WorkflowBuilder {
    protected final List<KnimeWorkflow.Node> nodes = new ArrayList<>();
    protected final List<KnimeWorkflow.Connection> connections = new ArrayList<>();
    protected final List<KnimeWorkflow.Annotation> annotations = new ArrayList<>();
    private final KnimeWorkflow.Bundle m_ours;

    protected WorkflowBuilder(final Path projectRoot) throws IOException {
        String feature = Files.readString(projectRoot.resolve("feature/feature.xml"));
        try (InputStream in = Files.newInputStream(projectRoot.resolve("META-INF/MANIFEST.MF"))) {
            var a = new Manifest(in).getMainAttributes();
            m_ours = new KnimeWorkflow.Bundle(a.getValue("Bundle-Name"),
                a.getValue("Bundle-SymbolicName").replaceFirst(";.*", ""), a.getValue("Bundle-Vendor"),
                a.getValue("Bundle-Version"), new KnimeWorkflow.Feature(attribute(feature, "label"),
                    attribute(feature, "id") + ".feature.group", attribute(feature, "provider-name"),
                    attribute(feature, "version")));
        }
    }

    /**
     * The node with {@code ports} entries in settings.xml only up to its last connected output. Where a node's
     * extension is not installed, KNIME 5.12 builds a placeholder with as many outputs as are connected and
     * rejects an entry beyond them ("Invalid outport index in settings: 2", load result DataLoadError, measured
     * with a Joiner); a not-executed node's entries hold nothing else (port_dir_location null), so listing fewer
     * loses nothing when the node is installed.
     */
    protected final KnimeWorkflow.Node listingConnectedPortsOnly(final KnimeWorkflow.Node n) {
        int last = connections.stream().filter(c -> c.source() == n.id())
            .mapToInt(KnimeWorkflow.Connection::sourcePort).max().orElse(0);
        return new KnimeWorkflow.Node(n.id(), n.name(), n.factory(), n.bundle(), n.x(), n.y(), n.model(),
            n.variableBindings(), n.label(), n.customDescription(), Math.min(n.outPorts(), last));
    }

    /** @return the attribute {@code name} of feature.xml's {@code <feature>} element */
    private static String attribute(final String featureXml, final String name) {
        Matcher m = Pattern.compile("<feature\\b[^>]*?\\s" + name + "=\"([^\"]*)\"", Pattern.DOTALL)
            .matcher(featureXml);
        if (!m.find()) {
            throw new IllegalStateException("feature/feature.xml: no " + name + " on <feature>");
        }
        return m.group(1);
    }

    /** A text box tall enough for its text (about 6.5 pixels a character, 15 a line, at KNIME's default font). */
    protected final void note(final String text, final int x, final int y, final int width) {
        int lines = (int)Math.ceil(text.length() * 6.5 / width);
        annotations.add(new KnimeWorkflow.Annotation(text, x, y, width, Math.max(290, 15 * lines + 20), 0xFFFFFF));
    }

    protected final void connect(final int source, final int sourcePort, final int dest, final int destPort) {
        connections.add(new KnimeWorkflow.Connection(source, sourcePort, dest, destPort));
    }

    /** A Series Transform node of ours appending {@code newColumn}, fed by output 1 of {@code source}. */
    protected final int transform(final int id, final int x, final int y, final String label, final int source,
        final String operation, final String column, final String secondColumn, final double divisor,
        final String newColumn) throws ReflectiveOperationException, InvalidSettingsException {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("operation", operation);
        values.put("column", column);
        if (secondColumn != null) {
            values.put("second_column", secondColumn);
        }
        values.put("divisor", divisor);
        values.put("new_column", newColumn);
        int node = ours(id, "org.tradeecon.knime.nodes.transform.TransformNodeFactory", x, y, values, Map.of(), label);
        connect(source, 1, node, 1);
        return node;
    }

    protected final int ours(final int id, final String factory, final int x, final int y, final Map<String, Object> values,
        final Map<String, String> variables, final String label)
        throws ReflectiveOperationException, InvalidSettingsException {
        NodeModel model = model(factory);
        NodeSettings s = NodeModelTestAccess.saveSettings(model);
        for (Map.Entry<String, Object> e : values.entrySet()) {
            set(s, e.getKey(), e.getValue());
        }
        NodeModelTestAccess.loadSettings(model, s); // validateSettings, then loadValidatedSettingsFrom
        nodes.add(new KnimeWorkflow.Node(id, nodeName(factory), factory, m_ours, x, y,
            NodeModelTestAccess.saveSettings(model), variables, label, null, ports(model, "getNrOutPorts")));
        return id;
    }

    /** @return a new model from the factory class */
    static NodeModel model(final String factory) throws ReflectiveOperationException {
        return ((NodeFactory<?>)Class.forName(factory).getDeclaredConstructor().newInstance()).createNodeModel();
    }

    /** @return the node's data port count ({@code getNrInPorts} or {@code getNrOutPorts}, protected in KNIME) */
    static int ports(final NodeModel model, final String method) throws ReflectiveOperationException {
        Method m = NodeModel.class.getDeclaredMethod(method);
        m.setAccessible(true);
        return (Integer)m.invoke(model);
    }

    /** @return the node name from the factory's description XML ({@code <name>}) */
    static String nodeName(final String factory) throws ReflectiveOperationException {
        Class<?> c = Class.forName(factory);
        try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".xml")) {
            Matcher m = Pattern.compile("<name>\\s*(.*?)\\s*</name>").matcher(
                new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!m.find()) {
                throw new IllegalStateException(factory + ": no <name> in the node description");
            }
            return m.group(1);
        } catch (IOException e) {
            throw new IllegalStateException(factory + ": cannot read the node description", e);
        }
    }

    /** Sets a value at a "/"-separated path, keeping the entry's place (the stand-in replaces in place). */
    private static void set(final ConfigBase settings, final String path, final Object value)
        throws InvalidSettingsException {
        String[] parts = path.split("/");
        ConfigBase c = settings;
        for (int i = 0; i < parts.length - 1; i++) {
            c = c.getConfigBase(parts[i]);
        }
        String key = parts[parts.length - 1];
        if (value instanceof String[] a) {
            c.addStringArray(key, a);
        } else if (value instanceof Integer v) {
            c.addInt(key, v);
        } else if (value instanceof Double v) {
            c.addDouble(key, v);
        } else if (value instanceof Boolean v) {
            c.addBoolean(key, v);
        } else {
            c.addString(key, (String)value);
        }
    }
}
