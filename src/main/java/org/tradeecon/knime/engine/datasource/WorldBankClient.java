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

    private final HttpFetcher fetcher;
    private final URI base;

    /**
     * @param fetcher HTTP access (timeout, cache)
     * @param base    API base ending in "/", normally {@link #DEFAULT_BASE}
     */
    public WorldBankClient(HttpFetcher fetcher, URI base) {
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
     * @throws IllegalArgumentException if a list is empty, a code is blank or has characters other than letters,
     *                                  digits, dots and underscores, or the years are reversed
     * @throws DataSourceException      on network, HTTP or format errors, or an error message from the API
     */
    public IndicatorTable fetch(List<String> indicators, List<String> countries, int fromYear, int toYear)
            throws DataSourceException {
        Requests.check(indicators, "indicator", fromYear, toYear);
        Requests.check(countries, "country", fromYear, toYear);
        List<String> upper = countries.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
        List<IndicatorObservation> found = new ArrayList<>();
        Map<String, String> aliases = new LinkedHashMap<>();
        for (String indicator : indicators) {
            int pages = 1;
            for (int page = 1; page <= pages; page++) {
                URI uri = base.resolve("country/" + enc(String.join(";", upper)) + "/indicator/" + enc(indicator)
                        + "?format=json&date=" + fromYear + ":" + toYear + "&per_page=" + PAGE_SIZE + "&page=" + page);
                Page p = parse(fetcher.get(uri), uri.toString());
                pages = p.pages();
                found.addAll(p.rows());
                aliases.putAll(p.aliases());
            }
        }
        // The answer names countries by ISO alpha-3; a request may have used the alpha-2 code.
        List<String> requested = new ArrayList<>();
        for (String c : upper) {
            requested.add(aliases.getOrDefault(c, c));
        }
        return tidy(found, indicators, requested, fromYear, toYear, base.toString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("%3B", ";");
    }

    /**
     * Parses one page of an API answer.
     *
     * @param body  the JSON text
     * @param where URL or file name for messages
     * @return the rows and the page count
     * @throws DataSourceException if the text is not the documented format or is an API error message
     */
    static Page parse(String body, String where) throws DataSourceException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new DataSourceException("The World Bank answer for " + where + " is not JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isArray() || root.isEmpty()) {
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
        int pages = meta.path("pages").asInt(1);
        List<IndicatorObservation> rows = new ArrayList<>();
        Map<String, String> aliases = new LinkedHashMap<>();
        JsonNode data = root.size() > 1 ? root.get(1) : null;
        if (data != null && !data.isNull()) {
            if (!data.isArray()) {
                throw new DataSourceException("The World Bank answer for " + where + " has no row array.");
            }
            for (JsonNode r : data) {
                String indicator = r.path("indicator").path("id").asText(null);
                String alpha2 = r.path("country").path("id").asText("");
                String country = r.path("countryiso3code").asText("");
                if (country.isEmpty()) {
                    country = alpha2;
                } else if (!alpha2.isEmpty()) {
                    aliases.put(alpha2.toUpperCase(Locale.ROOT), country);
                }
                String date = r.path("date").asText("");
                if (indicator == null || country.isEmpty() || !date.matches("\\d{4}")) {
                    throw new DataSourceException("The World Bank answer for " + where + " has a row without"
                            + " indicator, country or annual date: " + r + ". Only annual indicators are supported.");
                }
                JsonNode v = r.get("value");
                double value = v == null || v.isNull() ? Double.NaN : v.asDouble();
                rows.add(new IndicatorObservation(country, Integer.parseInt(date), indicator, value));
            }
        }
        return new Page(rows, Math.max(pages, 1), aliases);
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

    /** One parsed page; aliases map the answer's alpha-2 country ids to its alpha-3 codes. */
    record Page(List<IndicatorObservation> rows, int pages, Map<String, String> aliases) {
    }
}
