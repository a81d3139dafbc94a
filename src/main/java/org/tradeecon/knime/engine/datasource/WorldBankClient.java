package org.tradeecon.knime.engine.datasource;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads annual indicators from the World Bank Indicators API v2 (JSON) into tidy rows.
 *
 * <p>Request per indicator: {@code <base>country/<c1;c2;...>/indicator/<id>?format=json&date=<from>:<to>
 * &per_page=1000&page=<p>}, all pages. Documented answer: a JSON array {@code [metadata, rows]} where metadata holds
 * {@code page, pages, per_page, total} and each row holds {@code indicator{id,value}, country{id,value},
 * countryiso3code, date, value} (value {@code null} when missing); an error answer is {@code [{"message":
 * [{"id","key","value"}]}]}.
 */
public final class WorldBankClient {

    /** The public API. */
    public static final URI DEFAULT_BASE = URI.create("https://api.worldbank.org/v2/");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE_SIZE = 1000;
    /** Most pages read for one indicator (100,000 rows): far more than any annual request of this reader needs. */
    static final int MAX_PAGES = 100;

    private final HttpFetcher fetcher;
    private final URI base;

    /**
     * @param fetcher HTTP access (timeout, cache)
     * @param base    API base ending in "/", normally {@link #DEFAULT_BASE}
     * @throws IllegalArgumentException if the base does not end in "/" or has a query
     */
    public WorldBankClient(HttpFetcher fetcher, URI base) {
        if (!base.toString().endsWith("/") || base.getRawQuery() != null) {
            throw new IllegalArgumentException("The API base " + base + " must end in \"/\" and have no query.");
        }
        this.fetcher = fetcher;
        this.base = base;
    }

    /**
     * Fetches indicators for countries and a year range.
     *
     * @param indicators indicator codes, e.g. "IP.PAT.NRES"
     * @param countries  ISO alpha-3 or alpha-2 country codes, e.g. "CHN"
     * @param fromYear   first year
     * @param toYear     last year, &gt;= fromYear
     * @return one row per country × year × indicator in range (value NaN when missing) and the missing years
     * @throws IllegalArgumentException if a list is empty, a code is not a code (see {@link Requests}), or the years
     *                                  are reversed
     * @throws DataSourceException      on network, HTTP or format errors, an error message from the API, paging that
     *                                  does not add up, a value that is not a number, or a duplicate year
     */
    public IndicatorTable fetch(List<String> indicators, List<String> countries, int fromYear, int toYear)
            throws DataSourceException {
        Requests.check(indicators, "indicator", fromYear, toYear);
        Requests.check(countries, "country", fromYear, toYear);
        return fetcher.all(() -> fetchChecked(indicators, countries, fromYear, toYear));
    }

    private IndicatorTable fetchChecked(List<String> indicators, List<String> countries, int fromYear, int toYear)
            throws DataSourceException {
        List<String> upper = countries.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
        List<IndicatorObservation> found = new ArrayList<>();
        Map<String, String> aliases = new LinkedHashMap<>();
        for (String indicator : indicators) {
            Page first = null;
            int rows = 0;
            int pages = 1;
            for (int page = 1; page <= pages; page++) {
                URI uri = URI.create(base + "country/" + enc(String.join(";", upper)) + "/indicator/" + enc(indicator)
                        + "?format=json&date=" + fromYear + ":" + toYear + "&per_page=" + PAGE_SIZE + "&page=" + page);
                Page p = fetcher.get(uri, WorldBankClient::parse);
                String where = Secrets.redact(uri);
                checkPage(p, page, first, where);
                if (first == null) {
                    first = p;
                    pages = Math.max(p.pages(), 1);
                }
                rows += p.rows().size();
                found.addAll(p.rows());
                aliases.putAll(p.aliases());
            }
            if (first.total() >= 0 && rows != first.total()) {
                throw new DataSourceException("The World Bank answer for indicator " + indicator + " announced "
                        + first.total() + " rows in " + pages + " pages but held " + rows + "; refused.");
            }
        }
        checkRows(found, fromYear, toYear);
        // The answer names countries by ISO alpha-3; a request may have used the alpha-2 code.
        List<String> requested = new ArrayList<>();
        for (String c : upper) {
            requested.add(aliases.getOrDefault(c, c));
        }
        return tidy(found, indicators, requested, fromYear, toYear, base.toString());
    }

