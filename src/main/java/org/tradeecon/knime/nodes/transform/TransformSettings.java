package org.tradeecon.knime.nodes.transform;

import org.knime.core.node.defaultnodesettings.SettingsModelDouble;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * Keys (names in settings.xml and for flow variables), dialog labels (= option names in the node description)
 * and one factory per setting of the Series Transform node.
 */
final class TransformSettings {
    static final String CFG_OPERATION = "operation";
    static final String CFG_COLUMN = "column";
    static final String CFG_SECOND_COLUMN = "second_column";
    static final String CFG_DIVISOR = "divisor";
    static final String CFG_NEW_COLUMN = "new_column";

    static final String LABEL_OPERATION = "Operation";
    static final String LABEL_COLUMN = "Column x";
    static final String LABEL_SECOND_COLUMN = "Column y";
    static final String LABEL_DIVISOR = "Divisor";
    static final String LABEL_NEW_COLUMN = "New column name";

    private TransformSettings() {
    }

    static SettingsModelString createOperationModel() {
        return new SettingsModelString(CFG_OPERATION, TransformOperation.SCALE.label());
    }

    /** No default: the column to transform is always chosen by the user, never guessed. */
    static SettingsModelString createColumnModel() {
        return new SettingsModelString(CFG_COLUMN, null);
    }

    /** Only used by "x / y"; empty (null) otherwise. */
    static SettingsModelString createSecondColumnModel() {
        return new SettingsModelString(CFG_SECOND_COLUMN, null);
    }

    /** 1 = no scaling. */
    static SettingsModelDouble createDivisorModel() {
        return new SettingsModelDouble(CFG_DIVISOR, 1.0);
    }

    /** No default: the appended column is always named by the user. */
    static SettingsModelString createNewColumnModel() {
        return new SettingsModelString(CFG_NEW_COLUMN, "");
    }
}
