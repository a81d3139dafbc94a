package org.tradeecon.knime.nodes.ardl;

import org.knime.core.data.DoubleValue;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.nodes.common.MissingValuePolicy;

/**
 * Keys (names in settings.xml and for flow variables), dialog labels (= option names in the node description)
 * and one factory per setting of the ARDL Bounds Test node; the shared ones (time column, group column, missing
 * values) are in {@link org.tradeecon.knime.nodes.common.CommonSettings}.
 */
final class ArdlSettings {
    static final String CFG_DEPENDENT = "dependent_column";
    static final String CFG_REGRESSORS = "regressors";
    static final String CFG_CASE = "pss_case";
    static final String CFG_ORDERS = "lag_orders";
    static final String CFG_DEPENDENT_LAGS = "dependent_lags";
    static final String CFG_REGRESSOR_LAGS = "regressor_lags";
    static final String CFG_MAX_DEPENDENT_LAGS = "max_dependent_lags";
    static final String CFG_MAX_REGRESSOR_LAGS = "max_regressor_lags";
    static final String CFG_LEVEL = "significance_level";

    static final String LABEL_DEPENDENT = "Dependent variable";
    static final String LABEL_REGRESSORS = "Regressors";
    static final String LABEL_CASE = "Deterministic case (PSS)";
    static final String LABEL_ORDERS = "Lag orders";
    static final String LABEL_DEPENDENT_LAGS = "Lags of the dependent variable (p)";
    static final String LABEL_REGRESSOR_LAGS = "Lags of the regressors (q)";
    static final String LABEL_MAX_DEPENDENT_LAGS = "Largest p searched";
    static final String LABEL_MAX_REGRESSOR_LAGS = "Largest q searched";
    static final String LABEL_LEVEL = "Significance level";
    // issue 16: older workflows lack these and load with the simulation off
    static final String CFG_SIMULATE = "simulated_bounds";
    static final String LABEL_SIMULATE = "Simulated bounds at the sample size";
    static final String LABEL_REPLICATIONS = "Replications (simulated bounds)";

    /** Upper bound of every lag count. */
    static final int MAX_LAGS = 12;

    /** A regression needs every value in its sample: no "keep as missing". */
    static final MissingValuePolicy[] OFFERED = {MissingValuePolicy.FAIL, MissingValuePolicy.LONGEST_COMPLETE_STRETCH};

    private ArdlSettings() {
    }

    static SettingsModelString createDependentModel() {
        return new SettingsModelString(CFG_DEPENDENT, null);
    }

    static SettingsModelColumnFilter2 createRegressorsModel() {
        return new SettingsModelColumnFilter2(CFG_REGRESSORS, DoubleValue.class);
    }

    /** Case III, an unrestricted intercept, is PSS's and most applied work's choice. */
    static SettingsModelString createCaseModel() {
        return new SettingsModelString(CFG_CASE, ArdlChoices.Case.III.label());
    }

    static SettingsModelString createOrdersModel() {
        return new SettingsModelString(CFG_ORDERS, ArdlChoices.Orders.AIC.label());
    }

    static SettingsModelIntegerBounded createDependentLagsModel() {
        return new SettingsModelIntegerBounded(CFG_DEPENDENT_LAGS, 1, 1, MAX_LAGS);
    }

    static SettingsModelIntegerBounded createRegressorLagsModel() {
        return new SettingsModelIntegerBounded(CFG_REGRESSOR_LAGS, 1, 1, MAX_LAGS);
    }

    /** 2: annual samples of 15 to 30 years leave no room for a larger grid with several regressors. */
    static SettingsModelIntegerBounded createMaxDependentLagsModel() {
        return new SettingsModelIntegerBounded(CFG_MAX_DEPENDENT_LAGS, 2, 1, MAX_LAGS);
    }

    static SettingsModelIntegerBounded createMaxRegressorLagsModel() {
        return new SettingsModelIntegerBounded(CFG_MAX_REGRESSOR_LAGS, 2, 1, MAX_LAGS);
    }

    static SettingsModelBoolean createSimulateModel() {
        return new SettingsModelBoolean(CFG_SIMULATE, false);
    }

    static SettingsModelString createLevelModel() {
        return new SettingsModelString(CFG_LEVEL, ArdlChoices.Level.FIVE.label());
    }
}
