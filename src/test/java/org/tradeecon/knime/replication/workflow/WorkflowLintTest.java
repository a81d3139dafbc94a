package org.tradeecon.knime.replication.workflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;

/**
 * Lints every workflow under {@code workflows/}: the keys KNIME 5.x needs (WORKFLOW-FORMAT.md §6), each node of
 * ours registered in plugin.xml and its model settings accepted by that NodeModel's validateSettings and
 * loadValidatedSettingsFrom, standard KNIME nodes known by factory class, connections that fit the ports (port 0
 * is the flow-variable port, data ports from 1, one connection per input port), variables that exist, and the
 * exported {@code .knwf} in sync with the folder.
 */
class WorkflowLintTest {

    static final Path WORKFLOWS = Path.of("workflows");

    static List<Path> workflowFolders() throws IOException {
        if (!Files.isDirectory(WORKFLOWS)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(WORKFLOWS)) {
            return s.filter(p -> Files.exists(p.resolve("workflow.knime"))).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyWorkflowLoads() throws IOException {
        List<Path> folders = workflowFolders();
        assertFalse(folders.isEmpty(), "no workflow under " + WORKFLOWS.toAbsolutePath());
        return folders.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> lint(f)));
    }

    private static NodeSettingsRO read(final Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return NodeSettings.loadFromXML(in);
        }
    }

    static Set<String> registeredFactories() throws IOException {
        Set<String> out = new HashSet<>();
        Matcher m = Pattern.compile("factory-class=\"([^\"]+)\"").matcher(Files.readString(Path.of("plugin.xml")));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static void lint(final Path folder) throws Exception {
        NodeSettingsRO wf = read(folder.resolve("workflow.knime"));
        assertEquals(KnimeWorkflow.FORMAT_VERSION, wf.getString("version"), "format version");
        for (String key : List.of("state", "workflow_credentials", "nodes", "connections")) {
            assertTrue(wf.containsKey(key), "workflow.knime lacks " + key);
        }
        Set<String> variables = new HashSet<>();
        if (wf.containsKey("workflow_variables")) {
            NodeSettingsRO vars = wf.getNodeSettings("workflow_variables");
            for (String k : vars) {
                variables.add(vars.getNodeSettings(k).getString("name"));
            }
        }
        Set<String> registered = registeredFactories();
        Map<Integer, int[]> ports = new HashMap<>(); // id -> {data inputs, data outputs}
        NodeSettingsRO nodes = wf.getNodeSettings("nodes");
        for (String k : nodes) {
            NodeSettingsRO n = nodes.getNodeSettings(k);
            int id = n.getInt("id");
            assertEquals("NativeNode", n.getString("node_type"));
            assertTrue(n.getNodeSettings("ui_settings").containsKey("extrainfo.node.bounds"));
            Path settingsFile = folder.resolve(n.getString("node_settings_file"));
            assertTrue(Files.exists(settingsFile), settingsFile.toString());
            ports.put(id, lintNode(read(settingsFile), registered, variables, settingsFile));
        }
        Set<String> usedInputs = new HashSet<>();
        NodeSettingsRO cs = wf.getNodeSettings("connections");
        for (String k : cs) {
            NodeSettingsRO c = cs.getNodeSettings(k);
            int src = c.getInt("sourceID");
            int dst = c.getInt("destID");
            int sp = c.getInt("sourcePort");
            int dp = c.getInt("destPort");
            assertNotNull(ports.get(src), k + ": no node " + src);
            assertNotNull(ports.get(dst), k + ": no node " + dst);
            assertTrue(sp >= 0 && sp <= ports.get(src)[1], k + ": node " + src + " has no output port " + sp);
            assertTrue(dp >= 0 && dp <= ports.get(dst)[0], k + ": node " + dst + " has no input port " + dp);
            assertEquals(sp == 0, dp == 0, k + ": the flow-variable port 0 connects only to port 0");
            assertTrue(dp == 0 || usedInputs.add(dst + ":" + dp), k + ": input " + dst + ":" + dp + " used twice");
        }
        Path knwf = folder.resolveSibling(folder.getFileName() + ".knwf");
        assertTrue(Files.exists(knwf), "the exported " + knwf + " is missing");
        assertInSync(folder, knwf);
    }

    /** @return {data inputs, data outputs} */
    private static int[] lintNode(final NodeSettingsRO s, final Set<String> registered, final Set<String> variables,
        final Path file) throws Exception {
        for (String key : List.of("factory", "node-name", "node-bundle-name", "node-bundle-symbolic-name",
            "node-bundle-vendor", "state", "hasContent", "filestores", "internal_node_subsettings", "flow_stack")) {
            assertTrue(s.containsKey(key), file + " lacks " + key);
        }
        String factory = s.getString("factory");
        if (s.containsKey("variables")) {
            for (String used : usedVariables(s.getNodeSettings("variables").getNodeSettings("tree"))) {
                assertTrue(variables.contains(used), file + " uses the unknown workflow variable " + used);
            }
        }
        if (!factory.startsWith("org.tradeecon.")) {
            ReplicationWorkflow.Standard std = ReplicationWorkflow.STANDARD.values().stream()
                .filter(x -> x.factory().equals(factory)).findFirst().orElse(null);
            assertNotNull(std, file + ": unknown standard node " + factory);
            assertFalse(s.containsKey("model"), file + ": standard nodes are written without model settings");
            return new int[] {std.in(), std.out()};
        }
        assertTrue(registered.contains(factory), factory + " is not registered in plugin.xml");
        assertEquals(ReplicationWorkflow.nodeName(factory), s.getString("node-name"), file.toString());
        NodeModel model = ReplicationWorkflow.model(factory);
        try {
            NodeModelTestAccess.loadSettings(model, s.getNodeSettings("model"));
        } catch (InvalidSettingsException e) {
            fail(file + ": the node model rejects its settings: " + e.getMessage());
        }
        return new int[] {ReplicationWorkflow.ports(model, "getNrInPorts"),
            ReplicationWorkflow.ports(model, "getNrOutPorts")};
    }

    private static List<String> usedVariables(final NodeSettingsRO tree) throws InvalidSettingsException {
        List<String> out = new ArrayList<>();
        for (String k : tree) {
            NodeSettingsRO c = tree.getNodeSettings(k);
            if (c.containsKey("used_variable")) {
                String v = c.getString("used_variable");
                if (v != null) {
                    out.add(v);
                }
            } else {
                out.addAll(usedVariables(c));
            }
        }
        return out;
    }

    /** The .knwf holds exactly the folder's files, under the folder's name, with the same bytes. */
    static void assertInSync(final Path folder, final Path knwf) throws IOException {
        Map<String, byte[]> zipped = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(knwf))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                zipped.put(e.getName(), zip.readAllBytes());
            }
        }
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.getFileName() + "/" + folder.relativize(p).toString().replace('\\', '/'),
                    Files.readAllBytes(p));
            }
        }
        assertEquals(files.keySet(), zipped.keySet(), knwf + " and " + folder + " hold different files");
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            assertArrayEquals(e.getValue(), zipped.get(e.getKey()), e.getKey() + " differs in " + knwf);
        }
    }
}
