package org.tradeecon.knime.nodes.unitroot;

import java.util.Set;

import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.nodes.common.CommonSettings;
import org.tradeecon.knime.nodes.common.SettingsPane;
import org.tradeecon.knime.nodes.common.TestSettings;
import org.tradeecon.knime.nodes.common.Choice;
import org.tradeecon.knime.nodes.common.UnitRootTests;
import org.tradeecon.knime.nodes.common.UnitRootTests.Kind;

/** Dialog of the Unit Root Test node: each test's options are enabled only while that test is chosen. */
final class UnitRootNodeDialog extends SettingsPane {
    UnitRootNodeDialog() {
        CommonSettings.addColumnsComponent(this);
        createNewGroup("Test");
        SettingsModelString test = UnitRootSettings.createTestModel();
        addDialogComponent(new DialogComponentStringSelection(test, UnitRootSettings.LABEL_TEST,
            Choice.labels(UnitRootSettings.TESTS)));
        TestSettings.addCommonComponents(this, () -> !is(test, Set.of(Kind.ZIVOT_ANDREWS)), test);
        addSimulation();
        createNewTab(ADVANCED); // the first tab keeps what most analyses change
        createNewGroup("Lags (ADF, DF-GLS, Zivot-Andrews) and ADF p-values");
        TestSettings.addAdfComponents(this, TestSettings.GLS_LAG_RULES,
            () -> is(test, Set.of(Kind.ADF, Kind.DF_GLS, Kind.ZIVOT_ANDREWS)), () -> is(test, Set.of(Kind.ADF)), test);
        createNewGroup("KPSS");
        TestSettings.addKpssComponents(this, () -> is(test, Set.of(Kind.KPSS)), test);
        createNewGroup("Phillips-Perron");
        UnitRootTests.addPhillipsPerronComponents(this, () -> is(test, Set.of(Kind.PHILLIPS_PERRON)), test);
        createNewGroup("Zivot-Andrews");
        UnitRootTests.addZivotAndrewsComponents(this, () -> is(test, Set.of(Kind.ZIVOT_ANDREWS)), test);
        createNewGroup("Time, groups and missing values");
        CommonSettings.addSeriesComponents(this, UnitRootSettings.DEFAULT_MISSING, UnitRootSettings.OFFERED);
        closeCurrentGroup();
    }

    /** The finite-sample p-value (issue 15): replications and seed only while it is ticked. */
    private void addSimulation() {
        createNewGroup("Finite-sample p-value");
        SettingsModelBoolean simulate = UnitRootSettings.createSimulateModel();
        SettingsModelIntegerBounded replications = UnitRootSettings.createReplicationsModel();
        SettingsModelInteger seed = UnitRootSettings.createSeedModel();
        addRule(() -> {
            replications.setEnabled(simulate.getBooleanValue());
            seed.setEnabled(simulate.getBooleanValue());
        }, simulate);
        addDialogComponent(new DialogComponentBoolean(simulate, UnitRootSettings.LABEL_SIMULATE));
        addDialogComponent(new DialogComponentNumber(replications, UnitRootSettings.LABEL_REPLICATIONS, 1000));
        addDialogComponent(new DialogComponentNumber(seed, UnitRootSettings.LABEL_SEED, 1));
    }

    /** @return whether the test chosen in the dialog is one of {@code kinds} */
    private static boolean is(final SettingsModelString test, final Set<Kind> kinds) {
        return UnitRootTests.is(test, UnitRootSettings.TESTS, kinds);
    }
}
