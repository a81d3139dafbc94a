package org.knime.core.node;

import java.util.Arrays;
import java.util.List;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;

/**
 * STAND-IN ONLY, for tests (no such class in KNIME): creates execution contexts and input tables, which KNIME's
 * framework does in a real installation. Node code must never use it.
 */
public final class StubExecutionContext {
    private StubExecutionContext() {
    }

    /** @return a context that is never cancelled */
    public static ExecutionContext create() {
        return new ExecutionContext(new ExecutionMonitor.State(-1));
    }

    /**
     * @param checks number of {@code checkCanceled()} calls that pass (over the context and all its
     *            sub-contexts); every later call throws CanceledExecutionException
     */
    public static ExecutionContext cancelAfterChecks(final int checks) {
        if (checks < 0) {
            throw new IllegalArgumentException("checks must be >= 0");
        }
        return new ExecutionContext(new ExecutionMonitor.State(checks));
    }

    /** @return a table with these rows (validated as a container would) */
    public static BufferedDataTable table(final DataTableSpec spec, final List<? extends DataRow> rows) {
        BufferedDataContainer c = new BufferedDataContainer(spec);
        rows.forEach(c::addRowToTable);
        c.close();
        return c.getTable();
    }

    public static BufferedDataTable table(final DataTableSpec spec, final DataRow... rows) {
        return table(spec, Arrays.asList(rows));
    }

    /** @return how often checkCanceled was called on {@code exec} or a monitor sharing its state */
    public static int checkCount(final ExecutionMonitor exec) {
        return exec.m_state.checks();
    }

    /** @return the last progress value set (0..1) */
    public static double progress(final ExecutionMonitor exec) {
        return exec.m_state.progress();
    }

    /** @return all progress messages in the order they were set */
    public static List<String> messages(final ExecutionMonitor exec) {
        return exec.m_state.messages();
    }
}
