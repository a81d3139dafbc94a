package org.tradeecon.knime.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.tradeecon.knime.engine.granger.GrangerCausality;
import org.tradeecon.knime.engine.granger.GrangerResult;
import org.tradeecon.knime.engine.mapping.CategoryMapper;
import org.tradeecon.knime.engine.mapping.ClassificationScheme;
import org.tradeecon.knime.engine.mapping.MappingResult;
import org.tradeecon.knime.engine.mapping.TradeFlow;
import org.tradeecon.knime.engine.simulation.SimulatedInference;
import org.tradeecon.knime.engine.simulation.SimulationMonitor;
import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.tradeecon.knime.engine.unitroot.AdfBatch;
import org.tradeecon.knime.engine.unitroot.AdfOptions;
import org.tradeecon.knime.engine.unitroot.AdfResult;
import org.tradeecon.knime.engine.unitroot.AdfSimulation;
import org.tradeecon.knime.engine.unitroot.AdfTest;
import org.tradeecon.knime.engine.unitroot.Deterministic;

/** The benchmark workloads (issue 9), each an engine call on the data that bench.py generated. */
final class Workloads {

    /** The year and flow of the ATP list the mapping workload uses (bench.py checks against the same list). */
    static final int MAPPING_YEAR = 2022;

    private Workloads() {
    }

    /** What to time, and how to turn its result into answers comparable with statsmodels'. */
    static final class Case<T> {
        final Supplier<T> work;
        final Function<T, Map<String, Object>> answers;

        Case(final Supplier<T> work, final Function<T, Map<String, Object>> answers) {
            this.work = work;
            this.answers = answers;
        }
    }

    static Case<?> create(final String workload, final Path data) {
        switch (workload) {
            case "adf_100k":
                return adf(EngineBench.readDoubles(data.resolve("rw_100k.f64")), AdfOptions.defaults());
            case "adf_1m_12":
                return adf(EngineBench.readDoubles(data.resolve("rw_1m.f64")), AdfOptions.defaults().withMaxLag(12));
            case "adf_1m_120":
                return adf(EngineBench.readDoubles(data.resolve("rw_1m.f64")), AdfOptions.defaults());
            case "adf_batch":
                return adfBatch(EngineBench.rows(EngineBench.readDoubles(data.resolve("rw_1000x200.f64")), 200));
            case "adf_sim_t15":
                return adfSimulated(Arrays.copyOf(EngineBench.readDoubles(data.resolve("rw_100k.f64")), 17));
            case "granger":
                return granger(EngineBench.readDoubles(data.resolve("granger_yx_10k.f64")));
            case "mapping":
                return mapping(data.resolve("hs10_10m.txt"));
            default:
                throw new IllegalArgumentException("Unknown workload: " + workload);
        }
    }

    /** One AIC lag search with statsmodels' defaults (constant, refit of the chosen lag on its own sample). */
    private static Case<AdfResult> adf(final double[] y, final AdfOptions options) {
        return new Case<>(() -> AdfTest.test(y, options), r -> adfAnswers(List.of(r)));
    }

    /** Our batch API (all cores, buffers reused per thread) against statsmodels' one call per series. */
    private static Case<List<AdfResult>> adfBatch(final double[][] series) {
        AdfOptions options = AdfOptions.defaults();
        return new Case<>(() -> {
            List<AdfResult> out = new ArrayList<>(series.length);
            for (AdfBatch.Outcome o : AdfBatch.run(series, options)) {
                if (!o.succeeded()) {
                    throw new IllegalStateException(o.name() + ": " + o.error());
                }
                out.add(o.result());
            }
            return out;
        }, Workloads::adfAnswers);
    }

    /**
     * Issue 15: the simulated finite-sample p-value of one ADF (constant, fixed lag 1) on 17 levels, so T = 15
     * regression observations: 10,000 replications, default seed, all cores (the test itself included).
     */
    private static Case<SimulatedInference> adfSimulated(final double[] y) {
        AdfOptions options = AdfOptions.fixedLag(Deterministic.CONSTANT, 1);
        SimulationOptions sim = SimulationOptions.defaults();
        return new Case<>(() -> AdfSimulation.inference(AdfTest.test(y, options), sim, SimulationMonitor.NONE), r -> {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("tau", r.statistic());
            a.put("nobs", r.observations());
            a.put("p_simulated", r.pValue());
            a.put("p_asymptotic", r.tablePValue());
            a.put("crit", r.criticalValues().values().stream().toList());
            a.put("replications", r.replications());
            a.put("seed", r.seed());
            a.put("threads", sim.threads());
            return a;
        });
    }

    private static Map<String, Object> adfAnswers(final List<AdfResult> results) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("lag", results.stream().map(AdfResult::lags).toList());
        a.put("tau", results.stream().map(AdfResult::statistic).toList());
        a.put("p", results.stream().map(AdfResult::pValue).toList());
        a.put("nobs", results.stream().map(AdfResult::observations).toList());
        return a;
    }

    /** "x does not Granger-cause y" at lags 1..4, each lag on its own sample (as grangercausalitytests). */
    private static Case<List<GrangerResult>> granger(final double[] yx) {
        int n = yx.length / 2;
        double[] y = Arrays.copyOfRange(yx, 0, n);
        double[] x = Arrays.copyOfRange(yx, n, 2 * n);
        return new Case<>(() -> GrangerCausality.table("x", x, "y", y, 4, null), tests -> {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("lag", tests.stream().map(GrangerResult::lag).toList());
            a.put("F", tests.stream().map(GrangerResult::fStatistic).toList());
            a.put("p", tests.stream().map(GrangerResult::fPValue).toList());
            return a;
        });
    }

    /** 10 M import records of one year through the batch API a node uses (exact matching, bundled ATP lists). */
    private static Case<MappingResult> mapping(final Path file) {
        String[] codes;
        try (var lines = Files.lines(file)) {
            codes = lines.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] years = new int[codes.length];
        Arrays.fill(years, MAPPING_YEAR);
        TradeFlow[] flows = new TradeFlow[codes.length];
        Arrays.fill(flows, TradeFlow.IMPORT);
        CategoryMapper mapper = new CategoryMapper(ClassificationScheme.atp());
        return new Case<>(() -> mapper.map(codes, years, flows), r -> {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("codes", r.size());
            Map<String, Object> counts = new LinkedHashMap<>();
            int[] byCategory = new int[r.scheme().categories().size()];
            int unmapped = 0;
            for (int c : r.categoryIndices()) {
                if (c < 0) {
                    unmapped++;
                } else {
                    byCategory[c]++;
                }
            }
            for (int c = 0; c < byCategory.length; c++) {
                counts.put(r.scheme().categories().get(c).code(), byCategory[c]);
            }
            counts.put("unmapped", unmapped);
            a.put("counts", counts);
            a.put("warnings", r.warnings());
            return a;
        });
    }
}
