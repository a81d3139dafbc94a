package org.tradeecon.knime.nodes.common;

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
    }

    /** @return the time column model (its value may be blank: no time column) */
    public SettingsModelString timeModel() {
        return m_time;
    }

    /** @return the group column model (its value may be blank: no grouping) */
    public SettingsModelString groupModel() {
        return m_group;
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
