package org.knime.core.data.container;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;
import org.knime.core.node.ExecutionMonitor;

/**
 * Stand-in: computes new cells for a row, used by {@link ColumnRearranger}. As in KNIME 4.7,
 * {@link #getCells(DataRow)} is abstract here (5.x made it a default method), so code written against this
 * stand-in overrides it and compiles against both.
 */
public interface CellFactory {
    DataColumnSpec[] getColumnSpecs();

    DataCell[] getCells(DataRow row);

    /** @deprecated as in KNIME; {@link AbstractCellFactory} implements it */
    @Deprecated
    void setProgress(int curRowNr, int rowCount, RowKey lastKey, ExecutionMonitor exec);
}
