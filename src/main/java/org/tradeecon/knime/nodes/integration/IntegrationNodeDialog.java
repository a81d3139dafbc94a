package org.tradeecon.knime.nodes.integration;

import java.util.Set;
import java.util.function.BooleanSupplier;

import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.nodes.common.Choice;
import org.tradeecon.knime.nodes.common.CommonSettings;
import org.tradeecon.knime.nodes.common.SettingsPane;
import org.tradeecon.knime.nodes.common.SimulationSettings;
import org.tradeecon.knime.nodes.common.TestSettings;
import org.tradeecon.knime.nodes.common.UnitRootTests;
import org.tradeecon.knime.nodes.common.UnitRootTests.Kind;

/**
 * Dialog of the Order of Integration node: each test's options are enabled only while that test is the test at each
 * difference or the confirming test, the confirming test only while agreement is required.
 */
final class IntegrationNodeDialog extends SettingsPane {
    private final SettingsModelString m_test = IntegrationSettings.createTestModel();
    private final SettingsModelBoolean m_agree = IntegrationSettings.createKpssModel();
    private final SettingsModelString m_confirming = IntegrationSettings.createConfirmingModel();

    IntegrationNodeDialog() {
        CommonSettings.addColumnsComponent(this);
        createNewGroup("Order of integration");
        addDialogComponent(new DialogComponentNumber(IntegrationSettings.createMaxDModel(),
            IntegrationSettings.LABEL_MAX_D, 1));
        addDialogComponent(new DialogComponentStringSelection(m_test, IntegrationSettings.LABEL_TEST,
            Choice.labels(IntegrationSettings.TESTS)));
        // Zivot-Andrews has its own terms; KPSS takes them from the unit-root test
        TestSettings.addCommonComponents(this, () -> uses(Set.of(Kind.ADF, Kind.DF_GLS, Kind.PHILLIPS_PERRON)),
            m_test, m_agree, m_confirming);
        addRule(() -> m_confirming.setEnabled(m_agree.getBooleanValue()), m_agree);
        addDialogComponent(new DialogComponentBoolean(m_agree, IntegrationSettings.LABEL_KPSS));
        addDialogComponent(new DialogComponentStringSelection(m_confirming, IntegrationSettings.LABEL_CONFIRMING,
            Choice.labels(UnitRootTests.TESTS)));
        createNewGroup("Finite-sample p-values");
        SettingsModelBoolean simulate = IntegrationSettings.createSimulateModel();
        addRule(() -> simulate.setEnabled(uses(Set.of(Kind.ADF, Kind.KPSS))), m_test, m_agree, m_confirming);
        SimulationSettings.addDialogComponents(this, simulate, IntegrationSettings.LABEL_SIMULATE,
            IntegrationSettings.LABEL_REPLICATIONS);
        createNewGroup("Lags (ADF, DF-GLS, Zivot-Andrews) and ADF p-values");
        TestSettings.addAdfComponents(this, TestSettings.LAG_RULES,
            active(Kind.ADF, Kind.DF_GLS, Kind.ZIVOT_ANDREWS), active(Kind.ADF), m_test, m_agree, m_confirming);
        createNewGroup("KPSS");
        TestSettings.addKpssComponents(this, active(Kind.KPSS), m_test, m_agree, m_confirming);
        createNewGroup("Phillips-Perron");
        UnitRootTests.addPhillipsPerronComponents(this, active(Kind.PHILLIPS_PERRON), m_test, m_agree,
            m_confirming);
        createNewGroup("Zivot-Andrews");
        UnitRootTests.addZivotAndrewsComponents(this, active(Kind.ZIVOT_ANDREWS), m_test, m_agree, m_confirming);
        createNewGroup("Time, groups and missing values");
        CommonSettings.addSeriesComponents(this, IntegrationSettings.DEFAULT_MISSING,
            IntegrationSettings.OFFERED);
        closeCurrentGroup();
    }

    private BooleanSupplier active(final Kind... kinds) {
        return () -> uses(Set.of(kinds));
    }

    /** @return whether the test at each difference or (when agreement is required) the confirming test is one of these */
    private boolean uses(final Set<Kind> kinds) {
        return UnitRootTests.is(m_test, IntegrationSettings.TESTS, kinds)
            || m_agree.getBooleanValue() && UnitRootTests.is(m_confirming, UnitRootTests.TESTS, kinds);
    }
}
