package org.tradeecon.knime.nodes.transform;

import static org.tradeecon.knime.nodes.transform.TransformSettings.*;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.nodes.common.Cells;
import org.tradeecon.knime.nodes.common.CommonSettings;
import org.tradeecon.knime.nodes.common.LabelledChoice;
import org.tradeecon.knime.nodes.common.NodeSettingsSet;
import org.tradeecon.knime.nodes.common.PlannedNodeModel;
import org.tradeecon.knime.nodes.common.SpecChecks;

/**
 * Appends one double column computed row by row from one or two numeric columns (see {@link TransformOperation}).
 * Keeps every input row and column; a missing input gives a missing result.
 */
final class TransformNodeModel extends PlannedNodeModel<TransformNodeModel.Plan> {
    private final NodeSettingsSet m_settings = settings();
    private final SettingsModelString m_operation = m_settings.add(createOperationModel(), LABEL_OPERATION);
    private final SettingsModelString m_column = m_settings.add(createColumnModel(), LABEL_COLUMN);
    private final SettingsModelString m_secondColumn = m_settings.add(createSecondColumnModel(), LABEL_SECOND_COLUMN);
    private final SettingsModelDouble m_divisor = m_settings.add(createDivisorModel(), LABEL_DIVISOR);
    private final SettingsModelString m_newColumn = m_settings.add(createNewColumnModel(), LABEL_NEW_COLUMN);

    TransformNodeModel() {
        super(1);
        m_settings.addCheck(m_operation,
            s -> operation(m_operation.<SettingsModelString>createCloneWithValidatedValue(s).getStringValue()));
    }

    /** What configure and execute both need; {@code y} is null and {@code yIndex} -1 unless the operation uses y. */
    record Plan(TransformOperation op, String x, int xIndex, String y, int yIndex, double divisor,
        DataTableSpec[] outSpecs) implements PlannedNodeModel.Plan {
    }

    @Override
    protected Plan plan(final DataTableSpec in) throws InvalidSettingsException {
        SpecChecks.requireSpec(in);
        TransformOperation op = operation(m_operation.getStringValue());
        String x = m_column.getStringValue();
        SpecChecks.requiredColumn(in, x, LABEL_COLUMN, DoubleValue.class);
        String y = null;
        if (op.usesSecondColumn()) {
            y = CommonSettings.optionalColumn(m_secondColumn);
            if (y == null) {
                throw new InvalidSettingsException("No column chosen for \"" + LABEL_SECOND_COLUMN
                    + "\": the operation \"" + op.label() + "\" divides by it. Choose one in the dialog.");
            }
            SpecChecks.requiredColumn(in, y, LABEL_SECOND_COLUMN, DoubleValue.class);
        }
        double divisor = m_divisor.getDoubleValue();
        if (op.usesDivisor() && (divisor == 0 || !Double.isFinite(divisor))) {
            throw new InvalidSettingsException("\"" + LABEL_DIVISOR + "\" is " + divisor
                + ": it must be a finite number other than 0. Set it to 1 for no scaling.");
        }
        String name = m_newColumn.getStringValue();
        if (name == null || name.isBlank()) {
            throw new InvalidSettingsException("\"" + LABEL_NEW_COLUMN + "\" is empty: enter the "
                + "name of the column to append.");
        }
        if (in.containsName(name)) {
            throw new InvalidSettingsException("The input table already has a column \"" + name + "\". Enter "
                + "another \"" + LABEL_NEW_COLUMN + "\", or rename or remove that column before "
                + "this node (e.g. with a Column Rename or Column Filter node).");
        }
        DataTableSpec out = new DataTableSpec(in, new DataTableSpec(new DataColumnSpecCreator(name, DoubleCell.TYPE)
            .createSpec()));
        return new Plan(op, x, in.findColumnIndex(x), y, y == null ? -1 : in.findColumnIndex(y), divisor,
            new DataTableSpec[]{out});
    }

    private static TransformOperation operation(final String value) throws InvalidSettingsException {
        return LabelledChoice.fromSetting(value, LABEL_OPERATION, TransformOperation.class);
    }

    @Override
    protected BufferedDataTable[] run(final Plan p, final BufferedDataTable in, final ExecutionContext exec)
        throws Exception {
        BufferedDataContainer out = exec.createDataContainer(p.outSpecs()[0]);
        long total = in.size();
        long done = 0;
        long missing = 0;
        try (CloseableRowIterator rows = in.iterator()) {
            while (rows.hasNext()) {
                exec.checkCanceled();
                DataRow row = rows.next();
                DataCell x = row.getCell(p.xIndex());
                DataCell y = p.yIndex() < 0 ? null : row.getCell(p.yIndex());
                DataCell result;
                if (x.isMissing() || y != null && y.isMissing()) {
                    missing++;
                    result = DataType.getMissingCell();
                } else {
                    result = new DoubleCell(p.op().apply(row.getKey().getString(), input(p.x(), x),
                        y == null ? null : input(p.y(), y), p.divisor()));
                }
                out.addRowToTable(Cells.append(row, result));
                long n = ++done;
                exec.setProgress(n / (double)total, () -> "Row " + n + " of " + total);
            }
        }
        out.close();
        setWarningMessage(missing == 0 ? null : missingWarning(missing, p.x(), p.y()));
        return new BufferedDataTable[]{out.getTable()};
    }

    private static TransformOperation.Input input(final String column, final DataCell cell) {
        return new TransformOperation.Input(column, ((DoubleValue)cell).getDoubleValue());
    }

    /** @return e.g. 3 rows have a missing value in "x": the result is missing there. ({@code y} may be null) */
    static String missingWarning(final long rows, final String x, final String y) {
        return rows + (rows == 1 ? " row has" : " rows have") + " a missing value in \"" + x + "\""
            + (y == null ? "" : " or \"" + y + "\"") + ": the result is missing there.";
    }
}
