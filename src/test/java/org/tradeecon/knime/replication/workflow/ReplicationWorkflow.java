package org.tradeecon.knime.replication.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.tradeecon.knime.replication.PaperVariables;
import org.tradeecon.knime.replication.workflow.StandardNodeSettings.JoinMode;

/**
 * The replication workflow ({@code workflows/China-US High-Tech Trade Replication/}), generated from the node
 * models themselves: each of our nodes is instantiated through its factory, its defaults saved, the few settings
 * the paper needs changed, and the result loaded back through the model's validateSettings and
 * loadValidatedSettingsFrom before it is written, so the keys cannot drift from the code.
 *
 * <p>Standard KNIME nodes are used where a user would reach for them (rule-based row filter, joiner, pivot,
 * statistics, line plot), only nodes that exist unchanged and not deprecated in KNIME 4.7 and 5.x and whose node
 * model source was read; the paper's variables are computed by this extension's Series Transform node. KNIME is not on the build path, so their settings are built by
 * {@link StandardNodeSettings} from the keys their NodeModels read (read from KNIME's public source), and
 * {@link WorkflowLintTest} checks the written files against those key lists. Their factory class names, bundles
 * and port counts are listed in {@link #STANDARD}.
 *
 * <p>Regenerate: {@code mvn -q test -Dtest=ReplicationWorkflowTest -Dworkflows.write=true}.
 */
public final class ReplicationWorkflow extends WorkflowBuilder {

    /** Folder name of the workflow (its name in KNIME). */
    public static final String NAME = "China-US High-Tech Trade Replication";
    /** The workflow variable that switches every reader from the bundled snapshot to the live APIs. */
    public static final String LIVE_VARIABLE = "live";
    /**
     * The workflow variable with the path of a user's Census ATP file (empty = not used), bound to the three
     * Census readers' setting {@code census_file}.
     */
    public static final String CENSUS_FILE_VARIABLE = "census_file";

    /** Vendor of every standard node's bundle and feature (the Bundle-Vendor of KNIME's own bundles). */
    static final String KNIME_VENDOR = "KNIME AG, Zurich, Switzerland";

    /**
     * A standard KNIME node: factory, node name, contributing bundle (symbolic name and Bundle-Name) and the
     * feature that installs it (its id and label, as in the bundle's repository), data input and output ports.
     */
    record Standard(String factory, String name, String bundle, String bundleName, String feature,
        String featureName, int in, int out) {

        /**
         * @return the bundle information written for the node: KNIME's values, with the oldest release the workflow
         *         supports (4.7.0) as bundle and feature version (KNIME uses them for its "install missing
         *         extension" prompt only; any installed 4.7 or later version loads the node)
         */
        KnimeWorkflow.Bundle info() {
            return new KnimeWorkflow.Bundle(bundleName, bundle, KNIME_VENDOR, OLDEST_KNIME,
                new KnimeWorkflow.Feature(featureName, feature + ".feature.group", KNIME_VENDOR, OLDEST_KNIME));
        }
    }

    /** The oldest KNIME release the workflow is written for (4.7 LTS). */
    static final String OLDEST_KNIME = "4.7.0";

    /** The standard KNIME nodes the workflow uses. */
    static final Map<String, Standard> STANDARD = new LinkedHashMap<>();

    static {
        // Bundle-Name, feature id and feature label from each bundle's META-INF/MANIFEST.MF and feature.xml in
        // knime/knime-base (org.knime.base, org.knime.features.base), knime/knime-javasnippet (org.knime.jsnippets,
        // org.knime.features.javasnippet), knime/knime-stats and knime/knime-js-base, read at their 4.7.8 tags and
        // at HEAD (5.12); every node here exists, not deprecated, with the same settings in both.
        for (Standard s : List.of(
            new Standard("org.knime.base.node.rules.engine.RuleEngineFilterNodeFactory", "Rule-based Row Filter",
                "org.knime.jsnippets", "KNIME Java Snippet Nodes", "org.knime.features.javasnippet",
                "KNIME Javasnippet", 1, 1),
            new Standard("org.knime.base.node.preproc.joiner3.Joiner3NodeFactory", "Joiner", "org.knime.base",
                "KNIME Base Nodes", "org.knime.features.base", "KNIME Base nodes", 2, 3),
            new Standard("org.knime.base.node.preproc.pivot.Pivot2NodeFactory", "Pivot", "org.knime.base",
                "KNIME Base Nodes", "org.knime.features.base", "KNIME Base nodes", 1, 3),
            new Standard("org.knime.base.node.stats.viz.extended.ExtendedStatisticsNodeFactory", "Statistics",
                "org.knime.stats", "KNIME Statistic Nodes", "org.knime.features.stats", "KNIME Statistics Nodes", 1, 3),
            new Standard("org.knime.js.base.node.viz.plotter.line.LinePlotNodeFactory", "Line Plot",
                "org.knime.js.views", "KNIME JavaScript Base Views", "org.knime.features.js.views",
                "KNIME JavaScript Views", 2, 2))) {
            STANDARD.put(s.name(), s);
        }
    }

