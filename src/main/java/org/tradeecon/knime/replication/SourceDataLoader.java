package org.tradeecon.knime.replication;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.tradeecon.knime.engine.datasource.AtpTradeRow;
import org.tradeecon.knime.engine.datasource.AtpTradeTable;
import org.tradeecon.knime.engine.datasource.CensusAtpClient;
import org.tradeecon.knime.engine.datasource.CensusAtpFile;
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

    /**
     * US ATP trade from a user's Census file (China; the world where the file has it, else the bundled world
     * snapshot); World Bank series from the snapshot.
     *
     * @param file the checked file
     * @return the data, with per-year provenance and the press cross-check
     */
    public static SourceData fromFile(final CensusAtpFile file) {
        return withFile(file, null, null, false);
    }

    /**
     * A user's Census file combined with the live API: the API is asked for the years it holds (from
     * {@value CensusAtpClient#FIRST_API_YEAR} for the public API, all years for another copy of it); where both have
     * a year the API wins unless {@code fileWins}.
     *
     * @param file       the checked file
     * @param censusBase API base
     * @param apiKey     key (null: none)
     * @param fileWins   whether the file's values win where both have a year
     * @return the data
     * @throws DataSourceException on network, HTTP or format errors of the API
     */
    public static SourceData fileAndLive(final CensusAtpFile file, final URI censusBase, final String apiKey,
        final boolean fileWins) throws DataSourceException {
        CensusAtpClient client = new CensusAtpClient(new HttpFetcher(TIMEOUT, null, null), censusBase, apiKey);
        int from = "api.census.gov".equalsIgnoreCase(censusBase.getHost())
            ? Math.max(PaperVariables.FIRST_YEAR, CensusAtpClient.FIRST_API_YEAR) : PaperVariables.FIRST_YEAR;
        AtpTradeTable[] live = {client.fetch(CensusAtpClient.CHINA, from, PaperVariables.LAST_YEAR),
            client.fetch(CensusAtpClient.WORLD, from, PaperVariables.LAST_YEAR)};
        return withFile(file, live, censusBase + " fetched " + LocalDate.now(), fileWins);
    }

    private static SourceData withFile(final CensusAtpFile file, final AtpTradeTable[] live, final String api,
        final boolean fileWins) {
        int first = PaperVariables.FIRST_YEAR;
        int last = PaperVariables.LAST_YEAR;
        String[] partners = {CensusAtpClient.CHINA, CensusAtpClient.WORLD};
        AtpTradeTable[] combined = new AtpTradeTable[2];
        SortedMap<Integer, String> inputs = new TreeMap<>();
        List<String> provenance = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            AtpTradeTable own = file.table(partners[p], first, last);
            AtpTradeTable other = live != null ? live[p]
                : p == 1 ? CensusAtpSnapshot.read(CensusAtpClient.WORLD, first, last) : null;
            String otherName = live != null ? "Census API " + api
                : "bundled snapshot (Census country file row 0007, vintage of early 2022)";
            Set<Integer> fromFirst = new TreeSet<>();
            boolean fileFirst = live == null || fileWins;
            if (other == null) {
                combined[p] = own;
                fromFirst.addAll(file.years(partners[p]));
            } else {
                combined[p] = fileFirst
                    ? AtpTradeTable.combineByYear(own, other, first, last, file.source() + " + " + otherName,
                        fromFirst)
                    : AtpTradeTable.combineByYear(other, own, first, last, file.source() + " + " + otherName,
                        fromFirst);
            }
            for (int y = first; y <= last; y++) {
                boolean fromFile = fileFirst == fromFirst.contains(y) && file.row(partners[p], y,
                    AtpTradeRow.TOTAL) != null;
                String text = fromFile ? file.name() + ": " + file.row(partners[p], y, AtpTradeRow.TOTAL)
                    .provenance() : other != null && hasTotal(other, y) ? otherName : "no source value";
                String label = p == 0 ? "China " : "world ";
                inputs.merge(y, label + text, (a, b) -> a + "; " + b);
            }
            provenance.add("US ATP trade with " + (p == 0 ? "China" : "the world") + ": " + combined[p].source()
                + (live != null ? (fileWins ? " (the file wins where both have a year, --census-file-wins)"
                    : " (the API wins where both have a year)") : "") + ". " + completeness(combined[p]));
        }
        provenance.add("Per-year sources of the US ATP values: " + byYears(inputs, first, last) + ".");
        SourceData d = assemble(true, combined[0], combined[1], provenance);
        return new SourceData(true, d.patentApplications(), d.fdiPctGdp(), d.fdiPctGdpOtherVintage(),
            d.atpExportsWorld(), d.atpExportsChina(), d.atpBalanceChina(), d.atpBalanceChinaByGroup(),
            d.atpGroupNames(), d.provenance(), live == null ? "user Census file " + file.name()
                : "user Census file " + file.name() + " and live Census API", inputs, crossChecks(file));
    }

    /**
     * @return the per-year sources of years {@code from..to}, years with the same source joined into ranges, e.g.
     *         "2004-2009: China f.csv: ... ; 2010-2018: ..."
     */
    static String byYears(final SortedMap<Integer, String> inputs, final int from, final int to) {
        Map<String, List<Integer>> years = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> e : inputs.subMap(from, to + 1).entrySet()) {
            years.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, List<Integer>> e : years.entrySet()) {
            sb.append(sb.length() == 0 ? "" : " | ").append(CompletenessReport.ranges(e.getValue())).append(": ")
                .append(e.getKey());
        }
        return sb.toString();
    }

    private static boolean hasTotal(final AtpTradeTable t, final int year) {
        return t.rows().stream().anyMatch(r -> r.year() == year && r.group().equals(AtpTradeRow.TOTAL)
            && !(Double.isNaN(r.exports()) && Double.isNaN(r.imports())));
    }

    /**
     * The user's China values beside the press figures of the data README (annual values only; partial years,
     * single months and approximate figures are left out). Never inputs.
     */
    static List<String> crossChecks(final CensusAtpFile file) {
        Csv press = Csv.readResource(SourceDataLoader.class, "us_china_atp_press_figures.csv");
        List<String> out = new ArrayList<>();
        for (List<String> r : press.rows()) {
            String note = r.get(press.column("note"));
            int year = Integer.parseInt(r.get(press.column("year")));
            if (note.contains("PARTIAL YEAR") || note.contains("SINGLE MONTH") || note.contains("APPROXIMATE")
                || note.contains("OUTSIDE")) {
                continue;
            }
            String series = r.get(press.column("series"));
            CensusAtpFile.Row row = file.row(CensusAtpClient.CHINA, year, r.get(press.column("group_code")));
            if (row == null) {
                continue;
            }
            double ours = switch (series) {
                case "exports" -> row.exports();
                case "imports" -> row.imports();
                default -> row.exports() - row.imports();
            };
            double theirs = Double.parseDouble(r.get(press.column("value_usd")));
            boolean agrees = Math.abs(ours - theirs) < 0.05e9;
            out.add(String.format(Locale.ROOT, "Your %d %s (ATP group %s) %.1f bn %s the press figure %.1f bn"
                + " (%s; %s)%s.", year, series, row.group(), ours / 1e9, agrees ? "agrees at 0.1 bn with"
                    : "differs by " + String.format(Locale.ROOT, "%+.1f bn", (ours - theirs) / 1e9) + " from",
                theirs / 1e9, r.get(press.column("source")), r.get(press.column("data_vintage")),
                agrees ? "" : "; press figures are rounded and may be of another Census release"));
        }
        return out;
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
