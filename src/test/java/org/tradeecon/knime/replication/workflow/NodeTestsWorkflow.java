package org.tradeecon.knime.replication.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.knime.core.node.InvalidSettingsException;
import org.tradeecon.knime.testsupport.ReferenceCsv;

/**
 * The test workflow {@code workflows/tests/TradeEcon Node Tests/}: the World Bank reader on its bundled snapshot
 * (China's non-resident patent applications and FDI % of GDP), the nodes of this extension on those series, and
 * after each an Expected Results Check whose expected values statsmodels computed from the same snapshot files
 * ({@code src/test/resources/reference/testworkflows/}). Only this extension's nodes are used, so the workflow
 * executes wherever the extension is installed (and in the real-KNIME check, which has no standard nodes).
 *
 * <p>Regenerate: {@code mvn -q test -Dtest=NodeTestsWorkflowTest -Dworkflows.write=true}.
 */
final class NodeTestsWorkflow extends WorkflowBuilder {

    /** Folder name of the workflow (its name in KNIME). */
    static final String NAME = "TradeEcon Node Tests";
    /** Where the test workflows are, beside the replication workflow. */
    static final Path FOLDER = WorkflowLintTest.WORKFLOWS.resolve("tests");
    /** The expected values: check, row, column, expected, tolerance, source (written by expected_values.py). */
    static final String EXPECTED = "/reference/testworkflows/expected_values.csv";

    private static final String NODES = "org.tradeecon.knime.nodes.";
    private static final String CHECK = NODES + "resultcheck.ResultCheckNodeFactory";

    private final Map<String, String> m_expected;

    private NodeTestsWorkflow(final Path projectRoot) throws IOException {
        super(projectRoot);
        m_expected = ReferenceCsv.rows(EXPECTED).stream().collect(Collectors.groupingBy(r -> r.get("check"),
            LinkedHashMap::new, Collectors.mapping(r -> String.join(" | ", r.get("row"), r.get("column"),
                r.get("expected"), r.get("tolerance"), r.get("source")), Collectors.joining("\n", "", "\n"))));
    }

    static KnimeWorkflow build(final Path projectRoot)
        throws IOException, ReflectiveOperationException, InvalidSettingsException {
        return new NodeTestsWorkflow(projectRoot).define();
    }

