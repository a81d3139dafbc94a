package org.tradeecon.knime.nodes.cointegration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.StubExecutionContext;
import org.tradeecon.knime.engine.cointegration.JohansenCase;
import org.tradeecon.knime.engine.cointegration.JohansenOptions;
import org.tradeecon.knime.nodes.common.SimulationSettings;
import org.tradeecon.knime.testsupport.NodeTestSupport;
import org.tradeecon.knime.testsupport.NodeTestSupport.TableBuilder;
import org.tradeecon.knime.testsupport.ReferenceCsv;
import org.tradeecon.knime.testsupport.Tolerance;

/**
 * The Johansen method of the Cointegration Test node through the KNIME stand-in, on urca's Denmark data (LRM, LRY,
 * LPY, IBO; src/test/resources/reference/cointegration/denmark.csv). Expected numbers, never from our code:
 * <ul>
 * <li>R urca 1.3.3 {@code ca.jo} (reference/johansen/urca_cajo.csv, made by urca_cajo.R): eigenvalues, trace and
 * maximum-eigenvalue statistics, β (normalised on LRM) and α for ecdet "none" (case 3) and "const" (case 2), K = 2
 * (one lagged difference); 1e-8 relative, with an absolute floor of 1e-8 times the column's largest entry for β
 * and α entries near zero (as JohansenReferenceTest). The cointegrating relations of port 2 against urca's β times
 * the data, same tolerance relative to the sum of the absolute terms.</li>
 * <li>statsmodels 0.13.5 VECM {@code select_order} (reference/johansen/statsmodels_select_order.csv, made by
 * statsmodels_johansen.py): the lag order chosen by AIC and BIC with at most 4 lagged differences (exact).</li>
 * </ul>
 * The simulated critical values and p-values are the engine's (checked against statsmodels' asymptotic tables in
 * JohansenSimulationTest); here only their consistency with the table's decisions and variables is checked.
 */
class JohansenNodeModelTest {
    private static final List<String> SERIES = List.of("LRM", "LRY", "LPY", "IBO");
    private static final double REL = 1e-8;
    /** Few replications: the statistics do not depend on them, and the test stays fast. */
    private static final int REPLICATIONS = 999;

    private static BufferedDataTable table(final String file, final List<String> columns) {
        List<Map<String, String>> rows = ReferenceCsv.rows("/reference/cointegration/" + file);
        TableBuilder b = new TableBuilder();
        columns.forEach(c -> b.column(c, DoubleCell.TYPE));
        for (Map<String, String> r : rows) {
            b.row(columns.stream().map(c -> (Object)Double.parseDouble(r.get(c))).toArray());
        }
        return b.table();
    }

    private static NodeSettings settings(final String caseLabel, final JohansenOptions.LagOrder order, final int lags,
        final List<String> series) throws InvalidSettingsException {
        NodeSettings s = NodeModelTestAccess.saveSettings(new CointegrationNodeModel());
        s.addString(CointegrationSettings.CFG_METHOD, "Johansen");
        s.addString(CointegrationSettings.CFG_DEPENDENT, series.get(0));
        NodeTestSupport.includeOnly(s, CointegrationSettings.CFG_OTHERS,
            series.subList(1, series.size()).toArray(String[]::new));
        s.addString("time_column", null);
        s.addString(CointegrationSettings.CFG_JOHANSEN_CASE, caseLabel);
        s.addString(CointegrationSettings.CFG_JOHANSEN_LAG_ORDER, order.name());
        s.addInt(CointegrationSettings.CFG_JOHANSEN_LAGS, lags);
        s.addInt(SimulationSettings.CFG_REPLICATIONS, REPLICATIONS);
        return s;
    }

    private record Run(BufferedDataTable[] out, Map<String, Object> variables, String warning) {
    }

    private static Run run(final NodeSettings s, final BufferedDataTable in) throws Exception {
        CointegrationNodeModel m = new CointegrationNodeModel();
        NodeModelTestAccess.loadSettings(m, s);
        BufferedDataTable[] out = NodeModelTestAccess.execute(m, StubExecutionContext.create(), in);
        return new Run(out, NodeModelTestAccess.flowVariables(m), NodeModelTestAccess.warning(m));
    }

    /** urca's rows of one ecdet with K = 2, by quantity. */
    private static List<Map<String, String>> urca(final String ecdet, final String quantity) {
        return ReferenceCsv.rows("/reference/johansen/urca_cajo.csv").stream()
            .filter(r -> r.get("dataset").equals("denmark") && r.get("ecdet").equals(ecdet) && r.get("K").equals("2")
                && r.get("quantity").equals(quantity))
            .collect(Collectors.toList());
    }

