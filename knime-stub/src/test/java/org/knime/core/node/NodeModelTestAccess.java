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

    /**
     * Like the framework: clears the warning, then calls {@code configure(PortObjectSpec[])}.
     *
     * @return the specs of the table ports (a node's image port comes after its tables and is left out; see
     *         {@link #configurePorts})
     */
    public static DataTableSpec[] configure(final NodeModel model, final DataTableSpec... inSpecs)
        throws InvalidSettingsException {
        return java.util.Arrays.stream(configurePorts(model, inSpecs)).filter(s -> !isImage(s))
            .map(s -> (DataTableSpec)s).toArray(DataTableSpec[]::new);
    }

    /** Like {@link #configure}, with the specs of all output ports. */
    public static PortObjectSpec[] configurePorts(final NodeModel model, final DataTableSpec... inSpecs)
        throws InvalidSettingsException {
        model.setWarningMessage(null);
        return model.configure((PortObjectSpec[])inSpecs.clone());
    }

    private static boolean isImage(final Object specOrObject) {
        return specOrObject instanceof org.knime.core.node.port.image.ImagePortObjectSpec
            || specOrObject instanceof org.knime.core.node.port.image.ImagePortObject;
    }

    /**
     * Like the framework: configures with the input specs, executes, and checks that every output table has the
     * structure configure promised (KNIME reports a coding problem otherwise; here it is an IllegalStateException).
     */
    public static BufferedDataTable[] execute(final NodeModel model, final ExecutionContext exec,
        final BufferedDataTable... inData) throws Exception {
        return java.util.Arrays.stream(executePorts(model, exec, inData)).filter(o -> !isImage(o))
            .map(o -> (BufferedDataTable)o).toArray(BufferedDataTable[]::new);
    }

    /**
     * Like {@link #execute}, with the objects of all output ports; each table's structure and each image port's
     * spec must be what configure promised.
     */
    public static PortObject[] executePorts(final NodeModel model, final ExecutionContext exec,
        final BufferedDataTable... inData) throws Exception {
        DataTableSpec[] inSpecs = new DataTableSpec[inData.length];
        for (int i = 0; i < inData.length; i++) {
            inSpecs[i] = inData[i] == null ? null : inData[i].getDataTableSpec();
        }
        PortObjectSpec[] promised = configurePorts(model, inSpecs);
        model.setWarningMessage(null);
        model.pushedFlowVariables().clear();
        PortObject[] out = model.execute((PortObject[])inData.clone(), exec);
        if (out.length != promised.length) {
            throw new IllegalStateException("execute returned " + out.length + " port objects, configure promised "
                + promised.length);
        }
        for (int i = 0; i < out.length; i++) {
            if (promised[i] instanceof DataTableSpec p
                && !p.equalStructure(((BufferedDataTable)out[i]).getDataTableSpec())) {
                throw new IllegalStateException("Output spec of port " + i + " differs from the configured one: "
                    + ((BufferedDataTable)out[i]).getDataTableSpec() + " vs. " + promised[i]);
            }
            if (promised[i] instanceof org.knime.core.node.port.image.ImagePortObjectSpec p
                && !p.getDataType().equals(((org.knime.core.node.port.image.ImagePortObject)out[i]).getSpec()
                    .getDataType())) {
                throw new IllegalStateException("Image port " + i + " differs from the configured spec");
            }
        }
        return out;
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
