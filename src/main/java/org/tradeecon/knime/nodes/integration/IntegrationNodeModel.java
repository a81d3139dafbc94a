package org.tradeecon.knime.nodes.integration;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.tradeecon.knime.engine.unitroot.Deterministic;
import org.tradeecon.knime.engine.unitroot.KpssResult;
import org.tradeecon.knime.nodes.common.CommonSettings;
import org.tradeecon.knime.nodes.common.MissingValuePolicy;
import org.tradeecon.knime.nodes.common.MissingValues;
import org.tradeecon.knime.nodes.common.ResultTableBuilder;
import org.tradeecon.knime.nodes.common.SeriesTable;
import org.tradeecon.knime.nodes.common.SpecChecks;
import org.tradeecon.knime.nodes.unitroot.Cells;
import org.tradeecon.knime.nodes.unitroot.TestSettings;

/**
 * Finds the order of integration of every chosen column, per group ({@link IntegrationOrder}). Output 0: one
 * row per series with d and the test that decided it; output 1: every step's ADF (and KPSS) result.
 */
final class IntegrationNodeModel extends NodeModel {
    static final String COL_SERIES = "Series";
    static final String COL_ORDER = "Order of integration (d)";
    static final String COL_D = "Differences (d)";
    static final String COL_TAU = "ADF statistic";
    static final String COL_P = "ADF p-value";
    static final String COL_KPSS = "KPSS statistic";
    static final String COL_KPSS_P = "KPSS p-value";
    static final String COL_WARNINGS = "Warnings";

    static final DataColumnSpec[] SUMMARY = {Cells.column(COL_SERIES, StringCell.TYPE),
        Cells.column(COL_ORDER, IntCell.TYPE), Cells.column("Result", StringCell.TYPE),
        Cells.column("Deterministic terms", StringCell.TYPE), Cells.column("Differences in final test", IntCell.TYPE),
        Cells.column(COL_TAU, DoubleCell.TYPE), Cells.column(COL_P, DoubleCell.TYPE),
        Cells.column("Lags used", IntCell.TYPE), Cells.column("Observations", IntCell.TYPE),
        Cells.column(COL_KPSS, DoubleCell.TYPE), Cells.column(COL_KPSS_P, DoubleCell.TYPE),
        Cells.column("Sample", StringCell.TYPE), Cells.column(COL_WARNINGS, StringCell.TYPE)};

    static final DataColumnSpec[] STEPS = {Cells.column(COL_SERIES, StringCell.TYPE),
        Cells.column(COL_D, IntCell.TYPE), Cells.column(COL_TAU, DoubleCell.TYPE), Cells.column(COL_P, DoubleCell.TYPE),
        Cells.column("Lags used", IntCell.TYPE), Cells.column("Observations", IntCell.TYPE),
        Cells.column("ADF rejects unit root", BooleanCell.TYPE), Cells.column(COL_KPSS, DoubleCell.TYPE),
        Cells.column(COL_KPSS_P, DoubleCell.TYPE), Cells.column("KPSS rejects stationarity", BooleanCell.TYPE),
        Cells.column("Stationary", BooleanCell.TYPE), Cells.column(COL_WARNINGS, StringCell.TYPE)};

    private final IntegrationSettings m_settings = new IntegrationSettings();

    IntegrationNodeModel() {
        super(1, 2);
    }

    /** The checked settings applied to the input spec. */
    private record Plan(String[] columns, String time, String group, DataColumnSpec groupSpec,
        MissingValuePolicy policy) {
    }

    private Plan plan(final DataTableSpec in) throws InvalidSettingsException {
        SpecChecks.requireSpec(in);
        m_settings.check();
        String time = CommonSettings.optionalColumn(m_settings.m_time);
        String group = CommonSettings.optionalColumn(m_settings.m_group);
        SpecChecks.timeColumn(in, time);
        DataColumnSpec groupSpec = SpecChecks.groupColumn(in, group, time);
        String[] columns = SpecChecks.chosenColumns(in, m_settings.m_columns, time, group);
        return new Plan(columns, time, group, groupSpec, m_settings.missing());
    }

