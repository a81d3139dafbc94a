package org.tradeecon.knime.nodes.dols;

import org.knime.core.data.DoubleValue;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.nodes.common.MissingValuePolicy;

/**
 * Keys (names in settings.xml and for flow variables), dialog labels (= option names in the node description)
 * and one factory per setting of the Dynamic OLS (Stock-Watson) node; the shared ones are in
 * {@link org.tradeecon.knime.nodes.common.CommonSettings}.
 */
final class DolsSettings {
    static final String CFG_DEPENDENT = "dependent_column";
    static final String CFG_REGRESSORS = "regressors";
    static final String CFG_RULE = "leads_lags_rule";
    static final String CFG_LEADS = "leads";
    static final String CFG_LAGS = "lags";
    static final String CFG_STANDARD_ERRORS = "standard_errors";
    static final String CFG_BANDWIDTH_AUTOMATIC = "bandwidth_automatic";
    static final String CFG_BANDWIDTH = "bandwidth";

    static final String LABEL_DEPENDENT = "Dependent variable";
    static final String LABEL_REGRESSORS = "Regressors";
    static final String LABEL_RULE = "Leads and lags";
    static final String LABEL_LEADS = "Leads (maximum for AIC/BIC)";
    static final String LABEL_LAGS = "Lags (maximum for AIC/BIC)";
    static final String LABEL_STANDARD_ERRORS = "Standard errors";
    static final String LABEL_BANDWIDTH_AUTOMATIC = "Bandwidth chosen automatically";
    static final String LABEL_BANDWIDTH = "Bandwidth (Bartlett lag)";

    /** A regression needs every value in its sample: no "keep as missing". */
    static final MissingValuePolicy[] OFFERED = {MissingValuePolicy.FAIL, MissingValuePolicy.LONGEST_COMPLETE_STRETCH};

    private DolsSettings() {
    }

    static SettingsModelString createDependentModel() {
        return new SettingsModelString(CFG_DEPENDENT, null);
    }

    static SettingsModelColumnFilter2 createRegressorsModel() {
        return new SettingsModelColumnFilter2(CFG_REGRESSORS, DoubleValue.class);
    }

    static SettingsModelString createRuleModel() {
        return new SettingsModelString(CFG_RULE, DolsChoices.LeadLagRule.FIXED.label());
    }

    static SettingsModelIntegerBounded createLeadsModel() {
        return new SettingsModelIntegerBounded(CFG_LEADS, 1, 0, 20);
    }

    static SettingsModelIntegerBounded createLagsModel() {
        return new SettingsModelIntegerBounded(CFG_LAGS, 1, 0, 20);
    }

    static SettingsModelString createStandardErrorsModel() {
        return new SettingsModelString(CFG_STANDARD_ERRORS, DolsChoices.StandardErrors.LONG_RUN_VARIANCE.label());
    }

    static SettingsModelBoolean createBandwidthAutomaticModel() {
        return new SettingsModelBoolean(CFG_BANDWIDTH_AUTOMATIC, true);
    }

    static SettingsModelIntegerBounded createBandwidthModel() {
        return new SettingsModelIntegerBounded(CFG_BANDWIDTH, 1, 0, 1000);
    }
}
