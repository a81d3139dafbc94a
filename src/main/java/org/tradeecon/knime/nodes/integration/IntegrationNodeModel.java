package org.tradeecon.knime.nodes.integration;

import static org.tradeecon.knime.nodes.common.ResultCells.column;
import static org.tradeecon.knime.nodes.common.ResultCells.join;
import static org.tradeecon.knime.nodes.common.ResultCells.of;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.InvalidSettingsException;
import org.tradeecon.knime.engine.simulation.SimulatedInference;
import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.tradeecon.knime.engine.unitroot.AdfResult;
import org.tradeecon.knime.engine.unitroot.AdfSimulation;
import org.tradeecon.knime.engine.unitroot.IntegrationOrder;
import org.tradeecon.knime.engine.unitroot.IntegrationOrderResult;
import org.tradeecon.knime.engine.unitroot.KpssResult;
import org.tradeecon.knime.engine.unitroot.KpssSimulation;
import org.tradeecon.knime.engine.unitroot.UnitRootResult;
import org.tradeecon.knime.nodes.common.ResultCells;
import org.tradeecon.knime.nodes.common.ResultTableBuilder;
import org.tradeecon.knime.nodes.common.ResultVariables;
import org.tradeecon.knime.nodes.common.Choice;
import org.tradeecon.knime.nodes.common.SeriesTestNodeModel;
import org.tradeecon.knime.nodes.common.TestSettings;
import org.tradeecon.knime.nodes.common.UnitRootTests.Kind;

/**
 * Finds the order of integration of every chosen column, per group, with the engine's {@link IntegrationOrder}: the
 * chosen unit-root test at each difference, optionally confirmed by a second test, optionally with simulated
 * finite-sample p-values. Output 0: one row per series with d and the test that decided it; output 1: every step's
 * tests. The columns of the ADF-and-KPSS-only node come first (and hold the ADF and KPSS results when those tests
 * run); the columns added with the test choice follow.
 */
final class IntegrationNodeModel extends SeriesTestNodeModel<IntegrationSettings> {
    static final DataColumnSpec[] SUMMARY = {column("Series", StringCell.TYPE),
        column("Order of integration (d)", IntCell.TYPE), column("Result", StringCell.TYPE),
        column("Deterministic terms", StringCell.TYPE), column("Differences in final test", IntCell.TYPE),
        column("ADF statistic", DoubleCell.TYPE), column("ADF p-value", DoubleCell.TYPE),
        column("Lags used", IntCell.TYPE), column("Observations", IntCell.TYPE),
        column("KPSS statistic", DoubleCell.TYPE), column("KPSS p-value", DoubleCell.TYPE),
        column("Sample", StringCell.TYPE), column("Warnings", StringCell.TYPE),
        column("Test", StringCell.TYPE), column("Test statistic", DoubleCell.TYPE),
        column("Test p-value", DoubleCell.TYPE), column("Confirming test", StringCell.TYPE),
        column("Confirming statistic", DoubleCell.TYPE), column("Confirming p-value", DoubleCell.TYPE),
        column("Simulated p-value", DoubleCell.TYPE), column("Confirming simulated p-value", DoubleCell.TYPE),
        column("Decision rule", StringCell.TYPE)};

    static final DataColumnSpec[] STEPS = {column("Series", StringCell.TYPE),
        column("Differences (d)", IntCell.TYPE), column("ADF statistic", DoubleCell.TYPE),
        column("ADF p-value", DoubleCell.TYPE), column("Lags used", IntCell.TYPE),
        column("Observations", IntCell.TYPE), column("ADF rejects unit root", BooleanCell.TYPE),
        column("KPSS statistic", DoubleCell.TYPE), column("KPSS p-value", DoubleCell.TYPE),
        column("KPSS rejects stationarity", BooleanCell.TYPE), column("Stationary", BooleanCell.TYPE),
        column("Warnings", StringCell.TYPE), column("Test", StringCell.TYPE),
        column("Test statistic", DoubleCell.TYPE), column("Test p-value", DoubleCell.TYPE),
        column("Test rejects unit root", BooleanCell.TYPE), column("Confirming test", StringCell.TYPE),
        column("Confirming statistic", DoubleCell.TYPE), column("Confirming p-value", DoubleCell.TYPE),
        column("Confirming test agrees", BooleanCell.TYPE), column("Simulated p-value", DoubleCell.TYPE),
        column("Confirming simulated p-value", DoubleCell.TYPE)};

