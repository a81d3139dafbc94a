package org.tradeecon.knime.nodes.resultcheck;

import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentMultiLineString;
import org.tradeecon.knime.nodes.common.SettingsPane;

/** Dialog of the Expected Results Check node. */
final class ResultCheckNodeDialog extends SettingsPane {
    ResultCheckNodeDialog() {
        addDialogComponent(new DialogComponentMultiLineString(ResultCheckSettings.createExpectedModel(),
            ResultCheckSettings.LABEL_EXPECTED, false, 90, 16));
        addDialogComponent(new DialogComponentBoolean(ResultCheckSettings.createFailModel(),
            ResultCheckSettings.LABEL_FAIL));
    }
}
