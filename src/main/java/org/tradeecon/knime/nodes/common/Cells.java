package org.tradeecon.knime.nodes.common;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;

/** Small conversions between engine values and table cells. */
public final class Cells {
    private Cells() {
    }

    /** @return a double cell, or a missing cell for NaN (an undefined or missing value) */
    public static DataCell ofDouble(final double v) {
        return Double.isNaN(v) ? DataType.getMissingCell() : new DoubleCell(v);
    }

    /** @return {@code row} with {@code extra} appended, same row ID */
    public static DataRow append(final DataRow row, final DataCell... extra) {
        DataCell[] cells = new DataCell[row.getNumCells() + extra.length];
        for (int i = 0; i < row.getNumCells(); i++) {
            cells[i] = row.getCell(i);
        }
        System.arraycopy(extra, 0, cells, row.getNumCells(), extra.length);
        return new DefaultRow(row.getKey(), cells);
    }
}
