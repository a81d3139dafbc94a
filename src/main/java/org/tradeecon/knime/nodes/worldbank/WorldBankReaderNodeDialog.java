package org.tradeecon.knime.nodes.worldbank;

import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.tradeecon.knime.nodes.common.LabelledChoice;
import org.tradeecon.knime.nodes.common.OnlineSourceSettings;
import org.tradeecon.knime.nodes.common.SettingsPane;

/** Dialog of the World Bank Indicator Reader node. */
final class WorldBankReaderNodeDialog extends SettingsPane {
    WorldBankReaderNodeDialog() {
        addDialogComponent(new DialogComponentString(WorldBankReaderNodeModel.createIndicatorsModel(),
            WorldBankReaderNodeModel.LABEL_INDICATORS, true, 40));
        addDialogComponent(new DialogComponentString(WorldBankReaderNodeModel.createCountriesModel(),
            WorldBankReaderNodeModel.LABEL_COUNTRIES, true, 20));
        addDialogComponent(new DialogComponentStringSelection(WorldBankReaderNodeModel.createLayoutModel(),
            WorldBankReaderNodeModel.LABEL_LAYOUT, LabelledChoice.labels(TableLayout.class)));
        OnlineSourceSettings.addComponents(this);
    }
}
