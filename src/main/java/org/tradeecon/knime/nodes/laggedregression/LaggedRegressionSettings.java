package org.tradeecon.knime.nodes.laggedregression;

import java.util.Arrays;
import java.util.List;

import org.knime.core.data.DoubleValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.engine.regression.NeweyWestLagRule;
import org.tradeecon.knime.engine.regression.RegressionConventionPreset;
import org.tradeecon.knime.engine.regression.TestDistribution;
import org.tradeecon.knime.nodes.common.Choice;
import org.tradeecon.knime.nodes.common.MissingValuePolicy;

/**
 * Keys (names in settings.xml and for flow variables), dialog labels (= option names in the node description)
 * and one factory per setting of the Lagged-Dependent Regression node; the shared ones (time column, group
 * column, missing values) are in {@link org.tradeecon.knime.nodes.common.CommonSettings}.
 */
final class LaggedRegressionSettings {
    static final String CFG_DEPENDENT = "dependent_column";
    static final String CFG_REGRESSORS = "regressors";
    static final String CFG_DEPENDENT_LAGS = "dependent_lags";
    static final String CFG_REGRESSOR_LAGS = "regressor_lags";
    static final String CFG_REGRESSOR_LAGS_BY_NAME = "regressor_lags_by_name";
    static final String CFG_STANDARD_ERRORS = "standard_errors";
    static final String CFG_NW_AUTOMATIC = "newey_west_automatic_lag";
    static final String CFG_NW_LAG = "newey_west_lag";
    static final String CFG_NW_SMALL_SAMPLE = "newey_west_small_sample";
    static final String CFG_SERIAL_ORDER = "serial_correlation_order";
    // issue 15: absent from older workflows, which then load with today's conventions (those of the "Stata" preset)
    static final String CFG_CONVENTIONS_OF = "conventions_of";
    static final String CFG_NW_LAG_RULE = "newey_west_lag_rule";
    static final String CFG_ROBUST_P_VALUES = "robust_p_values";
    static final String CFG_CRITERIA_COUNT_VARIANCE = "criteria_count_variance";

    static final String LABEL_DEPENDENT = "Dependent variable";
    static final String LABEL_REGRESSORS = "Regressors";
    static final String LABEL_DEPENDENT_LAGS = "Lags of the dependent variable";
    static final String LABEL_REGRESSOR_LAGS = "Lags of the regressors";
    static final String LABEL_REGRESSOR_LAGS_BY_NAME = "Lags of single regressors";
    static final String LABEL_STANDARD_ERRORS = "Standard errors";
    static final String LABEL_NW_AUTOMATIC = "Newey-West lag chosen automatically";
    static final String LABEL_NW_LAG = "Newey-West lag";
    static final String LABEL_NW_SMALL_SAMPLE = "Newey-West small-sample correction n/(n-k)";
    static final String LABEL_SERIAL_ORDER = "Breusch-Godfrey and Durbin alternative order";
    static final String LABEL_CONVENTIONS_OF = "Reproduce the conventions of";
    static final String LABEL_NW_LAG_RULE = "Newey-West automatic lag rule";
    static final String LABEL_ROBUST_P_VALUES = "p-values with robust standard errors";
    static final String LABEL_CRITERIA_COUNT_VARIANCE = "AIC and BIC count the error variance";

    /** The tools whose conventions the options below are filled with (a shortcut, not a lock). */
    static final List<Choice<RegressionConventionPreset>> PRESETS = List.of(
        new Choice<>("Stata", RegressionConventionPreset.STATA),
        new Choice<>("statsmodels", RegressionConventionPreset.STATSMODELS),
        new Choice<>("R", RegressionConventionPreset.R), new Choice<>("gretl", RegressionConventionPreset.GRETL));

    static final List<Choice<NeweyWestLagRule>> NW_LAG_RULES = List.of(
        new Choice<>("floor(4*(n/100)^(2/9)) (Newey-West 1994)", NeweyWestLagRule.NEWEY_WEST_1994, "nw1994"),
        new Choice<>("floor(0.75*n^(1/3)) (gretl)", NeweyWestLagRule.GRETL, "gretl"));

    static final List<Choice<TestDistribution>> ROBUST_P_VALUES = List.of(
        new Choice<>("Student's t (Stata, R, gretl)", TestDistribution.STUDENT_T, "t"),
        new Choice<>("Standard normal (statsmodels)", TestDistribution.NORMAL, "normal"));

    /** Upper bound of every lag count. */
    static final int MAX_LAGS = 50;

    /** A regression needs every value in its sample: no "keep as missing". */
    static final MissingValuePolicy[] OFFERED = {MissingValuePolicy.FAIL, MissingValuePolicy.LONGEST_COMPLETE_STRETCH};

