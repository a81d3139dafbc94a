package org.tradeecon.knime.nodes.unitroot;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.tradeecon.knime.engine.unitroot.LagSelection;
import org.tradeecon.knime.engine.unitroot.UnitRootResult;
import org.tradeecon.knime.nodes.common.TestSettings;
import org.tradeecon.knime.nodes.common.SeriesTestNodeModel;
import org.tradeecon.knime.nodes.common.Choice;
import org.tradeecon.knime.nodes.common.UnitRootTests;
import org.tradeecon.knime.nodes.common.UnitRootTests.Kind;

/**
 * All settings of the Unit Root Test node (one instance per NodeModel, and a fresh one to validate incoming
 * settings). Keys: {@value #CFG_TEST} and the simulation keys here, the Phillips–Perron and Zivot–Andrews keys in
 * {@link UnitRootTests}, the ADF/KPSS keys in {@link TestSettings}, the series keys in
 * {@link org.tradeecon.knime.nodes.common.CommonSettings}.
 */
final class UnitRootSettings extends SeriesTestNodeModel.Settings {
    static final String CFG_TEST = "test";
    static final String LABEL_TEST = "Test";
    static final String CFG_SIMULATE = "finite_sample_simulated";
    static final String LABEL_SIMULATE = "Finite-sample p-value (simulated, ADF and KPSS)";
    static final String CFG_REPLICATIONS = "simulation_replications";
    static final String LABEL_REPLICATIONS = "Replications";
    static final String CFG_SEED = "simulation_seed";
    static final String LABEL_SEED = "Seed";

    /** The tests of this node. */
    static final List<Choice<Kind>> TESTS = UnitRootTests.TESTS;

    final SettingsModelString m_test = m_set.add(createTestModel(), LABEL_TEST);
    final UnitRootTests m_more = new UnitRootTests(m_set, m_tests);
    // issue 15: older workflows lack these and load with the simulation off
    final SettingsModelBoolean m_simulate = m_set.addLater(createSimulateModel(), CFG_SIMULATE, LABEL_SIMULATE);
    final SettingsModelIntegerBounded m_replications =
        m_set.addLater(createReplicationsModel(), CFG_REPLICATIONS, LABEL_REPLICATIONS);
    final SettingsModelInteger m_seed = m_set.addLater(createSeedModel(), CFG_SEED, LABEL_SEED);

    UnitRootSettings() {
        m_tests.offerMaic();
    }

    static SettingsModelString createTestModel() {
        return new SettingsModelString(CFG_TEST, TESTS.get(0).label());
    }

    static SettingsModelBoolean createSimulateModel() {
        return new SettingsModelBoolean(CFG_SIMULATE, false);
    }

    static SettingsModelIntegerBounded createReplicationsModel() {
        return new SettingsModelIntegerBounded(CFG_REPLICATIONS, SimulationOptions.DEFAULT_REPLICATIONS,
            SimulationOptions.MIN_REPLICATIONS, SimulationOptions.MAX_REPLICATIONS);
    }

    static SettingsModelInteger createSeedModel() {
        return new SettingsModelInteger(CFG_SEED, (int)SimulationOptions.DEFAULT_SEED);
    }

    /** @return the simulation's options, or null when the simulation is off */
    SimulationOptions simulation() {
        return m_simulate.getBooleanValue()
            ? SimulationOptions.of(m_replications.getIntValue(), m_seed.getIntValue()) : null;
    }

    /** @return the chosen test */
    Kind test() throws InvalidSettingsException {
        return Choice.parse(m_test.getStringValue(), LABEL_TEST, TESTS);
    }

    /** @return the lag rule's or bandwidth rule's label, as the results table shows it */
    String lagRuleLabel() throws InvalidSettingsException {
        return switch (test()) {
            case KPSS -> Choice.label(m_tests.bandwidth(), TestSettings.BANDWIDTHS);
            case PHILLIPS_PERRON -> Choice.label(m_more.ppBandwidth(), UnitRootTests.PP_BANDWIDTHS);
            default -> Choice.label(m_tests.lagRule(), TestSettings.GLS_LAG_RULES);
        };
    }

    /**
     * Runs the chosen test on one series.
     *
     * @throws IllegalArgumentException from the engine when the series cannot be tested (the reason in words)
     */
    UnitRootResult run(final double[] y, final String name) throws InvalidSettingsException {
        return m_more.run(test(), m_tests.terms(), y, name);
    }

    @Override
    public void check() throws InvalidSettingsException {
        super.check();
        Kind test = test();
        m_more.check(test);
        if (m_simulate.getBooleanValue() && test != Kind.ADF && test != Kind.KPSS) {
            throw new InvalidSettingsException("\"" + LABEL_SIMULATE + "\" is available for the ADF and KPSS tests "
                + "only: untick it, or choose one of them in \"" + LABEL_TEST + "\".");
        }
        boolean usesLagRule = test == Kind.ADF || test == Kind.DF_GLS || test == Kind.ZIVOT_ANDREWS;
        if (usesLagRule && test != Kind.DF_GLS && m_tests.lagRule() == LagSelection.MAIC) {
            throw new InvalidSettingsException("\"" + Choice.label(LagSelection.MAIC, TestSettings.GLS_LAG_RULES)
                + "\" in \"" + TestSettings.LABEL_LAG_RULE + "\" chooses the lag of DF-GLS only; choose another lag"
                + " selection for " + Choice.label(test, TESTS) + ".");
        }
    }
}