    private static final Double NO_NUMBER = null;
    private static final Integer NO_INT = null;

    IntegrationNodeModel() {
        super(IntegrationSettings::new, SUMMARY, STEPS, "integration", VARIABLES);
    }

    @Override
    protected void test(final Series s, final ResultTableBuilder summary, final ResultTableBuilder steps,
        final List<String> nodeWarnings) throws InvalidSettingsException {
        TestSettings t = m_settings.tests();
        Kind confirming = m_settings.confirming();
        IntegrationOrderResult r;
        try {
            r = IntegrationOrder.find(s.values(), m_settings.m_maxD.getIntValue(), t.alpha(),
                stepTest(m_settings.test(), s), confirming == null ? null : stepTest(confirming, s), s.name());
        } catch (IllegalArgumentException e) {
            notTested(s, e.getMessage(), summary, nodeWarnings); // the series in levels cannot be tested
            return;
        }
        List<String> warnings = s.warnings();
        for (IntegrationOrderResult.Step st : r.steps()) {
            AdfResult adf = st.adf();
            KpssResult k = st.kpss();
            List<String> stepWarnings = new ArrayList<>(st.test().result().warnings());
            if (st.confirming() != null) {
                stepWarnings.addAll(st.confirming().result().warnings());
            }
            for (String w : simulationWarnings(st)) { // e.g. T below the tables' sizes: once per series
                if (!warnings.contains(w)) {
                    warnings.add(w);
                }
            }
            UnitRootResult first = st.test().result();
            steps.add(s.group(), cells(new DataCell[]{of(s.name()), of(st.order()),
                of(adf == null ? null : adf.statistic()), of(adf == null ? null : adf.pValue()), of(first.lags()),
                of(first.observations()), of(adf == null ? null : adf.rejectsNull()),
                of(k == null ? null : k.statistic()), of(k == null ? null : k.pValue()),
                of(k == null ? null : k.rejectsNull()), of(st.stationary()), of(join(stepWarnings)),
                of(st.test().name()), of(first.statistic()), of(first.pValue()), of(st.test().rejectsNull())},
                confirmingCells(st.confirming(), true), new DataCell[]{simulatedP(st.test()),
                    simulatedP(st.confirming())}));
        }
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
        UnitRootResult first = last.test().result();
        AdfResult adf = last.adf();
        KpssResult k = last.kpss();
        summary.add(s.group(), cells(new DataCell[]{of(s.name()),
            of(r.order().isPresent() ? r.order().getAsInt() : null), of(result), of(termsLabel()), of(last.order()),
            of(adf == null ? null : adf.statistic()), of(adf == null ? null : adf.pValue()), of(first.lags()),
            of(first.observations()), of(k == null ? null : k.statistic()), of(k == null ? null : k.pValue()),
            of(s.sample()), of(join(warnings)), of(last.test().name()), of(first.statistic()), of(first.pValue())},
            confirmingCells(last.confirming(), false), new DataCell[]{simulatedP(last.test()),
                simulatedP(last.confirming()), of(decisionRule())}));
        List<String> text = new ArrayList<>();
        text.add(s.name() + ", " + s.sample() + ": " + result + ".");
        text.add("Rule: " + decisionRule() + ".");
        for (IntegrationOrderResult.Step st : r.steps()) {
            text.add(String.format(Locale.ROOT, "Difference %d: %s%s.", st.order(), stepText(st.test()),
                st.confirming() == null ? "" : "; " + stepText(st.confirming())));
        }
        int d = r.order().orElse(0);
        addViewPage(s, text, Math.max(1, r.order().orElse(last.order())), d);
    }

    /** The chosen test at each step, with the simulated p-value when the simulation is on and simulates the test. */
    private IntegrationOrder.StepTest stepTest(final Kind kind, final Series s) throws InvalidSettingsException {
        BiFunction<double[], String, UnitRootResult> test = m_settings.m_more.test(kind,
            IntegrationOrder.kpssTerms(m_settings.tests().terms()));
        SimulationOptions options = m_settings.simulation();
        return (x, label) -> {
            UnitRootResult r = test.apply(x, label);
            SimulatedInference si = null;
            if (options != null && r instanceof AdfResult a) {
                si = AdfSimulation.inference(a, options, simulationMonitor(s.where() + ", " + label));
            } else if (options != null && r instanceof KpssResult k) {
                si = KpssSimulation.inference(k, options, simulationMonitor(s.where() + ", " + label));
            }
            return new IntegrationOrderResult.Outcome(r, si);
        };
    }