    /** Cell class of the readers' value columns (World Bank Value, Census Balance). */
    private static final String DOUBLE_CELL = "org.knime.core.data.def.DoubleCell";

    private ReplicationWorkflow(final Path projectRoot) throws IOException {
        super(projectRoot);
    }

    /**
     * Builds the workflow.
     *
     * @param projectRoot the project folder (for MANIFEST.MF)
     * @return the workflow
     * @throws IOException if MANIFEST.MF cannot be read
     * @throws ReflectiveOperationException if a node factory of ours cannot be instantiated
     * @throws InvalidSettingsException if a node model rejects the settings written for it
     */
    public static KnimeWorkflow build(final Path projectRoot)
        throws IOException, ReflectiveOperationException, InvalidSettingsException {
        return new ReplicationWorkflow(projectRoot).define();
    }

    private KnimeWorkflow define() throws ReflectiveOperationException, InvalidSettingsException {
        String readers = "org.tradeecon.knime.nodes.";
        Map<String, String> live = Map.of("live", LIVE_VARIABLE);
        Map<String, String> censusSources = Map.of("live", LIVE_VARIABLE, "census_file", CENSUS_FILE_VARIABLE);
        note("1. Data. Five readers of this extension, one per sample of the paper: FDI % of GDP 2004-2018,"
            + " patents 2004-2017, the US-China balance 2004-2016 (lny), and US ATP exports to China and to the world"
            + " 2004-2018 (RATIO). They read the bundled offline snapshot; set the workflow variable \"live\" to true to"
            + " read the World Bank and US Census APIs instead. Offline, the US-China ATP series are missing (only 2017"
            + " is in the snapshot), so every result that needs lny or RATIO stays empty or fails. Live, the Census API"
            + " needs a key (a credentials flow variable named in the Census readers) and its series start in 2010:"
            + " for 2004-2009 the readers stop and say where the older tables are published. Third source: set the"
            + " workflow variable \"census_file\" to the full path of a CSV you typed in from the Census ATP tables"
            + " (format and tables to copy: README of the extension, template templates/census-atp-file.csv); the"
            + " three Census readers then read it instead of the snapshot or the API (leave it empty to not use it)."
            + " Missing years are reported, never filled.", 20, 20, 220);
        String wb = readers + "worldbank.WorldBankReaderNodeFactory";
        String census = readers + "census.CensusAtpReaderNodeFactory";
        String patents = "IP.PAT.NRES";
        String fdiShare = "BX.KLT.DINV.WD.GD.ZS";
        int fdiReader = ours(1, wb, 60, 350, years(Map.of("indicators", fdiShare), PaperVariables.LAST_YEAR), live,
            "World Bank: FDI net inflows, % of GDP (" + fdiShare + "), China, 2004-2018");
        int patentReader = ours(22, wb, 60, 470, years(Map.of("indicators", patents),
            PaperVariables.PATENT_LAST_YEAR), live, "World Bank: patent applications by non-residents (" + patents
                + "), China, 2004-2017 (the paper's PATENT sample)");
        int balanceReader = ours(23, census, 60, 590, years(Map.of(), PaperVariables.LNY_LAST_YEAR), censusSources,
            "US Census ATP trade with China (5700), 2004-2016 (the paper's lny sample)");
        int china = ours(2, census, 60, 710, years(Map.of(), PaperVariables.LAST_YEAR), censusSources,
            "US Census ATP trade with China (5700), by ATP group, 2004-2018");
        int world = ours(3, census, 60, 830, years(Map.of("partner", "WORLD"), PaperVariables.LAST_YEAR), censusSources,
            "US Census ATP trade with the world (RATIO denominator), 2004-2018");

        note("2. Yearly totals and the paper's variables (standard KNIME nodes, configured: open one to see or"
            + " change its settings). lny = ln of the deficit in USD 100 million; RATIO = ATP exports to China / ATP"
            + " exports to the world; PATENT = ln(patent applications); FDIGDP = FDI % of GDP, each computed by a"
            + " Series Transform node. The joins on Year are full outer joins: every year of any variable stays, and"
            + " a variable is missing in the years outside its sample (PATENT in 2018, lny in 2017 and 2018), as in the"
            + " paper. Offline, lny and RATIO are missing, while PATENT and FDIGDP keep all their years.",
            250, 20, 900);
        String group = "ATP group";
        String exports = "US exports (USD)";
        String balance = "Balance (USD)";
        String value = "Value";
        int fdi = transform(11, 260, 350, "append FDIGDP = Value", fdiReader, "x / divisor", value, null, 1,
            "FDIGDP");
        int patent = transform(10, 260, 470, "append PATENT = ln(Value)", patentReader, "ln(x / divisor)", value,
            null, 1, "PATENT");
        String filter = "Rule-based Row Filter";
        int balanceTotal = standard(24, filter, 260, 590, "keep rows with ATP group = TOTAL (China, 2004-2016)",
            balanceReader, 1, StandardNodeSettings.ruleFilterEquals(group, "TOTAL"));
        int lny = transform(7, 440, 590, "append lny = ln(-Balance (USD) / 100000000)", balanceTotal,
            "ln(-x / divisor)", balance, null, 1e8, "lny");
        int chinaTotal = standard(4, filter, 260, 710, "keep rows with ATP group = TOTAL (China)", china, 1,
            StandardNodeSettings.ruleFilterEquals(group, "TOTAL"));
        int worldTotal = standard(5, filter, 260, 830, "keep rows with ATP group = TOTAL (world)", world, 1,
            StandardNodeSettings.ruleFilterEquals(group, "TOTAL"));
        int totals = standard(6, "Joiner", 440, 770, "join China and world totals on Year (the world's exports get"
            + " the suffix \" (world)\")", chinaTotal, 1, StandardNodeSettings.joiner("Year", "Year",
                new String[] {"Year", exports}, new String[] {exports}, " (world)", JoinMode.INNER));
        connect(worldTotal, 1, totals, 2);
        int ratio = transform(8, 620, 770, "append RATIO = US exports (USD) / US exports (USD) (world)", totals,
            "x / y", exports, exports + " (world)", 1, "RATIO");
        // full outer joins in the paper's order: every year of any variable stays (offline, where lny and RATIO
        // are missing, PATENT and FDIGDP keep all their years), a variable is missing outside its own sample
        int withRatio = standard(12, "Joiner", 800, 620, "full outer join on Year: Year, lny + RATIO", lny, 1,
            StandardNodeSettings.joiner("Year", "Year", new String[] {"Year", "lny"}, new String[] {"RATIO"},
                " (right)", JoinMode.FULL_OUTER));
        connect(ratio, 1, withRatio, 2);
        int withPatent = standard(25, "Joiner", 890, 480, "full outer join on Year: + PATENT", withRatio, 1,
            StandardNodeSettings.joiner("Year", "Year", new String[] {"Year", "lny", "RATIO"},
                new String[] {"PATENT"}, " (right)", JoinMode.FULL_OUTER));
        connect(patent, 1, withPatent, 2);
        int variables = standard(26, "Joiner", 980, 620, "full outer join on Year: + FDIGDP; the table of Year, lny,"
            + " RATIO, PATENT, FDIGDP", withPatent, 1, StandardNodeSettings.joiner("Year", "Year",
                new String[] {"Year", "lny", "RATIO", "PATENT"}, new String[] {"FDIGDP"}, " (right)",
                JoinMode.FULL_OUTER));
        connect(fdi, 1, variables, 2);

        note("3. The paper's tables, each variable on its own sample. Table I: Statistics (N = row count minus"
            + " missing values). Table II: Order of Integration (ADF with a constant, 0 lags, MacKinnon 1994 p-values),"
            + " each variable over its own years. Eq. (2): Lagged-Dependent Regression of lny on lny(t-1), RATIO,"
            + " PATENT, FDIGDP over the years they all have (2004-2016). Table III: Granger Causality at lag 2, both"
            + " directions, each pair over the years both have (rows with lny are the paper's). Offline: Table II"
            + " gives PATENT and FDIGDP and says why lny and RATIO are not tested; Eq. (2) stops with \"No row has"
            + " a value in every one of lny, ...\" and Table III marks the pairs with lny or RATIO \"Not tested\","
            + " until live data.", 1160, 20, 220);
        String stats = "org.tradeecon.knime.nodes.";
        String[] columns = {"lny", "RATIO", "PATENT", "FDIGDP"};
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("columns/included_names", columns);
        series.put("columns/enforce_option", "EnforceInclusion");
        series.put("time_column", "Year");
        series.put("missing_values", "Use longest complete stretch");
        standard(13, "Statistics", 1180, 350, "Table I: N, mean, sd, min, max of the variables", variables, 1,
            StandardNodeSettings.statistics());
        int integration = ours(14, stats + "integration.IntegrationNodeFactory", 1180, 480, series, Map.of(),
            "Table II: order of integration, ADF with a constant and 0 lags");
        connect(variables, 1, integration, 1);
        Map<String, Object> regression = new LinkedHashMap<>();
        regression.put("dependent_column", "lny");
        regression.put("regressors/included_names", new String[] {"RATIO", "PATENT", "FDIGDP"});
        regression.put("regressors/enforce_option", "EnforceInclusion");
        regression.put("dependent_lags", 1);
        regression.put("time_column", "Year");
        regression.put("missing_values", "Use longest complete stretch");
        int eq2 = ours(15, stats + "laggedregression.LaggedRegressionNodeFactory", 1180, 610, regression, Map.of(),
            "Eq. (2): lny on lny(t-1), RATIO, PATENT, FDIGDP");
        connect(variables, 1, eq2, 1);
        Map<String, Object> granger = new LinkedHashMap<>(series);
        granger.put("lag", 2);
        int g = ours(16, stats + "granger.GrangerNodeFactory", 1180, 740, granger, Map.of(),
            "Table III: Granger causality at lag 2, all pairs, both directions");
        connect(variables, 1, g, 1);

        note("4. Figures. 1: the US-China ATP deficit; 2: RATIO; 3 and 4: ATP groups with a US deficit (04, 03, 09)"
            + " and with a surplus (06, 08, 05, 02), balance by year.", 1390, 20, 220);
        standard(17, "Line Plot", 1400, 480, "Figure 1: x = Year, y = lny", variables, 1,
            StandardNodeSettings.linePlot("Year", new String[] {"lny"}, "Figure 1. US-China ATP trade deficit",
                "lny = ln(deficit, USD 100 million)"));
        standard(18, "Line Plot", 1400, 610, "Figure 2: x = Year, y = RATIO", variables, 1,
            StandardNodeSettings.linePlot("Year", new String[] {"RATIO"},
                "Figure 2. US ATP exports to China / to the world", "RATIO"));
        int groups = standard(19, "Pivot", 260, 950, "groups: Year; pivots: ATP group name; value: Balance (USD)",
            china, 1, StandardNodeSettings.pivot("Year", "ATP group name", balance, DOUBLE_CELL));
        standard(20, "Line Plot", 440, 910, "Figure 3: Information & Communications, Opto-Electronics, Weapons",
            groups, 1, StandardNodeSettings.linePlot("Year", new String[] {"Information & Communications",
                "Opto-Electronics", "Weapons"}, "Figure 3. ATP groups with a US deficit", "Balance (USD)"));
        standard(21, "Line Plot", 440, 1030, "Figure 4: Flexible Manufacturing, Aerospace, Electronics, Life"
            + " Science", groups, 1, StandardNodeSettings.linePlot("Year", new String[] {"Flexible Manufacturing",
                "Aerospace", "Electronics", "Life Science"}, "Figure 4. ATP groups with a US surplus",
                "Balance (USD)"));

        return new KnimeWorkflow(NAME, "5.1.0", false, "TradeEcon contributors", "2026-11-29 23:00:00 +0000",
            "2026-11-29 23:00:00 +0000", "Reproduces the tables and figures of the paper on the China-US high-tech"
                + " (ATP) trade imbalance, 2004-2018, with the nodes of the Time-Series Econometrics and High-Tech"
                + " Trade extension. Offline by default; set the workflow variable \"live\" to true to read the"
                + " World Bank and US Census APIs, or \"census_file\" to the path of your Census ATP file.",
            List.of(new KnimeWorkflow.Variable(LIVE_VARIABLE, "STRING", "false"),
                new KnimeWorkflow.Variable(CENSUS_FILE_VARIABLE, "STRING", "")), annotations,
            nodes.stream().map(this::listingConnectedPortsOnly).toList(), connections);
    }

    /** @return {@code values} plus the year range 2004 to {@code lastYear} (the reader's settings keys) */
    private static Map<String, Object> years(final Map<String, Object> values, final int lastYear) {
        Map<String, Object> out = new LinkedHashMap<>(values);
        out.put("first_year", PaperVariables.FIRST_YEAR);
        out.put("last_year", lastYear);
        return out;
    }

    private int standard(final int id, final String kind, final int x, final int y, final String label,
        final int source, final int sourcePort, final NodeSettings model) {
        Standard s = STANDARD.get(kind);
        nodes.add(new KnimeWorkflow.Node(id, s.name(), s.factory(), s.info(), x, y, model, Map.of(), label, null,
            s.out()));
        connect(source, sourcePort, id, 1);
        return id;
    }

}
