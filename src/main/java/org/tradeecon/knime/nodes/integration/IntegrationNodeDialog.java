package org.tradeecon.knime.nodes.integration;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.tradeecon.knime.nodes.common.CommonSettings;
import org.tradeecon.knime.nodes.unitroot.TestSettings;

/** Dialog of the Order of Integration node. */
final class IntegrationNodeDialog extends DefaultNodeSettingsPane {
    IntegrationNodeDialog() {
        CommonSettings.addColumnsComponent(this);
        createNewGroup("Order of integration");
        addDialogComponent(new DialogComponentNumber(IntegrationSettings.createMaxDModel(),
            IntegrationSettings.LABEL_MAX_D, 1));
        TestSettings.addCommonComponents(this);
        addDialogComponent(new DialogComponentBoolean(IntegrationSettings.createKpssModel(),
            IntegrationSettings.LABEL_KPSS));
        createNewGroup("ADF lags and p-values");
        TestSettings.addAdfComponents(this);
        createNewGroup("KPSS");
        TestSettings.addKpssComponents(this);
        createNewGroup("Time, groups and missing values");
        CommonSettings.addSeriesComponents(this, IntegrationSettings.DEFAULT_MISSING,
            IntegrationSettings.OFFERED);
        closeCurrentGroup();
    }
}
