package org.tradeecon.knime.nodes.common;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.tradeecon.knime.nodes.common.view.ChartsPort;

/**
 * Base of the node models with one input table whose configure and execute share one plan: the checked
 * settings applied to the input spec. Configure first chooses the time column (when the node has series
 * settings, with its warning), then returns the plan's output specs; execute builds the same plan from the
 * table's spec and runs it.
 *
 * @param <P> the plan
 */
public abstract class PlannedNodeModel<P extends PlannedNodeModel.Plan> extends StatelessNodeModel {

    /** What configure and execute both need; at least the output specs. */
    public interface Plan {
        /** @return the specs of the output tables */
        DataTableSpec[] outSpecs();
    }

    private SeriesColumnSettings m_series;

    /** @param nrOutDataPorts number of output tables */
    protected PlannedNodeModel(final int nrOutDataPorts) {
        super(1, nrOutDataPorts);
    }

    /**
     * @param nrOutDataPorts number of output tables
     * @param charts {@link ChartsPort#CHARTS}: the view's charts leave by an image port after the tables
     */
    protected PlannedNodeModel(final int nrOutDataPorts, final ChartsPort charts) {
        super(1, nrOutDataPorts, charts);
    }

    /** @return the checked settings applied to the input spec */
    protected abstract P plan(DataTableSpec in) throws InvalidSettingsException;

    /** @return the output tables of a plan run on the input table */
    protected abstract BufferedDataTable[] run(P plan, BufferedDataTable in, ExecutionContext exec) throws Exception;

    /**
     * Names the series settings whose time column configure chooses (call it where they are created).
     *
     * @return series
     */
    protected final SeriesColumnSettings series(final SeriesColumnSettings series) {
        m_series = series;
        return series;
    }

    @Override
    protected final DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        if (m_series != null) {
            setWarningMessage(m_series.chooseTimeColumn(inSpecs[0]));
        }
        return plan(inSpecs[0]).outSpecs();
    }

    @Override
    protected final BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        return run(plan(inData[0].getDataTableSpec()), inData[0], exec);
    }
}
