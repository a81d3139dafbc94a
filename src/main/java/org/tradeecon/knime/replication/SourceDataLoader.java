package org.tradeecon.knime.replication;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.tradeecon.knime.engine.datasource.AtpTradeRow;
import org.tradeecon.knime.engine.datasource.AtpTradeTable;
import org.tradeecon.knime.engine.datasource.CensusAtpClient;
import org.tradeecon.knime.engine.datasource.CensusAtpSnapshot;
import org.tradeecon.knime.engine.datasource.CompletenessReport;
import org.tradeecon.knime.engine.datasource.Csv;
import org.tradeecon.knime.engine.datasource.DataSourceException;
import org.tradeecon.knime.engine.datasource.HttpFetcher;
import org.tradeecon.knime.engine.datasource.IndicatorObservation;
import org.tradeecon.knime.engine.datasource.IndicatorTable;
import org.tradeecon.knime.engine.datasource.WorldBankSnapshot;

/**
 * Gets the raw series through {@code engine.datasource}: offline from the bundled snapshots, or with the US ATP
 * series (China and world) fetched live from the Census API. The World Bank series always come from the bundled
 * snapshot, whose WDI release is stated, so that live and offline runs differ only in the Census data.
 */
public final class SourceDataLoader {

    /** Default base URL of the Census international trade API. */
    public static final String CENSUS_BASE_URL = CensusAtpClient.DEFAULT_BASE.toString();
    /** Environment variable with the Census API key (every query of the public API needs one). */
    public static final String CENSUS_KEY_ENV = "CENSUS_API_KEY";
    /** Timeout of each Census request. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final String PATENTS = "IP.PAT.NRES";
    private static final String FDI = "BX.KLT.DINV.WD.GD.ZS";
    private static final String CHINA_ISO = "CHN";

    /** Provenance of the bundled World Bank series (see engine/datasource/README.md). */
    private static final String PATENT_SOURCE = "World Bank WDI via open-numbers/ddf--world_bank--world_development_"
        + "indicators, commit 018e4ae8f741f8fac93bfb57778459d92bfa69cf (bundled snapshot)";
    private static final String FDI_SOURCE = "WDI release republished by open-numbers at commit "
        + "0656517bbd3dfcd9e0d834cb6039de0d64753c61, data through 2018 (bundled snapshot, primary vintage)";
    private static final String FDI_LATER_SOURCE = "WDI release republished by open-numbers at commit "
        + "225166ecd5ee7162ac199de7b7586fd9888a145e, data through 2019 (bundled snapshot, later vintage)";

    private SourceDataLoader() {
    }

    /** @return the offline data: bundled World Bank and Census snapshots */
    public static SourceData offline() {
        AtpTradeTable china = CensusAtpSnapshot.read(CensusAtpClient.CHINA, PaperVariables.FIRST_YEAR,
            PaperVariables.LAST_YEAR);
        AtpTradeTable world = CensusAtpSnapshot.read(CensusAtpClient.WORLD, PaperVariables.FIRST_YEAR,
            PaperVariables.LAST_YEAR);
        List<String> provenance = new ArrayList<>();
        provenance.add("US ATP exports to the world (RATIO denominator): Census country file, row 0007 \"Advanced"
            + " Technology Products\", vintage of early 2022 (copy in nancunjie4560/Data608 at commit"
            + " ea9a0cd13e4beb0c13166eb5acff1fae1031ddee), bundled snapshot. " + completeness(world));
        provenance.add("US-China ATP trade: the bundled snapshot holds only 2017 total exports and balance (press"
            + " figures from Bloomberg/IndustryWeek citing Census data) and 2017 Aerospace exports; the Census series"
            + " for 2004-2016 could not be obtained offline, so lny, RATIO and everything built on them need --live. "
            + completeness(china));
        return assemble(false, china, world, provenance);
    }

    /**
     * Fetches the US ATP series (China and world) from the Census API, with the key of {@value #CENSUS_KEY_ENV};
     * World Bank series from the snapshot.
     *
     * @param censusBase API base ending in "/", normally {@link #CENSUS_BASE_URL}
     * @return the data
     * @throws DataSourceException on network, HTTP or format errors (the message says which request failed, never
     *                             the key); for the public API at once, without a request, because its series
     *                             start in 2010 and the paper's in 2004
     */
    public static SourceData live(final URI censusBase) throws DataSourceException {
        return live(censusBase, System.getenv(CENSUS_KEY_ENV));
    }

    /** As {@link #live(URI)} with the key given (null or blank: none). */
    static SourceData live(final URI censusBase, final String apiKey) throws DataSourceException {
        CensusAtpClient client = new CensusAtpClient(new HttpFetcher(TIMEOUT, null, null), censusBase, apiKey);
        AtpTradeTable china = client.fetch(CensusAtpClient.CHINA, PaperVariables.FIRST_YEAR, PaperVariables.LAST_YEAR);
        AtpTradeTable world = client.fetch(CensusAtpClient.WORLD, PaperVariables.FIRST_YEAR, PaperVariables.LAST_YEAR);
        List<String> provenance = new ArrayList<>();
        provenance.add("US ATP trade with China and with the world: US Census Bureau international trade API ("
            + censusBase + "exports/hitech and imports/hitech, December year-to-date values), fetched "
            + LocalDate.now() + ". " + completeness(china) + " " + completeness(world));
        return assemble(true, china, world, provenance);
    }

