package org.tradeecon.knime.replication.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.StubExecutionContext;
import org.tradeecon.knime.replication.PaperTargets;
import org.tradeecon.knime.replication.PaperVariables;

/**
 * Runs the data step of the committed replication workflow: the five reader nodes, each loaded from its own
 * settings.xml exactly as KNIME would, executed offline through the KNIME stand-in. It proves the workflow's
 * readers work on the bundled snapshot and that the gaps are reported, not filled (the expected counts are
 * those of the shared data README: World Bank complete 2004–2018, US–China ATP only 2017), and that each
 * variable's reader covers exactly the paper's sample for that variable.
 */
class ReplicationWorkflowRunTest {

    private static final Path FOLDER = WorkflowLintTest.WORKFLOWS.resolve(ReplicationWorkflow.NAME);

    private static NodeSettingsRO settings(final String nodeFolder) throws Exception {
        try (InputStream in = Files.newInputStream(FOLDER.resolve(nodeFolder).resolve("settings.xml"))) {
            return NodeSettings.loadFromXML(in);
        }
    }

    private static NodeModel load(final String nodeFolder) throws Exception {
        return load(nodeFolder, null);
    }

    /**
     * @param censusFile for a Census reader, the value the workflow variable census_file gives its setting
     *                   census_file (null: as saved)
     */
    private static NodeModel load(final String nodeFolder, final Path censusFile) throws Exception {
        NodeSettingsRO s = settings(nodeFolder);
        NodeModel model = ReplicationWorkflow.model(s.getString("factory"));
        NodeSettingsRO m = s.getNodeSettings("model");
        if (censusFile != null && nodeFolder.startsWith("US Census")) {
            ((NodeSettings)m).addString(ReplicationWorkflow.CENSUS_FILE_VARIABLE, censusFile.toString());
        }
        NodeModelTestAccess.loadSettings(model, m);
        return model;
    }

    private static BufferedDataTable run(final String nodeFolder) throws Exception {
        return run(nodeFolder, null);
    }

    private static BufferedDataTable run(final String nodeFolder, final Path censusFile) throws Exception {
        return NodeModelTestAccess.execute(load(nodeFolder, censusFile), StubExecutionContext.create())[0];
    }

    private static Set<String> columns(final BufferedDataTable t) {
        return new HashSet<>(List.of(t.getDataTableSpec().getColumnNames()));
    }

    private static Set<String> values(final BufferedDataTable t, final String column) {
        int c = t.getDataTableSpec().findColumnIndex(column);
        return rows(t).stream().map(r -> r.getCell(c).toString()).collect(Collectors.toSet());
    }

    private static NodeSettingsRO model(final String nodeFolder) throws Exception {
        return settings(nodeFolder).getNodeSettings("model");
    }

    private static List<String> included(final NodeSettingsRO model, final String filter) throws Exception {
        return List.of(model.getNodeSettings(filter).getStringArray("included_names"));
    }

    private static List<DataRow> rows(final BufferedDataTable t) {
        List<DataRow> out = new ArrayList<>();
        t.iterator().forEachRemaining(out::add);
        return out;
    }

    private static long count(final BufferedDataTable t, final String keyColumn, final String key,
        final String valueColumn) {
        DataTableSpec spec = t.getDataTableSpec();
        int k = spec.findColumnIndex(keyColumn);
        int v = spec.findColumnIndex(valueColumn);
        return rows(t).stream().filter(r -> r.getCell(k).toString().equals(key) && !r.getCell(v).isMissing()).count();
    }

    private static final String FDI_READER = "World Bank Indicator Reader (#1)";
    private static final String PATENT_READER = "World Bank Indicator Reader (#22)";
    private static final String LNY_READER = "US Census ATP Trade Reader (#23)";
    private static final String CHINA_READER = "US Census ATP Trade Reader (#2)";
    private static final String WORLD_READER = "US Census ATP Trade Reader (#3)";