    private KnimeWorkflow define() throws ReflectiveOperationException, InvalidSettingsException {
        note("Tests of the nodes of this extension. Each analysis node is followed by an Expected Results Check"
            + " whose expected values were computed by statsmodels 0.13.5 from the same data (the World Bank"
            + " snapshot bundled with the extension; script and values in the project's"
            + " src/test/resources/reference/testworkflows). Execute all: every node must end green; a check that"
            + " fails names the value that differs. Run by hand or with KNIME's testing framework.", 20, 20, 900);
        Map<String, Object> patents = new LinkedHashMap<>();
        patents.put("indicators", "IP.PAT.NRES");
        patents.put("first_year", 2004);
        patents.put("last_year", 2017);
        int reader = ours(1, NODES + "worldbank.WorldBankReaderNodeFactory", 40, 160, patents, Map.of(),
            "China: patent applications by non-residents, 2004-2017 (bundled snapshot)");
        int ln = transform(2, 200, 160, "PATENT = ln(Value)", reader, "ln(x / divisor)", "Value", null, 1,
            "PATENT");
        check(3, 200, 300, ln, 1, "transform");

        Map<String, Object> series = new LinkedHashMap<>();
        series.put("columns/included_names", new String[] {"PATENT"});
        series.put("columns/enforce_option", "EnforceInclusion");
        series.put("time_column", "Year");
        int diff = ours(4, NODES + "differencing.DifferencingNodeFactory", 360, 40, series, Map.of(),
            "first difference of PATENT");
        connect(ln, 1, diff, 1);
        check(5, 520, 40, diff, 1, "differencing");

        Map<String, Object> adf = new LinkedHashMap<>(series);
        adf.put("test", "Augmented Dickey-Fuller (ADF)");
        adf.put("deterministic", "Constant");
        adf.put("lag_rule", "Fixed");
        adf.put("lags", 1);
        int unitRoot = ours(6, NODES + "unitroot.UnitRootNodeFactory", 360, 160, adf, Map.of(),
            "ADF, constant, 1 lag");
        connect(ln, 1, unitRoot, 1);
        check(7, 520, 160, unitRoot, 1, "adf");

        Map<String, Object> kpss = new LinkedHashMap<>(series);
        kpss.put("test", "KPSS (stationarity)");
        kpss.put("deterministic", "Constant");
        kpss.put("kpss_bandwidth", "Fixed: KPSS lags (below)");
        kpss.put("kpss_lags", 2);
        int stationarity = ours(8, NODES + "unitroot.UnitRootNodeFactory", 360, 280, kpss, Map.of(),
            "KPSS, constant, 2 lags");
        connect(ln, 1, stationarity, 1);
        check(9, 520, 280, stationarity, 1, "kpss");

        Map<String, Object> order = new LinkedHashMap<>(series);
        order.put("deterministic", "Constant");
        order.put("lag_rule", "Fixed");
        order.put("lags", 0);
        int integration = ours(10, NODES + "integration.IntegrationNodeFactory", 360, 400, order, Map.of(),
            "order of integration, ADF with a constant and 0 lags");
        connect(ln, 1, integration, 1);
        check(11, 520, 400, integration, 1, "integration");

        Map<String, Object> ar = new LinkedHashMap<>();
        ar.put("dependent_column", "D1(PATENT)");
        ar.put("regressors/included_names", new String[] {"PATENT"});
        ar.put("regressors/enforce_option", "EnforceInclusion");
        ar.put("dependent_lags", 1);
        ar.put("time_column", "Year");
        ar.put("missing_values", "Use longest complete stretch");
        int regression = ours(12, NODES + "laggedregression.LaggedRegressionNodeFactory", 680, 40, ar, Map.of(),
            "D1(PATENT) on a constant, D1(PATENT)(-1) and PATENT");
        connect(diff, 1, regression, 1);
        check(13, 840, 40, regression, 1, "regression");

        Map<String, Object> both = new LinkedHashMap<>(patents);
        both.put("indicators", "IP.PAT.NRES, BX.KLT.DINV.WD.GD.ZS");
        int readerBoth = ours(14, NODES + "worldbank.WorldBankReaderNodeFactory", 40, 640, both, Map.of(),
            "China: patent applications and FDI % of GDP, 2004-2017, one indicator per group");
        Map<String, Object> grouped = new LinkedHashMap<>(adf);
        grouped.put("columns/included_names", new String[] {"Value"});
        grouped.put("group_column", "Indicator");
        int byGroup = ours(15, NODES + "unitroot.UnitRootNodeFactory", 360, 640, grouped, Map.of(),
            "ADF, constant, 1 lag, on each indicator (group column)");
        connect(readerBoth, 1, byGroup, 1);
        check(16, 520, 640, byGroup, 1, "adf_grouped");

        Map<String, Object> wide = new LinkedHashMap<>(both);
        wide.put("layout", "Wide: one row per country and year, one column per indicator");
        int readerWide = ours(17, NODES + "worldbank.WorldBankReaderNodeFactory", 40, 760, wide, Map.of(),
            "the same two indicators, one column each (wide layout)");
        int lnWide = transform(18, 200, 760, "PATENT = ln(IP.PAT.NRES)", readerWide, "ln(x / divisor)",
            "IP.PAT.NRES", null, 1, "PATENT");
        Map<String, Object> pair = new LinkedHashMap<>();
        pair.put("columns/included_names", new String[] {"PATENT", "BX.KLT.DINV.WD.GD.ZS"});
        pair.put("columns/enforce_option", "EnforceInclusion");
        pair.put("time_column", "Year");
        pair.put("lag", 2);
        int granger = ours(19, NODES + "granger.GrangerNodeFactory", 360, 760, pair, Map.of(),
            "Granger causality at lag 2, both directions");
        connect(lnWide, 1, granger, 1);
        check(20, 520, 760, granger, 1, "granger");

        Map<String, Object> eg = new LinkedHashMap<>();
        eg.put("dependent_column", "PATENT");
        eg.put("other_series/included_names", new String[] {"BX.KLT.DINV.WD.GD.ZS"});
        eg.put("other_series/enforce_option", "EnforceInclusion");
        eg.put("deterministic", "Constant");
        eg.put("lag_rule", "Fixed");
        eg.put("max_lag_rule", "Number of lags (below)");
        eg.put("lags", 0);
        eg.put("time_column", "Year");
        int coint = ours(21, NODES + "cointegration.CointegrationNodeFactory", 360, 880, eg, Map.of(),
            "Engle-Granger: PATENT on FDI % of GDP, constant, 0 lags");
        connect(lnWide, 1, coint, 1);
        check(22, 520, 880, coint, 2, "engle_granger");

        Map<String, Object> ardl = new LinkedHashMap<>();
        ardl.put("dependent_column", "PATENT");
        ardl.put("regressors/included_names", new String[] {"BX.KLT.DINV.WD.GD.ZS"});
        ardl.put("regressors/enforce_option", "EnforceInclusion");
        ardl.put("pss_case", "III: unrestricted intercept, no trend");
        ardl.put("lag_orders", "Fixed");
        ardl.put("dependent_lags", 1);
        ardl.put("regressor_lags", 1);
        ardl.put("time_column", "Year");
        int bounds = ours(23, NODES + "ardl.ArdlNodeFactory", 360, 1000, ardl, Map.of(),
            "ARDL(1, 1) bounds test, case III: PATENT and FDI % of GDP");
        connect(lnWide, 1, bounds, 1);
        check(24, 520, 1000, bounds, 2, "ardl");

        return new KnimeWorkflow(NAME, "5.1.0", false, "TradeEcon contributors", "2026-12-03 09:00:00 +0000",
            "2026-12-03 09:00:00 +0000", "Tests of the nodes of the Time-Series Econometrics and High-Tech Trade"
                + " extension against values computed by statsmodels from the same data. Every node must execute"
                + " without error.", List.of(), annotations,
            nodes.stream().map(this::listingConnectedPortsOnly).toList(), connections);
    }

    /** An Expected Results Check on output {@code port} of {@code source}, with the expected values of {@code name}. */
    private void check(final int id, final int x, final int y, final int source, final int port, final String name)
        throws ReflectiveOperationException, InvalidSettingsException {
        String expected = m_expected.get(name);
        if (expected == null) {
            throw new IllegalStateException(EXPECTED + " has no check named " + name);
        }
        ours(id, CHECK, x, y, Map.of("expected_values", expected), Map.of(), "expected values: " + name);
        connect(source, port, id, 1);
    }
}
