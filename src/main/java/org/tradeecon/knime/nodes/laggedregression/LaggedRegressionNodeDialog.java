package org.tradeecon.knime.nodes.laggedregression;

import org.knime.core.data.DoubleValue;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnFilter2;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.nodes.common.CommonSettings;
import org.tradeecon.knime.nodes.common.Choice;
import org.tradeecon.knime.nodes.common.LabelledChoice;
import org.tradeecon.knime.nodes.common.MissingValuePolicy;
import org.tradeecon.knime.nodes.common.SettingsPane;

/** Dialog of the Lagged-Dependent Regression node. */
final class LaggedRegressionNodeDialog extends SettingsPane {
    LaggedRegressionNodeDialog() {
        createNewGroup("Model");
        addDialogComponent(new DialogComponentColumnNameSelection(LaggedRegressionSettings.createDependentModel(),
            LaggedRegressionSettings.LABEL_DEPENDENT, 0, DoubleValue.class));
        addDialogComponent(new DialogComponentNumber(LaggedRegressionSettings.createDependentLagsModel(),
            LaggedRegressionSettings.LABEL_DEPENDENT_LAGS, 1));
        addDialogComponent(new DialogComponentNumber(LaggedRegressionSettings.createRegressorLagsModel(),
            LaggedRegressionSettings.LABEL_REGRESSOR_LAGS, 1));
        createNewGroup(LaggedRegressionSettings.LABEL_REGRESSORS);
        addDialogComponent(new DialogComponentColumnFilter2(LaggedRegressionSettings.createRegressorsModel(), 0));
        addDialogComponent(new DialogComponentString(LaggedRegressionSettings.createRegressorLagsByNameModel(),
            LaggedRegressionSettings.LABEL_REGRESSOR_LAGS_BY_NAME, false, 30));
        createNewTab(ADVANCED); // the first tab keeps what most analyses change
        createNewGroup("Standard errors and diagnostics");
        SettingsModelString se = LaggedRegressionSettings.createStandardErrorsModel();
        SettingsModelBoolean automatic = LaggedRegressionSettings.createNeweyWestAutomaticModel();
        SettingsModelIntegerBounded lag = LaggedRegressionSettings.createNeweyWestLagModel();
        SettingsModelBoolean smallSample = LaggedRegressionSettings.createNeweyWestSmallSampleModel();
        SettingsModelString lagRule = LaggedRegressionSettings.createNeweyWestLagRuleModel();
        SettingsModelString robustP = LaggedRegressionSettings.createRobustPValuesModel();
        SettingsModelBoolean criteria = LaggedRegressionSettings.createCriteriaCountVarianceModel();
        // first, so that loading fills the options from the preset before they load their own saved values
        SettingsModelString preset = LaggedRegressionSettings.createPresetModel();
        preset.addChangeListener(e -> LaggedRegressionSettings.PRESETS.stream()
            .filter(c -> c.label().equals(preset.getStringValue())).findFirst().map(Choice::value).ifPresent(p -> {
                lagRule.setStringValue(Choice.label(p.neweyWestLag(), LaggedRegressionSettings.NW_LAG_RULES));
                robustP.setStringValue(Choice.label(p.robustDistribution(), LaggedRegressionSettings.ROBUST_P_VALUES));
                criteria.setBooleanValue(p.criteriaCountVariance());
            }));
        addDialogComponent(new DialogComponentStringSelection(preset, LaggedRegressionSettings.LABEL_CONVENTIONS_OF,
            Choice.labels(LaggedRegressionSettings.PRESETS)));
        // the Newey-West options matter only for Newey-West standard errors, the lag only when not automatic
        addRule(() -> {
            boolean nw = StandardErrorType.NEWEY_WEST.label().equals(se.getStringValue());
            automatic.setEnabled(nw);
            smallSample.setEnabled(nw);
            lag.setEnabled(nw && !automatic.getBooleanValue());
            lagRule.setEnabled(nw && automatic.getBooleanValue());
            robustP.setEnabled(!StandardErrorType.CLASSICAL.label().equals(se.getStringValue()));
        }, se, automatic);
        addDialogComponent(new DialogComponentStringSelection(se, LaggedRegressionSettings.LABEL_STANDARD_ERRORS,
            LabelledChoice.labels(StandardErrorType.class)));
        addDialogComponent(new DialogComponentBoolean(automatic, LaggedRegressionSettings.LABEL_NW_AUTOMATIC));
        addDialogComponent(new DialogComponentNumber(lag, LaggedRegressionSettings.LABEL_NW_LAG, 1));
        addDialogComponent(new DialogComponentBoolean(smallSample, LaggedRegressionSettings.LABEL_NW_SMALL_SAMPLE));
        addDialogComponent(new DialogComponentStringSelection(lagRule, LaggedRegressionSettings.LABEL_NW_LAG_RULE,
            Choice.labels(LaggedRegressionSettings.NW_LAG_RULES)));
        addDialogComponent(new DialogComponentStringSelection(robustP, LaggedRegressionSettings.LABEL_ROBUST_P_VALUES,
            Choice.labels(LaggedRegressionSettings.ROBUST_P_VALUES)));
        addDialogComponent(new DialogComponentBoolean(criteria, LaggedRegressionSettings.LABEL_CRITERIA_COUNT_VARIANCE));
        addDialogComponent(new DialogComponentNumber(LaggedRegressionSettings.createSerialOrderModel(),
            LaggedRegressionSettings.LABEL_SERIAL_ORDER, 1));
        createNewGroup("Time, groups and missing values");
        CommonSettings.addSeriesComponents(this, MissingValuePolicy.FAIL, LaggedRegressionSettings.OFFERED);
        closeCurrentGroup();
    }
}