    @Test
    void readersRunOfflineAndReportTheGaps() throws Exception {
        BufferedDataTable fdi = run(FDI_READER);
        assertEquals(15, fdi.size()); // 2004-2018
        assertEquals(15, count(fdi, "Indicator", "BX.KLT.DINV.WD.GD.ZS", "Value"));
        BufferedDataTable patents = run(PATENT_READER);
        assertEquals(14, patents.size()); // 2004-2017
        assertEquals(14, count(patents, "Indicator", "IP.PAT.NRES", "Value"));

        NodeModel china = load(CHINA_READER);
        BufferedDataTable c = NodeModelTestAccess.execute(china, StubExecutionContext.create())[0];
        assertEquals(15 * 11, c.size()); // years x (TOTAL + 10 groups)
        assertEquals(1, count(c, "ATP group", "TOTAL", "Balance (USD)"), "only 2017 is in the snapshot");
        assertTrue(NodeModelTestAccess.warning(china).startsWith("Missing values (not filled)"),
            NodeModelTestAccess.warning(china));

        NodeModel lny = load(LNY_READER);
        BufferedDataTable l = NodeModelTestAccess.execute(lny, StubExecutionContext.create())[0];
        assertEquals(13 * 11, l.size()); // 2004-2016 x (TOTAL + 10 groups)
        assertEquals(0, count(l, "ATP group", "TOTAL", "Balance (USD)"), "2017, the snapshot's only year, is out");
        assertTrue(NodeModelTestAccess.warning(lny).startsWith("Missing values (not filled)"),
            NodeModelTestAccess.warning(lny));

        BufferedDataTable x = run(WORLD_READER);
        assertEquals(15, count(x, "ATP group", "TOTAL", "US exports (USD)"));
    }

    /**
     * Each variable's reader delivers exactly the paper's sample for it (TABLES.md, {@link PaperVariables}): FDIGDP
     * and RATIO 2004–2018, PATENT 2004–2017 (all 14 values offline, from the snapshot), lny 2004–2016; so the
     * Statistics node counts N = 14 for PATENT and the series nodes test each variable on the paper's years.
     */
    @Test
    void readersDeliverThePapersSamplePerVariable() throws Exception {
        int first = PaperVariables.FIRST_YEAR;
        assertEquals(years(first, PaperVariables.LAST_YEAR), years(run(FDI_READER), "Value"), "FDIGDP");
        assertEquals(years(first, PaperVariables.PATENT_LAST_YEAR), years(run(PATENT_READER), "Value"),
            "PATENT: every year of its sample has a value offline");
        assertEquals(years(first, PaperVariables.PATENT_LAST_YEAR), years(run(PATENT_READER), null), "PATENT");
        assertEquals(years(first, PaperVariables.LNY_LAST_YEAR), years(run(LNY_READER), null), "lny");
        assertEquals(years(first, PaperVariables.LAST_YEAR), years(run(CHINA_READER), null), "RATIO (China)");
        assertEquals(years(first, PaperVariables.LAST_YEAR), years(run(WORLD_READER), null), "RATIO (world)");
        // the joiners compare Year by value and type ("STRICT"), so every reader must write the same type
        for (String reader : List.of(PATENT_READER, LNY_READER, CHINA_READER, WORLD_READER)) {
            assertEquals(run(FDI_READER).getDataTableSpec().getColumnSpec("Year").getType(),
                run(reader).getDataTableSpec().getColumnSpec("Year").getType(), reader);
        }
    }

    /** @return {@code first..last} */
    private static Set<Integer> years(final int first, final int last) {
        return IntStream.rangeClosed(first, last).boxed().collect(Collectors.toSet());
    }

    /** @return the years of the table's rows; with {@code valueColumn}, only rows with a value there */
    private static Set<Integer> years(final BufferedDataTable t, final String valueColumn) {
        int y = t.getDataTableSpec().findColumnIndex("Year");
        int v = valueColumn == null ? -1 : t.getDataTableSpec().findColumnIndex(valueColumn);
        return rows(t).stream().filter(r -> v < 0 || !r.getCell(v).isMissing())
            .map(r -> Integer.valueOf(r.getCell(y).toString())).collect(Collectors.toSet());
    }

