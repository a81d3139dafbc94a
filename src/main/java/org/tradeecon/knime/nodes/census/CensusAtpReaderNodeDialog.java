package org.tradeecon.knime.nodes.census;

import org.knime.core.node.defaultnodesettings.DialogComponentPasswordField;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.tradeecon.knime.nodes.common.OnlineSourceSettings;
import org.tradeecon.knime.nodes.common.SettingsPane;

/** Dialog of the US Census ATP Trade Reader node. */
final class CensusAtpReaderNodeDialog extends SettingsPane {
    CensusAtpReaderNodeDialog() {
        addDialogComponent(new DialogComponentString(CensusAtpReaderNodeModel.createPartnerModel(),
            CensusAtpReaderNodeModel.LABEL_PARTNER, true, 10));
        OnlineSourceSettings.addComponents(this);
        createNewGroup("Census API key (live only; every query needs one)");
        addDialogComponent(new DialogComponentString(CensusAtpReaderNodeModel.createCredentialsModel(),
            CensusAtpReaderNodeModel.LABEL_CREDENTIALS, false, 20));
        addDialogComponent(new DialogComponentPasswordField(CensusAtpReaderNodeModel.createApiKeyModel(),
            CensusAtpReaderNodeModel.LABEL_API_KEY, 30));
        closeCurrentGroup();
    }
}
