package org.tradeecon.knime.nodes.common;

import java.util.Locale;
import java.util.Set;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.time.localdate.LocalDateValue;
import org.knime.core.data.time.localdatetime.LocalDateTimeValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * The time column, group column and missing-value settings that every node reading series has, with the
 * missing-value policies the node offers. Registered in the node's {@link NodeSettingsSet} where it is created, so
 * the node keeps its own settings order.
 */
public final class SeriesColumnSettings {
    private final SettingsModelString m_time;
    private final SettingsModelString m_group;
    private final SettingsModelString m_missing;
    private final MissingValuePolicy[] m_offered;

    /**
     * @param defaultMissing the default missing-value policy
     * @param offered the policies the node accepts (the dialog offers the same)
     */
    public SeriesColumnSettings(final NodeSettingsSet settings, final MissingValuePolicy defaultMissing,
        final MissingValuePolicy... offered) {
        m_time = settings.add(CommonSettings.createTimeColumnModel(), CommonSettings.LABEL_TIME);
        m_group = settings.add(CommonSettings.createGroupColumnModel(), CommonSettings.LABEL_GROUP);
        m_missing = settings.add(CommonSettings.createMissingValuesModel(defaultMissing), CommonSettings.LABEL_MISSING);
        m_offered = offered.clone();
        settings.addCheck(this::validate);
    }

    /** @return the time column model (its value may be blank: no time column) */
    public SettingsModelString timeModel() {
        return m_time;
    }

    /** @return the group column model (its value may be blank: no grouping) */
    public SettingsModelString groupModel() {
        return m_group;
    }

    /**
     * Before the user has chosen a time column (the setting still holds {@link CommonSettings#TIME_NOT_CHOSEN}),
     * takes the input's time column, so that a year or date column is never analysed as a series: the first date
     * or date-time column, else the first integer column named like a time key (Year, Date, Time, Period, Month,
     * Quarter). The choice is stored in the setting, so it is made once and shown in the dialog; "&lt;none&gt;"
     * chosen in the dialog (null) is kept.
     *
     * @return a message naming the column taken, or null if nothing was taken
     */
    public String chooseTimeColumn(final DataTableSpec in) {
        String taken = chooseTimeColumn(m_time, in);
        return taken == null ? null : "Time column not chosen yet: using \"" + taken + "\" (so it is not analysed"
            + " as a series). Choose another time column, or <none>, in the dialog.";
    }

    /**
     * {@link #chooseTimeColumn(DataTableSpec)} for a node that keeps its time column model without the group and
     * missing-value settings (e.g. a panel node, whose panel id plays the group's part).
     *
     * @return the message naming the column taken, or null if nothing was taken
     */
    public static String chooseTimeColumnOf(final SettingsModelString time, final DataTableSpec in) {
        String taken = chooseTimeColumn(time, in);
        return taken == null ? null : "Time column not chosen yet: using \"" + taken + "\". Choose another time"
            + " column in the dialog.";
    }

    /** Names that mark an integer column as a time key (compared in lower case). */
    private static final Set<String> TIME_NAMES = Set.of("year", "years", "date", "time", "period", "month",
        "quarter");

    /** @return the column stored in {@code time}, or null if it was already chosen or the input has none */
    static String chooseTimeColumn(final SettingsModelString time, final DataTableSpec in) {
        if (in == null || !CommonSettings.TIME_NOT_CHOSEN.equals(time.getStringValue())) {
            return null;
        }
        String taken = null;
        for (DataColumnSpec c : in) {
            if (c.getType().isCompatible(LocalDateValue.class) || c.getType().isCompatible(LocalDateTimeValue.class)) {
                taken = c.getName();
                break;
            }
        }
        for (DataColumnSpec c : in) {
            if (taken == null && (c.getType().isCompatible(IntValue.class) || c.getType().isCompatible(LongValue.class))
                && TIME_NAMES.contains(c.getName().trim().toLowerCase(Locale.ROOT))) {
                taken = c.getName();
            }
        }
        if (taken != null) {
            time.setStringValue(taken);
        }
        return taken;
    }

    /** @return the time column, or null without one */
    public String timeColumn() {
        return CommonSettings.optionalColumn(m_time);
    }

    /** @return the group column, or null without grouping */
    public String groupColumn() {
        return CommonSettings.optionalColumn(m_group);
    }

    /**
     * @return the loaded missing-value policy
     * @throws InvalidSettingsException if it is not one the node offers
     */
    public MissingValuePolicy policy() throws InvalidSettingsException {
        return MissingValuePolicy.fromSetting(m_missing.getStringValue(), m_offered);
    }

    /** @throws InvalidSettingsException if the missing-value policy in {@code settings} is not one the node offers */
    public void validate(final NodeSettingsRO settings) throws InvalidSettingsException {
        SettingsModelString missing = m_missing.createCloneWithValidatedValue(settings);
        MissingValuePolicy.fromSetting(missing.getStringValue(), m_offered);
    }
}
