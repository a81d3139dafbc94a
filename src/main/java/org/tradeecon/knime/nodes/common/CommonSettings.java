package org.tradeecon.knime.nodes.common;

import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.time.localdate.LocalDateValue;
import org.knime.core.data.time.localdatetime.LocalDateTimeValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnFilter2;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * Settings shared by the time-series nodes: keys (the names in settings.xml, also the flow-variable names),
 * dialog labels (also the option names in the node descriptions) and one factory method per setting, used by
 * both the NodeModel and the dialog. Every setting is a SettingsModel, so each can be driven by a flow variable.
 */
public final class CommonSettings {
    /** Numeric columns to analyse. */
    public static final String CFG_COLUMNS = "columns";
    /** Optional time column; null or empty = row order is time order. */
    public static final String CFG_TIME_COLUMN = "time_column";
    /**
     * The time column's default: not chosen yet, so the node takes the input's time column (see
     * {@link SeriesColumnSettings#chooseTimeColumn}). Null, which the dialog stores for "&lt;none&gt;", means the user
     * chose no time column.
     */
    public static final String TIME_NOT_CHOSEN = "";
    /** Optional group column; null or empty = one group. */
    public static final String CFG_GROUP_COLUMN = "group_column";
    /** Missing-value policy, see {@link MissingValuePolicy}. */
    public static final String CFG_MISSING_VALUES = "missing_values";

    public static final String LABEL_COLUMNS = "Columns";
    public static final String LABEL_TIME = "Time column";
    public static final String LABEL_GROUP = "Group column";
    public static final String LABEL_MISSING = "Missing values";

    /** Value types accepted for the time column: integer year, or date / date-time (as such or as text). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static final Class<? extends DataValue>[] TIME_TYPES = new Class[]{IntValue.class,
        LongValue.class, StringValue.class, LocalDateValue.class, LocalDateTimeValue.class};

    private CommonSettings() {
    }

    public static SettingsModelColumnFilter2 createColumnsModel() {
        return new SettingsModelColumnFilter2(CFG_COLUMNS, DoubleValue.class);
    }

    public static SettingsModelString createTimeColumnModel() {
        return new SettingsModelString(CFG_TIME_COLUMN, TIME_NOT_CHOSEN);
    }

    public static SettingsModelString createGroupColumnModel() {
        return new SettingsModelString(CFG_GROUP_COLUMN, null);
    }

    public static SettingsModelString createMissingValuesModel(final MissingValuePolicy defaultPolicy) {
        return new SettingsModelString(CFG_MISSING_VALUES, defaultPolicy.label());
    }

    /** Adds the column filter for the analysed columns (input port 0). */
    public static void addColumnsComponent(final SettingsPane pane) {
        pane.createNewGroup(LABEL_COLUMNS);
        pane.addDialogComponent(new DialogComponentColumnFilter2(createColumnsModel(), 0));
        pane.closeCurrentGroup();
    }

    /** Adds the time column, group column and missing-value components. */
    public static void addSeriesComponents(final SettingsPane pane, final MissingValuePolicy defaultPolicy,
        final MissingValuePolicy... offered) {
        SettingsModelString time = createTimeColumnModel();
        pane.addTimeColumn(time);
        pane.addDialogComponent(new DialogComponentColumnNameSelection(time, LABEL_TIME, 0, false, true, TIME_TYPES));
        pane.addDialogComponent(new DialogComponentColumnNameSelection(createGroupColumnModel(), LABEL_GROUP, 0,
            false, true, DataValue.class));
        pane.addDialogComponent(new DialogComponentStringSelection(createMissingValuesModel(defaultPolicy),
            LABEL_MISSING, MissingValuePolicy.labels(offered)));
    }

    /**
     * Adds the time column alone (for nodes without group and missing-value settings); the dialog opens with the
     * column configure would take, as with {@link #addSeriesComponents}.
     */
    public static void addTimeComponent(final SettingsPane pane) {
        SettingsModelString time = createTimeColumnModel();
        pane.addTimeColumn(time);
        pane.addDialogComponent(new DialogComponentColumnNameSelection(time, LABEL_TIME, 0, false, true, TIME_TYPES));
    }

    /** @return the column name, or null for "none" (null or blank) */
    public static String optionalColumn(final SettingsModelString model) {
        String v = model.getStringValue();
        return v == null || v.isBlank() ? null : v;
    }

    /**
     * Validates one model against {@code settings}, prefixing a failure with the option's dialog label so the user
     * knows what to change.
     */
    public static void validate(final SettingsModel model, final String label, final NodeSettingsRO settings)
        throws InvalidSettingsException {
        try {
            model.validateSettings(settings);
        } catch (InvalidSettingsException e) {
            throw new InvalidSettingsException("Option \"" + label + "\": " + e.getMessage(), e);
        }
    }
}
