package org.knime.core.node;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.data.container.StubRearrangement;

/**
 * Stand-in: the context handed to {@code NodeModel.execute}; the only way to create output tables. Tests get one
 * from {@code StubExecutionContext} (test sources).
 */
public class ExecutionContext extends ExecutionMonitor {
    ExecutionContext(final State state) {
        super(state);
    }

    public BufferedDataContainer createDataContainer(final DataTableSpec spec) {
        return new BufferedDataContainer(spec);
    }

    public BufferedDataContainer createDataContainer(final DataTableSpec spec, final boolean initDomain) {
        return new BufferedDataContainer(spec);
    }

    public BufferedDataTable createColumnRearrangeTable(final BufferedDataTable in,
        final ColumnRearranger rearranger, final ExecutionMonitor subProgressMon) throws CanceledExecutionException {
        DataTableSpec spec = rearranger.createSpec();
        List<DataRow> rows = StubRearrangement.apply(rearranger, in.rows(), subProgressMon);
        BufferedDataContainer c = new BufferedDataContainer(spec);
        rows.forEach(c::addRowToTable);
        c.close();
        return c.getTable();
    }

    public BufferedDataTable createBufferedDataTable(final DataTable table, final ExecutionMonitor subProgressMon)
        throws CanceledExecutionException {
        BufferedDataContainer c = new BufferedDataContainer(table.getDataTableSpec());
        for (DataRow r : table) {
            subProgressMon.checkCanceled();
            c.addRowToTable(r);
        }
        c.close();
        return c.getTable();
    }

    /** @throws IllegalArgumentException if the specs differ or row keys repeat */
    public BufferedDataTable createConcatenateTable(final ExecutionMonitor exec, final BufferedDataTable... tables)
        throws CanceledExecutionException {
        if (tables.length == 0) {
            throw new IllegalArgumentException("Argument must not be empty.");
        }
        List<DataRow> rows = new ArrayList<>();
        for (BufferedDataTable t : tables) {
            if (!t.getDataTableSpec().equalStructure(tables[0].getDataTableSpec())) {
                throw new IllegalArgumentException("Table specs do not match.");
            }
            exec.checkCanceled();
            rows.addAll(t.rows());
        }
        BufferedDataContainer c = new BufferedDataContainer(tables[0].getDataTableSpec());
        rows.forEach(c::addRowToTable);
        c.close();
        return c.getTable();
    }

    public BufferedDataTable createSpecReplacerTable(final BufferedDataTable in, final DataTableSpec newSpec) {
        return new BufferedDataTable(newSpec, in.rows());
    }

    public ExecutionContext createSubExecutionContext(final double maxProg) {
        return new ExecutionContext(m_state);
    }

    public ExecutionContext createSilentSubExecutionContext(final double maxProg) {
        return new ExecutionContext(m_state);
    }
}
