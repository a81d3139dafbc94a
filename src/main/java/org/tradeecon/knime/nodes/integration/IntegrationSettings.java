package org.tradeecon.knime.nodes.integration;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.engine.unitroot.Deterministic;
import org.tradeecon.knime.nodes.common.CommonSettings;
import org.tradeecon.knime.nodes.common.MissingValuePolicy;
import org.tradeecon.knime.nodes.common.NodeSettingsSet;
import org.tradeecon.knime.nodes.unitroot.TestSettings;

/**
 * All settings of the Order of Integration node. Keys: {@value #CFG_MAX_D} and {@value #CFG_KPSS} here, the
 * ADF/KPSS keys in {@link TestSettings}, the series keys in {@link CommonSettings}.
 */
final class IntegrationSettings {
    static final String CFG_MAX_D = "max_d";
    static final String CFG_KPSS = "kpss_agreement";
    static final String LABEL_MAX_D = "Maximum order (max d)";
    static final String LABEL_KPSS = "Require KPSS agreement";

    static final MissingValuePolicy DEFAULT_MISSING = MissingValuePolicy.FAIL;
    static final MissingValuePolicy[] OFFERED = {MissingValuePolicy.FAIL,
        MissingValuePolicy.LONGEST_COMPLETE_STRETCH};

    final NodeSettingsSet m_set = new NodeSettingsSet();
    final SettingsModelColumnFilter2 m_columns =
        m_set.add(CommonSettings.createColumnsModel(), CommonSettings.LABEL_COLUMNS);
    final SettingsModelIntegerBounded m_maxD = m_set.add(createMaxDModel(), LABEL_MAX_D);
    final SettingsModelBoolean m_kpss = m_set.add(createKpssModel(), LABEL_KPSS);
    final TestSettings m_tests = new TestSettings(m_set);
    final SettingsModelString m_time = m_set.add(CommonSettings.createTimeColumnModel(), CommonSettings.LABEL_TIME);
    final SettingsModelString m_group =
        m_set.add(CommonSettings.createGroupColumnModel(), CommonSettings.LABEL_GROUP);
    final SettingsModelString m_missing =
        m_set.add(CommonSettings.createMissingValuesModel(DEFAULT_MISSING), CommonSettings.LABEL_MISSING);

    static SettingsModelIntegerBounded createMaxDModel() {
        return new SettingsModelIntegerBounded(CFG_MAX_D, 3, 0, 10);
    }

    static SettingsModelBoolean createKpssModel() {
        return new SettingsModelBoolean(CFG_KPSS, false);
    }

    MissingValuePolicy missing() throws InvalidSettingsException {
        return MissingValuePolicy.fromSetting(m_missing.getStringValue(), OFFERED);
    }

    /** Checks every choice; the message says what to change. */
    void check() throws InvalidSettingsException {
        m_tests.check();
        missing();
    }

    /**
     * @return the KPSS terms that match the ADF terms: a level for none or a constant, a linear trend for a
     *         (quadratic) trend (KPSS offers only these two)
     */
    Deterministic kpssTerms() throws InvalidSettingsException {
        int terms = m_tests.terms().engine().termCount();
        return terms >= 2 ? Deterministic.TREND : Deterministic.CONSTANT;
    }
}
