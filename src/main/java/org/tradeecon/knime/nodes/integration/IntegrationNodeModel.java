package org.tradeecon.knime.nodes.integration;

import static org.tradeecon.knime.nodes.common.ResultCells.column;
import static org.tradeecon.knime.nodes.common.ResultCells.join;
import static org.tradeecon.knime.nodes.common.ResultCells.of;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.InvalidSettingsException;
import org.tradeecon.knime.engine.unitroot.IntegrationOrder;
import org.tradeecon.knime.engine.unitroot.IntegrationOrderResult;
import org.tradeecon.knime.engine.unitroot.KpssLagRule;
import org.tradeecon.knime.engine.unitroot.KpssResult;
import org.tradeecon.knime.engine.unitroot.UnitRootResult;
import org.tradeecon.knime.nodes.common.ResultCells;
import org.tradeecon.knime.nodes.common.ResultTableBuilder;
import org.tradeecon.knime.nodes.common.ResultVariables;
import org.tradeecon.knime.nodes.common.Choice;
import org.tradeecon.knime.nodes.common.SeriesTestNodeModel;
import org.tradeecon.knime.nodes.common.TestSettings;

/**
 * Finds the order of integration of every chosen column, per group, with the engine's {@link IntegrationOrder}.
 * Output 0: one row per series with d and the test that decided it; output 1: every step's ADF (and KPSS) result.
 */
final class IntegrationNodeModel extends SeriesTestNodeModel<IntegrationSettings> {
    static final DataColumnSpec[] SUMMARY = {column("Series", StringCell.TYPE),
        column("Order of integration (d)", IntCell.TYPE), column("Result", StringCell.TYPE),
        column("Deterministic terms", StringCell.TYPE), column("Differences in final test", IntCell.TYPE),
        column("ADF statistic", DoubleCell.TYPE), column("ADF p-value", DoubleCell.TYPE),
        column("Lags used", IntCell.TYPE), column("Observations", IntCell.TYPE),
        column("KPSS statistic", DoubleCell.TYPE), column("KPSS p-value", DoubleCell.TYPE),
        column("Sample", StringCell.TYPE), column("Warnings", StringCell.TYPE)};

    static final DataColumnSpec[] STEPS = {column("Series", StringCell.TYPE),
        column("Differences (d)", IntCell.TYPE), column("ADF statistic", DoubleCell.TYPE),
        column("ADF p-value", DoubleCell.TYPE), column("Lags used", IntCell.TYPE),
        column("Observations", IntCell.TYPE), column("ADF rejects unit root", BooleanCell.TYPE),
        column("KPSS statistic", DoubleCell.TYPE), column("KPSS p-value", DoubleCell.TYPE),
        column("KPSS rejects stationarity", BooleanCell.TYPE), column("Stationary", BooleanCell.TYPE),
        column("Warnings", StringCell.TYPE)};

    private static final Double NO_NUMBER = null;
    private static final Integer NO_INT = null;

    IntegrationNodeModel() {
        super(IntegrationSettings::new, SUMMARY, STEPS, "integration", VARIABLES);
    }

    @Override
    protected void test(final Series s, final ResultTableBuilder summary, final ResultTableBuilder steps,
        final List<String> nodeWarnings) throws InvalidSettingsException {
        TestSettings t = m_settings.tests();
        KpssLagRule kpss = m_settings.m_kpss.getBooleanValue() ? t.bandwidth() : null;
        IntegrationOrderResult r;
        try {
            r = IntegrationOrder.find(s.values(), t.adfOptions(), m_settings.m_maxD.getIntValue(), kpss,
                t.kpssLags(), s.name());
        } catch (IllegalArgumentException e) {
            notTested(s, e.getMessage(), summary, nodeWarnings); // the series in levels cannot be tested
            return;
        }
        for (IntegrationOrderResult.Step st : r.steps()) {
            KpssResult k = st.kpss();
            List<String> stepWarnings = new ArrayList<>(st.adf().warnings());
            if (k != null) {
                stepWarnings.addAll(k.warnings());
            }
            steps.add(s.group(), of(s.name()), of(st.order()), of(st.adf().statistic()),
                of(st.adf().pValue()), of(st.adf().lags()), of(st.adf().observations()),
                of(st.adf().rejectsNull()), of(k == null ? null : k.statistic()),
                of(k == null ? null : k.pValue()), of(k == null ? null : k.rejectsNull()),
                of(st.stationary()), of(join(stepWarnings)));
        }
        List<String> warnings = s.warnings();
        String result;
        if (r.order().isPresent()) {
            int d = r.order().getAsInt();
            result = "I(" + d + "): " + (d == 0 ? "stationary in levels"
                : "stationary after " + d + " difference" + (d == 1 ? "" : "s"));
        } else {
            result = r.conclusion();
            warnings.add(result);
        }
        warnings.forEach(w -> nodeWarnings.add(s.where() + ": " + w));
        // the engine throws rather than return no step, so there is a last step
        IntegrationOrderResult.Step last = r.steps().get(r.steps().size() - 1);
        UnitRootResult adf = last.adf();
        KpssResult k = last.kpss();
        summary.add(s.group(), of(s.name()), of(r.order().isPresent() ? r.order().getAsInt() : null), of(result),
            of(termsLabel()), of(last.order()), of(adf.statistic()), of(adf.pValue()), of(adf.lags()),
            of(adf.observations()), of(k == null ? null : k.statistic()), of(k == null ? null : k.pValue()),
            of(s.sample()), of(join(warnings)));
        List<String> text = new ArrayList<>();
        text.add(s.name() + ", " + s.sample() + ": " + result + ".");
        for (IntegrationOrderResult.Step st : r.steps()) {
            text.add(String.format(Locale.ROOT, "Difference %d: ADF statistic %.4f, p-value %.4g, %s%s.",
                st.order(), st.adf().statistic(), st.adf().pValue(), ResultCells.count(st.adf().lags(), "lag"),
                st.kpss() == null ? "" : String.format(Locale.ROOT, "; KPSS statistic %.4f, p-value %.4g",
                    st.kpss().statistic(), st.kpss().pValue())));
        }
        int d = r.order().orElse(0);
        addViewPage(s, text, Math.max(1, r.order().orElse(last.order())), d);
    }

    /** Flow variables {@code integration.<series>.<name>} (see the node description): result column to name. */
    private static final Map<String, String> VARIABLES = ResultVariables.ordered(
            "Order of integration (d)", "order",
            "Result", "result",
            "ADF statistic", "statistic",
            "ADF p-value", "p_value",
            "Lags used", "lags",
            "Observations", "observations",
            "Sample", "sample");

    @Override
    protected DataCell[] notTestedRow(final Series s, final String reason) throws InvalidSettingsException {
        return new DataCell[]{of(s.name()), of(NO_INT), of("Not tested"), of(termsLabel()),
            of(NO_INT), of(NO_NUMBER), of(NO_NUMBER), of(NO_INT), of(NO_INT),
            of(NO_NUMBER), of(NO_NUMBER), of((String)null), of(reason)};
    }

    private String termsLabel() throws InvalidSettingsException {
        return Choice.label(m_settings.tests().terms(), TestSettings.TERMS);
    }
}
