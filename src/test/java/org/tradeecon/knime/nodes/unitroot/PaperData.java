package org.tradeecon.knime.nodes.unitroot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.tradeecon.knime.nodes.NodeTestSupport.TableBuilder;

/**
 * The paper's series and independent reference values for the unit-root node tests, read from
 * src/test/resources/reference: unitroot/ (statsmodels 0.13.5 values and the series they were computed from, made
 * by make_series.py and statsmodels_reference.py from World Bank WDI IP.PAT.NRES and statsmodels' macrodata) and
 * nodes/ (statsmodels_adf_regression.py).
 */
public final class PaperData {
    static final Path REF = Path.of("src", "test", "resources", "reference");
    /** First year of lnpatent_2004_2017.csv. */
    public static final int FIRST_YEAR = 2004;

    private PaperData() {
    }

    /** @return a series of reference/unitroot/series (one value a line) */
    public static double[] series(final String name) {
        try {
            return Files.readAllLines(REF.resolve("unitroot/series/" + name + ".csv")).stream()
                .filter(s -> !s.isBlank()).mapToDouble(s -> Double.parseDouble(s.strip())).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the rows of a reference CSV (under reference/) whose first cell is {@code key}, as header maps */
    public static List<Map<String, String>> rows(final String file, final String key) {
        try {
            List<String> lines = Files.readAllLines(REF.resolve(file)).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
            String[] header = lines.get(0).split(",", -1);
            List<Map<String, String>> out = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                if (cells[0].equals(key)) {
                    Map<String, String> row = new HashMap<>();
                    for (int i = 0; i < header.length; i++) {
                        row.put(header[i], cells[i]);
                    }
                    out.add(row);
                }
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException("no case " + key + " in " + file);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the one row of {@code file} for {@code key} */
    public static Map<String, String> row(final String file, final String key) {
        return rows(file, key).get(0);
    }

    public static double num(final Map<String, String> row, final String column) {
        return Double.parseDouble(row.get(column));
    }

    /** @return a table "year" (int), "series" (text), "value" (double), one row per value from {@code year0} */
    public static TableBuilder yearly(final int year0, final double[] values) {
        TableBuilder b = new TableBuilder().column("year", IntCell.TYPE).column("series", StringCell.TYPE)
            .column("value", DoubleCell.TYPE);
        for (int i = 0; i < values.length; i++) {
            b.row(year0 + i, "S", Double.isNaN(values[i]) ? null : values[i]);
        }
        return b;
    }
}
