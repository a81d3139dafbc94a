package org.knime.core.node;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.DataContainer;

/** Stand-in: a container whose table is a {@link BufferedDataTable}; create it with the ExecutionContext. */
public class BufferedDataContainer extends DataContainer {
    BufferedDataContainer(final DataTableSpec spec) {
        super(spec);
    }

    /** @throws IllegalStateException if not closed yet */
    @Override
    public BufferedDataTable getTable() {
        List<DataRow> rows = new ArrayList<>();
        super.getTable().forEach(rows::add);
        return new BufferedDataTable(getTableSpec(), rows);
    }
}
