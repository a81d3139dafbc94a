package org.tradeecon.knime.engine.simulation;

/** Thrown when the {@link SimulationMonitor} asked a running simulation to stop; no partial result is returned. */
public final class SimulationCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SimulationCancelledException(final int done, final int replications) {
        super("The simulation was cancelled after " + done + " of " + replications + " replications.");
    }
}
