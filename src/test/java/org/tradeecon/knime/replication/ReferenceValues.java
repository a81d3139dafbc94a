package org.tradeecon.knime.replication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Reads a reference CSV under src/test/resources/reference/replication: key columns joined by "|" → last column. */
final class ReferenceValues {

    private ReferenceValues() {
    }

    /**
     * @param file file name beside the generating script
     * @return key → value; '#' lines and the header (first non-comment line) are skipped
     */
    static Map<String, Double> load(final String file) {
        Map<String, Double> values = new HashMap<>();
        try (InputStream in = ReferenceValues.class.getResourceAsStream("/reference/replication/" + file)) {
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                int last = line.lastIndexOf(',');
                values.put(line.substring(0, last).replace(',', '|'), Double.parseDouble(line.substring(last + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }
}
