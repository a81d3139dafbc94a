package org.tradeecon.knime.nodes.differencing;

import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.tradeecon.knime.nodes.common.CommonSettings;
import org.tradeecon.knime.nodes.common.MissingValuePolicy;
import org.tradeecon.knime.nodes.common.SettingsPane;

/** Dialog of the Differencing node. */
final class DifferencingNodeDialog extends SettingsPane {
    DifferencingNodeDialog() {
        CommonSettings.addColumnsComponent(this);
        createNewGroup("Differencing");
        addDialogComponent(new DialogComponentNumber(DifferencingSettings.createOrderModel(),
            DifferencingSettings.LABEL_ORDER, 1));
        SettingsModelIntegerBounded seasonal = DifferencingSettings.createSeasonalOrderModel();
        SettingsModelIntegerBounded period = DifferencingSettings.createSeasonalPeriodModel();
        // the period matters only with seasonal differences
        addRule(() -> period.setEnabled(seasonal.getIntValue() > 0), seasonal);
        addDialogComponent(new DialogComponentNumber(seasonal, DifferencingSettings.LABEL_SEASONAL_ORDER, 1));
        addDialogComponent(new DialogComponentNumber(period, DifferencingSettings.LABEL_SEASONAL_PERIOD, 1));
        addDialogComponent(new DialogComponentBoolean(DifferencingSettings.createLogModel(),
            DifferencingSettings.LABEL_LOG));
        addDialogComponent(new DialogComponentBoolean(DifferencingSettings.createRemoveLeadingModel(),
            DifferencingSettings.LABEL_REMOVE_LEADING));
        createNewGroup("Time, groups and missing values");
        CommonSettings.addSeriesComponents(this, DifferencingSettings.DEFAULT_MISSING, MissingValuePolicy.KEEP,
            MissingValuePolicy.FAIL, MissingValuePolicy.LONGEST_COMPLETE_STRETCH);
        closeCurrentGroup();
    }
}