    @Override
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        Plan p = plan(inSpecs[0]);
        return new DataTableSpec[]{ResultTableBuilder.spec(p.groupSpec(), SUMMARY),
            ResultTableBuilder.spec(p.groupSpec(), STEPS)};
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        Plan p = plan(inData[0].getDataTableSpec());
        SeriesTable table = SeriesTable.read(inData[0], p.columns(), p.time(), p.group(), exec.createSubProgress(0.1));
        ResultTableBuilder summary = new ResultTableBuilder(exec, p.groupSpec(), SUMMARY);
        ResultTableBuilder steps = new ResultTableBuilder(exec, p.groupSpec(), STEPS);
        List<String> nodeWarnings = new ArrayList<>();
        int total = table.groups().size() * p.columns().length;
        int done = 0;
        for (SeriesTable.Group g : table.groups()) {
            for (int c = 0; c < p.columns().length; c++) {
                exec.checkCanceled();
                String name = p.columns()[c];
                String where = g.groupCell() == null ? "\"" + name + "\""
                    : "\"" + name + "\" (group \"" + g.groupName() + "\")";
                orderOf(p, g, c, summary, steps, where, nodeWarnings);
                exec.setProgress(0.1 + 0.9 * ++done / total, "Tested " + where);
            }
        }
        setWarningMessage(nodeWarnings.isEmpty() ? null : String.join("\n", nodeWarnings));
        return new BufferedDataTable[]{summary.build(), steps.build()};
    }

    private void orderOf(final Plan p, final SeriesTable.Group g, final int c, final ResultTableBuilder summary,
        final ResultTableBuilder steps, final String where, final List<String> nodeWarnings)
        throws InvalidSettingsException {
        String name = p.columns()[c];
        TestSettings s = m_settings.m_tests;
        String terms = s.terms().label();
        double[] x = g.column(c);
        MissingValues.Selection sel;
        List<String> warnings = new ArrayList<>();
        IntegrationOrder.Result r;
        try {
            sel = MissingValues.selectObserved(p.policy(), g, new String[]{name}, x);
            if (sel.warning() != null) {
                warnings.add(sel.warning());
            }
            Deterministic kpssTerms = m_settings.kpssTerms();
            IntegrationOrder.Kpss kpss = !m_settings.m_kpss.getBooleanValue() ? null : (y, label) -> {
                try {
                    return s.kpss(y, kpssTerms, label);
                } catch (InvalidSettingsException e) {
                    throw new IllegalStateException(e); // settings were checked in plan()
                }
            };
            r = IntegrationOrder.find(sel.slice(x), s.adfOptions(), kpss, m_settings.m_maxD.getIntValue(), name);
        } catch (IllegalArgumentException e) {
            if (p.policy() == MissingValuePolicy.FAIL) {
                throw e; // the user chose to stop at a missing value
            }
            nodeWarnings.add(where + ": " + e.getMessage());
            summary.add(g, Cells.of(name), Cells.of((Integer)null), Cells.of("Not tested"), Cells.of(terms),
                Cells.of((Integer)null), Cells.of((Double)null), Cells.of((Double)null), Cells.of((Integer)null),
                Cells.of((Integer)null), Cells.of((Double)null), Cells.of((Double)null), Cells.of((String)null),
                Cells.of(e.getMessage()));
            return;
        }
        for (IntegrationOrder.Step st : r.steps()) {
            List<String> stepWarnings = new ArrayList<>(st.adf().warnings());
            if (st.kpss() != null) {
                stepWarnings.addAll(st.kpss().warnings());
            }
            KpssResult k = st.kpss();
            steps.add(g, Cells.of(name), Cells.of(st.d()), Cells.of(st.adf().statistic()),
                Cells.of(st.adf().pValue()), Cells.of(st.adf().lags()), Cells.of(st.adf().observations()),
                Cells.of(st.adf().rejectsNull()), Cells.of(k == null ? null : k.statistic()),
                Cells.of(k == null ? null : k.pValue()), Cells.of(k == null ? null : k.rejectsNull()),
                Cells.of(st.stationary()), Cells.of(Cells.join(stepWarnings)));
        }
        String result;
        if (r.order() != null) {
            result = "I(" + r.order() + "): " + (r.order() == 0 ? "stationary in levels"
                : "stationary after " + r.order() + " difference" + (r.order() == 1 ? "" : "s"));
        } else {
            result = "Undetermined: " + r.problem();
            warnings.add(r.problem());
            nodeWarnings.add(where + ": " + r.problem());
        }
        IntegrationOrder.Step last = r.last();
        KpssResult k = last == null ? null : last.kpss();
        summary.add(g, Cells.of(name), Cells.of(r.order()), Cells.of(result), Cells.of(terms),
            Cells.of(last == null ? null : last.d()), Cells.of(last == null ? null : last.adf().statistic()),
            Cells.of(last == null ? null : last.adf().pValue()), Cells.of(last == null ? null : last.adf().lags()),
            Cells.of(last == null ? null : last.adf().observations()), Cells.of(k == null ? null : k.statistic()),
            Cells.of(k == null ? null : k.pValue()), Cells.of(Cells.sample(g, sel.start(), sel.end())),
            Cells.of(Cells.join(warnings)));
    }

    @Override
    protected void saveSettingsTo(final NodeSettingsWO settings) {
        m_settings.m_set.saveTo(settings);
    }

    @Override
    protected void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        IntegrationSettings incoming = new IntegrationSettings();
        incoming.m_set.validate(settings);
        incoming.m_set.loadFrom(settings);
        incoming.check();
    }

    @Override
    protected void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_settings.m_set.loadFrom(settings);
    }

    @Override
    protected void reset() {
        // nothing cached
    }

    @Override
    protected void loadInternals(final File nodeInternDir, final ExecutionMonitor exec) {
        // no internals
    }

    @Override
    protected void saveInternals(final File nodeInternDir, final ExecutionMonitor exec) {
        // no internals
    }
}