    /**
     * The paging of an answer must be what was asked and agree with itself: page n is page n, the page count is
     * the total divided by the page size (rounded up), at most {@value #MAX_PAGES}, the same on every page, and no
     * page holds more rows than the page size.
     */
    private static void checkPage(Page p, int page, Page first, String where) throws DataSourceException {
        String problem = null;
        if (p.page() != page) {
            problem = "is page " + p.page() + " instead of " + page;
        } else if (p.perPage() <= 0 || p.total() < 0) {
            problem = "has per_page " + p.perPage() + " and total " + p.total();
        } else if (p.pages() != (p.total() + p.perPage() - 1) / p.perPage() && !(p.total() == 0 && p.pages() <= 1)) {
            problem = "claims " + p.pages() + " pages for " + p.total() + " rows of " + p.perPage() + " per page";
        } else if (p.pages() > MAX_PAGES) {
            problem = "claims " + p.pages() + " pages, more than the limit of " + MAX_PAGES + " ("
                    + MAX_PAGES * PAGE_SIZE + " rows); ask for fewer countries or years";
        } else if (first != null && (p.pages() != first.pages() || p.total() != first.total())) {
            problem = "claims " + p.pages() + " pages and " + p.total() + " rows where page 1 claimed "
                    + first.pages() + " and " + first.total();
        } else if (p.rows().size() > p.perPage()) {
            problem = "holds " + p.rows().size() + " rows, more than its per_page " + p.perPage();
        }
        if (problem != null) {
            throw new DataSourceException("The World Bank answer for " + where + " " + problem + "; refused.");
        }
    }

    /** Every row must lie in the requested years, and no (country, indicator, year) may come twice. */
    private static void checkRows(List<IndicatorObservation> found, int fromYear, int toYear)
            throws DataSourceException {
        Map<String, IndicatorObservation> seen = new LinkedHashMap<>();
        for (IndicatorObservation o : found) {
            if (o.year() < fromYear || o.year() > toYear) {
                throw new DataSourceException("The World Bank answer has a row for " + o.country() + " "
                        + o.indicator() + " " + o.year() + ", outside the requested years " + fromYear + "–" + toYear
                        + "; refused.");
            }
            IndicatorObservation before = seen.put(key(o.country(), o.year(), o.indicator()), o);
            if (before != null) {
                throw new DataSourceException("The World Bank answer has two rows for " + o.country() + " "
                        + o.indicator() + " " + o.year() + " (values " + before.value() + " and " + o.value()
                        + "); refused, as it is unclear which is right.");
            }
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("%3B", ";");
    }

    /** @return a metadata field as an int (the API writes some as strings, e.g. "per_page":"1000"), -1 if absent */
    private static int intField(JsonNode meta, String name, String where) throws DataSourceException {
        JsonNode n = meta.get(name);
        if (n == null || n.isNull()) {
            return -1;
        }
        if (n.isIntegralNumber() && n.canConvertToInt() || n.isTextual() && n.asText().matches("\\d{1,9}")) {
            return n.isTextual() ? Integer.parseInt(n.asText()) : n.intValue();
        }
        throw new DataSourceException("The World Bank answer for " + where + " has " + name + " = " + n
                + ", not a whole number.");
    }

    /**
     * Parses one page of an API answer.
     *
     * @param body  the JSON text
     * @param where URL or file name for messages
     * @return the rows and the paging
     * @throws DataSourceException if the text is not the documented format, is an API error message, or a value is
     *                             neither a JSON number nor null
     */
    static Page parse(String body, String where) throws DataSourceException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new DataSourceException("The World Bank answer for " + where + " is not JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isArray() || root.isEmpty() || !root.get(0).isObject()) {
            throw new DataSourceException("The World Bank answer for " + where
                    + " is not the documented [metadata, rows] array.");
        }
        JsonNode meta = root.get(0);
        if (meta.has("message")) {
            List<String> msgs = new ArrayList<>();
            for (JsonNode m : meta.get("message")) {
                msgs.add(m.path("id").asText() + " " + m.path("key").asText() + ": " + m.path("value").asText());
            }
            throw new DataSourceException("The World Bank API rejected " + where + ": " + String.join("; ", msgs)
                    + ". Check the indicator and country codes.");
        }
        int page = intField(meta, "page", where);
        int pages = intField(meta, "pages", where);
        int perPage = intField(meta, "per_page", where);
        int total = intField(meta, "total", where);
        List<IndicatorObservation> rows = new ArrayList<>();
        Map<String, String> aliases = new LinkedHashMap<>();
        JsonNode data = root.size() > 1 ? root.get(1) : null;
        if (data != null && !data.isNull()) {
            if (!data.isArray()) {
                throw new DataSourceException("The World Bank answer for " + where + " has no row array.");
            }
            for (JsonNode r : data) {
                String indicator = r.path("indicator").path("id").asText("");
                String alpha2 = r.path("country").path("id").asText("");
                String country = r.path("countryiso3code").asText("");
                if (country.isEmpty()) {
                    country = alpha2;
                } else if (!alpha2.isEmpty()) {
                    aliases.put(alpha2.toUpperCase(Locale.ROOT), country);
                }
                String date = r.path("date").asText("");
                if (indicator.isEmpty() || country.isEmpty() || !date.matches("\\d{4}")) {
                    throw new DataSourceException("The World Bank answer for " + where + " has a row without"
                            + " indicator, country or annual date: " + r + ". Only annual indicators are supported.");
                }
                JsonNode v = r.get("value");
                double value;
                if (v == null || v.isNull()) {
                    value = Double.NaN;
                } else if (v.isNumber() && Double.isFinite(v.doubleValue())) {
                    value = v.doubleValue();
                } else {
                    throw new DataSourceException("The World Bank answer for " + where + " has the value " + v
                            + " for " + country + " " + indicator + " " + date + ": not a (finite) JSON number or"
                            + " null; refused.");
                }
                rows.add(new IndicatorObservation(country, Integer.parseInt(date), indicator, value));
            }
        }
        if (page < 0 || pages < 0) {
            throw new DataSourceException("The World Bank answer for " + where + " has no page or pages field.");
        }
        return new Page(rows, page, pages, perPage, total, aliases);
    }

