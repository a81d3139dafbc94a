package org.tradeecon.knime.nodes.census;

import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.tradeecon.knime.nodes.common.OnlineSourceSettings;
import org.tradeecon.knime.nodes.common.SettingsPane;

/** Dialog of the US Census ATP Trade Reader node. */
final class CensusAtpReaderNodeDialog extends SettingsPane {
    CensusAtpReaderNodeDialog() {
        addDialogComponent(new DialogComponentString(CensusAtpReaderNodeModel.createPartnerModel(),
            CensusAtpReaderNodeModel.LABEL_PARTNER, true, 10));
        OnlineSourceSettings.addComponents(this);
        addDialogComponent(new DialogComponentString(CensusAtpReaderNodeModel.createApiKeyModel(),
            CensusAtpReaderNodeModel.LABEL_API_KEY, false, 30));
    }
}