    /**
     * The standard nodes' settings name columns and values that the readers really write: the row filters' column
     * and pattern, the pivot's group, pivot and value columns, the joiners' selected columns, the columns the Series
     * Transforms read, and the ATP group names the figure plots select; and each full outer join adds the column its
     * Series Transform appends.
     */
    @Test
    void standardNodesNameWhatTheReadersWrite() throws Exception {
        BufferedDataTable china = run(CHINA_READER);
        BufferedDataTable world = run(WORLD_READER);
        for (String[] f : new String[][] {{"Rule-based Row Filter (#4)", CHINA_READER},
            {"Rule-based Row Filter (#5)", WORLD_READER}, {"Rule-based Row Filter (#24)", LNY_READER}}) {
            String[] rules = model(f[0]).getStringArray("rules");
            assertEquals(1, rules.length, f[0]);
            Matcher rule = Pattern.compile("\\$(.+)\\$ = \"(.+)\" => TRUE").matcher(rules[0]);
            assertTrue(rule.matches(), f[0] + ": " + rules[0]);
            assertTrue(values(run(f[1]), rule.group(1)).contains(rule.group(2)), f[0]);
        }
        NodeSettingsRO totals = model("Joiner (#6)");
        assertTrue(columns(china).containsAll(included(totals, "leftColumnSelectionConfig")));
        assertTrue(columns(world).containsAll(included(totals, "rightColumnSelectionConfig")));
        for (String[] f : new String[][] {{"Series Transform (#10)", PATENT_READER},
            {"Series Transform (#11)", FDI_READER}, {"Series Transform (#7)", LNY_READER}}) {
            String column = model(f[0]).getString("column");
            assertTrue(columns(run(f[1])).contains(column), f[0] + " reads " + column);
        }
        // PATENT and FDIGDP are complete offline: their transforms run on the readers' output, every year kept
        for (String[] f : new String[][] {{"Series Transform (#10)", PATENT_READER, "PATENT"},
            {"Series Transform (#11)", FDI_READER, "FDIGDP"}}) {
            BufferedDataTable in = run(f[1]);
            BufferedDataTable out = NodeModelTestAccess.execute(load(f[0]), StubExecutionContext.create(), in)[0];
            assertEquals(in.size(), out.size(), f[0]);
            assertTrue(columns(out).contains(f[2]), f[0]);
        }
        for (String[] j : new String[][] {{"Joiner (#12)", "Series Transform (#8)"}, {"Joiner (#25)",
            "Series Transform (#10)"}, {"Joiner (#26)", "Series Transform (#11)"}}) {
            NodeSettingsRO m = model(j[0]);
            assertTrue(m.getBoolean("includeLeftUnmatchedInOutput") && m.getBoolean("includeRightUnmatchedInOutput")
                && m.getBoolean("mergeJoinColumns"), j[0] + " keeps every year of both sides in one Year column");
            assertEquals(List.of(model(j[1]).getString("new_column")), included(m, "rightColumnSelectionConfig"),
                j[0]);
        }
        NodeSettingsRO p = model("Pivot (#19)");
        String pivot = p.getNodeSettings("pivotColumns").getStringArray("InclList")[0];
        assertTrue(columns(china).contains(p.getNodeSettings("grouByColumns").getStringArray("InclList")[0]));
        assertTrue(columns(china).contains(pivot));
        assertTrue(columns(china).contains(p.getNodeSettings("aggregationColumn").getStringArray("columnNames")[0]));
        for (String plot : List.of("Line Plot (#20)", "Line Plot (#21)")) {
            assertTrue(values(china, pivot).containsAll(included(model(plot), "yCols")), plot);
        }
    }

    // ---- the whole workflow offline: the three standard steps emulated, our nodes run from their settings ----

    /** Rule-based Row Filter as configured: the rows whose "ATP group" is TOTAL. */
    private static BufferedDataTable totals(final BufferedDataTable t) {
        int g = t.getDataTableSpec().findColumnIndex("ATP group");
        return StubExecutionContext.table(t.getDataTableSpec(),
            rows(t).stream().filter(r -> r.getCell(g).toString().equals("TOTAL")).toList());
    }

