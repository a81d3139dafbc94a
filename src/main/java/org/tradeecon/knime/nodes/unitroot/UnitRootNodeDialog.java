package org.tradeecon.knime.nodes.unitroot;

import java.util.function.BooleanSupplier;

import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.nodes.common.CommonSettings;
import org.tradeecon.knime.nodes.common.SettingsPane;
import org.tradeecon.knime.nodes.common.TestSettings;
import org.tradeecon.knime.nodes.common.Choice;

/** Dialog of the Unit Root Test node. */
final class UnitRootNodeDialog extends SettingsPane {
    UnitRootNodeDialog() {
        CommonSettings.addColumnsComponent(this);
        createNewGroup("Test");
        SettingsModelString test = UnitRootSettings.createTestModel();
        addDialogComponent(new DialogComponentStringSelection(test, UnitRootSettings.LABEL_TEST,
            Choice.labels(UnitRootSettings.TESTS)));
        TestSettings.addCommonComponents(this);
        BooleanSupplier adf = () -> Choice.label(true, UnitRootSettings.TESTS).equals(test.getStringValue());
        createNewGroup("ADF lags and p-values");
        TestSettings.addAdfComponents(this, adf, test);
        createNewGroup("KPSS");
        TestSettings.addKpssComponents(this, () -> !adf.getAsBoolean(), test);
        createNewGroup("Time, groups and missing values");
        CommonSettings.addSeriesComponents(this, UnitRootSettings.DEFAULT_MISSING, UnitRootSettings.OFFERED);
        closeCurrentGroup();
    }
}
