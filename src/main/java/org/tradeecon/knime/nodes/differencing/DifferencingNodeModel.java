package org.tradeecon.knime.nodes.differencing;

import static org.tradeecon.knime.nodes.differencing.DifferencingSettings.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.tradeecon.knime.engine.timeseries.Differencing;
import org.tradeecon.knime.nodes.common.Cells;
import org.tradeecon.knime.nodes.common.CommonSettings;
import org.tradeecon.knime.nodes.common.MissingValuePolicy;
import org.tradeecon.knime.nodes.common.MissingValues;
import org.tradeecon.knime.nodes.common.NodeSettingsSet;
import org.tradeecon.knime.nodes.common.PlannedNodeModel;
import org.tradeecon.knime.nodes.common.SeriesColumnSettings;
import org.tradeecon.knime.nodes.common.SeriesTable;
import org.tradeecon.knime.nodes.common.SpecChecks;

/**
 * Appends the differences of the chosen columns (see {@link Differencing}) to the input rows. With a time column
 * the rows come out sorted by time (within each group, groups in order of first appearance).
 */
final class DifferencingNodeModel extends PlannedNodeModel<DifferencingNodeModel.Plan> {
    private static final MissingValuePolicy[] OFFERED = {MissingValuePolicy.KEEP, MissingValuePolicy.FAIL,
        MissingValuePolicy.LONGEST_COMPLETE_STRETCH};

    private final NodeSettingsSet m_settings = settings();
    private final SettingsModelColumnFilter2 m_columns =
        m_settings.add(CommonSettings.createColumnsModel(), CommonSettings.LABEL_COLUMNS);
    private final SettingsModelIntegerBounded m_order = m_settings.add(createOrderModel(), LABEL_ORDER);
    private final SettingsModelIntegerBounded m_seasonalOrder =
        m_settings.add(createSeasonalOrderModel(), LABEL_SEASONAL_ORDER);
    private final SettingsModelIntegerBounded m_period =
        m_settings.add(createSeasonalPeriodModel(), LABEL_SEASONAL_PERIOD);
    private final SettingsModelBoolean m_log = m_settings.add(createLogModel(), LABEL_LOG);
    private final SettingsModelBoolean m_removeLeading =
        m_settings.add(createRemoveLeadingModel(), LABEL_REMOVE_LEADING);
    private final SeriesColumnSettings m_series =
        series(new SeriesColumnSettings(m_settings, DEFAULT_MISSING, OFFERED));

    DifferencingNodeModel() {
        super(1);
    }

    /** The chosen columns and the output spec, as configure and execute both need them. */
    record Plan(String[] sources, DataTableSpec[] outSpecs, MissingValuePolicy policy)
        implements PlannedNodeModel.Plan {
    }

    @Override
    protected Plan plan(final DataTableSpec in) throws InvalidSettingsException {
        SpecChecks.requireSpec(in);
        if (m_order.getIntValue() + m_seasonalOrder.getIntValue() == 0) {
            throw new InvalidSettingsException("Nothing to compute: set \"" + LABEL_ORDER
                + "\" or \"" + LABEL_SEASONAL_ORDER + "\" to at least 1.");
        }
        MissingValuePolicy policy = m_series.policy();
        String time = m_series.timeColumn();
        String group = m_series.groupColumn();
        SpecChecks.timeColumn(in, time);
        SpecChecks.groupColumn(in, group, time);
        String[] sources = SpecChecks.chosenColumns(in, m_columns, time, group);
        List<DataColumnSpec> out = new ArrayList<>();
        in.forEach(out::add);
        DataTableSpec sofar = in;
        for (String src : sources) {
            String name = DataTableSpec.getUniqueColumnName(sofar, columnName(src,
                m_order.getIntValue(), m_seasonalOrder.getIntValue(), m_period.getIntValue(), m_log.getBooleanValue()));
            out.add(new DataColumnSpecCreator(name, DoubleCell.TYPE).createSpec());
            sofar = new DataTableSpec(out.toArray(DataColumnSpec[]::new));
        }
        return new Plan(sources, new DataTableSpec[]{sofar}, policy);
    }

    @Override
    protected BufferedDataTable[] run(final Plan plan, final BufferedDataTable in, final ExecutionContext exec)
        throws Exception {
        int d = m_order.getIntValue();
        int seasonalD = m_seasonalOrder.getIntValue();
        int s = m_period.getIntValue();
        int leading = d + seasonalD * s;
        SeriesTable table = SeriesTable.read(in, plan.sources(), m_series.timeColumn(),
            m_series.groupColumn(), exec.createSubProgress(0.2));
        BufferedDataContainer out = exec.createDataContainer(plan.outSpecs()[0]);
        List<String> warnings = new ArrayList<>();
        int done = 0;
        int total = table.groups().size() * plan.sources().length;
        for (SeriesTable.Group g : table.groups()) {
            double[][] diffs = new double[plan.sources().length][];
            for (int c = 0; c < diffs.length; c++) {
                exec.checkCanceled();
                diffs[c] = differences(g, c, plan, warnings);
                exec.setProgress(0.2 + 0.8 * ++done / total, "Differenced \"" + plan.sources()[c] + "\""
                    + (g.groupCell() == null ? "" : " of group \"" + g.groupName() + "\""));
            }
            if (g.size() <= leading) {
                warnings.add((g.groupCell() == null ? "The table" : "Group \"" + g.groupName() + "\"") + " has "
                    + g.size() + " rows, not more than the " + leading + " needed before the first difference.");
            }
            for (int r = m_removeLeading.getBooleanValue() ? Math.min(leading, g.size()) : 0; r < g.size(); r++) {
                out.addRowToTable(appendCells(g.rows().get(r), diffs, r));
            }
        }
        out.close();
        setWarningMessage(warnings.isEmpty() ? null : String.join("\n", warnings));
        return new BufferedDataTable[]{out.getTable()};
    }

    /** @return the differences of source column {@code c} in group {@code g}, NaN where undefined */
    private double[] differences(final SeriesTable.Group g, final int c, final Plan plan,
        final List<String> warnings) {
        String name = plan.sources()[c];
        double[] x = g.column(c);
        if (m_log.getBooleanValue()) {
            for (int i = 0; i < x.length; i++) {
                if (x[i] <= 0) {
                    throw new IllegalArgumentException("\"" + name + "\" is " + x[i] + " at " + g.describeRow(i)
                        + ": logs need positive values. Switch off \"" + LABEL_LOG
                        + "\" or remove such values.");
                }
            }
        }
        MissingValues.Selection sel = MissingValues.select(plan.policy(), g, new String[]{name}, x);
        if (sel.warning() != null) {
            warnings.add(sel.warning());
        }
        double[] y = new double[x.length];
        Arrays.fill(y, Double.NaN);
        double[] part = Differencing.apply(sel.slice(x), m_order.getIntValue(), m_seasonalOrder.getIntValue(),
            m_period.getIntValue(), m_log.getBooleanValue());
        System.arraycopy(part, 0, y, sel.start(), part.length);
        return y;
    }

    private static DataRow appendCells(final DataRow row, final double[][] diffs, final int r) {
        DataCell[] extra = new DataCell[diffs.length];
        for (int c = 0; c < diffs.length; c++) {
            extra[c] = Cells.ofDouble(diffs[c][r]);
        }
        return Cells.append(row, extra);
    }
}