    /**
     * Joiner as configured (knime-core JoinSpecification): join on Year, the listed columns of each side (right
     * duplicates with {@code suffix}); matches in the left order, then (outer) left and right unmatched rows with
     * the other side missing, the right row's Year merged into the left Year column.
     */
    private static BufferedDataTable join(final BufferedDataTable left, final BufferedDataTable right,
        final NodeSettingsRO joiner) throws Exception {
        List<String> lc = included(joiner, "leftColumnSelectionConfig");
        List<String> rc = included(joiner, "rightColumnSelectionConfig");
        boolean outer = joiner.getBoolean("includeRightUnmatchedInOutput");
        List<DataColumnSpec> cols = new ArrayList<>();
        lc.forEach(c -> cols.add(left.getDataTableSpec().getColumnSpec(c)));
        for (String c : rc) {
            String name = lc.contains(c) ? c + joiner.getString("suffix") : c;
            cols.add(new DataColumnSpecCreator(name, right.getDataTableSpec().getColumnSpec(c).getType()).createSpec());
        }
        DataTableSpec spec = new DataTableSpec(cols.toArray(DataColumnSpec[]::new));
        int ly = left.getDataTableSpec().findColumnIndex("Year");
        int ry = right.getDataTableSpec().findColumnIndex("Year");
        List<DataRow> out = new ArrayList<>();
        Set<String> matchedRight = new HashSet<>();
        List<DataRow> leftOnly = new ArrayList<>();
        for (DataRow l : rows(left)) {
            DataRow match = rows(right).stream().filter(r -> r.getCell(ry).equals(l.getCell(ly))).findFirst()
                .orElse(null);
            if (match == null) {
                leftOnly.add(l);
                continue;
            }
            matchedRight.add(match.getKey().getString());
            out.add(joined(out.size(), l, lc, left, match, rc, right, ly));
        }
        if (outer) {
            for (DataRow l : leftOnly) {
                out.add(joined(out.size(), l, lc, left, null, rc, right, ly));
            }
            for (DataRow r : rows(right)) {
                if (!matchedRight.contains(r.getKey().getString())) {
                    out.add(joined(out.size(), null, lc, left, r, rc, right, ly));
                    DataCell[] cells = out.get(out.size() - 1).stream().toArray(DataCell[]::new);
                    cells[lc.indexOf("Year")] = r.getCell(ry); // merged join column
                    out.set(out.size() - 1, new DefaultRow(RowKey.createRowKey((long)out.size() - 1), cells));
                }
            }
        }
        return StubExecutionContext.table(spec, out);
    }

    private static DataRow joined(final int index, final DataRow l, final List<String> lc,
        final BufferedDataTable left, final DataRow r, final List<String> rc, final BufferedDataTable right,
        final int ly) {
        List<DataCell> cells = new ArrayList<>();
        for (String c : lc) {
            cells.add(l == null ? DataType.getMissingCell() : l.getCell(left.getDataTableSpec().findColumnIndex(c)));
        }
        for (String c : rc) {
            cells.add(r == null ? DataType.getMissingCell() : r.getCell(right.getDataTableSpec().findColumnIndex(c)));
        }
        return new DefaultRow(RowKey.createRowKey((long)index), cells);
    }

    private static List<String> strings(final BufferedDataTable t, final String column) {
        int c = t.getDataTableSpec().findColumnIndex(column);
        return rows(t).stream().map(r -> r.getCell(c).toString()).toList();
    }

    private static double number(final DataRow row, final DataTableSpec spec, final String column) {
        return ((DoubleValue)row.getCell(spec.findColumnIndex(column))).getDoubleValue();
    }

    private static BufferedDataTable[] runOn(final String nodeFolder, final BufferedDataTable... in) throws Exception {
        return NodeModelTestAccess.execute(load(nodeFolder), StubExecutionContext.create(), in);
    }

    /** @return the workflow's table of the paper's variables (output of Joiner #26), computed offline */
    static BufferedDataTable variablesOffline() throws Exception {
        return variables(null);
    }

    /** @param censusFile the workflow variable census_file (null: not set) @return the paper's variables */
    static BufferedDataTable variables(final Path censusFile) throws Exception {
        BufferedDataTable fdi = runOn("Series Transform (#11)", run(FDI_READER))[0];
        BufferedDataTable patent = runOn("Series Transform (#10)", run(PATENT_READER))[0];
        BufferedDataTable lny = runOn("Series Transform (#7)", totals(run(LNY_READER, censusFile)))[0];
        BufferedDataTable exports = join(totals(run(CHINA_READER, censusFile)), totals(run(WORLD_READER,
            censusFile)), model("Joiner (#6)"));
        BufferedDataTable ratio = runOn("Series Transform (#8)", exports)[0];
        BufferedDataTable t = join(lny, ratio, model("Joiner (#12)"));
        t = join(t, patent, model("Joiner (#25)"));
        return join(t, fdi, model("Joiner (#26)"));
    }

