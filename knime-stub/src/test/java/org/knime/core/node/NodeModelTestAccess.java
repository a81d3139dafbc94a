package org.knime.core.node;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.workflow.CredentialsProvider;
import org.knime.core.node.port.PortObjectSpec;

/**
 * STAND-IN ONLY, for tests (no such class in KNIME): calls a NodeModel's protected methods the way KNIME's
 * framework does from this package. Node code must never use it.
 */
public final class NodeModelTestAccess {
    private NodeModelTestAccess() {
    }

    /** Like the framework: clears the warning, then calls {@code configure(PortObjectSpec[])}. */
    public static DataTableSpec[] configure(final NodeModel model, final DataTableSpec... inSpecs)
        throws InvalidSettingsException {
        model.setWarningMessage(null);
        PortObjectSpec[] out = model.configure((PortObjectSpec[])inSpecs.clone());
        DataTableSpec[] specs = new DataTableSpec[out.length];
        for (int i = 0; i < out.length; i++) {
            specs[i] = (DataTableSpec)out[i];
        }
        return specs;
    }

    /**
     * Like the framework: configures with the input specs, executes, and checks that every output table has the
     * structure configure promised (KNIME reports a coding problem otherwise; here it is an IllegalStateException).
     */
    public static BufferedDataTable[] execute(final NodeModel model, final ExecutionContext exec,
        final BufferedDataTable... inData) throws Exception {
        DataTableSpec[] inSpecs = new DataTableSpec[inData.length];
        for (int i = 0; i < inData.length; i++) {
            inSpecs[i] = inData[i] == null ? null : inData[i].getDataTableSpec();
        }
        DataTableSpec[] promised = configure(model, inSpecs);
        model.setWarningMessage(null);
        model.pushedFlowVariables().clear();
        PortObject[] out = model.execute((PortObject[])inData.clone(), exec);
        BufferedDataTable[] tables = new BufferedDataTable[out.length];
        for (int i = 0; i < out.length; i++) {
            tables[i] = (BufferedDataTable)out[i];
            if (promised[i] != null && !promised[i].equalStructure(tables[i].getDataTableSpec())) {
                throw new IllegalStateException("Output spec of port " + i + " differs from the configured one: "
                    + tables[i].getDataTableSpec() + " vs. " + promised[i]);
            }
        }
        return tables;
    }

    /** @return the flow variables the node pushed (String, Integer or Double values), in push order */
    public static java.util.Map<String, Object> flowVariables(final NodeModel model) {
        return java.util.Collections.unmodifiableMap(model.pushedFlowVariables());
    }

    /** Makes {@code credentials} available to the model, as the workflow's credentials would be. */
    public static void setCredentials(final NodeModel model, final CredentialsProvider credentials) {
        model.setCredentialsProvider(credentials);
    }

    /** @return the warning message set by the last configure or execute (null if none) */
    public static String warning(final NodeModel model) {
        return model.getWarningMessage();
    }

    /** @return the model's settings in a fresh NodeSettings called "model" (as in settings.xml) */
    public static NodeSettings saveSettings(final NodeModel model) {
        NodeSettings s = new NodeSettings("model");
        model.saveSettingsTo(s);
        return s;
    }

    public static void validateSettings(final NodeModel model, final NodeSettingsRO settings)
        throws InvalidSettingsException {
        model.validateSettings(settings);
    }

    /** Like the framework: validateSettings, then loadValidatedSettingsFrom. */
    public static void loadSettings(final NodeModel model, final NodeSettingsRO settings)
        throws InvalidSettingsException {
        model.validateSettings(settings);
        model.loadValidatedSettingsFrom(settings);
    }

    public static void reset(final NodeModel model) {
        model.reset();
    }

    /** Like saving a workflow: the model writes its internals into {@code dir}. */
    public static void saveInternals(final NodeModel model, final java.io.File dir) throws java.io.IOException {
        try {
            model.saveInternals(dir, new ExecutionMonitor());
        } catch (CanceledExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Like loading an executed node: the model reads its internals from {@code dir}. */
    public static void loadInternals(final NodeModel model, final java.io.File dir) throws java.io.IOException {
        try {
            model.loadInternals(dir, new ExecutionMonitor());
        } catch (CanceledExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return {@code settings} written to XML and read back */
    public static NodeSettingsRO xmlRoundTrip(final NodeSettings settings) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            settings.saveToXML(out);
            return NodeSettings.loadFromXML(new ByteArrayInputStream(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int nrInPorts(final NodeModel model) {
        return model.getNrInPorts();
    }

    public static int nrOutPorts(final NodeModel model) {
        return model.getNrOutPorts();
    }

    public static int nrViews(final NodeFactory<?> factory) {
        return factory.getNrNodeViews();
    }

    public static boolean hasDialog(final NodeFactory<?> factory) {
        return factory.hasDialog();
    }

    public static NodeDialogPane createDialog(final NodeFactory<?> factory) {
        return factory.createNodeDialogPane();
    }

    /** Calls the dialog's protected load method, as KNIME does when the dialog opens. */
    public static void loadDialog(final NodeDialogPane dialog, final NodeSettingsRO settings,
        final DataTableSpec... specs) throws NotConfigurableException {
        dialog.loadSettingsFrom(settings, (PortObjectSpec[])specs.clone());
    }

    /** @return what the dialog saves on OK, in a fresh NodeSettings called "model" */
    public static NodeSettings saveDialog(final NodeDialogPane dialog) throws InvalidSettingsException {
        NodeSettings s = new NodeSettings("model");
        dialog.saveSettingsTo(s);
        return s;
    }
}
