package org.tradeecon.knime.nodes.common;

import java.util.Arrays;
import java.util.List;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * The columns of a regression node, checked against the input spec: one dependent column, the regressors chosen in
 * a column filter (never the dependent, time or group column), and the optional time and group columns.
 *
 * @param dependent the dependent column
 * @param regressors the regressor columns, in table order
 * @param time the time column or null
 * @param group the group column or null
 * @param groupSpec the group column's spec or null
 */
public record RegressionColumns(String dependent, String[] regressors, String time, String group,
    DataColumnSpec groupSpec) {

    /**
     * @throws InvalidSettingsException with a message naming the option to change
     */
    public static RegressionColumns check(final DataTableSpec in, final SettingsModelString dependent,
        final String dependentLabel, final SettingsModelColumnFilter2 regressors, final String regressorsLabel,
        final SettingsModelString time, final SettingsModelString group) throws InvalidSettingsException {
        SpecChecks.requireSpec(in);
        String t = CommonSettings.optionalColumn(time);
        String g = CommonSettings.optionalColumn(group);
        SpecChecks.timeColumn(in, t);
        DataColumnSpec groupSpec = SpecChecks.groupColumn(in, g, t);
        String y = dependent.getStringValue();
        SpecChecks.requiredColumn(in, y, dependentLabel, DoubleValue.class);
        if (y.equals(t) || y.equals(g)) {
            throw new InvalidSettingsException("The column \"" + y + "\" is chosen both as \"" + dependentLabel
                + "\" and as time or group column. Choose another one.");
        }
        String[] x = SpecChecks.chosenColumnsIn(regressorsLabel, in, regressors, t, g, y);
        return new RegressionColumns(y, x, t, g, groupSpec);
    }

    /** @return the dependent column followed by the regressors */
    public String[] all() {
        String[] all = new String[regressors.length + 1];
        all[0] = dependent;
        System.arraycopy(regressors, 0, all, 1, regressors.length);
        return all;
    }

    /**
     * The series of one group ready for an engine, read with {@link #all()} as the table's columns.
     *
     * @param y the dependent series
     * @param x the regressor series
     * @param years the years of the rows (null without a yearly time column)
     * @param start the group row of the first value
     */
    public record Sample(double[] y, double[][] x, long[] years, int start) {
    }

    /**
     * @param warnings receives the missing-value policy's warning, if any
     * @return the rows of {@code g} that the missing-value policy keeps
     * @throws IllegalArgumentException under the FAIL policy, naming the first missing value
     */
    public Sample sample(final SeriesTable.Group g, final MissingValuePolicy policy, final List<String> warnings) {
        String[] names = all();
        double[][] series = new double[names.length][];
        for (int c = 0; c < names.length; c++) {
            series[c] = g.column(c);
        }
        MissingValues.Selection sel = MissingValues.select(policy, g, names, series);
        if (sel.warning() != null) {
            warnings.add(sel.warning());
        }
        double[][] x = new double[regressors.length][];
        for (int m = 0; m < x.length; m++) {
            x[m] = sel.slice(series[m + 1]);
        }
        long[] years = g.years();
        return new Sample(sel.slice(series[0]), x,
            years == null ? null : Arrays.copyOfRange(years, sel.start(), sel.end()), sel.start());
    }
}
