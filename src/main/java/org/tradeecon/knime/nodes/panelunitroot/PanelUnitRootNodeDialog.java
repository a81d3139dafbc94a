package org.tradeecon.knime.nodes.panelunitroot;

import java.util.function.BooleanSupplier;

import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.engine.unitroot.panel.PanelUnitRoot;
import org.tradeecon.knime.nodes.common.Choice;
import org.tradeecon.knime.nodes.common.CommonSettings;
import org.tradeecon.knime.nodes.common.SettingsPane;
import org.tradeecon.knime.nodes.common.TestSettings;

/** Dialog of the Panel Unit Root Test node: the lag options are disabled for Hadri's test, which has no lags. */
final class PanelUnitRootNodeDialog extends SettingsPane {
    PanelUnitRootNodeDialog() {
        createNewGroup("Panel");
        // "<none>" stands for "not chosen yet": configure then asks for a column
        addDialogComponent(new DialogComponentColumnNameSelection(PanelUnitRootSettings.createSeriesModel(),
            PanelUnitRootSettings.LABEL_SERIES, 0, false, true, PanelUnitRootSettings.SERIES_TYPES));
        addDialogComponent(new DialogComponentColumnNameSelection(PanelUnitRootSettings.createPanelModel(),
            PanelUnitRootSettings.LABEL_PANEL, 0, false, true, PanelUnitRootSettings.PANEL_TYPES));
        CommonSettings.addTimeComponent(this);
        createNewGroup("Test");
        SettingsModelString test = PanelUnitRootSettings.createTestModel();
        addDialogComponent(new DialogComponentStringSelection(test, PanelUnitRootSettings.LABEL_TEST,
            Choice.labels(PanelUnitRootSettings.TESTS)));
        addDialogComponent(new DialogComponentStringSelection(PanelUnitRootSettings.createTermsModel(),
            TestSettings.LABEL_DETERMINISTIC, Choice.labels(PanelUnitRootSettings.TERMS)));
        addDialogComponent(new DialogComponentNumber(PanelUnitRootSettings.createAlphaModel(),
            TestSettings.LABEL_ALPHA, 0.01));
        addDialogComponent(new DialogComponentBoolean(PanelUnitRootSettings.createDemeanModel(),
            PanelUnitRootSettings.LABEL_DEMEAN));
        SettingsModelString llc = PanelUnitRootSettings.createLlcConventionModel();
        addRule(() -> llc.setEnabled(chosen(test) == PanelUnitRoot.Test.LLC), test);
        addDialogComponent(new DialogComponentStringSelection(llc, PanelUnitRootSettings.LABEL_LLC_CONVENTION,
            Choice.labels(PanelUnitRootSettings.LLC_CONVENTIONS)));
        createNewGroup("Lags of the unit ADF regressions");
        BooleanSupplier hasLags = () -> !PanelUnitRootSettings.isHadri(chosen(test));
        TestSettings.addAdfComponents(this, TestSettings.LAG_RULES, hasLags, hasLags, test);
        closeCurrentGroup();
    }

    /** @return the chosen test, null for an unknown label (configure reports it) */
    private static PanelUnitRoot.Test chosen(final SettingsModelString m) {
        return PanelUnitRootSettings.TESTS.stream().filter(c -> c.label().equals(m.getStringValue()))
            .map(Choice::value).findFirst().orElse(null);
    }
}
