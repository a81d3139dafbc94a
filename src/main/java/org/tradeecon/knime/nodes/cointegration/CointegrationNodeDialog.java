package org.tradeecon.knime.nodes.cointegration;

import org.knime.core.data.DoubleValue;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnFilter2;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.engine.unitroot.LagSelection;
import org.tradeecon.knime.nodes.common.Choice;
import org.tradeecon.knime.nodes.common.CommonSettings;
import org.tradeecon.knime.nodes.common.SettingsPane;
import org.tradeecon.knime.nodes.common.SimulationSettings;
import org.tradeecon.knime.nodes.common.TestSettings;

/** Dialog of the Cointegration Test node. */
final class CointegrationNodeDialog extends SettingsPane {
    CointegrationNodeDialog() {
        SettingsModelString method = CointegrationSettings.createMethodModel();
        SettingsModelBoolean each = CointegrationSettings.createEachModel();
        SettingsModelString terms = CointegrationSettings.createTermsModel();
        SettingsModelString rule = CointegrationSettings.createLagRuleModel();
        SettingsModelString max = CointegrationSettings.createMaxLagModel();
        SettingsModelIntegerBounded lags = CointegrationSettings.createLagsModel();
        SettingsModelString sample = CointegrationSettings.createSampleModel();
        SettingsModelString johansenCase = CointegrationSettings.createJohansenCaseModel();
        SettingsModelString lagOrder = CointegrationSettings.createJohansenLagOrderModel();
        SettingsModelIntegerBounded johansenLags = CointegrationSettings.createJohansenLagsModel();
        SettingsModelIntegerBounded replications = SimulationSettings.createReplicationsModel();
        SettingsModelInteger seed = SimulationSettings.createSeedModel();
        // each method's options only while it is chosen; within Engle-Granger, "Number of lags" only when the
        // maximum lag is that number and the sample only when the lag is searched
        addRule(() -> {
            boolean johansen = Choice.label(CointegrationSettings.Method.JOHANSEN, CointegrationSettings.METHODS)
                .equals(method.getStringValue());
            each.setEnabled(!johansen);
            terms.setEnabled(!johansen);
            rule.setEnabled(!johansen);
            max.setEnabled(!johansen);
            lags.setEnabled(!johansen && Choice.label(null, TestSettings.MAX_LAGS).equals(max.getStringValue()));
            sample.setEnabled(!johansen
                && !Choice.label(LagSelection.FIXED, TestSettings.LAG_RULES).equals(rule.getStringValue()));
            for (SettingsModel m : new SettingsModel[]{johansenCase, lagOrder, johansenLags, replications, seed}) {
                m.setEnabled(johansen);
            }
        }, method, rule, max);
        createNewGroup("Series");
        addDialogComponent(new DialogComponentStringSelection(method, CointegrationSettings.LABEL_METHOD,
            Choice.labels(CointegrationSettings.METHODS)));
        addDialogComponent(new DialogComponentColumnNameSelection(CointegrationSettings.createDependentModel(),
            CointegrationSettings.LABEL_DEPENDENT, 0, DoubleValue.class));
        addDialogComponent(new DialogComponentBoolean(each, CointegrationSettings.LABEL_EACH));
        createNewGroup(CointegrationSettings.LABEL_OTHERS);
        addDialogComponent(new DialogComponentColumnFilter2(CointegrationSettings.createOthersModel(), 0));
        createNewGroup("Engle-Granger test");
        addDialogComponent(new DialogComponentStringSelection(terms, TestSettings.LABEL_DETERMINISTIC,
            Choice.labels(CointegrationSettings.TERMS)));
        addDialogComponent(new DialogComponentStringSelection(rule, TestSettings.LABEL_LAG_RULE,
            Choice.labels(TestSettings.LAG_RULES)));
        addDialogComponent(new DialogComponentStringSelection(max, TestSettings.LABEL_MAX_LAG_RULE,
            Choice.labels(TestSettings.MAX_LAGS)));
        addDialogComponent(new DialogComponentNumber(lags, TestSettings.LABEL_LAGS, 1));
        addDialogComponent(new DialogComponentStringSelection(sample, TestSettings.LABEL_LAG_SEARCH_SAMPLE,
            Choice.labels(TestSettings.SAMPLES)));
        createNewGroup("Johansen test");
        addDialogComponent(new DialogComponentStringSelection(johansenCase, CointegrationSettings.LABEL_JOHANSEN_CASE,
            Choice.labels(CointegrationSettings.JOHANSEN_CASES)));
        addDialogComponent(new DialogComponentStringSelection(lagOrder, CointegrationSettings.LABEL_JOHANSEN_LAG_ORDER,
            Choice.labels(CointegrationSettings.JOHANSEN_LAG_ORDERS)));
        addDialogComponent(new DialogComponentNumber(johansenLags, CointegrationSettings.LABEL_JOHANSEN_LAGS, 1));
        addDialogComponent(new DialogComponentNumber(replications, CointegrationSettings.LABEL_REPLICATIONS, 1000));
        addDialogComponent(new DialogComponentNumber(seed, SimulationSettings.LABEL_SEED, 1));
        createNewGroup("Decision");
        addDialogComponent(new DialogComponentNumber(CointegrationSettings.createAlphaModel(), TestSettings.LABEL_ALPHA,
            0.01));
        createNewGroup("Time, groups and missing values");
        CommonSettings.addSeriesComponents(this, CointegrationSettings.OFFERED[0], CointegrationSettings.OFFERED);
        closeCurrentGroup();
    }
}
