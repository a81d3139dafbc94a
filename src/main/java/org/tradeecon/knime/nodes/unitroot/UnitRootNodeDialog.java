package org.tradeecon.knime.nodes.unitroot;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.tradeecon.knime.nodes.common.CommonSettings;

/** Dialog of the Unit Root Test node. */
final class UnitRootNodeDialog extends DefaultNodeSettingsPane {
    UnitRootNodeDialog() {
        CommonSettings.addColumnsComponent(this);
        createNewGroup("Test");
        addDialogComponent(new DialogComponentStringSelection(UnitRootSettings.createTestModel(),
            UnitRootSettings.LABEL_TEST, Choice.labels(UnitRootSettings.TESTS)));
        TestSettings.addCommonComponents(this);
        createNewGroup("ADF lags and p-values");
        TestSettings.addAdfComponents(this);
        createNewGroup("KPSS");
        TestSettings.addKpssComponents(this);
        createNewGroup("Time, groups and missing values");
        CommonSettings.addSeriesComponents(this, UnitRootSettings.DEFAULT_MISSING, UnitRootSettings.OFFERED);
        closeCurrentGroup();
    }
}
