package org.tradeecon.knime.nodes.granger;

import java.util.List;

import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.engine.granger.GrangerConventionPreset;
import org.tradeecon.knime.engine.granger.LagOrderSelection;
import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.tradeecon.knime.nodes.common.Choice;
import org.tradeecon.knime.nodes.common.MissingValuePolicy;

/**
 * Keys (names in settings.xml and for flow variables), dialog labels (= option names in the node description)
 * and one factory per setting of the Granger Causality node; the shared ones (columns, time column, group column,
 * missing values) are in {@link org.tradeecon.knime.nodes.common.CommonSettings}.
 */
final class GrangerSettings {
    static final String CFG_PAIRS = "pairs";
    static final String CFG_CAUSE = "cause_column";
    static final String CFG_EFFECT = "effect_column";
    static final String CFG_LAG_RULE = "lag_rule";
    static final String CFG_LAG = "lag";
    static final String CFG_MAX_LAG = "max_lag";
    static final String CFG_SELECTION_MODEL = "selection_model";
    static final String CFG_STATISTIC = "statistic";
    static final String CFG_TODA_YAMAMOTO = "toda_yamamoto";
    static final String CFG_EXTRA_LAGS = "extra_lags";
    static final String CFG_ALPHA = "alpha";
    static final String CFG_BOOTSTRAP = "bootstrap";
    static final String CFG_BOOTSTRAP_REPLICATIONS = "bootstrap_replications";
    static final String CFG_BOOTSTRAP_SEED = "bootstrap_seed";
    // issue 15: absent from older workflows, which then load with today's conventions (those of "statsmodels")
    static final String CFG_CONVENTIONS_OF = "conventions_of";
    static final String CFG_VAR_CRITERION_FORM = "var_criterion_form";

    static final String LABEL_PAIRS = "Test";
    static final String LABEL_CAUSE = "Cause (X)";
    static final String LABEL_EFFECT = "Effect (Y)";
    static final String LABEL_LAG_RULE = "Lag order";
    static final String LABEL_LAG = "Lag (p)";
    static final String LABEL_MAX_LAG = "Maximum lag (P)";
    static final String LABEL_SELECTION_MODEL = "Criterion computed on";
    static final String LABEL_STATISTIC = "Test statistic";
    static final String LABEL_TODA_YAMAMOTO = "Toda-Yamamoto";
    static final String LABEL_EXTRA_LAGS = "Extra lags (maximal order of integration d)";
    static final String LABEL_ALPHA = "Significance level (alpha)";
    static final String LABEL_BOOTSTRAP = "Bootstrap p-value";
    static final String LABEL_BOOTSTRAP_REPLICATIONS = "Bootstrap replications";
    static final String LABEL_BOOTSTRAP_SEED = "Bootstrap seed";
    static final String LABEL_CONVENTIONS_OF = "Reproduce the conventions of";
    static final String LABEL_VAR_CRITERION_FORM = "VAR criterion written as";

    /** The tools whose conventions the options below are filled with (a shortcut, not a lock). */
    static final List<Choice<GrangerConventionPreset>> PRESETS = List.of(
        new Choice<>("statsmodels", GrangerConventionPreset.STATSMODELS),
        new Choice<>("R", GrangerConventionPreset.R), new Choice<>("gretl", GrangerConventionPreset.GRETL));

    static final List<Choice<LagOrderSelection.VarForm>> VAR_FORMS = List.of(
        new Choice<>("ln det(Sigma) + penalty (statsmodels)", LagOrderSelection.VarForm.LOG_DETERMINANT, "log_det"),
        new Choice<>("-2 log-likelihood/n + penalty (gretl)", LagOrderSelection.VarForm.LOG_LIKELIHOOD,
            "log_likelihood"));

    /** Each test needs complete rows: no "keep as missing". */
    static final MissingValuePolicy[] OFFERED = {MissingValuePolicy.FAIL, MissingValuePolicy.LONGEST_COMPLETE_STRETCH};

    private GrangerSettings() {
    }

    static SettingsModelString createPairsModel() {
        return new SettingsModelString(CFG_PAIRS, GrangerChoices.Pairs.ALL_PAIRS.label());
    }

    static SettingsModelString createCauseModel() {
        return new SettingsModelString(CFG_CAUSE, null);
    }

    static SettingsModelString createEffectModel() {
        return new SettingsModelString(CFG_EFFECT, null);
    }

    static SettingsModelString createLagRuleModel() {
        return new SettingsModelString(CFG_LAG_RULE, GrangerChoices.LagRule.FIXED.label());
    }

    /** The paper's Table III uses lag 2. */
    static SettingsModelIntegerBounded createLagModel() {
        return new SettingsModelIntegerBounded(CFG_LAG, 2, 1, 100);
    }

    static SettingsModelIntegerBounded createMaxLagModel() {
        return new SettingsModelIntegerBounded(CFG_MAX_LAG, 4, 1, 100);
    }

    static SettingsModelString createSelectionModelModel() {
        return new SettingsModelString(CFG_SELECTION_MODEL, GrangerChoices.SelectionModel.VAR.label());
    }

    static SettingsModelString createStatisticModel() {
        return new SettingsModelString(CFG_STATISTIC, GrangerChoices.Statistic.F.label());
    }

    static SettingsModelBoolean createTodaYamamotoModel() {
        return new SettingsModelBoolean(CFG_TODA_YAMAMOTO, false);
    }

    static SettingsModelIntegerBounded createExtraLagsModel() {
        return new SettingsModelIntegerBounded(CFG_EXTRA_LAGS, 1, 1, 5);
    }

    static SettingsModelDoubleBounded createAlphaModel() {
        return new SettingsModelDoubleBounded(CFG_ALPHA, 0.05, 1e-6, 0.5);
    }

    static SettingsModelString createBootstrapModel() {
        return new SettingsModelString(CFG_BOOTSTRAP, GrangerChoices.Bootstrap.NONE.label());
    }

    static SettingsModelIntegerBounded createBootstrapReplicationsModel() {
        return new SettingsModelIntegerBounded(CFG_BOOTSTRAP_REPLICATIONS, SimulationOptions.DEFAULT_REPLICATIONS,
            SimulationOptions.MIN_REPLICATIONS, SimulationOptions.MAX_REPLICATIONS);
    }

    static SettingsModelString createPresetModel() {
        return new SettingsModelString(CFG_CONVENTIONS_OF, Choice.label(GrangerConventionPreset.STATSMODELS, PRESETS));
    }

    static SettingsModelString createVarCriterionFormModel() {
        return new SettingsModelString(CFG_VAR_CRITERION_FORM,
            Choice.label(LagOrderSelection.VarForm.LOG_DETERMINANT, VAR_FORMS));
    }

    static SettingsModelInteger createBootstrapSeedModel() {
        return new SettingsModelInteger(CFG_BOOTSTRAP_SEED, (int)SimulationOptions.DEFAULT_SEED);
    }
}