    private LaggedRegressionSettings() {
    }

    static SettingsModelString createDependentModel() {
        return new SettingsModelString(CFG_DEPENDENT, null);
    }

    static SettingsModelColumnFilter2 createRegressorsModel() {
        return new SettingsModelColumnFilter2(CFG_REGRESSORS, DoubleValue.class);
    }

    /** The paper's Eq. (2) has one lag of the dependent variable. */
    static SettingsModelIntegerBounded createDependentLagsModel() {
        return new SettingsModelIntegerBounded(CFG_DEPENDENT_LAGS, 1, 1, MAX_LAGS);
    }

    static SettingsModelIntegerBounded createRegressorLagsModel() {
        return new SettingsModelIntegerBounded(CFG_REGRESSOR_LAGS, 0, 0, MAX_LAGS);
    }

    /** Per-regressor exceptions to the common lag count, as "NAME=LAGS" items separated by commas or semicolons. */
    static SettingsModelString createRegressorLagsByNameModel() {
        return new SettingsModelString(CFG_REGRESSOR_LAGS_BY_NAME, "");
    }

    /**
     * @param byName the "Lags of single regressors" text, e.g. "GDP=2, INV=0" (null or blank: none)
     * @param regressors the chosen regressors
     * @param common the lag count of every regressor not named
     * @return the lag count of each regressor
     * @throws InvalidSettingsException naming the item that is malformed, names no chosen regressor or is out of
     *             range
     */
    static int[] lagsPerRegressor(final String byName, final String[] regressors, final int common)
        throws InvalidSettingsException {
        int[] lags = new int[regressors.length];
        Arrays.fill(lags, common);
        if (byName == null || byName.isBlank()) {
            return lags;
        }
        String option = "\"" + LABEL_REGRESSOR_LAGS_BY_NAME + "\": ";
        for (String item : byName.split("[,;]")) {
            if (item.isBlank()) {
                continue;
            }
            int eq = item.lastIndexOf('=');
            if (eq < 0) {
                throw new InvalidSettingsException(option + "\"" + item.trim() + "\" is not of the form NAME=LAGS, "
                    + "e.g. GDP=2.");
            }
            String name = item.substring(0, eq).trim();
            int idx = Arrays.asList(regressors).indexOf(name);
            if (idx < 0) {
                throw new InvalidSettingsException(option + "\"" + name + "\" is not one of the chosen regressors ("
                    + String.join(", ", regressors) + ").");
            }
            String count = item.substring(eq + 1).trim();
            try {
                lags[idx] = Integer.parseInt(count);
            } catch (NumberFormatException e) {
                throw new InvalidSettingsException(option + "the number of lags of " + name + ", \"" + count
                    + "\", is not a whole number.", e);
            }
            if (lags[idx] < 0 || lags[idx] > MAX_LAGS) {
                throw new InvalidSettingsException(option + "the number of lags of " + name + " must be between 0 and "
                    + MAX_LAGS + ", got " + lags[idx] + ".");
            }
        }
        return lags;
    }

    static SettingsModelString createStandardErrorsModel() {
        return new SettingsModelString(CFG_STANDARD_ERRORS, StandardErrorType.CLASSICAL.label());
    }

    static SettingsModelBoolean createNeweyWestAutomaticModel() {
        return new SettingsModelBoolean(CFG_NW_AUTOMATIC, true);
    }

    static SettingsModelIntegerBounded createNeweyWestLagModel() {
        return new SettingsModelIntegerBounded(CFG_NW_LAG, 1, 0, 1000);
    }

    static SettingsModelBoolean createNeweyWestSmallSampleModel() {
        return new SettingsModelBoolean(CFG_NW_SMALL_SAMPLE, false);
    }

    static SettingsModelString createPresetModel() {
        return new SettingsModelString(CFG_CONVENTIONS_OF, Choice.label(RegressionConventionPreset.STATA, PRESETS));
    }

    static SettingsModelString createNeweyWestLagRuleModel() {
        return new SettingsModelString(CFG_NW_LAG_RULE, Choice.label(NeweyWestLagRule.NEWEY_WEST_1994, NW_LAG_RULES));
    }

    static SettingsModelString createRobustPValuesModel() {
        return new SettingsModelString(CFG_ROBUST_P_VALUES, Choice.label(TestDistribution.STUDENT_T, ROBUST_P_VALUES));
    }

    static SettingsModelBoolean createCriteriaCountVarianceModel() {
        return new SettingsModelBoolean(CFG_CRITERIA_COUNT_VARIANCE, false);
    }

    static SettingsModelIntegerBounded createSerialOrderModel() {
        return new SettingsModelIntegerBounded(CFG_SERIAL_ORDER, 1, 1, 50);
    }
}
