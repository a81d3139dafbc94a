package org.tradeecon.knime.nodes.common;

import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.tradeecon.knime.engine.simulation.SimulationOptions;

/**
 * The replications and seed of a node's Monte Carlo option, under the Unit Root Test node's keys (so that one flow
 * variable can set them alike in every node): the models, their bounds, their dialog components and the engine's
 * options.
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

    /**
     * Adds the on/off box, the replications and the seed to a dialog; replications and seed are enabled only while
     * the box is ticked.
     *
     * @param pane the dialog
     * @param simulate the on/off model
     * @param simulateLabel its label
     * @param replicationsLabel the label of the replications
     */
    public static void addDialogComponents(final SettingsPane pane, final SettingsModelBoolean simulate,
        final String simulateLabel, final String replicationsLabel) {
        SettingsModelIntegerBounded replications = createReplicationsModel();
        SettingsModelInteger seed = createSeedModel();
        pane.addRule(() -> {
            replications.setEnabled(simulate.getBooleanValue());
            seed.setEnabled(simulate.getBooleanValue());
        }, simulate);
        pane.addDialogComponent(new DialogComponentBoolean(simulate, simulateLabel));
        pane.addDialogComponent(new DialogComponentNumber(replications, replicationsLabel, 1000));
        pane.addDialogComponent(new DialogComponentNumber(seed, LABEL_SEED, 1));
    }

    /** @return the engine's options for these settings (all processors) */
    public static SimulationOptions options(final SettingsModelIntegerBounded replications,
        final SettingsModelInteger seed) {
        return SimulationOptions.of(replications.getIntValue(), seed.getIntValue());
    }
}