    /** Gaps of the ATP totals, the series the paper's variables use (the per-group gaps show in the figures). */
    private static String completeness(final AtpTradeTable t) {
        StringBuilder sb = new StringBuilder();
        for (CompletenessReport.Series s : t.completeness().series()) {
            if (s.name().contains(AtpTradeRow.TOTAL)) {
                sb.append(sb.length() == 0 ? "" : "; ").append(s.name()).append(": ").append(s.missingYears().isEmpty()
                    ? "complete" : "missing " + CompletenessReport.ranges(s.missingYears()));
            }
        }
        return sb.append('.').toString();
    }

    /** Builds the source data from the two ATP tables and the bundled World Bank snapshot. */
    static SourceData assemble(final boolean live, final AtpTradeTable china, final AtpTradeTable world,
        final List<String> atpProvenance) {
        IndicatorTable wb = WorldBankSnapshot.read(List.of(PATENTS, FDI), List.of(CHINA_ISO),
            PaperVariables.FIRST_YEAR, PaperVariables.LAST_YEAR);
        AnnualSeries patents = indicator(wb, PATENTS, "IP.PAT.NRES, China", "count", PATENT_SOURCE);
        AnnualSeries fdi = indicator(wb, FDI, "BX.KLT.DINV.WD.GD.ZS, China", "% of GDP", FDI_SOURCE);
        AnnualSeries fdiLater = laterFdiVintage();
        Map<String, AnnualSeries> byGroup = new LinkedHashMap<>();
        Map<String, String> groupNames = new LinkedHashMap<>();
        for (AtpTradeRow r : china.rows()) {
            if (!r.group().equals(AtpTradeRow.TOTAL)) {
                groupNames.putIfAbsent(r.group(), r.groupName());
                byGroup.putIfAbsent(r.group(), null);
            }
        }
        for (String g : groupNames.keySet()) {
            byGroup.put(g, atp(china, g, "balance", "US-China ATP balance, group " + g));
        }
        List<String> provenance = new ArrayList<>();
        provenance.add("PATENT: World Bank WDI IP.PAT.NRES (patent applications, non-residents), China; "
            + PATENT_SOURCE + ".");
        provenance.add("FDIGDP: World Bank WDI BX.KLT.DINV.WD.GD.ZS (FDI net inflows, % of GDP), China; " + FDI_SOURCE
            + ". For comparison only: " + FDI_LATER_SOURCE + ".");
        provenance.addAll(atpProvenance);
        provenance.add("The paper's published numbers (comparison column only) come from shared/paper/TABLES.md,"
            + " the cleaned tables of the paper.");
        return new SourceData(live, patents, fdi, Optional.of(fdiLater),
            atp(world, AtpTradeRow.TOTAL, "exports", "US ATP exports to the world"),
            atp(china, AtpTradeRow.TOTAL, "exports", "US ATP exports to China"),
            atp(china, AtpTradeRow.TOTAL, "balance", "US-China ATP balance"), byGroup, groupNames, provenance);
    }

    private static AnnualSeries indicator(final IndicatorTable t, final String code, final String name,
        final String unit, final String source) {
        TreeMap<Integer, Double> m = new TreeMap<>();
        for (IndicatorObservation o : t.rows()) {
            if (o.indicator().equals(code) && o.isPresent()) {
                m.put(o.year(), o.value());
            }
        }
        return new AnnualSeries(name, unit, source, m);
    }

    /** The later WDI vintage of FDI % of GDP: a second column of the bundled file, not served by the reader. */
    private static AnnualSeries laterFdiVintage() {
        Csv csv = Csv.readResource(WorldBankSnapshot.class, "china_fdi_pct_gdp.csv");
        int y = csv.column("year");
        int v = csv.column("fdi_net_inflows_pct_gdp_later_vintage");
        TreeMap<Integer, Double> m = new TreeMap<>();
        for (List<String> r : csv.rows()) {
            if (!r.get(v).isEmpty()) {
                m.put(Integer.parseInt(r.get(y)), Double.parseDouble(r.get(v)));
            }
        }
        return new AnnualSeries("BX.KLT.DINV.WD.GD.ZS, China (later vintage)", "% of GDP", FDI_LATER_SOURCE, m);
    }

    private static AnnualSeries atp(final AtpTradeTable t, final String group, final String flow,
        final String name) {
        TreeMap<Integer, Double> m = new TreeMap<>();
        for (AtpTradeRow r : t.rows()) {
            if (r.group().equals(group)) {
                double v = switch (flow) {
                    case "exports" -> r.exports();
                    case "imports" -> r.imports();
                    default -> r.balance();
                };
                if (!Double.isNaN(v)) {
                    m.put(r.year(), v);
                }
            }
        }
        return new AnnualSeries(name, "USD", t.source(), m);
    }
}
