package org.tradeecon.knime.nodes.transform;

import org.knime.core.data.DoubleValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObjectSpec;
import org.tradeecon.knime.nodes.common.LabelledChoice;
import org.tradeecon.knime.nodes.common.SettingsPane;

/**
 * Dialog of the Series Transform node. Only the options the chosen operation uses are enabled: column y for
 * "x / y", the divisor for the others. Both column lists start at "&lt;none&gt;", so the dialog never picks a
 * column the user did not choose.
 */
final class TransformNodeDialog extends SettingsPane {
    private static final int WIDTH = 20;

    private final SettingsModelString m_operation = TransformSettings.createOperationModel();
    private final SettingsModelString m_secondColumn = TransformSettings.createSecondColumnModel();
    private final SettingsModelDouble m_divisor = TransformSettings.createDivisorModel();

    TransformNodeDialog() {
        addDialogComponent(new DialogComponentStringSelection(m_operation, TransformSettings.LABEL_OPERATION,
            LabelledChoice.labels(TransformOperation.class)));
        addDialogComponent(new DialogComponentColumnNameSelection(TransformSettings.createColumnModel(),
            TransformSettings.LABEL_COLUMN, 0, false, true, DoubleValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(m_secondColumn,
            TransformSettings.LABEL_SECOND_COLUMN, 0, false, true, DoubleValue.class));
        addDialogComponent(new DialogComponentNumber(m_divisor, TransformSettings.LABEL_DIVISOR, 1, WIDTH));
        addDialogComponent(new DialogComponentString(TransformSettings.createNewColumnModel(),
            TransformSettings.LABEL_NEW_COLUMN, false, WIDTH));
        addRule(this::enableUsedOptions, m_operation);
    }

    /**
     * An operation given by its short name (e.g. "ln", from a flow variable) is shown as its label; it is read from
     * {@code settings}, since the selection list may have replaced a value it does not list. Then the enable rules
     * are applied again ({@link SettingsPane}).
     */
    @Override
    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        TransformOperation op = operation(settings.getString(TransformSettings.CFG_OPERATION, null));
        if (op != null) {
            m_operation.setStringValue(op.label());
        }
        super.loadAdditionalSettingsFrom(settings, specs);
    }

    private void enableUsedOptions() {
        TransformOperation op = operation(m_operation.getStringValue());
        m_secondColumn.setEnabled(op == null || op.usesSecondColumn());
        m_divisor.setEnabled(op == null || op.usesDivisor());
    }

    /** @return the operation {@code value} names, null if none (then every option stays enabled) */
    private static TransformOperation operation(final String value) {
        try {
            return LabelledChoice.fromSetting(value, TransformSettings.LABEL_OPERATION, TransformOperation.class);
        } catch (InvalidSettingsException e) {
            return null;
        }
    }
}
