package org.tradeecon.knime.nodes.common;

import java.util.Arrays;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.util.filter.NameFilterConfiguration.FilterResult;

/** Checks of the input spec against the common settings, for {@code configure}; messages say what to change. */
public final class SpecChecks {
    private SpecChecks() {
    }

    /** @throws InvalidSettingsException if there is no input spec (port not connected) */
    public static DataTableSpec requireSpec(final DataTableSpec spec) throws InvalidSettingsException {
        if (spec == null) {
            throw new InvalidSettingsException("No input table: connect a table to the input port.");
        }
        return spec;
    }

    /**
     * @param exclude columns never analysed as series (the time and group columns), may hold nulls
     * @return the numeric columns chosen in the filter, in table order, without {@code exclude}
     * @throws InvalidSettingsException if a chosen column is gone or none is left
     */
    public static String[] chosenColumns(final DataTableSpec spec, final SettingsModelColumnFilter2 filter,
        final String... exclude) throws InvalidSettingsException {
        return chosenColumnsIn(CommonSettings.LABEL_COLUMNS, spec, filter, exclude);
    }

    /**
     * {@link #chosenColumns} for a column filter shown under another dialog label (e.g. "Regressors").
     *
     * @param label the filter's dialog label, named in the messages
     */
    public static String[] chosenColumnsIn(final String label, final DataTableSpec spec,
        final SettingsModelColumnFilter2 filter, final String... exclude) throws InvalidSettingsException {
        FilterResult r = filter.applyTo(spec);
        if (r.getRemovedFromIncludes().length > 0) {
            throw new InvalidSettingsException("Column(s) " + quoted(r.getRemovedFromIncludes()) + " chosen in \""
                + label + "\" are not numeric columns of the input table. Choose the columns again in the dialog.");
        }
        String[] cols = Arrays.stream(r.getIncludes()).filter(c -> !Arrays.asList(exclude).contains(c))
            .toArray(String[]::new);
        if (cols.length == 0) {
            throw new InvalidSettingsException("No numeric column chosen in \"" + label + "\""
                + (spec.containsCompatibleType(org.knime.core.data.DoubleValue.class) ? ": include at least one."
                    : ": the input table has no numeric column."));
        }
        return cols;
    }

    /**
     * @return the spec of the required column {@code name}
     * @throws InvalidSettingsException if no column is chosen, or it is absent or of none of the {@code allowed}
     *             types
     */
    @SafeVarargs
    public static DataColumnSpec requiredColumn(final DataTableSpec spec, final String name, final String label,
        final Class<? extends DataValue>... allowed) throws InvalidSettingsException {
        if (name == null || name.isBlank()) {
            throw new InvalidSettingsException("No column chosen for \"" + label + "\": choose one in the dialog.");
        }
        if (!spec.containsName(name)) {
            throw new InvalidSettingsException("The column \"" + name + "\" chosen for \"" + label + "\" is not in the"
                + " input table. Choose another column.");
        }
        return optionalColumn(spec, name, label, allowed);
    }

    /**
     * @return the spec of the optional column {@code name} (null if {@code name} is null)
     * @throws InvalidSettingsException if the column is absent or of none of the {@code allowed} types
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public static DataColumnSpec optionalColumn(final DataTableSpec spec, final String name, final String label,
        final Class<? extends DataValue>... allowed) throws InvalidSettingsException {
        if (name == null) {
            return null;
        }
        DataColumnSpec col = spec.getColumnSpec(name);
        if (col == null) {
            throw new InvalidSettingsException("The " + label.toLowerCase() + " \"" + name + "\" is not in the input "
                + "table. Choose another column (or none) for \"" + label + "\".");
        }
        if (allowed.length > 0 && Arrays.stream(allowed).noneMatch(a -> col.getType().isCompatible(a))) {
            throw new InvalidSettingsException("The " + label.toLowerCase() + " \"" + name + "\" has type "
                + col.getType() + "; \"" + label + "\" needs one of: "
                + String.join(", ", Arrays.stream(allowed).map(Class::getSimpleName).toList()) + ".");
        }
        return col;
    }

    /** @return the time column's spec (integer, date, date-time or text), null if none chosen */
    public static DataColumnSpec timeColumn(final DataTableSpec spec, final String name)
        throws InvalidSettingsException {
        return optionalColumn(spec, name, CommonSettings.LABEL_TIME, CommonSettings.TIME_TYPES);
    }

    /** @return the group column's spec, null if none chosen */
    public static DataColumnSpec groupColumn(final DataTableSpec spec, final String name, final String timeColumn)
        throws InvalidSettingsException {
        DataColumnSpec col = optionalColumn(spec, name, CommonSettings.LABEL_GROUP);
        if (col != null && name.equals(timeColumn)) {
            throw new InvalidSettingsException("\"" + CommonSettings.LABEL_GROUP + "\" and \"" + CommonSettings.LABEL_TIME
                + "\" are the same column \"" + name + "\". Choose different columns.");
        }
        return col;
    }

    static String quoted(final String[] names) {
        return String.join(", ", Arrays.stream(names).map(n -> "\"" + n + "\"").toList());
    }
}
