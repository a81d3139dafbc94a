package org.tradeecon.knime.nodes.census;

import org.knime.core.node.defaultnodesettings.DialogComponentPasswordField;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.SettingsModelPassword;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.nodes.common.OnlineSourceSettings;
import org.tradeecon.knime.nodes.common.SettingsPane;

/** Dialog of the US Census ATP Trade Reader node. */
final class CensusAtpReaderNodeDialog extends SettingsPane {
    CensusAtpReaderNodeDialog() {
        addDialogComponent(new DialogComponentString(CensusAtpReaderNodeModel.createPartnerModel(),
            CensusAtpReaderNodeModel.LABEL_PARTNER, true, 10));
        OnlineSourceSettings.addComponents(this);
        createNewGroup("Census ATP file (a third source: the Census tables you downloaded)");
        SettingsModelString file = CensusAtpReaderNodeModel.createFileModel();
        addDialogComponent(new DialogComponentString(file, CensusAtpReaderNodeModel.LABEL_FILE, false, 40));
        closeCurrentGroup();
        createNewGroup("Census API key (live only; every query needs one)");
        SettingsModelString credentials = CensusAtpReaderNodeModel.createCredentialsModel();
        SettingsModelPassword key = CensusAtpReaderNodeModel.createApiKeyModel();
        addRule(() -> {
            boolean noFile = String.valueOf(file.getStringValue()).isBlank();
            credentials.setEnabled(noFile);
            key.setEnabled(noFile);
        }, file);
        addDialogComponent(new DialogComponentString(credentials, CensusAtpReaderNodeModel.LABEL_CREDENTIALS, false,
            20));
        addDialogComponent(new DialogComponentPasswordField(key, CensusAtpReaderNodeModel.LABEL_API_KEY, 30));
        closeCurrentGroup();
    }
}
