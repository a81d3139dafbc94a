package org.tradeecon.knime.nodes.granger;

import org.knime.core.data.DoubleValue;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnFilter2;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.nodes.common.Choice;
import org.tradeecon.knime.nodes.common.CommonSettings;
import org.tradeecon.knime.nodes.common.LabelledChoice;
import org.tradeecon.knime.nodes.common.MissingValuePolicy;
import org.tradeecon.knime.nodes.common.SettingsPane;

/** Dialog of the Granger Causality node. */
final class GrangerNodeDialog extends SettingsPane {
    GrangerNodeDialog() {
        SettingsModelString pairs = GrangerSettings.createPairsModel();
        SettingsModelColumnFilter2 columns = CommonSettings.createColumnsModel();
        SettingsModelString cause = GrangerSettings.createCauseModel();
        SettingsModelString effect = GrangerSettings.createEffectModel();
        SettingsModelString rule = GrangerSettings.createLagRuleModel();
        SettingsModelIntegerBounded lag = GrangerSettings.createLagModel();
        SettingsModelIntegerBounded maxLag = GrangerSettings.createMaxLagModel();
        SettingsModelString model = GrangerSettings.createSelectionModelModel();
        SettingsModelBoolean todaYamamoto = GrangerSettings.createTodaYamamotoModel();
        SettingsModelIntegerBounded extra = GrangerSettings.createExtraLagsModel();
        SettingsModelString varForm = GrangerSettings.createVarCriterionFormModel();
        // enable only the options that the chosen test and lag rule use
        addRule(() -> {
            boolean all = GrangerChoices.Pairs.ALL_PAIRS.label().equals(pairs.getStringValue());
            columns.setEnabled(all);
            cause.setEnabled(!all);
            effect.setEnabled(!all);
            boolean fixed = GrangerChoices.LagRule.FIXED.label().equals(rule.getStringValue());
            lag.setEnabled(fixed);
            maxLag.setEnabled(!fixed);
            boolean criterion = GrangerChoices.LagRule.AIC.label().equals(rule.getStringValue())
                || GrangerChoices.LagRule.BIC.label().equals(rule.getStringValue());
            model.setEnabled(criterion);
            varForm.setEnabled(criterion && GrangerChoices.SelectionModel.VAR.label().equals(model.getStringValue()));
            extra.setEnabled(todaYamamoto.getBooleanValue());
        }, pairs, rule, model, todaYamamoto);

        createNewGroup("Series");
        addDialogComponent(new DialogComponentStringSelection(pairs, GrangerSettings.LABEL_PAIRS,
            LabelledChoice.labels(GrangerChoices.Pairs.class)));
        // with a "<none>" item, so that a node without a pair keeps none (KNIME's list would pick its last column)
        addDialogComponent(new DialogComponentColumnNameSelection(cause, GrangerSettings.LABEL_CAUSE, 0, false,
            true, DoubleValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(effect, GrangerSettings.LABEL_EFFECT, 0, false,
            true, DoubleValue.class));
        createNewGroup(CommonSettings.LABEL_COLUMNS);
        addDialogComponent(new DialogComponentColumnFilter2(columns, 0));
        createNewGroup("Lags");
        addDialogComponent(new DialogComponentStringSelection(rule, GrangerSettings.LABEL_LAG_RULE,
            LabelledChoice.labels(GrangerChoices.LagRule.class)));
        addDialogComponent(new DialogComponentNumber(lag, GrangerSettings.LABEL_LAG, 1));
        addDialogComponent(new DialogComponentNumber(maxLag, GrangerSettings.LABEL_MAX_LAG, 1));
        addDialogComponent(new DialogComponentStringSelection(model, GrangerSettings.LABEL_SELECTION_MODEL,
            LabelledChoice.labels(GrangerChoices.SelectionModel.class)));
        addDialogComponent(new DialogComponentBoolean(todaYamamoto, GrangerSettings.LABEL_TODA_YAMAMOTO));
        addDialogComponent(new DialogComponentNumber(extra, GrangerSettings.LABEL_EXTRA_LAGS, 1));
        createNewTab(ADVANCED); // the first tab keeps what most analyses change
        createNewGroup("Test");
        SettingsModelString statistic = GrangerSettings.createStatisticModel();
        // before the options it fills, so that loading fills them from the preset before they load their own values
        SettingsModelString preset = GrangerSettings.createPresetModel();
        preset.addChangeListener(e -> GrangerSettings.PRESETS.stream()
            .filter(c -> c.label().equals(preset.getStringValue())).findFirst().map(Choice::value).ifPresent(p -> {
                statistic.setStringValue(GrangerChoices.Statistic.of(p.statistic()).label());
                varForm.setStringValue(Choice.label(p.varForm(), GrangerSettings.VAR_FORMS));
            }));
        addDialogComponent(new DialogComponentStringSelection(preset, GrangerSettings.LABEL_CONVENTIONS_OF,
            Choice.labels(GrangerSettings.PRESETS)));
        addDialogComponent(new DialogComponentStringSelection(statistic, GrangerSettings.LABEL_STATISTIC,
            LabelledChoice.labels(GrangerChoices.Statistic.class)));
        addDialogComponent(new DialogComponentStringSelection(varForm, GrangerSettings.LABEL_VAR_CRITERION_FORM,
            Choice.labels(GrangerSettings.VAR_FORMS)));
        addDialogComponent(new DialogComponentNumber(GrangerSettings.createAlphaModel(), GrangerSettings.LABEL_ALPHA,
            0.01));
        createNewGroup("Bootstrap p-value (small samples)");
        SettingsModelString bootstrap = GrangerSettings.createBootstrapModel();
        SettingsModelIntegerBounded replications = GrangerSettings.createBootstrapReplicationsModel();
        SettingsModelInteger seed = GrangerSettings.createBootstrapSeedModel();
        addRule(() -> {
            boolean on = !GrangerChoices.Bootstrap.NONE.label().equals(bootstrap.getStringValue());
            replications.setEnabled(on);
            seed.setEnabled(on);
        }, bootstrap);
        addDialogComponent(new DialogComponentStringSelection(bootstrap, GrangerSettings.LABEL_BOOTSTRAP,
            LabelledChoice.labels(GrangerChoices.Bootstrap.class)));
        addDialogComponent(new DialogComponentNumber(replications, GrangerSettings.LABEL_BOOTSTRAP_REPLICATIONS, 1000));
        addDialogComponent(new DialogComponentNumber(seed, GrangerSettings.LABEL_BOOTSTRAP_SEED, 1));
        createNewGroup("Time, groups and missing values");
        CommonSettings.addSeriesComponents(this, MissingValuePolicy.FAIL, GrangerSettings.OFFERED);
        closeCurrentGroup();
    }
}
