package org.tradeecon.knime.nodes.resultcheck;

import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Keys, dialog labels (= option names in the node description) and models of the Expected Results Check node. */
final class ResultCheckSettings {
    static final String CFG_EXPECTED = "expected_values";
    static final String CFG_FAIL = "fail_on_difference";

    static final String LABEL_EXPECTED = "Expected values (row | column | expected | tolerance | source)";
    static final String LABEL_FAIL = "Fail when a value differs";

    /** Prefix of the flow variables. */
    static final String VARIABLES = "result_check";

    private ResultCheckSettings() {
    }

    static SettingsModelString createExpectedModel() {
        return new SettingsModelString(CFG_EXPECTED, "");
    }

    static SettingsModelBoolean createFailModel() {
        return new SettingsModelBoolean(CFG_FAIL, true);
    }
}
