package org.tradeecon.knime.replication;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The paper's published numbers (resource {@code paper-targets.csv}, copied from {@code shared/paper/TABLES.md}).
 * They are what the replication is compared with; they never stand in for a result.
 */
public final class PaperTargets {

    /** Resource with the published numbers. */
    public static final String RESOURCE = "paper-targets.csv";

    /**
     * One published number.
     *
     * @param table the paper's table: "I", "II", "2" (Eq. 2) or "III"
     * @param row row label, e.g. "PATENT" or "RATIO -> lny"
     * @param statistic e.g. "mean", "tau", "p", "F", "coefficient"
     * @param value the printed number
     * @param decimals how many decimals the paper prints
     * @param note remark from TABLES.md, may be empty
     */
    public record Target(String table, String row, String statistic, double value, int decimals, String note) {
    }

    private final Map<String, Target> targets;

    private PaperTargets(final Map<String, Target> targets) {
        this.targets = Collections.unmodifiableMap(targets);
    }

    /**
     * Reads the bundled resource.
     *
     * @return the published numbers
     * @throws IllegalStateException if the resource is missing or malformed (a packaging error)
     */
    public static PaperTargets load() {
        try (InputStream in = PaperTargets.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + RESOURCE + " is missing from the classpath.");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    private static PaperTargets parse(final BufferedReader reader) throws IOException {
        Map<String, Target> map = new LinkedHashMap<>();
        String line;
        int lineNo = 0;
        boolean header = true;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split(",", 6);
            if (f.length < 5) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": expected 6 fields, got " + f.length);
            }
            Target t = new Target(f[0], f[1], f[2], Double.parseDouble(f[3]), Integer.parseInt(f[4]),
                f.length > 5 ? f[5] : "");
            if (map.put(key(t.table(), t.row(), t.statistic()), t) != null) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": duplicate " + line);
            }
        }
        return new PaperTargets(map);
    }

    private static String key(final String table, final String row, final String statistic) {
        return table + "|" + row + "|" + statistic;
    }

    /**
     * @param table the paper's table
     * @param row row label
     * @param statistic statistic name
     * @return the published number, if the paper prints one there
     */
    public Optional<Target> find(final String table, final String row, final String statistic) {
        return Optional.ofNullable(targets.get(key(table, row, statistic)));
    }

    /**
     * @param table the paper's table
     * @param row row label
     * @param statistic statistic name
     * @return the published number
     * @throws IllegalArgumentException if the paper prints no such number
     */
    public Target get(final String table, final String row, final String statistic) {
        return find(table, row, statistic).orElseThrow(() -> new IllegalArgumentException(
            "The paper prints no " + statistic + " for row " + row + " of table " + table + "."));
    }
}
