package org.tradeecon.knime.testsupport;

import java.util.List;
import java.util.Map;

import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.tradeecon.knime.testsupport.NodeTestSupport.TableBuilder;

/**
 * The paper's series and independent reference values for the unit-root node tests, read from
 * src/test/resources/reference: unitroot/ (statsmodels 0.13.5 values and the series they were computed from, made
 * by make_series.py and statsmodels_reference.py from World Bank WDI IP.PAT.NRES and statsmodels' macrodata) and
 * nodes/ (statsmodels_adf_regression.py).
 */
public final class PaperData {
    /** First year of lnpatent_2004_2017.csv. */
    public static final int FIRST_YEAR = 2004;

    private PaperData() {
    }

    /** @return a series of reference/unitroot/series (one value a line) */
    public static double[] series(final String name) {
        return UnitRootReference.series(name);
    }

    /** @return the rows of a reference CSV (under reference/) whose first cell is {@code key}, as header maps */
    public static List<Map<String, String>> rows(final String file, final String key) {
        return ReferenceCsv.rows("/reference/" + file, key);
    }

    /** @return the one row of {@code file} for {@code key} */
    public static Map<String, String> row(final String file, final String key) {
        return rows(file, key).get(0);
    }

    public static double num(final Map<String, String> row, final String column) {
        return ReferenceCsv.number(row.get(column));
    }

    /**
     * @return a series-test node (Unit Root, Order of Integration) with its defaults but time column "year" and only
     *         "value" tested, loaded as KNIME loads settings, for tables made by {@link #yearly}
     */
    public static <M extends org.knime.core.node.NodeModel> M onYearlyValue(final java.util.function.Supplier<M> node)
        throws org.knime.core.node.InvalidSettingsException {
        org.knime.core.node.NodeSettings s = org.knime.core.node.NodeModelTestAccess.saveSettings(node.get());
        s.addString("time_column", "year");
        NodeTestSupport.includeOnly(s, "columns", "value");
        M m = node.get();
        org.knime.core.node.NodeModelTestAccess.loadSettings(m, s);
        return m;
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