    /**
     * Offline the workflow's table holds every year 2004-2018 with PATENT (2004-2017) and FDIGDP complete, RATIO
     * only in 2017 and lny nowhere, as the annotations say; the Order of Integration node then gives the paper's
     * Table II row for PATENT (order 1, tau -3.647, p 0.0049 as printed in the paper, paper-targets.csv) and FDIGDP
     * (order 1), and says why lny and RATIO are not tested; Eq. (2) stops with a message naming lny, and Granger
     * tests the PATENT-FDIGDP pairs and says why the others are not tested.
     */
    @Test
    void offlineTheWorkflowGivesWhatItsAnnotationsPromise() throws Exception {
        BufferedDataTable vars = variablesOffline();
        assertEquals(List.of("Year", "lny", "RATIO", "PATENT", "FDIGDP"),
            List.of(vars.getDataTableSpec().getColumnNames()));
        assertEquals(years(PaperVariables.FIRST_YEAR, PaperVariables.LAST_YEAR), years(vars, null));
        assertEquals(Set.of(), years(vars, "lny"));
        assertEquals(Set.of(2017), years(vars, "RATIO"));
        assertEquals(years(PaperVariables.FIRST_YEAR, PaperVariables.PATENT_LAST_YEAR), years(vars, "PATENT"));
        assertEquals(years(PaperVariables.FIRST_YEAR, PaperVariables.LAST_YEAR), years(vars, "FDIGDP"));

        BufferedDataTable table2 = runOn("Order of Integration (#14)", vars)[0];
        PaperTargets paper = PaperTargets.load();
        assertEquals(List.of("lny", "RATIO", "PATENT", "FDIGDP"), strings(table2, "Series"));
        assertEquals(List.of("Not tested", "Not tested"), strings(table2, "Result").subList(0, 2));
        assertTrue(strings(table2, "Warnings").get(0).contains("No row has a value"), "lny: why not tested");
        assertTrue(strings(table2, "Warnings").get(1).contains("only 1 observation"), "RATIO: why not tested");
        DataRow patent = rows(table2).get(2);
        DataTableSpec spec = table2.getDataTableSpec();
        assertEquals(paper.get("II", "PATENT", "order").value(), number(patent, spec, "Order of integration (d)"),
            0);
        assertEquals(paper.get("II", "PATENT", "tau").value(), number(patent, spec, "ADF statistic"), 0.0005);
        assertEquals(paper.get("II", "PATENT", "p").value(), number(patent, spec, "ADF p-value"), 0.00005);
        assertEquals(paper.get("II", "FDIGDP", "order").value(),
            number(rows(table2).get(3), spec, "Order of integration (d)"), 0);
        // Eq. (2) needs lny in every year it uses: it stops and says so, until live data
        Exception e = assertThrows(IllegalArgumentException.class,
            () -> runOn("Lagged-Dependent Regression (#15)", vars));
        assertTrue(e.getMessage().startsWith("No row has a value in every one of lny"), e.getMessage());
        // Table III: the pairs with lny or RATIO are rows that say why they are not tested; PATENT and FDIGDP are
        BufferedDataTable table3 = runOn("Granger Causality (#16)", vars)[0];
        List<String> decisions = strings(table3, "Decision at alpha");
        List<String> hypotheses = strings(table3, "Null hypothesis");
        assertEquals(12, table3.size(), "4 series, both directions");
        for (int i = 0; i < hypotheses.size(); i++) {
            boolean offlineMissing = hypotheses.get(i).contains("lny") || hypotheses.get(i).contains("RATIO");
            assertEquals(offlineMissing, "Not tested".equals(decisions.get(i)), hypotheses.get(i));
        }
        assertTrue(strings(table3, "Conclusion").get(0).startsWith("No row has a value in every one of lny"));
    }

    /**
     * With the workflow variable census_file pointing at a SYNTHETIC file (formula in SyntheticCensusAtpFile, never
     * Census data), the same workflow computes every variable in every year of its sample, and Table II, Eq. (2)
     * and Table III test every series and pair. Only completeness is asserted: synthetic numbers have no published
     * counterpart.
     */
    @Test
    void withACensusFileTheWorkflowComputesEverything(@org.junit.jupiter.api.io.TempDir final Path dir)
        throws Exception {
        Path f = dir.resolve("synthetic.csv");
        Files.writeString(f, org.tradeecon.knime.engine.datasource.SyntheticCensusAtpFile.text(2004, 2018, true));
        BufferedDataTable vars = variables(f);
        assertEquals(years(PaperVariables.FIRST_YEAR, PaperVariables.LNY_LAST_YEAR), years(vars, "lny"));
        assertEquals(years(PaperVariables.FIRST_YEAR, PaperVariables.LAST_YEAR), years(vars, "RATIO"));
        BufferedDataTable table2 = runOn("Order of Integration (#14)", vars)[0];
        assertFalse(strings(table2, "Result").contains("Not tested"), strings(table2, "Warnings").toString());
        BufferedDataTable eq2 = runOn("Lagged-Dependent Regression (#15)", vars)[0];
        assertTrue(eq2.size() > 0);
        BufferedDataTable table3 = runOn("Granger Causality (#16)", vars)[0];
        assertFalse(strings(table3, "Decision at alpha").contains("Not tested"),
            strings(table3, "Conclusion").toString());
    }
}
