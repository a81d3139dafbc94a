package org.tradeecon.knime.nodes.common;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.tradeecon.knime.engine.simulation.SimulationMonitor;

/** The engine's Monte Carlo and bootstrap runs report to KNIME: a progress message, and KNIME's cancel button. */
public final class SimulationProgress {
    private SimulationProgress() {
    }

    /**
     * @param exec the node's execution monitor
     * @param what names the work in the message, e.g. "Simulating \"PATENT\""
     * @return a monitor that shows "what: 40%" and stops the simulation when the user cancels the node
     */
    public static SimulationMonitor of(final ExecutionMonitor exec, final String what) {
        return SimulationMonitor.of(f -> exec.setMessage(what + ": " + Math.round(100 * f) + "%"), () -> {
            try {
                exec.checkCanceled();
                return false;
            } catch (CanceledExecutionException e) {
                return true;
            }
        });
    }
}
