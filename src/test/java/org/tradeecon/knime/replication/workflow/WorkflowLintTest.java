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

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Lints every workflow under {@code workflows/}: the keys KNIME 5.x needs (WORKFLOW-FORMAT.md §6), each node of
 * ours registered in plugin.xml and its model settings accepted by that NodeModel's validateSettings and
 * loadValidatedSettingsFrom, standard KNIME nodes known by factory class, connections that fit the ports (port 0
 * is the flow-variable port, data ports from 1, one connection per input port), variables that exist, and the
 * exported {@code .knwf} in sync with the folder.
 */
class WorkflowLintTest {

    static final Path WORKFLOWS = Path.of("workflows");

    /** @return the workflows under workflows/ and its test workflows under workflows/tests/ */
    static List<Path> workflowFolders() throws IOException {
        List<Path> out = new ArrayList<>(workflowsIn(WORKFLOWS));
        out.addAll(workflowsIn(NodeTestsWorkflow.FOLDER));
        return out;
    }

    private static List<Path> workflowsIn(final Path parent) throws IOException {
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(parent)) {
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
        Map<String, String> variableTypes = new HashMap<>(); // name -> class:value
        if (wf.containsKey("workflow_variables")) {
            NodeSettingsRO vars = wf.getNodeSettings("workflow_variables");
            for (String k : vars) {
                NodeSettingsRO v = vars.getNodeSettings(k);
                variables.add(v.getString("name"));
                variableTypes.put(v.getString("name"), v.getString("class") + ":" + v.getString("value", ""));
                // KNIME 5.12 logs "Unexpected flow variable type: OTHER" on saving a BOOLEAN workflow variable
                // (WorkflowConfigArtifactsGenerator handles these three only), and its editor offers only these
                String type = v.getString("class");
                assertTrue(List.of("STRING", "INTEGER", "DOUBLE").contains(type), k + ": variable type " + type);
                switch (type) {
                    case "STRING" -> v.getString("value");
                    case "INTEGER" -> v.getInt("value");
                    default -> v.getDouble("value");
                }
            }
        }
        Set<String> registered = registeredFactories();
        Map<Integer, int[]> ports = new HashMap<>(); // id -> {data inputs, data outputs}
        Map<Integer, Integer> portEntries = new HashMap<>(); // id -> highest port index listed in settings.xml
        NodeSettingsRO nodes = wf.getNodeSettings("nodes");
        for (String k : nodes) {
            NodeSettingsRO n = nodes.getNodeSettings(k);
            int id = n.getInt("id");
            assertEquals("NativeNode", n.getString("node_type"));
            assertTrue(n.getNodeSettings("ui_settings").containsKey("extrainfo.node.bounds"));
            Path settingsFile = folder.resolve(n.getString("node_settings_file"));
            assertTrue(Files.exists(settingsFile), settingsFile.toString());
            NodeSettingsRO nodeSettings = read(settingsFile);
            assertVariablesFitTheirSettings(settingsFile, variableTypes);
            ports.put(id, lintNode(nodeSettings, registered, variables, settingsFile));
            NodeSettingsRO listed = nodeSettings.getNodeSettings("ports");
            for (String p : listed) {
                portEntries.merge(id, listed.getNodeSettings(p).getInt("index"), Math::max);
            }
        }
        Set<String> usedInputs = new HashSet<>();
        Map<Integer, Integer> lastConnectedOutput = new HashMap<>();
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
            lastConnectedOutput.merge(src, sp, Math::max);
        }
        // a node's "ports" entries stop at its last connected output: KNIME's placeholder for a node whose extension
        // is missing has only the connected outputs and rejects an entry beyond them (DataLoadError in 5.12)
        for (Map.Entry<Integer, Integer> e : portEntries.entrySet()) {
            assertTrue(e.getValue() <= lastConnectedOutput.getOrDefault(e.getKey(), 0),
                "node " + e.getKey() + " lists port " + e.getValue() + " beyond its last connected output");
        }
        Path knwf = folder.resolveSibling(folder.getFileName() + ".knwf");
        assertTrue(Files.exists(knwf), "the exported " + knwf + " is missing");
        assertInSync(folder, knwf);
    }

    /**
     * A workflow variable can set a node setting only if KNIME converts its type to the setting's entry type
     * (knime-core VariableType, same rules in 4.7.8 and 5.12): a STRING sets an xstring, or an xboolean when it
     * reads "true" or "false" (any case); an INTEGER sets an xint; a DOUBLE or INTEGER sets an xdouble. Checked on
     * the XML, where the entry types are.
     */
    private static void assertVariablesFitTheirSettings(final Path file, final Map<String, String> variableTypes)
        throws Exception {
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(file.toFile()).getDocumentElement();
        Element variables = child(root, "config", "variables");
        if (variables == null) {
            return;
        }
        checkBindings(file, child(variables, "config", "tree"), child(root, "config", "model"), "", variableTypes);
    }

    private static void checkBindings(final Path file, final Element tree, final Element model,
        final String path, final Map<String, String> variableTypes) {
        for (Element c : children(tree)) {
            String key = c.getAttribute("key");
            Element used = child(c, "entry", "used_variable");
            if (used == null) {
                checkBindings(file, c, model == null ? null : child(model, "config", key), path + key + "/",
                    variableTypes);
                continue;
            }
            Element setting = model == null ? null : child(model, "entry", key);
            assertNotNull(setting, file + ": variable bound to " + path + key + ", which is no model entry");
            String[] variable = variableTypes.get(used.getAttribute("value")).split(":", 2);
            String type = setting.getAttribute("type");
            boolean fits = switch (type) {
                case "xboolean" -> "STRING".equals(variable[0]) && variable[1].matches("(?i)true|false");
                case "xstring" -> "STRING".equals(variable[0]);
                case "xint" -> "INTEGER".equals(variable[0]);
                case "xdouble" -> "DOUBLE".equals(variable[0]) || "INTEGER".equals(variable[0]);
                default -> false;
            };
            assertTrue(fits, file + ": workflow variable " + used.getAttribute("value") + " (" + variable[0] + " \""
                + variable[1] + "\") cannot set " + path + key + " (" + type + ")");
        }
    }

    private static List<Element> children(final Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && "config".equals(c.getTagName())) {
                out.add(c);
            }
        }
        return out;
    }

    private static Element child(final Element e, final String tag, final String key) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && tag.equals(c.getTagName()) && key.equals(c.getAttribute("key"))) {
                return c;
            }
        }
        return null;
    }

    /** The node and bundle information keys; KNIME reads each, and a null or empty one breaks loading or the prompt. */
    static final List<String> BUNDLE_KEYS = List.of("node-bundle-name", "node-bundle-symbolic-name",
        "node-bundle-vendor", "node-bundle-version", "node-feature-name", "node-feature-symbolic-name",
        "node-feature-vendor", "node-feature-version");

    /** major[.minor[.micro[.qualifier]]] as org.osgi.framework.Version parses it. */
    static final Pattern OSGI_VERSION = Pattern.compile("\\d+(\\.\\d+(\\.\\d+(\\.[A-Za-z0-9_-]+)?)?)?");

    /** @return {data inputs, data outputs} */
    private static int[] lintNode(final NodeSettingsRO s, final Set<String> registered, final Set<String> variables,
        final Path file) throws Exception {
        for (String key : List.of("factory", "node-name", "node-bundle-name", "node-bundle-symbolic-name",
            "node-bundle-vendor", "state", "hasContent", "filestores", "internal_node_subsettings", "flow_stack")) {
            assertTrue(s.containsKey(key), file + " lacks " + key);
        }
        for (String key : BUNDLE_KEYS) {
            // real KNIME 5.12 deleted every node whose node-bundle-version was null (NPE in its loader)
            assertTrue(s.containsKey(key), file + " lacks " + key);
            String v = s.getString(key);
            assertTrue(v != null && !v.isBlank(), file + ": " + key + " is " + (v == null ? "null" : "empty"));
            if (key.endsWith("-version")) {
                assertTrue(OSGI_VERSION.matcher(v).matches(), file + ": " + key + " \"" + v + "\" is no OSGi version");
            }
        }
        assertTrue(s.getString("node-feature-symbolic-name").endsWith(".feature.group"),
            file + ": the feature is recorded as its p2 unit <feature id>.feature.group");
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
            assertEquals(std.bundle(), s.getString("node-bundle-symbolic-name"), file.toString());
            assertEquals(ReplicationWorkflow.KNIME_VENDOR, s.getString("node-bundle-vendor"), file.toString());
            assertTrue(s.containsKey("model"), file + ": a standard node without model settings does not run");
            assertRequiredKeys(factory, s.getNodeSettings("model"), file);
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

    /**
     * The model settings keys each standard node reads without a default (in validateSettings or
     * loadValidatedSettingsFrom), as "path type"; a missing key or a wrong entry type makes KNIME refuse the
     * settings. Types: s string, b boolean, i int, s[] string array, filter a column filter
     * (DataColumnSpecFilterConfiguration / SettingsModelColumnFilter2), includes a SettingsModelFilterString,
     * types[] a DataType array. Read from KNIME's public source (read only, nothing copied):
     */
    static final Map<String, List<String>> REQUIRED_KEYS = Map.of(
        // knime/knime-javasnippet org.knime.jsnippets/src/org/knime/base/node/rules/engine/RuleEngineFilterNodeModel
        // .java and RuleEngineSettings.java, same keys at tag analytics-platform/4.7.8 and at HEAD (5.12): the rule
        // lines, the (unused by the filter, still required) new column name, and whether matching rows are kept;
        // replace-column-name, append-column and disallowLongOutputForCompatibility have defaults.
        "org.knime.base.node.rules.engine.RuleEngineFilterNodeFactory", List.of("rules s[]", "new-column-name s",
            "include b"),
        // knime/knime-base org.knime.base/src/org/knime/base/node/preproc/joiner3/Joiner3NodeSettings.java
        // @046c33d7739953d44f779ee50079020fba1cf3a2: every field of the DefaultNodeSettings is read under its
        // name without "m_"; the matching criteria are read from the legacy string arrays
        // leftTableJoinPredicate / rightTableJoinPredicate when present (the 4.x keys, which the earlier
        // SettingsModel-based Joiner3Settings.java of the same repository writes); dataCellComparisonMode is
        // optional; the column selections are persisted as SettingsModelColumnFilter2. The join mode is the three
        // booleans includeMatchesInOutput / includeLeftUnmatchedInOutput / includeRightUnmatchedInOutput (dialog
        // "Matching rows" / "Left unmatched rows" / "Right unmatched rows"; matches + left unmatched = left outer
        // join); same fields and keys @57141a1131b7f264842ff98a22b4d8e59235caa5, where outputRowOrder LEFT_RIGHT
        // ("Input order") outputs the matched rows, then the left unmatched rows, each in the left table's order,
        // all in the first port unless outputUnmatchedRowsToSeparatePorts.
        "org.knime.base.node.preproc.joiner3.Joiner3NodeFactory", List.of("compositionMode s",
            "leftTableJoinPredicate s[]", "rightTableJoinPredicate s[]", "includeMatchesInOutput b",
            "includeLeftUnmatchedInOutput b", "includeRightUnmatchedInOutput b", "leftColumnSelectionConfig filter",
            "rightColumnSelectionConfig filter", "mergeJoinColumns b", "duplicateHandling s", "suffix s",
            "outputUnmatchedRowsToSeparatePorts b", "rowKeyFactory s", "rowKeySeparator s", "outputRowOrder s",
            "maxOpenFiles i", "enableHiliting b"),
        // knime/knime-base org.knime.base/src/org/knime/base/node/preproc/pivot/Pivot2NodeModel.java
        // @778d3b88f9fc4dfda4948b81b1a225a86a88ac7d (pivotColumns, missing_values, total_aggregation,
        // ignore_domain; column_name_option and the column output order optional) and
        // .../preproc/groupby/GroupByNodeModel.java @62c31c83197214a408fcf7cf830c46efbe88261f (grouByColumns,
        // maxNoneNumericalVals, enableHilite; the rest has fallbacks); knime/knime-core
        // org.knime.base/src/org/knime/base/data/aggregation/ColumnAggregator.java
        // @350f943ec2007a4193a3bf77185ecb4f1273a5ad (aggregationColumn; inclMissingVals optional) and
        // org.knime.core/src/eclipse/org/knime/core/node/defaultnodesettings/SettingsModelFilterString.java
        // @20b53df79e307dcec019a576dfdd0bab6cd575f1 (InclList, ExclList).
        "org.knime.base.node.preproc.pivot.Pivot2NodeFactory", List.of("grouByColumns includes",
            "maxNoneNumericalVals i", "enableHilite b", "aggregationColumn/columnNames s[]",
            "aggregationColumn/columnTypes types[]", "aggregationColumn/aggregationMethod s[]",
            "pivotColumns includes", "missing_values b", "total_aggregation b", "ignore_domain b"),
        // knime/knime-stats org.knime.stats/src/org/knime/base/node/stats/viz/extended/ExtendedStatisticsNodeModel
        // .java @2282654e603afa8d782a7144c85a2eb65ed01bab (and ExtendedStatisticsNodeParameters.java
        // @421840779438ef9e7e58ad4a0960e50a10a4acaf, the 5.9+ dialog, which persists the same keys).
        "org.knime.base.node.stats.viz.extended.ExtendedStatisticsNodeFactory", List.of("compute_median b",
            "num_nominal-values i", "num_nominal-values_output i", "filter_nominal_columns filter", "image format s",
            "histogram width i", "histogram height i", "enable HiLite b", "show min max b"),
        // knime/knime-js-base org.knime.js.views/src/org/knime/js/base/node/viz/plotter/line/LinePlotViewConfig.java
        // @007c4fd9939017438c4981cdbc21612ccd521fc4, loadSettings (called by LinePlotNodeModel.validateSettings
        // and loadValidatedSettingsFrom, same commit; identical at 4.7.8); the keys added in 3.3 and later have
        // defaults. The date formats are knime-js-core's SettingsModelDateTimeOptions, config "dateTimeFormats"
        // (all seven keys required; without the config the legacy string "date_format" is required instead).
        "org.knime.js.base.node.viz.plotter.line.LinePlotNodeFactory", List.of("hideInWizard b", "generateImage b",
            "showLegend b", "autoRange b", "useDomainInformation b", "showGrid b", "showCrosshair b",
            "snapToPoints b", "resizeToWindow b", "enableViewConfiguration b", "enableTitleChange b",
            "enableSubtitleChange b", "enableXColumnChange b", "enableYColumnChange b", "enableXAxisLabelEdit b",
            "enableYAxisLabelEdit b", "enableDotSizeChange b", "enableZooming b", "enableDragZooming b",
            "enablePanning b", "showZoomResetButton b", "enableSelection b", "enableRectangleSelection b",
            "enableLassoSelection b", "chartTitle s", "chartSubtitle s", "xCol s", "yCols filter", "maxRows i",
            "selectionColumnName s", "xAxisLabel s", "yAxisLabel s", "xAxisMin s", "xAxisMax s", "yAxisMin s",
            "yAxisMax s", "dot_size s", "dateTimeFormats/globalDateTimeLocale s", "dateTimeFormats/globalDateFormat s",
            "dateTimeFormats/globalLocalDateFormat s", "dateTimeFormats/globalLocalDateTimeFormat s",
            "dateTimeFormats/globalLocalTimeFormat s", "dateTimeFormats/globalZonedDateTimeFormat s",
            "dateTimeFormats/timezone s", "imageWidth i", "imageHeight i", "backgroundColor s",
            "dataAreaColor s", "gridColor s"));

    /** Each required key is present with its type (the typed getters of the stand-in check the entry type). */
    private static void assertRequiredKeys(final String factory, final NodeSettingsRO model, final Path file) {
        List<String> keys = REQUIRED_KEYS.get(factory);
        assertNotNull(keys, factory + ": no list of required keys");
        for (String k : keys) {
            String[] pathAndType = k.split(" (?=[^ ]+$)");
            String[] path = pathAndType[0].split("/");
            try {
                NodeSettingsRO c = model;
                for (int i = 0; i < path.length - 1; i++) {
                    c = c.getNodeSettings(path[i]);
                }
                checkType(c, path[path.length - 1], pathAndType[1]);
            } catch (InvalidSettingsException e) {
                fail(file + ": model key \"" + pathAndType[0] + "\" (" + pathAndType[1] + "): " + e.getMessage());
            }
        }
    }

    private static void checkType(final NodeSettingsRO c, final String key, final String type)
        throws InvalidSettingsException {
        switch (type) {
            case "s" -> c.getString(key);
            case "b" -> c.getBoolean(key);
            case "i" -> c.getInt(key);
            case "s[]" -> assertNotNull(c.getStringArray(key), key + " is a null array");
            case "includes" -> {
                NodeSettingsRO f = c.getNodeSettings(key);
                assertNotNull(f.getStringArray("InclList"));
                assertNotNull(f.getStringArray("ExclList"));
            }
            case "filter" -> {
                NodeSettingsRO f = c.getNodeSettings(key);
                f.getString("filter-type");
                assertNotNull(f.getStringArray("included_names"));
                assertNotNull(f.getStringArray("excluded_names"));
                f.getString("enforce_option");
            }
            case "types[]" -> {
                NodeSettingsRO f = c.getNodeSettings(key);
                for (int i = 0; i < f.getInt("array-size"); i++) {
                    assertNotNull(f.getNodeSettings(Integer.toString(i)).getString("cell_class"));
                }
            }
            default -> throw new IllegalArgumentException("unknown type " + type);
        }
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

    /**
     * Asserts that the committed workflow under {@code committedParent} (and its .knwf beside it) is {@code wf} as
     * generated now; with {@code -Dworkflows.write=true} it first writes {@code wf} there.
     */
    static void assertCommittedIsGenerated(final KnimeWorkflow wf, final Path committedParent, final Path tmp)
        throws IOException {
        Path parent = Boolean.getBoolean("workflows.write") ? committedParent : tmp;
        Path generated = wf.writeTo(parent);
        KnimeWorkflow.exportKnwf(generated, parent.resolve(wf.name() + ".knwf"));
        Path committed = committedParent.resolve(wf.name());
        assertTrue(Files.exists(committed.resolve("workflow.knime")), "run with -Dworkflows.write=true once");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(generated)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            Path c = committed.resolve(generated.relativize(f).toString());
            assertEquals(Files.readString(f), Files.exists(c) ? Files.readString(c) : "(missing)",
                c + " is out of date: regenerate with -Dworkflows.write=true");
        }
        try (Stream<Path> walk = Files.walk(committed)) {
            assertEquals(files.size(), walk.filter(Files::isRegularFile).count(), "stale files in " + committed);
        }
        assertInSync(committed, committed.resolveSibling(wf.name() + ".knwf"));
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
