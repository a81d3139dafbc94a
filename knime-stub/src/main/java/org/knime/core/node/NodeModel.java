package org.knime.core.node;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.workflow.CredentialsProvider;

/**
 * Stand-in: the model of a node (settings, configure, execute). Tests drive it through
 * {@code NodeModelTestAccess} (test sources), as KNIME's framework does from this package.
 */
public abstract class NodeModel {
    private final PortType[] m_inTypes;
    private final PortType[] m_outTypes;
    private String m_warning;
    /** Flow variables pushed by the node, in push order (a name pushed again replaces its value, as in KNIME). */
    private final java.util.Map<String, Object> m_pushed = new java.util.LinkedHashMap<>();
    private CredentialsProvider m_credentials = CredentialsProvider.EMPTY_CREDENTIALS_PROVIDER;

    /** All ports are BufferedDataTable ports. */
    protected NodeModel(final int nrInDataPorts, final int nrOutDataPorts) {
        this(tablePorts(nrInDataPorts), tablePorts(nrOutDataPorts));
    }

    protected NodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes) {
        m_inTypes = inPortTypes.clone();
        m_outTypes = outPortTypes.clone();
    }

    private static PortType[] tablePorts(final int n) {
        PortType[] types = new PortType[n];
        Arrays.fill(types, BufferedDataTable.TYPE);
        return types;
    }

    protected abstract void saveSettingsTo(NodeSettingsWO settings);

    protected abstract void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void loadValidatedSettingsFrom(NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void reset();

    protected abstract void loadInternals(File nodeInternDir, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    protected abstract void saveInternals(File nodeInternDir, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    /** @throws InvalidSettingsException always, unless overridden */
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        throw new InvalidSettingsException("NodeModel.configure() implementation missing!");
    }

    /** Default: casts the specs (null stays null) and delegates to the DataTableSpec variant. */
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec[] specs = new DataTableSpec[inSpecs.length];
        for (int i = 0; i < specs.length; i++) {
            specs[i] = (DataTableSpec)inSpecs[i];
        }
        return configure(specs);
    }

    /** @throws IOException always, unless overridden */
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        throw new IOException("NodeModel.execute() implementation missing!");
    }

    /** Default: casts the objects and delegates to the table variant. */
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        BufferedDataTable[] tables = new BufferedDataTable[inObjects.length];
        for (int i = 0; i < tables.length; i++) {
            tables[i] = (BufferedDataTable)inObjects[i];
        }
        return execute(tables, exec);
    }

    protected final int getNrInPorts() {
        return m_inTypes.length;
    }

    protected final int getNrOutPorts() {
        return m_outTypes.length;
    }

    protected final PortType getInPortType(final int index) {
        return m_inTypes[index];
    }

    protected final PortType getOutPortType(final int index) {
        return m_outTypes[index];
    }

    /** Shown as a yellow warning on the node; null or empty clears it. */
    protected final void setWarningMessage(final String warningMessage) {
        m_warning = warningMessage == null || warningMessage.isEmpty() ? null : warningMessage;
    }

    protected final String getWarningMessage() {
        return m_warning;
    }

    /** Pushes a string flow variable to the node's outgoing stack (KNIME: NullPointerException for a null name). */
    protected final void pushFlowVariableString(final String name, final String value) {
        m_pushed.put(java.util.Objects.requireNonNull(name), value);
    }

    protected final void pushFlowVariableInt(final String name, final int value) {
        m_pushed.put(java.util.Objects.requireNonNull(name), value);
    }

    protected final void pushFlowVariableDouble(final String name, final double value) {
        m_pushed.put(java.util.Objects.requireNonNull(name), value);
    }

    /** Stand-in only (read by NodeModelTestAccess): the pushed variables; cleared by the framework on reset. */
    final java.util.Map<String, Object> pushedFlowVariables() {
        return m_pushed;
    }

    protected final NodeLogger getLogger() {
        return NodeLogger.getLogger(getClass());
    }

    /** The credentials available during configure and execute (none unless a test sets them). */
    protected final CredentialsProvider getCredentialsProvider() {
        return m_credentials;
    }

    /** Stand-in only, for {@code NodeModelTestAccess.setCredentials} (test sources). */
    final void setCredentialsProvider(final CredentialsProvider credentials) {
        m_credentials = credentials;
    }

    protected void onDispose() {
    }
}
