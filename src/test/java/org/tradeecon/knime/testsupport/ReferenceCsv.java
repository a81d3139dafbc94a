package org.tradeecon.knime.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one reader of the reference CSV files under src/test/resources/reference (made by the scripts beside them
 * from statsmodels, R and gretl; never by this project's code): a header line, then rows; lines starting with '#'
 * and blank lines are skipped; double quotes protect commas (a doubled quote is a quote); "nan" is NaN.
 */
public final class ReferenceCsv {

    private ReferenceCsv() {
    }

    /** @return the lines of a classpath resource, e.g. "/reference/regression/macrodata.csv" */
    public static List<String> lines(final String resource) {
        try (InputStream in = ReferenceCsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("Missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits one CSV line (double quotes protect commas). */
    public static List<String> split(final String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == ',' && !quoted) {
                cells.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        cells.add(cur.toString());
        return cells;
    }

    /** @return the rows as maps from header name to cell (a missing trailing cell reads as "") */
    public static List<Map<String, String>> rows(final String resource) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> header = null;
        for (String line : lines(resource)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            List<String> cells = split(line);
            if (header == null) {
                header = cells;
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    /** @return the rows whose first column reads {@code key}; at least one */
    public static List<Map<String, String>> rows(final String resource, final String key) {
        List<Map<String, String>> out = rows(resource).stream()
            .filter(r -> r.values().iterator().next().equals(key)).toList();
        if (out.isEmpty()) {
            throw new IllegalArgumentException("No case " + key + " in " + resource);
        }
        return out;
    }

    /** @return a cell as a number ("nan" is NaN) */
    public static double number(final String cell) {
        return Double.parseDouble(cell.strip().replace("nan", "NaN"));
    }

    /** @return one array per named column, in the order asked */
    public static double[][] columns(final String resource, final String... columns) {
        List<Map<String, String>> rows = rows(resource);
        double[][] out = new double[columns.length][rows.size()];
        for (int c = 0; c < columns.length; c++) {
            if (rows.isEmpty() || !rows.get(0).containsKey(columns[c])) {
                throw new IllegalArgumentException("No column " + columns[c] + " in " + resource);
            }
            for (int i = 0; i < rows.size(); i++) {
                out[c][i] = number(rows.get(i).get(columns[c]));
            }
        }
        return out;
    }

    /** @return a file of one number a line, without header */
    public static double[] series(final String resource) {
        return lines(resource).stream().filter(s -> !s.isBlank()).mapToDouble(ReferenceCsv::number).toArray();
    }

    /** @return the key columns (all but the last) joined by "|" → the last column as a number */
    public static Map<String, Double> keyed(final String resource) {
        Map<String, Double> values = new HashMap<>();
        for (Map<String, String> row : rows(resource)) {
            List<String> cells = new ArrayList<>(row.values());
            values.put(String.join("|", cells.subList(0, cells.size() - 1)), number(cells.get(cells.size() - 1)));
        }
        return values;
    }
}
