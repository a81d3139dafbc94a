package org.tradeecon.knime.nodes.integration;

import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.tradeecon.knime.nodes.common.CommonSettings;
import org.tradeecon.knime.nodes.common.TestSettings;
import org.tradeecon.knime.nodes.common.SettingsPane;

/** Dialog of the Order of Integration node. */
final class IntegrationNodeDialog extends SettingsPane {
    IntegrationNodeDialog() {
        CommonSettings.addColumnsComponent(this);
        createNewGroup("Order of integration");
        addDialogComponent(new DialogComponentNumber(IntegrationSettings.createMaxDModel(),
            IntegrationSettings.LABEL_MAX_D, 1));
        TestSettings.addCommonComponents(this);
        SettingsModelBoolean kpss = IntegrationSettings.createKpssModel();
        addDialogComponent(new DialogComponentBoolean(kpss, IntegrationSettings.LABEL_KPSS));
        createNewGroup("ADF lags and p-values");
        TestSettings.addAdfComponents(this, () -> true);
        createNewGroup("KPSS");
        TestSettings.addKpssComponents(this, kpss::getBooleanValue, kpss);
        createNewGroup("Time, groups and missing values");
        CommonSettings.addSeriesComponents(this, IntegrationSettings.DEFAULT_MISSING,
            IntegrationSettings.OFFERED);
        closeCurrentGroup();
    }
}
