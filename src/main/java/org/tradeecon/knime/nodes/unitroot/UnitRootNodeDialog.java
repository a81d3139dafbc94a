package org.tradeecon.knime.nodes.unitroot;

import java.util.Set;
import java.util.function.BooleanSupplier;

import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.engine.unitroot.PhillipsPerronBandwidth;
import org.tradeecon.knime.nodes.common.CommonSettings;
import org.tradeecon.knime.nodes.common.SettingsPane;
import org.tradeecon.knime.nodes.common.TestSettings;
import org.tradeecon.knime.nodes.common.Choice;
import org.tradeecon.knime.nodes.unitroot.UnitRootSettings.Kind;

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
        addPhillipsPerron(() -> is(test, Set.of(Kind.PHILLIPS_PERRON)), test);
        createNewGroup("Zivot-Andrews");
        SettingsModelString zaBreak = UnitRootSettings.createZaBreakModel();
        var trim = UnitRootSettings.createZaTrimModel();
        addRule(() -> {
            boolean on = is(test, Set.of(Kind.ZIVOT_ANDREWS));
            zaBreak.setEnabled(on);
            trim.setEnabled(on);
        }, test);
        addDialogComponent(new DialogComponentStringSelection(zaBreak, UnitRootSettings.LABEL_ZA_BREAK,
            Choice.labels(UnitRootSettings.ZA_BREAKS)));
        addDialogComponent(new DialogComponentNumber(trim, UnitRootSettings.LABEL_ZA_TRIM, 0.01));
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

    private void addPhillipsPerron(final BooleanSupplier active, final SettingsModelString test) {
        SettingsModelString bandwidth = UnitRootSettings.createPpBandwidthModel();
        SettingsModelIntegerBounded lags = UnitRootSettings.createPpLagsModel();
        SettingsModelString kernel = UnitRootSettings.createPpKernelModel();
        addRule(() -> {
            boolean on = active.getAsBoolean();
            bandwidth.setEnabled(on);
            kernel.setEnabled(on);
            lags.setEnabled(on && Choice.label(PhillipsPerronBandwidth.FIXED, UnitRootSettings.PP_BANDWIDTHS)
                .equals(bandwidth.getStringValue()));
        }, test, bandwidth);
        addDialogComponent(new DialogComponentStringSelection(bandwidth, UnitRootSettings.LABEL_PP_BANDWIDTH,
            Choice.labels(UnitRootSettings.PP_BANDWIDTHS)));
        addDialogComponent(new DialogComponentNumber(lags, UnitRootSettings.LABEL_PP_LAGS, 1));
        addDialogComponent(new DialogComponentStringSelection(kernel, UnitRootSettings.LABEL_PP_KERNEL,
            Choice.labels(UnitRootSettings.PP_KERNELS)));
    }

    /** @return whether the test chosen in the dialog is one of {@code kinds} */
    private static boolean is(final SettingsModelString test, final Set<Kind> kinds) {
        return UnitRootSettings.TESTS.stream().anyMatch(c -> kinds.contains(c.value())
            && c.label().equals(test.getStringValue()));
    }
}
