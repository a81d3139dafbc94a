package org.knime.core.node;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Stand-in: progress and cancellation. A monitor and all its sub-monitors share one state; the stand-in can be
 * told to cancel after a number of {@link #checkCanceled()} calls (see {@code StubExecutionContext} (test sources)).
 */
public class ExecutionMonitor {
    /** Shared by a monitor and its sub-monitors. */
    static final class State {
        private final int m_cancelAfterChecks;
        private int m_checks;
        private double m_progress;
        private final List<String> m_messages = new ArrayList<>();

        State(final int cancelAfterChecks) {
            m_cancelAfterChecks = cancelAfterChecks;
        }

        synchronized void check() throws CanceledExecutionException {
            m_checks++;
            if (m_cancelAfterChecks >= 0 && m_checks > m_cancelAfterChecks) {
                throw new CanceledExecutionException("Execution canceled");
            }
        }

        synchronized void progress(final double p, final String message) {
            if (!Double.isNaN(p)) {
                m_progress = p;
            }
            if (message != null) {
                m_messages.add(message);
            }
        }

        synchronized int checks() {
            return m_checks;
        }

        synchronized double progress() {
            return m_progress;
        }

        synchronized List<String> messages() {
            return List.copyOf(m_messages);
        }
    }

    final State m_state;

    public ExecutionMonitor() {
        this(new State(-1));
    }

    ExecutionMonitor(final State state) {
        m_state = state;
    }

    public void checkCanceled() throws CanceledExecutionException {
        m_state.check();
    }

    /** @param progress between 0 and 1 */
    public void setProgress(final double progress) {
        m_state.progress(progress, null);
    }

    public void setProgress(final double progress, final String message) {
        m_state.progress(progress, message);
    }

    public void setProgress(final double progress, final Supplier<String> message) {
        m_state.progress(progress, message.get());
    }

    public void setProgress(final String message) {
        m_state.progress(Double.NaN, message);
    }

    public void setMessage(final String message) {
        m_state.progress(Double.NaN, message);
    }

    public void setMessage(final Supplier<String> message) {
        m_state.progress(Double.NaN, message.get());
    }

    /** @param maxProg the share of this monitor's progress the sub-monitor covers (not modelled here) */
    public ExecutionMonitor createSubProgress(final double maxProg) {
        return new ExecutionMonitor(m_state);
    }

    public ExecutionMonitor createSilentSubProgress(final double maxProg) {
        return new ExecutionMonitor(m_state);
    }
}
