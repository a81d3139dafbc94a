package org.tradeecon.knime.engine.datasource;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads US exports and imports of Advanced Technology Products by ATP group from the Census international trade
 * API time series {@code intltrade/exports/hitech} and {@code intltrade/imports/hitech}.
 *
 * <p>Per year Y two requests: {@code <base>exports/hitech?get=CTY_CODE,CTY_NAME,HITECH,HITECH_DESC,ALL_VAL_YR
 * &time=Y-12[&CTY_CODE=<partner>]&key=<key>} and the same with {@code imports/hitech} and {@code GEN_VAL_YR}. The
 * December year-to-date value is the annual total. The documented answer is a JSON array of arrays whose first row
 * names the columns (the requested variables, then {@code time}, then predicate variables again); every value is a
 * string. Group names are the standard Census ATP labels, not HITECH_DESC. HTTP 204 (no content) means no data:
 * those years are reported missing. For the world ({@link #WORLD}) the partner filter is omitted and the total row
 * (CTY_CODE "-" or a CTY_NAME starting with "TOTAL") is kept. A HITECH value "-", "0", "00" or empty is the ATP
 * total; 01..10 are the groups.
 *
 * <p>Strict: every row has as many cells as the header; its {@code time} is the requested month; a (country,
 * group, month) comes at most once; a value is empty (missing) or a plain non-negative decimal.
 *
 * <p>The public API ({@link #DEFAULT_BASE}) has two rules that are checked before any request: its monthly time
 * series start in January {@value #FIRST_API_YEAR}, and every query needs an API key.
 */
public final class CensusAtpClient {

    /** The public API. */
    public static final URI DEFAULT_BASE = URI.create("https://api.census.gov/data/timeseries/intltrade/");
    /** Partner code for all countries together. */
    public static final String WORLD = "WORLD";
    /** Census country code of China. */
    public static final String CHINA = "5700";
    /** First year of the public API's monthly international-trade time series (January 2010). */
    public static final int FIRST_API_YEAR = 2010;
    /** Where a Census API key is requested (free). */
    public static final String KEY_SIGNUP = "https://api.census.gov/data/key_signup.html";
    /** Where the annual ATP tables by country are published, also for years before the API. */
    public static final String ATP_COUNTRY_PAGES =
            "https://www.census.gov/foreign-trade/statistics/product/atp/select-ctryatp.html";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A plain non-negative decimal: digits, an optional fraction and exponent; no sign, hex, suffix, Inf or NaN. */
    private static final Pattern DECIMAL = Pattern.compile("\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d{1,3})?");

    private final HttpFetcher fetcher;
    private final URI base;
    private final String apiKey;
    private final boolean publicApi;

    /**
     * The rules of the public API apply when {@code base} is on api.census.gov.
     *
     * @param fetcher HTTP access (limits, cache)
     * @param base    API base ending in "/", normally {@link #DEFAULT_BASE}
     * @param apiKey  Census API key, or {@code null}/blank
     */
    public CensusAtpClient(HttpFetcher fetcher, URI base, String apiKey) {
        this(fetcher, base, apiKey, "api.census.gov".equalsIgnoreCase(base.getHost()));
    }

    /**
     * @param publicApi whether the rules of the public API apply (first year {@value #FIRST_API_YEAR}, key needed);
     *                  a copy of the API elsewhere (a mirror or a test server) is taken at its word
     * @throws IllegalArgumentException if the base does not end in "/" or has a query
     */
    public CensusAtpClient(HttpFetcher fetcher, URI base, String apiKey, boolean publicApi) {
        if (!base.toString().endsWith("/") || base.getRawQuery() != null) {
            throw new IllegalArgumentException("The API base " + base + " must end in \"/\" and have no query.");
        }
        this.fetcher = fetcher;
        this.base = base;
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        this.publicApi = publicApi;
    }

    /** @return why years before {@value #FIRST_API_YEAR} cannot be read live, and where they are published */
    public static String coverageNote(int fromYear) {
        return "The Census international trade API's monthly time series start in January " + FIRST_API_YEAR
                + ", so " + fromYear + "–" + (FIRST_API_YEAR - 1) + " cannot be read from it. The Census Bureau"
                + " publishes the annual Advanced Technology Products tables of earlier years on its ATP country"
                + " pages (" + ATP_COUNTRY_PAGES + ") and in exhibit 16 of the monthly FT-900 report (U.S."
                + " International Trade in Goods and Services). Choose " + FIRST_API_YEAR + " or later as the first"
                + " year, or read the bundled snapshot.";
    }

    /**
     * Fetches annual US ATP trade with a partner.
     *
     * @param partner  Census country code (4 digits, e.g. {@link #CHINA}) or {@link #WORLD}
     * @param fromYear first year
     * @param toYear   last year
     * @return the grid year × (TOTAL, 01..10) with exports, imports and balance (exports − imports), missing NaN
     * @throws IllegalArgumentException if the partner code is not 4 digits or WORLD, or the years are reversed
     * @throws DataSourceException      for the public API without a request: a year before {@value #FIRST_API_YEAR}
     *                                  or no key; otherwise on network, HTTP or format errors, a rejected key, or
     *                                  rows that are short, of another month, duplicated or not plain numbers
     */
    public AtpTradeTable fetch(String partner, int fromYear, int toYear) throws DataSourceException {
        boolean world = WORLD.equals(partner);
        if (!world && (partner == null || !partner.matches("\\d{4}"))) {
            throw new IllegalArgumentException("The Census partner code \"" + partner + "\" is not valid: use a "
                    + "4-digit Census country code (China = 5700) or " + WORLD + ".");
        }
        Requests.checkYears(fromYear, toYear);
        if (publicApi && fromYear < FIRST_API_YEAR) {
            throw new DataSourceException(coverageNote(fromYear) + " (No request was sent.)");
        }
        if (publicApi && apiKey == null) {
            throw new DataSourceException("Every query of the Census API needs an API key, and none was given (no"
                    + " request was sent). Request one free at " + KEY_SIGNUP + "; give it to the node as a"
                    + " credentials flow variable or in its encrypted key field, or to the command line in the"
                    + " environment variable CENSUS_API_KEY.");
        }
        return fetcher.all(() -> fetchChecked(partner, world, fromYear, toYear));
    }

    private AtpTradeTable fetchChecked(String partner, boolean world, int fromYear, int toYear)
            throws DataSourceException {
        AtpGrid grid = new AtpGrid(partner, world ? "World (all countries)" : partner, fromYear, toYear);
        String[][] flows = {{"exports", "ALL_VAL_YR"}, {"imports", "GEN_VAL_YR"}};
        for (int year = fromYear; year <= toYear; year++) {
            String period = year + "-12";
            for (int f = 0; f < 2; f++) {
                String variable = flows[f][1];
                URI uri = URI.create(base + flows[f][0] + "/hitech?get=CTY_CODE,CTY_NAME,HITECH,HITECH_DESC,"
                        + variable + "&time=" + period + (world ? "" : "&CTY_CODE=" + partner)
                        + (apiKey == null ? "" : "&key=" + URLEncoder.encode(apiKey, StandardCharsets.UTF_8)));
                List<Record> records;
                try {
                    records = fetcher.get(uri, (body, where) -> parse(body, variable, period, where));
                } catch (DataSourceException e) {
                    throw keyAdvice(e);
                }
                Map<String, Record> kept = new LinkedHashMap<>();
                for (Record r : records) {
                    if (world ? r.isWorldTotal() : r.country().equals(partner)) {
                        Record before = kept.put(r.group(), r);
                        if (before != null) {
                            throw new DataSourceException("The Census answer for " + Secrets.redact(uri) + " has two "
                                    + (world ? "world total" : "partner") + " rows for ATP group " + r.group()
                                    + " (" + before.country() + " " + before.countryName() + " and " + r.country()
                                    + " " + r.countryName() + "); refused, as it is unclear which is right.");
                        }
                        grid.partnerName(world ? null : r.countryName());
                        grid.put(year, r.group(), f, r.value());
                    }
                }
            }
        }
        return grid.build("US Census Bureau international trade API (" + base + "), December year-to-date");
    }

    /** A 401/403, or an answer that is a page about the key, means the key was rejected: say how to get one. */
    private static DataSourceException keyAdvice(DataSourceException e) {
        if (e.httpStatus() == 401 || e.httpStatus() == 403 || e.getMessage().contains("mentions the API key")) {
            return new DataSourceException(e.getMessage() + " The Census API rejected the API key (or needs one)."
                    + " Check it, or request one free at " + KEY_SIGNUP + ".", e.httpStatus());
        }
        return e;
    }

    /**
     * Parses one answer.
     *
     * @param body          the JSON text (empty for HTTP 204)
     * @param valueVariable ALL_VAL_YR or GEN_VAL_YR
     * @param period        the requested month, e.g. "2017-12"
     * @param where         URL for messages
     * @return one record per data row
     * @throws DataSourceException if the text is not an array of string arrays with the expected header, a row is
     *                             short or long, of another month or duplicated, or a value is not a plain
     *                             non-negative decimal
     */
    static List<Record> parse(String body, String valueVariable, String period, String where)
            throws DataSourceException {
        List<Record> out = new ArrayList<>();
        if (body.isBlank()) {
            return out;
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            String start = body.strip().toLowerCase(Locale.ROOT);
            throw new DataSourceException("The Census answer for " + where + " is not JSON"
                    + (start.contains("key") ? " but a page that mentions the API key" : "") + ": "
                    + e.getMessage(), e);
        }
        if (root == null || !root.isArray() || root.isEmpty() || !root.get(0).isArray()) {
            throw new DataSourceException("The Census answer for " + where
                    + " is not the documented array of arrays with a header row.");
        }
        Map<String, Integer> col = new HashMap<>();
        JsonNode header = root.get(0);
        for (int i = 0; i < header.size(); i++) {
            col.putIfAbsent(header.get(i).asText(), i); // a filter variable may appear twice
        }
        for (String needed : new String[] {"CTY_CODE", "CTY_NAME", "HITECH", valueVariable, "time"}) {
            if (!col.containsKey(needed)) {
                throw new DataSourceException("The Census answer for " + where + " has no column " + needed
                        + "; its header is " + header + ".");
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i < root.size(); i++) {
            JsonNode row = root.get(i);
            String at = "The Census answer for " + where + " row " + i;
            if (!row.isArray() || row.size() != header.size()) {
                throw new DataSourceException(at + " has " + (row.isArray() ? row.size() : 0) + " cells where the"
                        + " header has " + header.size() + ": " + row + "; refused.");
            }
            for (JsonNode cell : row) {
                if (!cell.isTextual() && !cell.isNull()) {
                    throw new DataSourceException(at + " has the cell " + cell + ", not a string: " + row + ".");
                }
            }
            String time = text(row, col.get("time"));
            if (!time.equals(period)) {
                throw new DataSourceException(at + " is for time \"" + time + "\", not the requested " + period
                        + ": " + row + "; refused.");
            }
            String raw = text(row, col.get(valueVariable));
            double value = value(raw, at + " has " + valueVariable + " = \"" + raw + "\"");
            String hitech = text(row, col.get("HITECH"));
            String group;
            if (hitech.matches("0[1-9]|10")) {
                group = hitech;
            } else if (hitech.isEmpty() || hitech.equals("-") || hitech.equals("0") || hitech.equals("00")) {
                group = AtpTradeRow.TOTAL;
            } else {
                throw new DataSourceException(at + " has HITECH = \"" + hitech + "\", not an ATP group (01–10) or"
                        + " the total (\"-\"): " + row + ".");
            }
            Record r = new Record(text(row, col.get("CTY_CODE")), text(row, col.get("CTY_NAME")), group, value);
            Integer before = seen.put(r.country() + "|" + group + "|" + time, i);
            if (before != null) {
                throw new DataSourceException("The Census answer for " + where + " has rows " + before + " and " + i
                        + " for the same partner " + r.country() + ", ATP group " + group + " and time " + time
                        + "; refused, as it is unclear which is right.");
            }
            out.add(r);
        }
        return out;
    }

    /**
     * Parses a trade value by the strict rule shared by the Census readers.
     *
     * @param raw  the cell, stripped
     * @param what the start of the error message (where the value is and what it is)
     * @return NaN for an empty cell, else the plain non-negative decimal
     * @throws DataSourceException if the value is negative or not a plain decimal
     */
    static double value(String raw, String what) throws DataSourceException {
        if (raw.isEmpty()) {
            return Double.NaN;
        }
        if (raw.startsWith("-") && DECIMAL.matcher(raw.substring(1)).matches()) {
            throw new DataSourceException(what + ", a negative trade value; refused.");
        }
        double v = DECIMAL.matcher(raw).matches() ? Double.parseDouble(raw) : Double.NaN;
        if (!Double.isFinite(v)) {
            throw new DataSourceException(what + ", not a number in plain decimal notation (digits with an optional"
                    + " fraction and exponent; no sign, hex, suffix, Infinity or NaN, and not beyond the range of"
                    + " double).");
        }
        return v;
    }

    private static String text(JsonNode row, int i) {
        JsonNode n = row.get(i);
        return n == null || n.isNull() ? "" : n.asText().strip();
    }

    /** One data row of an answer. */
    record Record(String country, String countryName, String group, double value) {

        boolean isWorldTotal() {
            return "-".equals(country) || countryName.toUpperCase(Locale.ROOT).startsWith("TOTAL");
        }
    }
}
