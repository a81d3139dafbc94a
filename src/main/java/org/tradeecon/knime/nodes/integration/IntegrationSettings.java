package org.tradeecon.knime.nodes.integration;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.tradeecon.knime.nodes.common.Choice;
import org.tradeecon.knime.nodes.common.SeriesTestNodeModel;
import org.tradeecon.knime.nodes.common.SimulationSettings;
import org.tradeecon.knime.nodes.common.TestSettings;
import org.tradeecon.knime.nodes.common.UnitRootTests;
import org.tradeecon.knime.nodes.common.UnitRootTests.Kind;

/**
 * All settings of the Order of Integration node. Keys: {@value #CFG_MAX_D} and {@value #CFG_KPSS} here, and, added
 * later (older workflows lack them and load with today's behaviour: ADF at each difference, KPSS as the confirming
 * test when agreement is ticked, no simulation), {@value #CFG_TEST}, {@value #CFG_CONFIRMING} and the simulation keys
 * (the Unit Root Test node's); the Phillips–Perron and Zivot–Andrews keys in {@link UnitRootTests}, the ADF/KPSS keys
 * in {@link TestSettings}, the series keys in {@link org.tradeecon.knime.nodes.common.CommonSettings}.
 */
final class IntegrationSettings extends SeriesTestNodeModel.Settings {
    static final String CFG_MAX_D = "max_d";
    /** The key of the agreement switch (named when KPSS was the only confirming test). */
    static final String CFG_KPSS = "kpss_agreement";
    static final String CFG_TEST = "test";
    static final String CFG_CONFIRMING = "confirming_test";
    static final String CFG_SIMULATE = "finite_sample_simulated";
    static final String LABEL_MAX_D = "Maximum order (max d)";
    static final String LABEL_TEST = "Test at each difference";
    static final String LABEL_KPSS = "Require agreement of a confirming test";
    static final String LABEL_CONFIRMING = "Confirming test";
    static final String LABEL_SIMULATE = "Finite-sample p-values (simulated, ADF and KPSS)";
    static final String LABEL_REPLICATIONS = "Replications";

    /** The unit-root tests that can decide at each difference. */
    static final List<Choice<Kind>> TESTS = UnitRootTests.TESTS.stream().filter(c -> c.value() != Kind.KPSS).toList();

    final SettingsModelIntegerBounded m_maxD = m_set.add(createMaxDModel(), LABEL_MAX_D);
    final SettingsModelBoolean m_kpss = m_set.add(createKpssModel(), LABEL_KPSS);
    final SettingsModelString m_test = m_set.addLater(createTestModel(), CFG_TEST, LABEL_TEST);
    final SettingsModelString m_confirming = m_set.addLater(createConfirmingModel(), CFG_CONFIRMING,
        LABEL_CONFIRMING);
    final UnitRootTests m_more = new UnitRootTests(m_set, m_tests);
    final SettingsModelBoolean m_simulate = m_set.addLater(createSimulateModel(), CFG_SIMULATE, LABEL_SIMULATE);
    final SettingsModelIntegerBounded m_replications = m_set.addLater(SimulationSettings.createReplicationsModel(),
        SimulationSettings.CFG_REPLICATIONS, LABEL_REPLICATIONS);
    final SettingsModelInteger m_seed = m_set.addLater(SimulationSettings.createSeedModel(),
        SimulationSettings.CFG_SEED, SimulationSettings.LABEL_SEED);

    static SettingsModelIntegerBounded createMaxDModel() {
        return new SettingsModelIntegerBounded(CFG_MAX_D, 3, 0, 10);
    }

    static SettingsModelBoolean createKpssModel() {
        return new SettingsModelBoolean(CFG_KPSS, false);
    }

    static SettingsModelString createTestModel() {
        return new SettingsModelString(CFG_TEST, Choice.label(Kind.ADF, TESTS));
    }

    static SettingsModelString createConfirmingModel() {
        return new SettingsModelString(CFG_CONFIRMING, Choice.label(Kind.KPSS, UnitRootTests.TESTS));
    }

    static SettingsModelBoolean createSimulateModel() {
        return new SettingsModelBoolean(CFG_SIMULATE, false);
    }

    /** @return the test run at each difference */
    Kind test() throws InvalidSettingsException {
        return Choice.parse(m_test.getStringValue(), LABEL_TEST, TESTS);
    }

    /** @return the confirming test, or null when agreement is not required */
    Kind confirming() throws InvalidSettingsException {
        return m_kpss.getBooleanValue() ? Choice.parse(m_confirming.getStringValue(), LABEL_CONFIRMING,
            UnitRootTests.TESTS) : null;
    }

    /** @return the simulation's options, or null when the simulation is off */
    SimulationOptions simulation() {
        return m_simulate.getBooleanValue() ? SimulationSettings.options(m_replications, m_seed) : null;
    }

    @Override
    public void check() throws InvalidSettingsException {
        super.check();
        Kind test = test();
        Kind confirming = confirming();
        Choice.parse(m_confirming.getStringValue(), LABEL_CONFIRMING, UnitRootTests.TESTS);
        m_more.check(test);
        if (confirming != null && confirming != Kind.KPSS) { // KPSS takes its terms from the unit-root test's
            m_more.check(confirming);
        }
        if (confirming == test) {
            throw new InvalidSettingsException("The confirming test must differ from \"" + LABEL_TEST + "\" (both are"
                + " " + Choice.label(test, TESTS) + "): choose another one, or untick \"" + LABEL_KPSS + "\".");
        }
        if (m_simulate.getBooleanValue() && test != Kind.ADF && confirming != Kind.ADF && confirming != Kind.KPSS) {
            throw new InvalidSettingsException("\"" + LABEL_SIMULATE + "\" simulates the ADF and KPSS tests only:"
                + " untick it, or use ADF or KPSS as the test or the confirming test.");
        }
    }
}
