package org.tradeecon.knime.nodes.panelunitroot;

import static org.tradeecon.knime.nodes.common.ResultCells.column;
import static org.tradeecon.knime.nodes.common.ResultCells.join;
import static org.tradeecon.knime.nodes.common.ResultCells.of;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.tradeecon.knime.nodes.common.view.ChartsPort;
import org.tradeecon.knime.engine.unitroot.panel.Panel;
import org.tradeecon.knime.engine.unitroot.panel.PanelUnitResult;
import org.tradeecon.knime.engine.unitroot.panel.PanelUnitRoot;
import org.tradeecon.knime.engine.unitroot.panel.PanelUnitRootResult;
import org.tradeecon.knime.nodes.common.Choice;
import org.tradeecon.knime.nodes.common.CommonSettings;
import org.tradeecon.knime.nodes.common.PlannedNodeModel;
import org.tradeecon.knime.nodes.common.ResultTableBuilder;
import org.tradeecon.knime.nodes.common.ResultVariables;
import org.tradeecon.knime.nodes.common.SeriesColumnSettings;
import org.tradeecon.knime.nodes.common.SeriesTable;
import org.tradeecon.knime.nodes.common.SimulationProgress;
import org.tradeecon.knime.nodes.common.SpecChecks;
import org.tradeecon.knime.nodes.common.view.ViewContent;
import org.tradeecon.knime.nodes.common.view.ViewPage;

/**
 * Runs one panel unit-root or stationarity test ({@link PanelUnitRoot}) on a table in long form: one row per panel
 * unit and time, the unit named by the panel id column. Output 0: the panel test (one row); output 1: every unit's
 * own statistic, lag, observations and p-value, or why it was left out. Flow variables
 * {@code panel_unit_root.<series>.<name>} (see the node description).
 */
final class PanelUnitRootNodeModel extends PlannedNodeModel<PanelUnitRootNodeModel.Plan> {

    static final DataColumnSpec[] PANEL = {column("Series", StringCell.TYPE), column("Test", StringCell.TYPE),
        column("Deterministic terms", StringCell.TYPE), column("Lag rule", StringCell.TYPE),
        column("Demeaned", BooleanCell.TYPE), column("Statistic", DoubleCell.TYPE),
        column("p-value", DoubleCell.TYPE), column("Critical value 1%", DoubleCell.TYPE),
        column("Critical value 5%", DoubleCell.TYPE), column("Critical value 10%", DoubleCell.TYPE),
        column("Reference distribution", StringCell.TYPE), column("Null hypothesis", StringCell.TYPE),
        column("Alternative hypothesis", StringCell.TYPE), column("Decision at alpha", StringCell.TYPE),
        column("Null rejected", BooleanCell.TYPE), column("Panels used", IntCell.TYPE),
        column("Panels", IntCell.TYPE), column("Periods", IntCell.TYPE),
        column("Unbalanced panels", StringCell.TYPE), column("Warnings", StringCell.TYPE)};

    static final DataColumnSpec[] UNITS = {column("Panel id", StringCell.TYPE), column("Statistic", DoubleCell.TYPE),
        column("Lags used", IntCell.TYPE), column("Observations", IntCell.TYPE), column("p-value", DoubleCell.TYPE),
        column("Included", BooleanCell.TYPE), column("Reason left out", StringCell.TYPE)};

    /** Flow variables {@code panel_unit_root.<series>.<name>}: result column to name. */
    static final Map<String, String> VARIABLES = ResultVariables.ordered(
        "Statistic", "statistic",
        "p-value", "p_value",
        "Decision at alpha", "decision",
        "Null rejected", "null_rejected",
        "Panels used", "panels_used");

    static final String VARIABLE_PREFIX = "panel_unit_root";

    private final PanelUnitRootSettings m_settings = new PanelUnitRootSettings(settings());

    PanelUnitRootNodeModel() {
        super(2, ChartsPort.CHARTS);
    }

    /** What configure and execute both need. */
    record Plan(String series, String panel, String time, PanelUnitRoot.Options options, DataTableSpec[] outSpecs)
        implements PlannedNodeModel.Plan {
    }

