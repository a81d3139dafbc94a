package org.tradeecon.knime.nodes.laggedregression;

import org.knime.core.data.DoubleValue;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
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
    static final String CFG_STANDARD_ERRORS = "standard_errors";
    static final String CFG_NW_AUTOMATIC = "newey_west_automatic_lag";
    static final String CFG_NW_LAG = "newey_west_lag";
    static final String CFG_NW_SMALL_SAMPLE = "newey_west_small_sample";
    static final String CFG_SERIAL_ORDER = "serial_correlation_order";

    static final String LABEL_DEPENDENT = "Dependent variable";
    static final String LABEL_REGRESSORS = "Regressors";
    static final String LABEL_DEPENDENT_LAGS = "Lags of the dependent variable";
    static final String LABEL_REGRESSOR_LAGS = "Lags of the regressors";
    static final String LABEL_STANDARD_ERRORS = "Standard errors";
    static final String LABEL_NW_AUTOMATIC = "Newey-West lag chosen automatically";
    static final String LABEL_NW_LAG = "Newey-West lag";
    static final String LABEL_NW_SMALL_SAMPLE = "Newey-West small-sample correction n/(n-k)";
    static final String LABEL_SERIAL_ORDER = "Breusch-Godfrey and Durbin alternative order";

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
        return new SettingsModelIntegerBounded(CFG_DEPENDENT_LAGS, 1, 1, 50);
    }

    static SettingsModelIntegerBounded createRegressorLagsModel() {
        return new SettingsModelIntegerBounded(CFG_REGRESSOR_LAGS, 0, 0, 50);
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

    static SettingsModelIntegerBounded createSerialOrderModel() {
        return new SettingsModelIntegerBounded(CFG_SERIAL_ORDER, 1, 1, 50);
    }
}
