package org.tradeecon.knime.nodes.common;

import java.io.File;
import java.io.IOException;

import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.tradeecon.knime.nodes.common.view.ChartsPort;
import org.tradeecon.knime.nodes.common.view.ViewContent;

/**
 * Base of this extension's node models: every result goes to the output tables, and the only thing kept between
 * executions is what the node's view draws ({@link ViewContent}, empty for nodes without a view), which KNIME's
 * three hooks (reset, save and load internals) handle here in one place; and each keeps its settings in one
 * {@link NodeSettingsSet}, which saves, validates and loads them.
 */
public abstract class StatelessNodeModel extends NodeModel {
    private final NodeSettingsSet m_set = new NodeSettingsSet();
    private final boolean m_charts;
    private ViewContent m_view = ViewContent.EMPTY;

    /**
     * @param nrInDataPorts number of input tables
     * @param nrOutDataPorts number of output tables
     */
    protected StatelessNodeModel(final int nrInDataPorts, final int nrOutDataPorts) {
        super(nrInDataPorts, nrOutDataPorts);
        m_charts = false;
    }

    /**
     * A node with a view whose charts also leave by an image port after the tables ({@link ChartsPort}).
     *
     * @param nrInDataPorts number of input tables
     * @param nrOutDataPorts number of output tables (the image port comes after them)
     */
    protected StatelessNodeModel(final int nrInDataPorts, final int nrOutDataPorts, final ChartsPort charts) {
        this(ChartsPort.tables(nrInDataPorts), ChartsPort.withImage(nrOutDataPorts), true);
    }

    /**
     * @param inPortTypes input port types (e.g. an optional table)
     * @param outPortTypes output port types
     */
    protected StatelessNodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes) {
        this(inPortTypes, outPortTypes, false);
    }

    /**
     * @param inPortTypes input port types (e.g. an optional table)
     * @param outPortTypes output port types; with {@code charts} the last is {@link ChartsPort#TYPE}
     * @param charts whether the view's charts leave by the last port
     */
    protected StatelessNodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes,
        final boolean charts) {
        super(inPortTypes, outPortTypes);
        m_charts = charts;
    }

    /** Appends the image port's spec to the tables' specs when the node has one. */
    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        PortObjectSpec[] tables = super.configure(inSpecs);
        return m_charts ? ChartsPort.appendSpec(tables) : tables;
    }

    /** Appends the view's charts as a PNG to the tables when the node has an image port. */
    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        PortObject[] tables = super.execute(inObjects, exec);
        return m_charts ? ChartsPort.appendImage(tables, m_view) : tables;
    }

    /** @return the node's settings: register every model (and every extra check) here, in saving order */
    protected final NodeSettingsSet settings() {
        return m_set;
    }

    @Override
    protected void saveSettingsTo(final NodeSettingsWO settings) {
        m_set.saveTo(settings);
    }

    @Override
    protected void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_set.validate(settings);
    }

    @Override
    protected void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_set.loadFrom(settings);
    }

    /** @return a sink that pushes {@link ResultVariables} as this node's flow variables */
    protected final ResultVariables.Sink flowVariables() {
        return new ResultVariables.Sink() {
            @Override
            public void string(final String name, final String value) {
                pushFlowVariableString(name, value);
            }

            @Override
            public void integer(final String name, final int value) {
                pushFlowVariableInt(name, value);
            }

            @Override
            public void number(final String name, final double value) {
                pushFlowVariableDouble(name, value);
            }
        };
    }

    /** Sets what the view shows; call at the end of execute. */
    protected final void setViewContent(final ViewContent content) {
        m_view = content;
    }

    /** @return what the view shows: empty before an execution and after a reset */
    public final ViewContent viewContent() {
        return m_view;
    }

    @Override
    protected void reset() {
        m_view = ViewContent.EMPTY;
    }

    @Override
    protected void loadInternals(final File nodeInternDir, final ExecutionMonitor exec) throws IOException {
        m_view = ViewContent.load(nodeInternDir);
    }

    @Override
    protected void saveInternals(final File nodeInternDir, final ExecutionMonitor exec) throws IOException {
        m_view.save(nodeInternDir);
    }
}