    /** @return the simulations' warnings of a step (the tests' own warnings are the step's) */
    private static List<String> simulationWarnings(final IntegrationOrderResult.Step st) {
        List<String> w = new ArrayList<>();
        for (IntegrationOrderResult.Outcome o : new IntegrationOrderResult.Outcome[]{st.test(), st.confirming()}) {
            if (o != null && o.simulated() != null) {
                w.addAll(o.simulated().warnings());
            }
        }
        return w;
    }

    /** @return confirming test, statistic, p-value and, in the steps, whether it agrees */
    private static DataCell[] confirmingCells(final IntegrationOrderResult.Outcome c, final boolean withAgreement) {
        List<DataCell> cells = new ArrayList<>(List.of(of(c == null ? null : c.name()),
            of(c == null ? null : c.result().statistic()), of(c == null ? null : c.result().pValue())));
        if (withAgreement) {
            cells.add(of(c == null ? null : c.saysStationary()));
        }
        return cells.toArray(DataCell[]::new);
    }

    /** @return the simulated p-value, missing without a simulation (or without the test: null) */
    private static DataCell simulatedP(final IntegrationOrderResult.Outcome o) {
        return of(o == null || o.simulated() == null ? null : o.simulated().pValue());
    }

    private static DataCell[] cells(final DataCell[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(DataCell[]::new);
    }

    /** @return the rule of the decision in words, e.g. "the first d at which ADF rejects a unit root at 5%" */
    private String decisionRule() throws InvalidSettingsException {
        Kind confirming = m_settings.confirming();
        String alpha = UnitRootResult.percent(m_settings.tests().alpha());
        String p = m_settings.simulation() == null ? "table p-values" : "simulated p-values for ADF and KPSS";
        String rule = "the first d at which " + shortName(m_settings.test()) + " rejects a unit root at " + alpha;
        if (confirming == Kind.KPSS) {
            rule += " and KPSS does not reject stationarity";
        } else if (confirming != null) {
            rule += " and " + shortName(confirming) + " also rejects a unit root";
        }
        return rule + " (" + p + ")";
    }

    private static String shortName(final Kind kind) {
        return switch (kind) {
            case ADF -> "ADF";
            case KPSS -> "KPSS";
            case DF_GLS -> "DF-GLS";
            case PHILLIPS_PERRON -> "Phillips-Perron";
            default -> "Zivot-Andrews";
        };
    }

    private static String stepText(final IntegrationOrderResult.Outcome o) {
        UnitRootResult r = o.result();
        return String.format(Locale.ROOT, "%s statistic %.4f, p-value %.4g%s, %s", o.name(), r.statistic(),
            r.pValue(), o.simulated() == null ? "" : String.format(Locale.ROOT, " (simulated %.4g)",
                o.simulated().pValue()), ResultCells.count(r.lags(), "lag"));
    }

    /** Flow variables {@code integration.<series>.<name>} (see the node description): result column to name. */
    private static final Map<String, String> VARIABLES = ResultVariables.ordered(
            "Order of integration (d)", "order",
            "Result", "result",
            "Test statistic", "statistic",
            "Test p-value", "p_value",
            "Lags used", "lags",
            "Observations", "observations",
            "Sample", "sample",
            "Test", "test",
            "Simulated p-value", "simulated_p_value");

    @Override
    protected DataCell[] notTestedRow(final Series s, final String reason) throws InvalidSettingsException {
        return new DataCell[]{of(s.name()), of(NO_INT), of("Not tested"), of(termsLabel()),
            of(NO_INT), of(NO_NUMBER), of(NO_NUMBER), of(NO_INT), of(NO_INT),
            of(NO_NUMBER), of(NO_NUMBER), of((String)null), of(reason), of(shortName(m_settings.test())),
            of(NO_NUMBER), of(NO_NUMBER), of(m_settings.confirming() == null ? null : shortName(m_settings.confirming())),
            of(NO_NUMBER), of(NO_NUMBER), of(NO_NUMBER), of(NO_NUMBER), of(decisionRule())};
    }

    private String termsLabel() throws InvalidSettingsException {
        return Choice.label(m_settings.tests().terms(), TestSettings.TERMS);
    }
}