    private static double detail(final BufferedDataTable details, final String quantity, final int relation,
        final String variable) {
        for (DataRow row : details) {
            if (row.getCell(0).toString().equals(quantity) && !row.getCell(1).isMissing()
                && ((IntValue)row.getCell(1)).getIntValue() == relation
                && (variable == null || row.getCell(2).toString().equals(variable))) {
                return ((DoubleValue)row.getCell(3)).getDoubleValue();
            }
        }
        throw new AssertionError("no detail " + quantity + " " + relation + " " + variable);
    }

    private static double largest(final List<Map<String, String>> column) {
        return column.stream().mapToDouble(r -> Math.abs(Double.parseDouble(r.get("value")))).max().orElseThrow();
    }

    /** Checks the statistics, eigenvalues, β and α of one case against ca.jo; returns the number of checks. */
    private static int checkAgainstUrca(final Run run, final String ecdet, final List<String> betaRows) {
        int checked = 0;
        for (String q : List.of("trace", "maxeig")) {
            String column = q.equals("trace") ? "Trace statistic" : "Maximum-eigenvalue statistic";
            for (Map<String, String> r : urca(ecdet, q)) {
                int r0 = Integer.parseInt(r.get("i"));
                Tolerance.assertClose(Double.parseDouble(r.get("value")), NodeTestSupport.value(run.out()[0],
                    "Rank hypothesis", "rank <= " + r0, column), REL, 0, ecdet + " " + q + " r0=" + r0);
                Tolerance.assertClose(Double.parseDouble(r.get("value")), (Double)run.variables().get(
                    "cointegration.r" + r0 + (q.equals("trace") ? ".trace" : ".max_eigenvalue")), REL, 0, q);
                checked += 2;
            }
        }
        for (Map<String, String> r : urca(ecdet, "eigenvalue")) {
            Tolerance.assertClose(Double.parseDouble(r.get("value")), detail(run.out()[1], "Eigenvalue",
                Integer.parseInt(r.get("i")) + 1, null), REL, 0, ecdet + " eigenvalue");
            checked++;
        }
        for (String q : List.of("beta", "alpha")) {
            List<Map<String, String>> all = urca(ecdet, q);
            for (Map<String, String> r : all) {
                int i = Integer.parseInt(r.get("i"));
                int j = Integer.parseInt(r.get("j"));
                List<Map<String, String>> column = all.stream().filter(x -> x.get("j").equals(r.get("j"))).toList();
                double actual = detail(run.out()[1], q.equals("beta") ? "Cointegrating vector" : "Loading", j + 1,
                    q.equals("beta") ? betaRows.get(i) : SERIES.get(i));
                Tolerance.assertClose(Double.parseDouble(r.get("value")), actual, REL, largest(column),
                    ecdet + " " + q + "[" + i + "," + j + "]");
                checked++;
            }
        }
        return checked;
    }

    @Test
    void caseThreeMatchesUrcaCaJo() throws Exception {
        BufferedDataTable in = table("denmark.csv", SERIES);
        Run run = run(settings("3", JohansenOptions.LagOrder.FIXED, 1, SERIES), in);
        // 4 ranks x 2 tests x (table + variable), 4 eigenvalues, 16 beta, 16 alpha
        assertEquals(16 + 4 + 16 + 16, checkAgainstUrca(run, "none", SERIES));
        assertEquals(1, run.variables().get("cointegration.lags"));
        assertEquals(55 - 2, run.variables().get("cointegration.observations"));
        assertEquals(4, run.out()[0].size());
        assertTrue(run.warning() == null || !run.warning().contains("badly sized"), run.warning());

        // the rank and decision follow the table's p-values at 5%
        double alpha = 0.05;
        int rank = 0;
        while (rank < 4 && NodeTestSupport.value(run.out()[0], "Rank hypothesis", "rank <= " + rank,
            "Trace p-value") < alpha) {
            rank++;
        }
        assertEquals(rank, run.variables().get("cointegration.rank"));
        assertEquals(rank == 0 ? "no cointegration" : "cointegration (rank " + rank + ")",
            run.variables().get("cointegration.decision"));
        for (int r0 = 0; r0 < 4; r0++) {
            String h = "rank <= " + r0;
            double p = NodeTestSupport.value(run.out()[0], "Rank hypothesis", h, "Trace p-value");
            assertEquals(p, (Double)run.variables().get("cointegration.r" + r0 + ".trace_p_value"));
            assertTrue(p >= 1.0 / (REPLICATIONS + 1) && p <= 1, h + " p " + p);
            String decision = NodeTestSupport.cell(run.out()[0], "Rank hypothesis", h, "Decision at alpha").toString();
            assertTrue(decision.startsWith("trace test: " + (p < alpha ? "Reject" : "Do not reject")), decision);
            double cv5 = NodeTestSupport.value(run.out()[0], "Rank hypothesis", h, "Trace critical value 5%");
            double cv1 = NodeTestSupport.value(run.out()[0], "Rank hypothesis", h, "Trace critical value 1%");
            assertTrue(cv5 < cv1, h + " critical values increase with the level of confidence");
        }

        // port 2: the input with beta_j' X_t, against urca's beta times the data
        List<Map<String, String>> beta = urca("none", "beta");
        double[][] x = new double[SERIES.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = NodeTestSupport.doubles(in, SERIES.get(i));
        }
        for (int j = 0; j < SERIES.size(); j++) {
            double[] relation = NodeTestSupport.doubles(run.out()[2], "Cointegrating relation " + (j + 1));
            assertEquals(55, relation.length);
            for (int t = 0; t < relation.length; t++) {
                double expected = 0;
                double scale = 0;
                for (Map<String, String> b : beta) {
                    if (Integer.parseInt(b.get("j")) == j) {
                        double term = Double.parseDouble(b.get("value")) * x[Integer.parseInt(b.get("i"))][t];
                        expected += term;
                        scale += Math.abs(term);
                    }
                }
                Tolerance.assertClose(expected, relation[t], REL, scale, "relation " + (j + 1) + " at " + t);
            }
        }
    }

