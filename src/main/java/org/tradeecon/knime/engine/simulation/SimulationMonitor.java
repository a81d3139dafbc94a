package org.tradeecon.knime.engine.simulation;

import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Progress and cancellation of a simulation, so that a caller (a KNIME node's {@code ExecutionMonitor}) can show
 * how far it is and stop it. Both methods are called from the thread that started the simulation.
 *
 * <p>A KNIME node adapts its monitor in one line:
 * <pre>
 * SimulationMonitor m = SimulationMonitor.of(exec::setProgress, () -&gt; {
 *     try { exec.checkCanceled(); return false; } catch (CanceledExecutionException e) { return true; } });
 * </pre>
 */
public interface SimulationMonitor {

    /** A monitor that reports nothing and never cancels. */
    SimulationMonitor NONE = of(f -> { }, () -> false);

    /** @param fraction the share of replications done, in [0, 1] */
    void progress(double fraction);

    /** @return whether the caller wants the simulation stopped; it then throws {@link SimulationCancelledException} */
    boolean isCancelled();

    /**
     * @param progress receives the share done
     * @param cancelled says whether to stop
     * @return a monitor built from the two functions
     */
    static SimulationMonitor of(final DoubleConsumer progress, final BooleanSupplier cancelled) {
        return new SimulationMonitor() {
            @Override
            public void progress(final double fraction) {
                progress.accept(fraction);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.getAsBoolean();
            }
        };
    }
}
