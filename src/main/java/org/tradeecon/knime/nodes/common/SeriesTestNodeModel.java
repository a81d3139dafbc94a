package org.tradeecon.knime.nodes.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.tradeecon.knime.nodes.common.view.ChartsPort;
import org.tradeecon.knime.engine.simulation.SimulationCancelledException;
import org.tradeecon.knime.engine.simulation.SimulationMonitor;
import org.tradeecon.knime.nodes.common.view.SeriesCharts;
import org.tradeecon.knime.nodes.common.view.ViewContent;
import org.tradeecon.knime.nodes.common.view.ViewPage;

/**
 * Base of the nodes that test each chosen column of each group as one series: output 0 has one row per series,
 * output 1 details. It checks the settings and the input spec, reads the series (time order, groups), applies the
 * missing-value policy, reports progress per series, checks for cancellation, and collects the node warning; the
 * subclass turns one series into rows.
 *
 * @param <S> the node's settings
 */
public abstract class SeriesTestNodeModel<S extends SeriesTestNodeModel.Settings> extends StatelessNodeModel {
    /** The settings every such node has: columns, the ADF/KPSS settings, time, group, missing values. */
    public static class Settings {
        /** A test needs a gap-free series: missing values can only be refused or avoided. */
        public static final MissingValuePolicy DEFAULT_MISSING = MissingValuePolicy.FAIL;
        public static final MissingValuePolicy[] OFFERED = {MissingValuePolicy.FAIL,
            MissingValuePolicy.LONGEST_COMPLETE_STRETCH};

        /** Every model, in the order they are saved. */
        protected final NodeSettingsSet m_set = new NodeSettingsSet();
        final SettingsModelColumnFilter2 m_columns =
            m_set.add(CommonSettings.createColumnsModel(), CommonSettings.LABEL_COLUMNS);
        /** The ADF and KPSS settings. */
        protected final TestSettings m_tests = new TestSettings(m_set);
        final SeriesColumnSettings m_series = new SeriesColumnSettings(m_set, DEFAULT_MISSING, OFFERED);

        /** @return the ADF and KPSS settings */
        public TestSettings tests() {
            return m_tests;
        }

        MissingValuePolicy missing() throws InvalidSettingsException {
            return m_series.policy();
        }

        /** Checks every choice and their combination; a failure says what to change. Overrides call this. */
        public void check() throws InvalidSettingsException {
            m_tests.check();
            missing();
        }
    }

    /**
     * One series to test.
     *
     * @param group its group
     * @param name the column name
     * @param where how messages name it: "x" or "x" (group "A")
     * @param selection the rows used (null when no rows could be chosen)
     * @param values the values of those rows (null likewise)
     */
    public record Series(SeriesTable.Group group, String name, String where, MissingValues.Selection selection,
        double[] values) {
        /** @return the rows used, in words, e.g. "year 2005 to year 2017" */
        public String sample() {
            return ResultCells.sample(group, selection.start(), selection.end());
        }

        /** @return a new list holding the missing-value warning, if any */
        public List<String> warnings() {
            List<String> w = new ArrayList<>();
            if (selection.warning() != null) {
                w.add(selection.warning());
            }
            return w;
        }
    }

    private final Supplier<S> m_newSettings;
    private final DataColumnSpec[] m_summary;
    private final DataColumnSpec[] m_details;
    private final String m_variablePrefix;
    private final Map<String, String> m_variables;
    /** This node's current settings. */
    protected final S m_settings;
    /** The view's pages of the running execution, one per series. */
    private final List<ViewPage> m_pages = new ArrayList<>();
    /** The running execution's context, for {@link #simulationMonitor}; null outside execute. */
    private ExecutionContext m_exec;

    /**
     * @param newSettings makes a settings object with defaults (also used to validate incoming settings)
     * @param summary output 0's columns (after the group column)
     * @param details output 1's columns (after the group column)
     * @param variablePrefix the first part of the flow variables' names, e.g. "unit_root" ({@link ResultVariables})
     * @param variables the summary columns published as flow variables, to the last part of each variable's name
     */
    protected SeriesTestNodeModel(final Supplier<S> newSettings, final DataColumnSpec[] summary,
        final DataColumnSpec[] details, final String variablePrefix, final Map<String, String> variables) {
        super(1, 2, ChartsPort.CHARTS);
        m_variablePrefix = variablePrefix;
        m_variables = variables;
        m_newSettings = newSettings;
        m_settings = newSettings.get();
        m_summary = summary.clone();
        m_details = details.clone();
    }

    /** The checked settings applied to the input spec, as configure and execute both need them. */
    private record Plan(String[] columns, String time, String group, DataColumnSpec groupSpec,
        MissingValuePolicy policy) {
    }

    private Plan plan(final DataTableSpec in) throws InvalidSettingsException {
        SpecChecks.requireSpec(in);
        m_settings.check();
        String time = m_settings.m_series.timeColumn();
        String group = m_settings.m_series.groupColumn();
        SpecChecks.timeColumn(in, time);
        DataColumnSpec groupSpec = SpecChecks.groupColumn(in, group, time);
        String[] columns = SpecChecks.chosenColumns(in, m_settings.m_columns, time, group);
        return new Plan(columns, time, group, groupSpec, m_settings.missing());
    }

