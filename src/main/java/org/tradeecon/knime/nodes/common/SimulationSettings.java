package org.tradeecon.knime.nodes.common;

import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.tradeecon.knime.engine.simulation.SimulationOptions;

/**
 * The replications and seed of a node's Monte Carlo option, under the Unit Root Test node's keys (so that one flow
 * variable can set them alike in every node): the models, their bounds and the engine's options.
 */
public final class SimulationSettings {
    /** Key of the number of replications. */
    public static final String CFG_REPLICATIONS = "simulation_replications";
    /** Key of the seed. */
    public static final String CFG_SEED = "simulation_seed";
    /** Dialog label of the seed. */
    public static final String LABEL_SEED = "Seed";

    private SimulationSettings() {
    }

    /** @return {@link SimulationOptions#DEFAULT_REPLICATIONS}, within the engine's bounds */
    public static SettingsModelIntegerBounded createReplicationsModel() {
        return new SettingsModelIntegerBounded(CFG_REPLICATIONS, SimulationOptions.DEFAULT_REPLICATIONS,
            SimulationOptions.MIN_REPLICATIONS, SimulationOptions.MAX_REPLICATIONS);
    }

    /** @return {@link SimulationOptions#DEFAULT_SEED} */
    public static SettingsModelInteger createSeedModel() {
        return new SettingsModelInteger(CFG_SEED, (int)SimulationOptions.DEFAULT_SEED);
    }

    /** @return the engine's options for these settings (all processors) */
    public static SimulationOptions options(final SettingsModelIntegerBounded replications,
        final SettingsModelInteger seed) {
        return SimulationOptions.of(replications.getIntValue(), seed.getIntValue());
    }
}