    /** Case 2: β has a fifth row, the restricted constant. */
    @Test
    void caseTwoMatchesUrcaCaJoWithTheRestrictedConstant() throws Exception {
        List<String> rows = new ArrayList<>(SERIES);
        rows.add("constant");
        Run run = run(settings(CointegrationSettings.JOHANSEN_CASES.get(1).label(), JohansenOptions.LagOrder.FIXED, 1,
            SERIES), table("denmark.csv", SERIES));
        assertEquals(16 + 4 + 20 + 16, checkAgainstUrca(run, "const", rows));
    }

    @Test
    void lagOrderByAicAndBicMatchesStatsmodelsSelectOrder() throws Exception {
        for (String criterion : List.of("aic", "bic")) {
            int expected = ReferenceCsv.rows("/reference/johansen/statsmodels_select_order.csv").stream()
                .filter(r -> r.get("dataset").equals("denmark") && r.get("deterministic").equals("n")
                    && r.get("criterion").equals(criterion) && r.get("maxlags").equals("4"))
                .mapToInt(r -> Integer.parseInt(r.get("selected"))).findFirst().orElseThrow();
            Run run = run(settings("3", JohansenOptions.LagOrder.valueOf(criterion.toUpperCase(java.util.Locale.ROOT)),
                4, SERIES), table("denmark.csv", SERIES));
            assertEquals(expected, run.variables().get("cointegration.lags"), criterion);
            assertEquals(expected, (int)NodeTestSupport.value(run.out()[1], "Quantity", "Lagged differences",
                "Value"), criterion);
        }
    }

    /**
     * Two groups holding the same Denmark data: each is tested on its own, the group comes first in every table,
     * both give urca's statistics, and no flow variables are published (the tables are the answer).
     */
    @Test
    void eachGroupIsTestedOnItsOwn() throws Exception {
        List<Map<String, String>> rows = ReferenceCsv.rows("/reference/cointegration/denmark.csv");
        TableBuilder b = new TableBuilder().column("Country", org.knime.core.data.def.StringCell.TYPE);
        SERIES.forEach(c -> b.column(c, DoubleCell.TYPE));
        for (String group : List.of("A", "B")) {
            for (Map<String, String> r : rows) {
                List<Object> cells = new ArrayList<>(List.of(group));
                SERIES.forEach(c -> cells.add(Double.parseDouble(r.get(c))));
                b.row(cells.toArray());
            }
        }
        NodeSettings s = settings("3", JohansenOptions.LagOrder.FIXED, 1, SERIES);
        s.addString(org.tradeecon.knime.nodes.common.CommonSettings.CFG_GROUP_COLUMN, "Country");
        Run run = run(s, b.table());
        assertEquals("Country", run.out()[0].getDataTableSpec().getColumnSpec(0).getName());
        assertEquals(8, run.out()[0].size());
        assertEquals(2 * 55, run.out()[2].size());
        double expected = Double.parseDouble(urca("none", "trace").get(0).get("value"));
        int col = run.out()[0].getDataTableSpec().findColumnIndex("Trace statistic");
        int groups = 0;
        for (DataRow row : run.out()[0]) {
            if (row.getCell(1).toString().equals("rank <= 0")) {
                Tolerance.assertClose(expected, ((DoubleValue)row.getCell(col)).getDoubleValue(), REL, 0,
                    "group " + row.getCell(0));
                groups++;
            }
        }
        assertEquals(2, groups);
        assertFalse(run.variables().containsKey("cointegration.rank"));
    }

