package org.knime.core.data.container;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;

/**
 * Stand-in: a cell factory producing one column. As in KNIME 4.7, {@link #getCell(DataRow)} is abstract here
 * (5.x made it non-abstract); overriding it works with both.
 */
public abstract class SingleCellFactory extends AbstractCellFactory {
    public SingleCellFactory(final DataColumnSpec newColSpec) {
        super(newColSpec);
    }

    public SingleCellFactory(final boolean processConcurrently, final DataColumnSpec newColSpec) {
        super(processConcurrently, newColSpec);
    }

    public abstract DataCell getCell(DataRow row);

    @Override
    public DataCell[] getCells(final DataRow row) {
        return new DataCell[]{getCell(row)};
    }
}
