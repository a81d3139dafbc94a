package org.tradeecon.knime.nodes.integration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.InvalidSettingsException;
import org.tradeecon.knime.engine.unitroot.KpssResult;
import org.tradeecon.knime.engine.unitroot.UnitRootResult;
import org.tradeecon.knime.nodes.common.ResultTableBuilder;
import org.tradeecon.knime.nodes.unitroot.Cells;
import org.tradeecon.knime.nodes.unitroot.Choice;
import org.tradeecon.knime.nodes.unitroot.SeriesTestNodeModel;
import org.tradeecon.knime.nodes.unitroot.TestSettings;

/**
 * Finds the order of integration of every chosen column, per group ({@link IntegrationOrder}). Output 0: one
 * row per series with d and the test that decided it; output 1: every step's ADF (and KPSS) result.
 */
final class IntegrationNodeModel extends SeriesTestNodeModel<IntegrationSettings> {
    static final DataColumnSpec[] SUMMARY = {Cells.column("Series", StringCell.TYPE),
        Cells.column("Order of integration (d)", IntCell.TYPE), Cells.column("Result", StringCell.TYPE),
        Cells.column("Deterministic terms", StringCell.TYPE), Cells.column("Differences in final test", IntCell.TYPE),
        Cells.column("ADF statistic", DoubleCell.TYPE), Cells.column("ADF p-value", DoubleCell.TYPE),
        Cells.column("Lags used", IntCell.TYPE), Cells.column("Observations", IntCell.TYPE),
        Cells.column("KPSS statistic", DoubleCell.TYPE), Cells.column("KPSS p-value", DoubleCell.TYPE),
        Cells.column("Sample", StringCell.TYPE), Cells.column("Warnings", StringCell.TYPE)};

    static final DataColumnSpec[] STEPS = {Cells.column("Series", StringCell.TYPE),
        Cells.column("Differences (d)", IntCell.TYPE), Cells.column("ADF statistic", DoubleCell.TYPE),
        Cells.column("ADF p-value", DoubleCell.TYPE), Cells.column("Lags used", IntCell.TYPE),
        Cells.column("Observations", IntCell.TYPE), Cells.column("ADF rejects unit root", BooleanCell.TYPE),
        Cells.column("KPSS statistic", DoubleCell.TYPE), Cells.column("KPSS p-value", DoubleCell.TYPE),
        Cells.column("KPSS rejects stationarity", BooleanCell.TYPE), Cells.column("Stationary", BooleanCell.TYPE),
        Cells.column("Warnings", StringCell.TYPE)};

    private static final Double NO_NUMBER = null;
    private static final Integer NO_INT = null;

    IntegrationNodeModel() {
        super(IntegrationSettings::new, SUMMARY, STEPS);
    }

    @Override
    protected void test(final Series s, final ResultTableBuilder summary, final ResultTableBuilder steps,
        final List<String> nodeWarnings) throws InvalidSettingsException {
        IntegrationOrder.Result r = IntegrationOrder.find(s.values(), m_settings.tests().adfOptions(), kpss(),
            m_settings.m_maxD.getIntValue(), s.name());
        for (IntegrationOrder.Step st : r.steps()) {
            KpssResult k = st.kpss();
            List<String> stepWarnings = new ArrayList<>(st.adf().warnings());
            if (k != null) {
                stepWarnings.addAll(k.warnings());
            }
            steps.add(s.group(), Cells.of(s.name()), Cells.of(st.d()), Cells.of(st.adf().statistic()),
                Cells.of(st.adf().pValue()), Cells.of(st.adf().lags()), Cells.of(st.adf().observations()),
                Cells.of(st.adf().rejectsNull()), Cells.of(k == null ? null : k.statistic()),
                Cells.of(k == null ? null : k.pValue()), Cells.of(k == null ? null : k.rejectsNull()),
                Cells.of(st.stationary()), Cells.of(Cells.join(stepWarnings)));
        }
        List<String> warnings = s.warnings();
        String result;
        if (r.order() != null) {
            result = "I(" + r.order() + "): " + (r.order() == 0 ? "stationary in levels"
                : "stationary after " + r.order() + " difference" + (r.order() == 1 ? "" : "s"));
        } else {
            result = "Undetermined: " + r.problem();
            warnings.add(r.problem());
        }
        warnings.forEach(w -> nodeWarnings.add(s.where() + ": " + w));
        IntegrationOrder.Step last = r.last();
        UnitRootResult adf = last == null ? null : last.adf();
        KpssResult k = last == null ? null : last.kpss();
        summary.add(s.group(), Cells.of(s.name()), Cells.of(r.order()), Cells.of(result), Cells.of(termsLabel()),
            Cells.of(last == null ? null : last.d()), Cells.of(adf == null ? null : adf.statistic()),
            Cells.of(adf == null ? null : adf.pValue()), Cells.of(adf == null ? null : adf.lags()),
            Cells.of(adf == null ? null : adf.observations()), Cells.of(k == null ? null : k.statistic()),
            Cells.of(k == null ? null : k.pValue()), Cells.of(s.sample()), Cells.of(Cells.join(warnings)));
    }

    /** @return the KPSS test that must agree, null when not asked for */
    private BiFunction<double[], String, KpssResult> kpss() throws InvalidSettingsException {
        return m_settings.m_kpss.getBooleanValue() ? m_settings.tests().kpss(m_settings.kpssTerms()) : null;
    }

    @Override
    protected DataCell[] notTestedRow(final Series s, final String reason) throws InvalidSettingsException {
        return new DataCell[]{Cells.of(s.name()), Cells.of(NO_INT), Cells.of("Not tested"), Cells.of(termsLabel()),
            Cells.of(NO_INT), Cells.of(NO_NUMBER), Cells.of(NO_NUMBER), Cells.of(NO_INT), Cells.of(NO_INT),
            Cells.of(NO_NUMBER), Cells.of(NO_NUMBER), Cells.of((String)null), Cells.of(reason)};
    }

    private String termsLabel() throws InvalidSettingsException {
        return Choice.label(m_settings.tests().terms(), TestSettings.TERMS);
    }
}
