package org.tradeecon.knime.nodes.dols;

import org.knime.core.data.DoubleValue;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnFilter2;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.tradeecon.knime.nodes.common.CommonSettings;
import org.tradeecon.knime.nodes.common.LabelledChoice;
import org.tradeecon.knime.nodes.common.MissingValuePolicy;
import org.tradeecon.knime.nodes.common.SettingsPane;

/** Dialog of the Dynamic OLS (Stock-Watson) node. */
final class DolsNodeDialog extends SettingsPane {
    DolsNodeDialog() {
        createNewGroup("Cointegrating regression");
        addDialogComponent(new DialogComponentColumnNameSelection(DolsSettings.createDependentModel(),
            DolsSettings.LABEL_DEPENDENT, 0, DoubleValue.class));
        createNewGroup(DolsSettings.LABEL_REGRESSORS);
        addDialogComponent(new DialogComponentColumnFilter2(DolsSettings.createRegressorsModel(), 0));
        createNewGroup("Leads and lags of the differenced regressors");
        addDialogComponent(new DialogComponentStringSelection(DolsSettings.createRuleModel(), DolsSettings.LABEL_RULE,
            LabelledChoice.labels(DolsChoices.LeadLagRule.class)));
        addDialogComponent(new DialogComponentNumber(DolsSettings.createLeadsModel(), DolsSettings.LABEL_LEADS, 1));
        addDialogComponent(new DialogComponentNumber(DolsSettings.createLagsModel(), DolsSettings.LABEL_LAGS, 1));
        createNewTab(ADVANCED); // the first tab keeps what most analyses change
        createNewGroup(DolsSettings.LABEL_STANDARD_ERRORS);
        addDialogComponent(new DialogComponentStringSelection(DolsSettings.createStandardErrorsModel(),
            DolsSettings.LABEL_STANDARD_ERRORS, LabelledChoice.labels(DolsChoices.StandardErrors.class)));
        SettingsModelBoolean automatic = DolsSettings.createBandwidthAutomaticModel();
        SettingsModelIntegerBounded bandwidth = DolsSettings.createBandwidthModel();
        // a fixed bandwidth is used only when the automatic rule is off
        addRule(() -> bandwidth.setEnabled(!automatic.getBooleanValue()), automatic);
        addDialogComponent(new DialogComponentBoolean(automatic, DolsSettings.LABEL_BANDWIDTH_AUTOMATIC));
        addDialogComponent(new DialogComponentNumber(bandwidth, DolsSettings.LABEL_BANDWIDTH, 1));
        createNewGroup("Time, groups and missing values");
        CommonSettings.addSeriesComponents(this, MissingValuePolicy.FAIL, DolsSettings.OFFERED);
        closeCurrentGroup();
    }
}
