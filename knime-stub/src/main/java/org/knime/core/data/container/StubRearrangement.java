package org.knime.core.data.container;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataRow;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/**
 * STAND-IN ONLY (no such class in KNIME): lets the stand-in's ExecutionContext apply a {@link ColumnRearranger}
 * row by row. Node code must never use it.
 */
public final class StubRearrangement {
    private StubRearrangement() {
    }

    /** Applies {@code rearranger} to every row, checking for cancellation and reporting progress per row. */
    @SuppressWarnings("deprecation")
    public static List<DataRow> apply(final ColumnRearranger rearranger, final List<DataRow> rows,
        final ExecutionMonitor exec) throws CanceledExecutionException {
        List<DataRow> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            exec.checkCanceled();
            out.add(rearranger.apply(rows.get(i)));
            for (CellFactory f : rearranger.factories()) {
                f.setProgress(i + 1, rows.size(), rows.get(i).getKey(), exec);
            }
        }
        for (CellFactory f : rearranger.factories()) {
            if (f instanceof AbstractCellFactory a) {
                a.afterProcessing();
            }
        }
        return out;
    }
}