    /**
     * Puts observations on the full requested grid (country × year × indicator, in that order of the request),
     * missing where nothing was found, and reports the gaps. Countries are matched case-insensitively.
     */
    static IndicatorTable tidy(List<IndicatorObservation> found, List<String> indicators, List<String> countries,
            int fromYear, int toYear, String source) {
        Map<String, IndicatorObservation> byKey = new LinkedHashMap<>();
        for (IndicatorObservation o : found) {
            byKey.put(key(o.country(), o.year(), o.indicator()), o);
        }
        List<IndicatorObservation> rows = new ArrayList<>();
        List<CompletenessReport.Series> series = new ArrayList<>();
        for (String indicator : indicators) {
            for (String country : countries) {
                TreeSet<Integer> missing = new TreeSet<>();
                String shownCountry = country.toUpperCase(Locale.ROOT);
                for (int y = fromYear; y <= toYear; y++) {
                    IndicatorObservation o = byKey.get(key(country, y, indicator));
                    if (o != null) {
                        shownCountry = o.country();
                    }
                    double v = o == null ? Double.NaN : o.value();
                    if (Double.isNaN(v)) {
                        missing.add(y);
                    }
                    rows.add(new IndicatorObservation(o == null ? country.toUpperCase(Locale.ROOT) : o.country(), y,
                            indicator, v));
                }
                series.add(new CompletenessReport.Series(indicator + " " + shownCountry, missing));
            }
        }
        return new IndicatorTable(rows, new CompletenessReport(fromYear, toYear, series), source);
    }

    private static String key(String country, int year, String indicator) {
        return country.toUpperCase(Locale.ROOT) + "|" + year + "|" + indicator.toUpperCase(Locale.ROOT);
    }

    /** One parsed page with its paging fields; aliases map the answer's alpha-2 country ids to its alpha-3 codes. */
    record Page(List<IndicatorObservation> rows, int page, int pages, int perPage, int total,
            Map<String, String> aliases) {
    }
}
