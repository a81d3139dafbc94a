package org.tradeecon.knime.engine.cointegration;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tradeecon.knime.testsupport.ReferenceCsv;
import org.tradeecon.knime.testsupport.Tolerance;

/**
 * Reads src/test/resources/reference/cointegration (made by the scripts there; see its README.md): the test
 * systems and the numbers statsmodels and R computed on them.
 */
final class CointegrationReference {

    static final Path DIR = Paths.get("src", "test", "resources", "reference", "cointegration");

    private CointegrationReference() {
    }

    /** @return the rows of a reference CSV file */
    static List<Map<String, String>> table(final String file) {
        return ReferenceCsv.rows("/reference/cointegration/" + file);
    }

    /** @return the numeric columns of a system file ("macro", "denmark", "coint3", ...), by name */
    static Map<String, double[]> system(final String name) {
        List<Map<String, String>> rows = table(name + ".csv");
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String column : rows.get(0).keySet()) {
            if (column.equals("ENTRY")) {
                continue;
            }
            double[] v = new double[rows.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = Double.parseDouble(rows.get(i).get(column));
            }
            out.put(column, v);
        }
        return out;
    }

    /** @return the named columns of a system, in the given order */
    static double[][] columns(final String system, final List<String> names) {
        Map<String, double[]> all = system(system);
        double[][] out = new double[names.size()][];
        for (int j = 0; j < out.length; j++) {
            out[j] = all.get(names.get(j));
        }
        return out;
    }

    /** Asserts |actual − expected| ≤ rel·max(|expected|, floor). */
    static void close(final double expected, final double actual, final double rel, final double floor,
        final String what) {
        Tolerance.assertClose(expected, actual, rel, floor, what);
    }
}
