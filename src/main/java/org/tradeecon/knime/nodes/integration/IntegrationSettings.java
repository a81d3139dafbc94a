package org.tradeecon.knime.nodes.integration;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.tradeecon.knime.nodes.common.SeriesTestNodeModel;
import org.tradeecon.knime.nodes.common.TestSettings;

/**
 * All settings of the Order of Integration node. Keys: {@value #CFG_MAX_D} and {@value #CFG_KPSS} here, the
 * ADF/KPSS keys in {@link TestSettings}, the series keys in {@link org.tradeecon.knime.nodes.common.CommonSettings}.
 */
final class IntegrationSettings extends SeriesTestNodeModel.Settings {
    static final String CFG_MAX_D = "max_d";
    static final String CFG_KPSS = "kpss_agreement";
    static final String LABEL_MAX_D = "Maximum order (max d)";
    static final String LABEL_KPSS = "Require KPSS agreement";

    final SettingsModelIntegerBounded m_maxD = m_set.add(createMaxDModel(), LABEL_MAX_D);
    final SettingsModelBoolean m_kpss = m_set.add(createKpssModel(), LABEL_KPSS);

    @Override
    public void check() throws InvalidSettingsException {
        super.check();
        m_tests.checkAdfConventions();
    }

    static SettingsModelIntegerBounded createMaxDModel() {
        return new SettingsModelIntegerBounded(CFG_MAX_D, 3, 0, 10);
    }

    static SettingsModelBoolean createKpssModel() {
        return new SettingsModelBoolean(CFG_KPSS, false);
    }
}