    /** short2.csv has 30 rows: with one lagged difference T = 28 < 30, and the node says so. */
    @Test
    void warnsBelowThirtyObservations() throws Exception {
        Run run = run(settings("3", JohansenOptions.LagOrder.FIXED, 1, List.of("y", "x")),
            table("short2.csv", List.of("y", "x")));
        assertTrue(run.warning() != null && run.warning().contains("T = 28") && run.warning().contains("badly sized"),
            run.warning());
    }

    @Test
    void anUnknownCaseIsAClearError() throws Exception {
        NodeSettings s = settings("6", JohansenOptions.LagOrder.FIXED, 1, SERIES);
        CointegrationNodeModel m = new CointegrationNodeModel();
        NodeModelTestAccess.loadSettings(m, s);
        var e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestAccess.configure(m, table("denmark.csv", SERIES).getDataTableSpec()));
        assertTrue(e.getMessage().contains(CointegrationSettings.LABEL_JOHANSEN_CASE), e.getMessage());
        assertEquals(JohansenCase.values().length, CointegrationSettings.JOHANSEN_CASES.size());
    }

    /** A workflow saved before Johansen existed lacks its keys: it loads, and runs Engle-Granger as before. */
    @Test
    void settingsWithoutTheJohansenKeysLoadAsEngleGranger() throws Exception {
        NodeSettings s = settings("3", JohansenOptions.LagOrder.FIXED, 1, SERIES);
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        s.saveToXML(xml);
        List<String> newKeys = List.of(CointegrationSettings.CFG_METHOD, CointegrationSettings.CFG_JOHANSEN_CASE,
            CointegrationSettings.CFG_JOHANSEN_LAG_ORDER, CointegrationSettings.CFG_JOHANSEN_LAGS,
            SimulationSettings.CFG_REPLICATIONS, SimulationSettings.CFG_SEED);
        String old = xml.toString(StandardCharsets.UTF_8);
        for (String k : newKeys) { // the entry and its one-level "_Internals" config (the enabled status)
            old = old.replaceAll("(?s)\\s*<entry key=\"" + k + "\"[^>]*/>", "")
                .replaceAll("(?s)\\s*<config key=\"" + k + "_Internals\">.*?</config>", "")
                .replaceAll("\\s*<config key=\"" + k + "_Internals\"/>", "");
        }
        assertFalse(old.contains("johansen"), old);
        NodeSettingsRO loaded = NodeSettings.loadFromXML(new ByteArrayInputStream(old.getBytes(StandardCharsets.UTF_8)));
        CointegrationNodeModel m = new CointegrationNodeModel();
        NodeModelTestAccess.loadSettings(m, loaded);
        DataTableSpec[] specs = NodeModelTestAccess.configure(m, table("denmark.csv", SERIES).getDataTableSpec());
        assertTrue(specs[0].containsName("Coefficient"), specs[0].toString());
    }

    @Test
    void dialogDisablesTheOtherMethodsOptions() throws Exception {
        NodeDialogPane d = NodeModelTestAccess.createDialog(new CointegrationNodeFactory());
        DataTableSpec spec = table("denmark.csv", SERIES).getDataTableSpec();
        NodeModelTestAccess.loadDialog(d, settings("3", JohansenOptions.LagOrder.FIXED, 1, SERIES),
            new DataTableSpec[]{spec});
        assertTrue(NodeTestSupport.isEnabled(d, CointegrationSettings.LABEL_JOHANSEN_CASE));
        assertTrue(NodeTestSupport.isEnabled(d, CointegrationSettings.LABEL_REPLICATIONS));
        assertFalse(NodeTestSupport.isEnabled(d, "Lag selection"));
        assertFalse(NodeTestSupport.isEnabled(d, CointegrationSettings.LABEL_EACH));
        NodeSettings eg = settings("3", JohansenOptions.LagOrder.FIXED, 1, SERIES);
        eg.addString(CointegrationSettings.CFG_METHOD, "Engle-Granger");
        NodeModelTestAccess.loadDialog(d, eg, new DataTableSpec[]{spec});
        assertFalse(NodeTestSupport.isEnabled(d, CointegrationSettings.LABEL_JOHANSEN_CASE));
        assertFalse(NodeTestSupport.isEnabled(d, SimulationSettings.LABEL_SEED));
        assertTrue(NodeTestSupport.isEnabled(d, "Lag selection"));
    }
}