    @Override
    protected Plan plan(final DataTableSpec in) throws InvalidSettingsException {
        SpecChecks.requireSpec(in);
        setWarningMessage(SeriesColumnSettings.chooseTimeColumnOf(m_settings.time(), in));
        m_settings.check();
        String series = m_settings.series().getStringValue();
        String panel = m_settings.panel().getStringValue();
        String time = CommonSettings.optionalColumn(m_settings.time());
        SpecChecks.requiredColumn(in, series, PanelUnitRootSettings.LABEL_SERIES, PanelUnitRootSettings.SERIES_TYPES);
        SpecChecks.requiredColumn(in, panel, PanelUnitRootSettings.LABEL_PANEL, PanelUnitRootSettings.PANEL_TYPES);
        if (time == null) {
            throw new InvalidSettingsException("No column chosen for \"" + CommonSettings.LABEL_TIME + "\": a panel"
                + " needs the time of each row to align its units; choose one in the dialog.");
        }
        SpecChecks.timeColumn(in, time);
        distinct(series, PanelUnitRootSettings.LABEL_SERIES, panel, PanelUnitRootSettings.LABEL_PANEL);
        distinct(series, PanelUnitRootSettings.LABEL_SERIES, time, CommonSettings.LABEL_TIME);
        distinct(panel, PanelUnitRootSettings.LABEL_PANEL, time, CommonSettings.LABEL_TIME);
        return new Plan(series, panel, time, m_settings.options(), new DataTableSpec[]{
            ResultTableBuilder.spec(null, PANEL), ResultTableBuilder.spec(null, UNITS)});
    }

    private static void distinct(final String a, final String labelA, final String b, final String labelB)
        throws InvalidSettingsException {
        if (a.equals(b)) {
            throw new InvalidSettingsException("\"" + labelA + "\" and \"" + labelB + "\" are the same column \"" + a
                + "\". Choose different columns.");
        }
    }

    @Override
    protected BufferedDataTable[] run(final Plan plan, final BufferedDataTable in, final ExecutionContext exec)
        throws Exception {
        Panel panel = read(plan, in, exec);
        exec.setProgress(0.2, "Testing " + panel.unitCount() + " panel units");
        PanelUnitRootResult r = PanelUnitRoot.test(panel, plan.options(),
            SimulationProgress.of(exec, "Simulating the moments of tau"));
        String test = Choice.label(plan.options().test(), PanelUnitRootSettings.TESTS);
        ResultTableBuilder out = new ResultTableBuilder(exec, null, PANEL);
        out.add(null, of(plan.series()), of(test), of(Choice.label(m_settings.terms(), PanelUnitRootSettings.TERMS)),
            of(m_settings.lagRuleLabel()), of(plan.options().demean()), of(r.statistic()), of(r.pValue()),
            of(r.criticalValues().get(0.01)), of(r.criticalValues().get(0.05)), of(r.criticalValues().get(0.10)),
            of(r.referenceDistribution()), of(r.nullHypothesis()), of(r.alternativeHypothesis()), of(r.decision()),
            of(r.rejectsNull()), of(r.includedUnits()), of(panel.unitCount()), of(panel.times().length),
            of(r.conventions().get("panel balance")), of(join(r.warnings())));
        ResultTableBuilder units = new ResultTableBuilder(exec, null, UNITS);
        for (PanelUnitResult u : r.units()) {
            units.add(null, of(u.unit()), of(u.included() ? u.statistic() : null),
                of(u.included() ? u.lags() : null), of(u.included() ? u.observations() : null),
                of(u.pValue().isPresent() ? u.pValue().getAsDouble() : null), of(u.included()), of(u.error()));
        }
        setWarningMessage(r.warnings().isEmpty() ? null : String.join("\n", r.warnings()));
        BufferedDataTable results = out.build();
        ResultVariables.push(results, VARIABLE_PREFIX, row -> plan.series(), VARIABLES, flowVariables());
        setViewContent(new ViewContent(List.of(new ViewPage(plan.series() + ": " + test, List.of(
            String.format(Locale.ROOT, "%s, %s: statistic %.4f, p-value %.4g; %d of %d panel units, %d periods.",
                test, r.deterministic().description(), r.statistic(), r.pValue(), r.includedUnits(),
                panel.unitCount(), panel.times().length),
            "Null hypothesis: " + r.nullHypothesis() + ".", "Decision: " + r.decision(),
            "Demeaned: " + r.conventions().get(PanelUnitRoot.DEMEANING) + "."), List.of()))));
        return new BufferedDataTable[]{results, units.build()};
    }

    /**
     * Reads the long table into a panel: rows grouped by the panel id and sorted by time within each unit; a missing
     * panel id or time, a (panel, time) pair twice, or a unit with a missing year or month between its first and
     * last stops the node with a message naming the panel and the time.
     */
    private static Panel read(final Plan plan, final BufferedDataTable in, final ExecutionContext exec)
        throws Exception {
        SeriesTable table;
        try {
            table = SeriesTable.read(in, new String[]{plan.series()}, plan.time(), plan.panel(),
                exec.createSubProgress(0.1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Panel id column \"" + plan.panel() + "\", time column \"" + plan.time()
                + "\" (each group is a panel unit): " + e.getMessage(), e);
        }
        List<String> ids = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (SeriesTable.Group g : table.groups()) {
            long[] t = g.timeOrdinals();
            double[] v = g.column(0);
            for (int i = 0; i < t.length; i++) {
                ids.add(g.groupName());
                times.add(t[i]);
                values.add(v[i]);
            }
        }
        return Panel.fromRows(ids.toArray(String[]::new), times.stream().mapToLong(Long::longValue).toArray(),
            values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
