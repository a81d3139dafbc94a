package org.tradeecon.knime.nodes.ardl;

import org.knime.core.data.DoubleValue;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnFilter2;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.nodes.common.CommonSettings;
import org.tradeecon.knime.nodes.common.LabelledChoice;
import org.tradeecon.knime.nodes.common.SettingsPane;
import org.tradeecon.knime.nodes.common.SimulationSettings;

/** Dialog of the ARDL Bounds Test node. */
final class ArdlNodeDialog extends SettingsPane {
    ArdlNodeDialog() {
        createNewGroup("Model");
        addDialogComponent(new DialogComponentColumnNameSelection(ArdlSettings.createDependentModel(),
            ArdlSettings.LABEL_DEPENDENT, 0, DoubleValue.class));
        addDialogComponent(new DialogComponentStringSelection(ArdlSettings.createCaseModel(), ArdlSettings.LABEL_CASE,
            LabelledChoice.labels(ArdlChoices.Case.class)));
        addDialogComponent(new DialogComponentStringSelection(ArdlSettings.createLevelModel(),
            ArdlSettings.LABEL_LEVEL, LabelledChoice.labels(ArdlChoices.Level.class)));
        createNewGroup(ArdlSettings.LABEL_REGRESSORS);
        addDialogComponent(new DialogComponentColumnFilter2(ArdlSettings.createRegressorsModel(), 0));
        createNewGroup(ArdlSettings.LABEL_ORDERS);
        SettingsModelString orders = ArdlSettings.createOrdersModel();
        SettingsModelIntegerBounded p = ArdlSettings.createDependentLagsModel();
        SettingsModelIntegerBounded q = ArdlSettings.createRegressorLagsModel();
        SettingsModelIntegerBounded maxP = ArdlSettings.createMaxDependentLagsModel();
        SettingsModelIntegerBounded maxQ = ArdlSettings.createMaxRegressorLagsModel();
        // fixed orders use p and q, a search its largest p and q
        addRule(() -> {
            boolean fixed = ArdlChoices.Orders.FIXED.label().equals(orders.getStringValue());
            p.setEnabled(fixed);
            q.setEnabled(fixed);
            maxP.setEnabled(!fixed);
            maxQ.setEnabled(!fixed);
        }, orders);
        addDialogComponent(new DialogComponentStringSelection(orders, ArdlSettings.LABEL_ORDERS,
            LabelledChoice.labels(ArdlChoices.Orders.class)));
        addDialogComponent(new DialogComponentNumber(p, ArdlSettings.LABEL_DEPENDENT_LAGS, 1));
        addDialogComponent(new DialogComponentNumber(q, ArdlSettings.LABEL_REGRESSOR_LAGS, 1));
        addDialogComponent(new DialogComponentNumber(maxP, ArdlSettings.LABEL_MAX_DEPENDENT_LAGS, 1));
        addDialogComponent(new DialogComponentNumber(maxQ, ArdlSettings.LABEL_MAX_REGRESSOR_LAGS, 1));
        createNewGroup("Simulated bounds");
        SimulationSettings.addDialogComponents(this, ArdlSettings.createSimulateModel(), ArdlSettings.LABEL_SIMULATE,
            ArdlSettings.LABEL_REPLICATIONS);
        createNewGroup("Time, groups and missing values");
        CommonSettings.addSeriesComponents(this, ArdlSettings.OFFERED[0], ArdlSettings.OFFERED);
        closeCurrentGroup();
    }
}
