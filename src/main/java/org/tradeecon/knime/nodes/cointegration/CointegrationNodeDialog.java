package org.tradeecon.knime.nodes.cointegration;

import org.knime.core.data.DoubleValue;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnFilter2;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.engine.unitroot.LagSelection;
import org.tradeecon.knime.nodes.common.Choice;
import org.tradeecon.knime.nodes.common.CommonSettings;
import org.tradeecon.knime.nodes.common.SettingsPane;
import org.tradeecon.knime.nodes.common.TestSettings;

/** Dialog of the Cointegration Test node. */
final class CointegrationNodeDialog extends SettingsPane {
    CointegrationNodeDialog() {
        createNewGroup("Series");
        addDialogComponent(new DialogComponentColumnNameSelection(CointegrationSettings.createDependentModel(),
            CointegrationSettings.LABEL_DEPENDENT, 0, DoubleValue.class));
        addDialogComponent(new DialogComponentBoolean(CointegrationSettings.createEachModel(),
            CointegrationSettings.LABEL_EACH));
        createNewGroup(CointegrationSettings.LABEL_OTHERS);
        addDialogComponent(new DialogComponentColumnFilter2(CointegrationSettings.createOthersModel(), 0));
        createNewGroup("Engle-Granger test");
        addDialogComponent(new DialogComponentStringSelection(CointegrationSettings.createTermsModel(),
            TestSettings.LABEL_DETERMINISTIC, Choice.labels(CointegrationSettings.TERMS)));
        SettingsModelString rule = CointegrationSettings.createLagRuleModel();
        SettingsModelString max = CointegrationSettings.createMaxLagModel();
        SettingsModelIntegerBounded lags = CointegrationSettings.createLagsModel();
        SettingsModelString sample = CointegrationSettings.createSampleModel();
        // "Number of lags" only when the maximum lag is that number; the sample only when the lag is searched
        addRule(() -> {
            lags.setEnabled(Choice.label(null, TestSettings.MAX_LAGS).equals(max.getStringValue()));
            sample.setEnabled(!Choice.label(LagSelection.FIXED, TestSettings.LAG_RULES).equals(rule.getStringValue()));
        }, rule, max);
        addDialogComponent(new DialogComponentStringSelection(rule, TestSettings.LABEL_LAG_RULE,
            Choice.labels(TestSettings.LAG_RULES)));
        addDialogComponent(new DialogComponentStringSelection(max, TestSettings.LABEL_MAX_LAG_RULE,
            Choice.labels(TestSettings.MAX_LAGS)));
        addDialogComponent(new DialogComponentNumber(lags, TestSettings.LABEL_LAGS, 1));
        addDialogComponent(new DialogComponentStringSelection(sample, TestSettings.LABEL_LAG_SEARCH_SAMPLE,
            Choice.labels(TestSettings.SAMPLES)));
        addDialogComponent(new DialogComponentNumber(CointegrationSettings.createAlphaModel(), TestSettings.LABEL_ALPHA,
            0.01));
        createNewGroup("Time, groups and missing values");
        CommonSettings.addSeriesComponents(this, CointegrationSettings.OFFERED[0], CointegrationSettings.OFFERED);
        closeCurrentGroup();
    }
}
