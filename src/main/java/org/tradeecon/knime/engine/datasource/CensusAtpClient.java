package org.tradeecon.knime.engine.datasource;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads US exports and imports of Advanced Technology Products by ATP group from the Census international trade
 * API time series {@code intltrade/exports/hitech} and {@code intltrade/imports/hitech}.
 *
 * <p>Per year Y two requests: {@code <base>exports/hitech?get=CTY_CODE,CTY_NAME,HITECH,HITECH_DESC,ALL_VAL_YR
 * &time=Y-12[&CTY_CODE=<partner>]} and the same with {@code imports/hitech} and {@code GEN_VAL_YR}. The December
 * year-to-date value is the annual total. The documented answer is a JSON array of arrays whose first row names the
 * columns; every value is a string. Group names are the standard Census ATP labels, not HITECH_DESC. HTTP 204 (no content) means no data: those years are reported missing.
 * For the world ({@link #WORLD}) the partner filter is omitted and the total row (CTY_CODE "-" or a CTY_NAME
 * starting with "TOTAL") is kept. A HITECH value outside 01..10 ("-", "00", empty) is the ATP total.
 */
public final class CensusAtpClient {

    /** The public API. */
    public static final URI DEFAULT_BASE = URI.create("https://api.census.gov/data/timeseries/intltrade/");
    /** Partner code for all countries together. */
    public static final String WORLD = "WORLD";
    /** Census country code of China. */
    public static final String CHINA = "5700";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpFetcher fetcher;
    private final URI base;
    private final String apiKey;

    /**
     * @param fetcher HTTP access (timeout, cache)
     * @param base    API base ending in "/", normally {@link #DEFAULT_BASE}
     * @param apiKey  Census API key, or {@code null}/blank (small request volumes work without one)
     */
    public CensusAtpClient(HttpFetcher fetcher, URI base, String apiKey) {
        this.fetcher = fetcher;
        this.base = base;
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    }

    /**
     * Fetches annual US ATP trade with a partner.
     *
     * @param partner  Census country code (4 digits, e.g. {@link #CHINA}) or {@link #WORLD}
     * @param fromYear first year
     * @param toYear   last year
     * @return the grid year × (TOTAL, 01..10) with exports, imports and balance (exports − imports), missing NaN
     * @throws IllegalArgumentException if the partner code is not 4 digits or WORLD, or the years are reversed
     * @throws DataSourceException      on network, HTTP or format errors
     */
    public AtpTradeTable fetch(String partner, int fromYear, int toYear) throws DataSourceException {
        boolean world = WORLD.equals(partner);
        if (!world && (partner == null || !partner.matches("\\d{4}"))) {
            throw new IllegalArgumentException("The Census partner code \"" + partner + "\" is not valid: use a "
                    + "4-digit Census country code (China = 5700) or " + WORLD + ".");
        }
        Requests.checkYears(fromYear, toYear);
        AtpGrid grid = new AtpGrid(partner, world ? "World (all countries)" : partner, fromYear, toYear);
        String[][] flows = {{"exports", "ALL_VAL_YR"}, {"imports", "GEN_VAL_YR"}};
        for (int year = fromYear; year <= toYear; year++) {
            for (int f = 0; f < 2; f++) {
                URI uri = base.resolve(flows[f][0] + "/hitech?get=CTY_CODE,CTY_NAME,HITECH,HITECH_DESC,"
                        + flows[f][1] + "&time=" + year + "-12" + (world ? "" : "&CTY_CODE=" + partner)
                        + (apiKey == null ? "" : "&key=" + URLEncoder.encode(apiKey, StandardCharsets.UTF_8)));
                for (Record r : parse(fetcher.get(uri), flows[f][1], uri.toString())) {
                    if (world ? r.isWorldTotal() : r.country().equals(partner)) {
                        grid.partnerName(world ? null : r.countryName());
                        grid.put(year, r.group(), f, r.value());
                    }
                }
            }
        }
        return grid.build("US Census Bureau international trade API (" + base + "), December year-to-date");
    }

    /**
     * Parses one answer.
     *
     * @param body          the JSON text (empty for HTTP 204)
     * @param valueVariable ALL_VAL_YR or GEN_VAL_YR
     * @param where         URL for messages
     * @return one record per data row
     * @throws DataSourceException if the text is not an array of string arrays with the expected header, or a
     *                             value is not a number
     */
    static List<Record> parse(String body, String valueVariable, String where) throws DataSourceException {
        List<Record> out = new ArrayList<>();
        if (body.isBlank()) {
            return out;
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new DataSourceException("The Census answer for " + where + " is not JSON: " + e.getMessage(), e);
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
        for (String needed : new String[] {"CTY_CODE", "CTY_NAME", "HITECH", valueVariable}) {
            if (!col.containsKey(needed)) {
                throw new DataSourceException("The Census answer for " + where + " has no column " + needed
                        + "; its header is " + header + ".");
            }
        }
        for (int i = 1; i < root.size(); i++) {
            JsonNode row = root.get(i);
            String raw = text(row, col.get(valueVariable));
            double value;
            try {
                value = raw.isEmpty() ? Double.NaN : Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                throw new DataSourceException("The Census answer for " + where + " row " + i + " has " + valueVariable
                        + " = \"" + raw + "\", not a number.", e);
            }
            String hitech = text(row, col.get("HITECH"));
            String group = hitech.matches("0[1-9]|10") ? hitech : AtpTradeRow.TOTAL;
            out.add(new Record(text(row, col.get("CTY_CODE")), text(row, col.get("CTY_NAME")), group, value));
        }
        return out;
    }

    private static String text(JsonNode row, int i) {
        JsonNode n = row.get(i);
        return n == null || n.isNull() ? "" : n.asText().strip();
    }

    /** One data row of an answer. */
    record Record(String country, String countryName, String group, double value) {

        boolean isWorldTotal() {
            return "-".equals(country) || countryName.toUpperCase(java.util.Locale.ROOT).startsWith("TOTAL");
        }
    }
}
