package org.tradeecon.knime.replication.workflow;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.knime.core.node.NodeSettings;
import org.knime.core.node.config.Config;

/**
 * A KNIME 5.x workflow folder written the way knime-core writes it (keys, order and entry types as in
 * {@code shared/knime/WORKFLOW-FORMAT.md} and the example workflow saved by real knime-core, which
 * {@link KnimeWorkflowTest} reproduces byte for byte), in the CONFIGURED state and without data, plus its
 * {@code .knwf} export. The XML itself is written by {@link NodeSettings#saveToXML}.
 *
 * @param name workflow name (the folder name)
 * @param createdBy KNIME version recorded in {@code created_by}
 * @param nightly {@code created_by_nightly}
 * @param author author recorded in {@code authorInformation}
 * @param authoredWhen creation time, {@code yyyy-MM-dd HH:mm:ss Z}
 * @param lastEditedWhen last edit time, same format
 * @param description workflow description for {@code workflow-metadata.xml}, or null to write no metadata file
 * @param variables workflow variables
 * @param annotations workflow annotations (text boxes)
 * @param nodes the nodes
 * @param connections the connections
 */
public record KnimeWorkflow(String name, String createdBy, boolean nightly, String author, String authoredWhen,
    String lastEditedWhen, String description, List<Variable> variables, List<Annotation> annotations,
    List<Node> nodes, List<Connection> connections) {

    /** Format version: the newest LoadVersion of knime-shared (5.x). */
    public static final String FORMAT_VERSION = "5.1.0";

    /**
     * Bundle information recorded in a node's settings.xml, used by KNIME's "install missing extension" prompt.
     * KNIME 5.12 drops a node whose {@code node-bundle-version} or {@code node-feature-version} is null (its loader
     * calls {@code isEmpty()} on them) and rejects one that is not an OSGi version, so every value is required.
     *
     * @param name Bundle-Name
     * @param symbolicName Bundle-SymbolicName
     * @param vendor Bundle-Vendor
     * @param version Bundle-Version (an OSGi version)
     * @param feature the feature that installs the bundle
     */
    public record Bundle(String name, String symbolicName, String vendor, String version, Feature feature) {
    }

    /**
     * The installing feature as KNIME records it: the p2 installable unit {@code <feature id>.feature.group}, its
     * label, provider and version.
     */
    public record Feature(String name, String symbolicName, String vendor, String version) {
    }

    /**
     * A workflow variable.
     *
     * @param name name
     * @param type KNIME type identifier: STRING, INTEGER or DOUBLE, the types KNIME's workflow-variable editor
     *            offers (a BOOLEAN one fails KNIME 5.12's save: "Unexpected flow variable type: OTHER"); a STRING
     *            "true" or "false" sets a boolean setting (knime-core VariableType.StringType, 4.7 and 5.x)
     * @param value the value as text
     */
    public record Variable(String name, String type, String value) {
    }

    /**
     * A text box (workflow annotation) or, with zero bounds, a node's label.
     *
     * @param text plain text; line breaks allowed
     * @param x left
     * @param y top
     * @param width width
     * @param height height
     * @param background background colour as RGB int
     */
    public record Annotation(String text, int x, int y, int width, int height, int background) {
    }

    /**
     * A node.
     *
     * @param id node id
     * @param name node name (from the node description)
     * @param factory fully qualified NodeFactory class name
     * @param bundle contributing bundle
     * @param x canvas x
     * @param y canvas y
     * @param model the NodeModel settings (config key "model"), or null to let KNIME use the node's defaults
     * @param variableBindings model setting key (a "/"-separated path for nested settings) → workflow variable
     * @param label text below the node, or null
     * @param customDescription the node's custom description, or null
     * @param outPorts number of data output ports listed under {@code ports} in settings.xml (KNIME writes all; a
     *            not-executed node may list fewer, see {@link ReplicationWorkflow})
     */
    public record Node(int id, String name, String factory, Bundle bundle, int x, int y, NodeSettings model,
        Map<String, String> variableBindings, String label, String customDescription, int outPorts) {


        /** @return the node's folder name, KNIME's convention "name (#id)" */
        public String folder() {
            return name.replaceAll("[\\\\/:*?\"<>|]", "_") + " (#" + id + ")";
        }
    }

    /**
     * A connection; port 0 is the flow-variable port, data ports count from 1.
     *
     * @param source source node id
     * @param sourcePort source port
     * @param dest destination node id
     * @param destPort destination port
     */
    public record Connection(int source, int sourcePort, int dest, int destPort) {
    }

    /**
     * Writes the workflow folder {@code parent/name/}, replacing files of the same name.
     *
     * @param parent where the folder goes
     * @return the workflow folder
     * @throws IOException if a file cannot be written
     */
    public Path writeTo(final Path parent) throws IOException {
        Path dir = parent.resolve(name);
        Files.createDirectories(dir);
        write(workflowKnime(), dir.resolve("workflow.knime"));
        for (Node n : nodes) {
            Path nodeDir = dir.resolve(n.folder());
            Files.createDirectories(nodeDir);
            write(settingsXml(n), nodeDir.resolve("settings.xml"));
        }
        if (description != null) {
            Files.writeString(dir.resolve("workflow-metadata.xml"), metadata(), StandardCharsets.UTF_8);
        }
        return dir;
    }

    private static void write(final NodeSettings s, final Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            s.saveToXML(out);
        }
    }

    /** @return the content of workflow.knime */
    NodeSettings workflowKnime() {
        NodeSettings w = new NodeSettings("workflow.knime");
        w.addString("created_by", createdBy);
        w.addBoolean("created_by_nightly", nightly);
        w.addString("version", FORMAT_VERSION);
        w.addString("name", name);
        Config authors = w.addConfig("authorInformation");
        authors.addString("authored-by", author);
        authors.addString("authored-when", authoredWhen);
        authors.addString("lastEdited-by", author);
        authors.addString("lastEdited-when", lastEditedWhen);
        w.addString("customDescription", null);
        w.addString("state", "CONFIGURED");
        if (!variables.isEmpty()) {
            Config vars = w.addConfig("workflow_variables");
            for (int i = 0; i < variables.size(); i++) {
                Variable v = variables.get(i);
                Config c = vars.addConfig("Var_" + i);
                c.addString("name", v.name());
                c.addString("class", v.type());
                switch (v.type()) {
                    case "STRING" -> c.addString("value", v.value());
                    case "INTEGER" -> c.addInt("value", Integer.parseInt(v.value()));
                    case "DOUBLE" -> c.addDouble("value", Double.parseDouble(v.value()));
                    default -> throw new IllegalArgumentException(v.name() + ": KNIME's workflow variables are"
                        + " STRING, INTEGER or DOUBLE, not " + v.type());
                }
            }
        }
        w.addConfig("workflow_credentials");
        if (!annotations.isEmpty()) {
            Config a = w.addConfig("annotations");
            for (int i = 0; i < annotations.size(); i++) {
                annotation(a.addConfig("annotation_" + i), annotations.get(i));
            }
        }
        Config ns = w.addConfig("nodes");
        for (Node n : nodes) {
            Config c = ns.addConfig("node_" + n.id());
            c.addInt("id", n.id());
            c.addString("node_settings_file", n.folder() + "/settings.xml");
            c.addBoolean("node_is_meta", false);
            c.addString("node_type", "NativeNode");
            c.addString("ui_classname", "org.knime.core.node.workflow.NodeUIInformation");
            c.addConfig("ui_settings").addIntArray("extrainfo.node.bounds", n.x(), n.y(), -1, -1);
        }
        Config cs = w.addConfig("connections");
        for (int i = 0; i < connections.size(); i++) {
            Connection k = connections.get(i);
            Config c = cs.addConfig("connection_" + i);
            c.addInt("sourceID", k.source());
            c.addInt("destID", k.dest());
            c.addInt("sourcePort", k.sourcePort());
            c.addInt("destPort", k.destPort());
        }
        return w;
    }

    private static void annotation(final Config c, final Annotation a) {
        c.addString("text", a.text());
        c.addString("contentType", "text/plain");
        c.addInt("bgcolor", a.background());
        c.addInt("x-coordinate", a.x());
        c.addInt("y-coordinate", a.y());
        c.addInt("width", a.width());
        c.addInt("height", a.height());
        c.addString("alignment", "LEFT");
        c.addInt("borderSize", 0);
        c.addInt("borderColor", 0);
        c.addInt("defFontSize", -1);
        c.addInt("annotation-version", 20230412);
        c.addConfig("styles");
    }

    /** @return the content of a node's settings.xml */
    NodeSettings settingsXml(final Node n) {
        NodeSettings s = new NodeSettings("settings.xml");
        s.addString("node_file", "settings.xml");
        s.addConfig("flow_stack");
        s.addConfig("internal_node_subsettings").addString("memory_policy", "CacheSmallInMemory");
        if (n.model() != null) {
            if (!n.model().getKey().equals("model")) {
                throw new IllegalArgumentException("Node " + n.name() + ": model settings must be keyed \"model\".");
            }
            s.addNodeSettings(n.model());
        }
        if (!n.variableBindings().isEmpty()) {
            Config v = s.addConfig("variables");
            v.addString("version", "V_2019_09_13");
            Config tree = v.addConfig("tree");
            // sorted: the same file whatever the map's order (Map.of iterates in a different order per JVM run)
            for (Map.Entry<String, String> b : new java.util.TreeMap<>(n.variableBindings()).entrySet()) {
                Config c = tree;
                for (String part : b.getKey().split("/")) {
                    c = c.containsKey(part) ? uncheckedConfig(c, part) : c.addConfig(part);
                }
                c.addString("used_variable", b.getValue());
                c.addString("exposed_variable", null);
            }
        }
        if (n.label() != null) {
            annotation(s.addConfig("nodeAnnotation"), new Annotation(n.label(), 0, 0, 0, 0, 0));
        }
        s.addString("customDescription", n.customDescription());
        s.addString("state", "CONFIGURED");
        s.addString("factory", n.factory());
        s.addString("node-name", n.name());
        s.addString("node-bundle-name", n.bundle().name());
        s.addString("node-bundle-symbolic-name", n.bundle().symbolicName());
        s.addString("node-bundle-vendor", n.bundle().vendor());
        s.addString("node-bundle-version", n.bundle().version());
        s.addString("node-feature-name", n.bundle().feature().name());
        s.addString("node-feature-symbolic-name", n.bundle().feature().symbolicName());
        s.addString("node-feature-vendor", n.bundle().feature().vendor());
        s.addString("node-feature-version", n.bundle().feature().version());
        s.addConfig("factory_settings");
        s.addString("name", n.name());
        s.addBoolean("hasContent", false);
        s.addBoolean("isInactive", false);
        Config ports = s.addConfig("ports");
        for (int p = 1; p <= n.outPorts(); p++) {
            Config c = ports.addConfig("port_" + p);
            c.addInt("index", p);
            c.addString("port_dir_location", null);
        }
        Config fs = s.addConfig("filestores");
        fs.addString("file_store_location", null);
        fs.addString("file_store_id", null);
        return s;
    }

    private static Config uncheckedConfig(final Config c, final String key) {
        try {
            return c.getConfig(key);
        } catch (org.knime.core.node.InvalidSettingsException e) {
            throw new IllegalStateException("\"" + key + "\" is a value, not a config", e);
        }
    }

    private String metadata() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workflow-metadata content-type=\"text/plain\" "
            + "xmlns=\"http://www.knime.org/core/node/workflow/metadata/v1.0\">\n    <last-modified>"
            + lastEditedWhen.replaceFirst("(\\S+) (\\S+) \\+0000", "$1T$2.000Z") + "</last-modified>\n"
            + "    <description>" + xml(description) + "</description>\n</workflow-metadata>";
    }

    private static String xml(final String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * Exports a workflow folder as {@code .knwf}: a ZIP whose single top-level entry is the folder, files in
     * sorted order with a fixed time stamp, so that the same folder always gives the same bytes.
     *
     * @param folder the workflow folder
     * @param knwf the archive to write
     * @throws IOException if reading or writing fails
     */
    public static void exportKnwf(final Path folder, final Path knwf) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(".knimeLock"))
                .sorted(Comparator.comparing(p -> folder.relativize(p).toString().replace('\\', '/')))
                .forEach(files::add);
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(knwf))) {
            String top = folder.getFileName().toString();
            for (Path f : files) {
                ZipEntry e = new ZipEntry(top + "/" + folder.relativize(f).toString().replace('\\', '/'));
                e.setLastModifiedTime(FileTime.fromMillis(FIXED_TIME));
                zip.putNextEntry(e);
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
    }

    /** 2026-01-01T00:00:00Z: a fixed time stamp for reproducible archives. */
    private static final long FIXED_TIME = 1_767_225_600_000L;
}