    @Override
    protected final DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        setWarningMessage(m_settings.m_series.chooseTimeColumn(inSpecs[0]));
        Plan p = plan(inSpecs[0]);
        return new DataTableSpec[]{ResultTableBuilder.spec(p.groupSpec(), m_summary),
            ResultTableBuilder.spec(p.groupSpec(), m_details)};
    }

    @Override
    protected final BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        Plan p = plan(inData[0].getDataTableSpec());
        SeriesTable table = SeriesTable.read(inData[0], p.columns(), p.time(), p.group(), exec.createSubProgress(0.1));
        ResultTableBuilder summary = new ResultTableBuilder(exec, p.groupSpec(), m_summary);
        ResultTableBuilder details = new ResultTableBuilder(exec, p.groupSpec(), m_details);
        List<String> nodeWarnings = new ArrayList<>();
        m_pages.clear();
        int total = table.groups().size() * p.columns().length;
        int done = 0;
        for (SeriesTable.Group g : table.groups()) {
            for (int c = 0; c < p.columns().length; c++) {
                exec.checkCanceled();
                String name = p.columns()[c];
                String where = g.groupCell() == null ? "\"" + name + "\""
                    : "\"" + name + "\" (group \"" + g.groupName() + "\")";
                double[] x = g.column(c);
                MissingValues.Selection sel = null;
                try {
                    sel = MissingValues.selectObserved(p.policy(), g, new String[]{name}, x);
                } catch (IllegalArgumentException e) {
                    if (p.policy() == MissingValuePolicy.FAIL) {
                        throw e; // the user chose to stop at a missing value
                    }
                    notTested(new Series(g, name, where, null, null), e.getMessage(), summary, nodeWarnings);
                }
                if (sel != null) {
                    m_exec = exec;
                    try {
                        test(new Series(g, name, where, sel, sel.slice(x)), summary, details, nodeWarnings);
                    } catch (SimulationCancelledException e) {
                        exec.checkCanceled(); // the user cancelled during a simulation: stop as KNIME expects
                        throw e;
                    } finally {
                        m_exec = null;
                    }
                }
                exec.setProgress(0.1 + 0.9 * ++done / total, "Tested " + where);
            }
        }
        setWarningMessage(nodeWarnings.isEmpty() ? null : String.join("\n", nodeWarnings));
        setViewContent(new ViewContent(m_pages));
        m_pages.clear();
        BufferedDataTable results = summary.build();
        if (p.group() == null) { // with groups the series repeat: no variables (a group's table is the answer)
            int series = results.getDataTableSpec().findColumnIndex("Series");
            ResultVariables.push(results, m_variablePrefix, row -> ResultVariables.text(row, series), m_variables,
                flowVariables());
        }
        return new BufferedDataTable[]{results, details.build()};
    }



    /**
     * @param what names the work in the progress message, e.g. the series
     * @return progress and cancellation of a simulation run inside {@link #test}, reported to KNIME
     */
    protected final SimulationMonitor simulationMonitor(final String what) {
        return SimulationProgress.of(m_exec, "Simulating " + what);
    }

    /**
     * Tests one series and adds its rows; a series the engine cannot test should become a row via
     * {@link #notTested} rather than an exception.
     *
     * @param nodeWarnings add the series' warnings here, prefixed with {@link Series#where()}
     */
    protected abstract void test(Series series, ResultTableBuilder summary, ResultTableBuilder details,
        List<String> nodeWarnings) throws InvalidSettingsException;

    /** Adds the summary row of a series that could not be tested, with the reason, and a node warning. */
    protected void notTested(final Series series, final String reason, final ResultTableBuilder summary,
        final List<String> nodeWarnings) throws InvalidSettingsException {
        nodeWarnings.add(series.where() + " was not tested: " + reason);
        summary.add(series.group(), notTestedRow(series, reason));
        m_pages.add(new ViewPage(series.where(), List.of("Not tested: " + reason), List.of()));
    }

    /**
     * Adds the view's page of a tested series: the text, the series in levels and at a difference, and the
     * correlograms of the series at the order that was tested.
     *
     * @param text the result in words, a line each
     * @param shownDifference the difference drawn beside the levels (0 = none)
     * @param correlogramOrder the difference whose ACF and PACF are drawn (0 = levels)
     */
    protected final void addViewPage(final Series series, final List<String> text, final int shownDifference,
        final int correlogramOrder) {
        SeriesTable.Group g = series.group();
        SeriesCharts.Charts charts = SeriesCharts.of(series.name(), series.selection().slice(g.chartAxis()),
            g.chartAxisLabel(), series.values(), shownDifference, correlogramOrder);
        List<String> lines = new ArrayList<>(text);
        lines.addAll(charts.notes());
        m_pages.add(new ViewPage(series.where(), lines, charts.figures()));
    }

    /** @return the summary cells of a series that could not be tested */
    protected abstract DataCell[] notTestedRow(Series series, String reason)
        throws InvalidSettingsException;

    @Override
    protected final void saveSettingsTo(final NodeSettingsWO settings) {
        m_settings.m_set.saveTo(settings);
    }

    @Override
    protected final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        S incoming = m_newSettings.get();
        incoming.m_set.validate(settings);
        incoming.m_set.loadFrom(settings);
        incoming.check();
    }

    @Override
    protected final void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_settings.m_set.loadFrom(settings);
    }
}
