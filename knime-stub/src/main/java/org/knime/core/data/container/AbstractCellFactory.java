package org.knime.core.data.container;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.RowKey;
import org.knime.core.node.ExecutionMonitor;

/** Stand-in: a cell factory with fixed column specs; rows are processed sequentially here. */
public abstract class AbstractCellFactory implements CellFactory {
    private final DataColumnSpec[] m_colSpecs;

    public AbstractCellFactory(final DataColumnSpec... colSpecs) {
        this(false, colSpecs);
    }

    public AbstractCellFactory(final boolean processConcurrently, final DataColumnSpec... colSpecs) {
        m_colSpecs = colSpecs.clone();
    }

    @Override
    public DataColumnSpec[] getColumnSpecs() {
        return m_colSpecs.clone();
    }

    /** Called after the last row was processed. */
    public void afterProcessing() {
    }

    public void setParallelProcessing(final boolean value) {
        // the stand-in always works sequentially
    }

    /** @deprecated as in KNIME */
    @Deprecated
    @Override
    public void setProgress(final int curRowNr, final int rowCount, final RowKey lastKey,
        final ExecutionMonitor exec) {
        exec.setProgress(rowCount > 0 ? curRowNr / (double)rowCount : 0, "Processed row " + curRowNr + " (\""
            + lastKey + "\")");
    }
}
