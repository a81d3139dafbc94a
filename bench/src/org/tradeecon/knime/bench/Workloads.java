package org.tradeecon.knime.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.tradeecon.knime.engine.granger.GrangerCausality;
import org.tradeecon.knime.engine.granger.GrangerMatrix;
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
import org.tradeecon.knime.engine.unitroot.IntegrationOrderBatch;
import org.tradeecon.knime.engine.regression.CoefficientTable;
import org.tradeecon.knime.engine.regression.CovarianceEstimator;
import org.tradeecon.knime.engine.regression.LaggedDependentRegression;
import org.tradeecon.knime.engine.unitroot.AdfSimulation;
import org.tradeecon.knime.engine.unitroot.AdfTest;
import org.tradeecon.knime.engine.unitroot.Deterministic;
import org.tradeecon.knime.engine.unitroot.IntegrationOrder;
import org.tradeecon.knime.engine.unitroot.LagSearchSample;

/** The benchmark workloads (issues 9 and 18), each an engine call on the data that bench.py generated. */
final class Workloads {

    /** The year and flow of the ATP list the mapping workload uses (bench.py checks against the same list). */
    static final int MAPPING_YEAR = 2022;
    /** Newey-West lag of the regression workload, as bench.py's NW_LAG: floor(4 (n/100)^(2/9)) at n = 1e6. */
    static final int NW_LAG = 30;

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
                return granger(EngineBench.rows(EngineBench.readDoubles(data.resolve("granger_yx_10k.f64")), 10_000));
            case "granger_1m":
                return granger(EngineBench.rows(EngineBench.readDoubles(data.resolve("granger_yx_1m.f64")), 1_000_000));
            case "onepass_1m":
                return onePass(EngineBench.rows(EngineBench.readDoubles(data.resolve("granger_yx_1m.f64")), 1_000_000));
            case "granger_10m":
                return granger(EngineBench.readRows(data.resolve("granger_yx_10m.f64"), 2));
            case "granger_pairwise":
                return grangerPairwise(EngineBench.rows(EngineBench.readDoubles(data.resolve("granger_50x200.f64")),
                    200));
            case "integration_order":
                return integrationOrder(EngineBench.rows(EngineBench.readDoubles(data.resolve("oi_10000x15.f64")), 15),
                    Runtime.getRuntime().availableProcessors());
            case "integration_order_1t":
                return integrationOrder(EngineBench.rows(EngineBench.readDoubles(data.resolve("oi_10000x15.f64")), 15),
                    1);
            case "ldr_1m":
                return laggedDependent(EngineBench.rows(EngineBench.readDoubles(data.resolve("ldr_1m.f64")), 1_000_000));
            case "mapping":
                return mapping(data.resolve("hs10_10m.txt"));
            default:
                throw new IllegalArgumentException("Unknown workload: " + workload);
        }
    }

    /** One AIC lag search with statsmodels' defaults (constant, refit of the chosen lag on its own sample). */
    private static Case<AdfResult> adf(final double[] y, final AdfOptions options) {
        return new Case<>(() -> AdfTest.test(y, options), r -> adfAnswers(List.of(r), List.of(y), options));
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
        }, r -> adfAnswers(r, Arrays.asList(series), options));
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

    /**
     * The answers of the timed runs, and (untimed) what our engine gives under urca's convention: candidates
     * 1..maxlag compared and the chosen lag kept on the max-lag sample. urca never picks lag 0, so its lag k is
     * our criterion's argmin over 1..maxlag L; its τ is our fixed-lag-k test on the series without its first
     * L − k values, whose sample is exactly the max-lag sample.
     */
    private static Map<String, Object> adfAnswers(final List<AdfResult> results, final List<double[]> series,
        final AdfOptions options) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("lag", results.stream().map(AdfResult::lags).toList());
        a.put("tau", results.stream().map(AdfResult::statistic).toList());
        a.put("p", results.stream().map(AdfResult::pValue).toList());
        a.put("nobs", results.stream().map(AdfResult::observations).toList());
        List<Integer> urcaLag = new ArrayList<>();
        List<Double> urcaTau = new ArrayList<>();
        for (double[] y : series) {
            AdfResult keep = AdfTest.test(y, options.withLagSearchSample(LagSearchSample.KEEP_MAXLAG_SAMPLE));
            int best = keep.lagCandidates().stream().filter(c -> c.lag() >= 1)
                .min(Comparator.comparingDouble(AdfResult.LagCandidate::criterion)).orElseThrow().lag();
            urcaLag.add(best);
            double[] maxLagSample = Arrays.copyOfRange(y, keep.maxLag() - best, y.length);
            urcaTau.add(AdfTest.test(maxLagSample, AdfOptions.fixedLag(options.deterministic(), best)).statistic());
        }
        a.put("urca_lag", urcaLag);
        a.put("urca_tau", urcaTau);
        return a;
    }

    /** "x does not Granger-cause y" at lags 1..4, each lag on its own sample (as grangercausalitytests). */
    private static Case<List<GrangerResult>> granger(final double[][] yx) {
        double[] y = yx[0];
        double[] x = yx[1];
        return new Case<>(() -> GrangerCausality.table("x", x, "y", y, 4, null), tests -> {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("lag", tests.stream().map(GrangerResult::lag).toList());
            a.put("F", tests.stream().map(GrangerResult::fStatistic).toList());
            a.put("p", tests.stream().map(GrangerResult::fPValue).toList());
            return a;
        });
    }

    /**
     * The floor of issue 18's "within 3x of one pass": one pass over both series that forms only their lagged
     * products at lags 0..4 (y_t y_{t-h}, x_t x_{t-h}, y_t x_{t-h}, x_t y_{t-h}), the lags held in registers; no
     * centring, scaling, checks or fits.
     */
    private static Case<double[]> onePass(final double[][] yx) {
        double[] y = yx[0];
        double[] x = yx[1];
        return new Case<>(() -> {
            double y1 = 0, y2 = 0, y3 = 0, y4 = 0, x1 = 0, x2 = 0, x3 = 0, x4 = 0;
            double a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0;
            double c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, d1 = 0, d2 = 0, d3 = 0, d4 = 0;
            for (int t = 0; t < y.length; t++) {
                double yt = y[t];
                double xt = x[t];
                a0 += yt * yt; a1 += yt * y1; a2 += yt * y2; a3 += yt * y3; a4 += yt * y4;
                b0 += xt * xt; b1 += xt * x1; b2 += xt * x2; b3 += xt * x3; b4 += xt * x4;
                c0 += yt * xt; c1 += yt * x1; c2 += yt * x2; c3 += yt * x3; c4 += yt * x4;
                d1 += xt * y1; d2 += xt * y2; d3 += xt * y3; d4 += xt * y4;
                y4 = y3; y3 = y2; y2 = y1; y1 = yt;
                x4 = x3; x3 = x2; x2 = x1; x1 = xt;
            }
            return new double[] {a0, a1, a2, a3, a4, b0, b1, b2, b3, b4, c0, c1, c2, c3, c4, d1, d2, d3, d4};
        }, sums -> Map.of("sums", sums.length));
    }

    /**
     * Every ordered pair of 50 series at lags 1..4 through the pairwise API (both directions of a pair share one
     * alignment). F in the order lag, cause, effect.
     */
    private static Case<List<GrangerMatrix>> grangerPairwise(final double[][] series) {
        String[] names = new String[series.length];
        Arrays.setAll(names, i -> "s" + (i + 1));
        return new Case<>(() -> {
            List<GrangerMatrix> byLag = new ArrayList<>();
            for (int lag = 1; lag <= 4; lag++) {
                byLag.add(GrangerCausality.pairwise(names, series, lag, null));
            }
            return byLag;
        }, byLag -> {
            List<Double> f = new ArrayList<>();
            List<Double> p = new ArrayList<>();
            for (GrangerMatrix m : byLag) {
                for (int[] pair : GrangerCausality.orderedPairs(series.length)) {
                    f.add(m.test(pair[0], pair[1]).fStatistic());
                    p.add(m.test(pair[0], pair[1]).fPValue());
                }
            }
            return Map.of("F", f, "p", p);
        });
    }

    /** Order of integration of each series, one after the other (ADF with the defaults, at most 3 differences). */
    /** The answers a search keeps per series, as the peers' scripts keep them: the order, and the levels' lag and tau. */
    private record Orders(int[] order, int[] lag0, double[] tau0) {
    }

    /**
     * Our batch API (the given number of threads, buffers reused per thread), keeping what the peers keep: the
     * order and the levels' lag and tau per series (gretl's script keeps order and tau, statsmodels' the order and
     * the levels' adfuller tuple, R's the order); every result is dropped once read, as the node writes its rows.
     */
    private static Case<Orders> integrationOrder(final double[][] series, final int threads) {
        AdfOptions options = AdfOptions.defaults();
        List<double[]> all = Arrays.asList(series);
        List<String> names = new ArrayList<>(series.length);
        for (int i = 0; i < series.length; i++) {
            names.add("s" + (i + 1));
        }
        return new Case<>(() -> {
            Orders out = new Orders(new int[series.length], new int[series.length], new double[series.length]);
            IntegrationOrderBatch.forEach(all, names, options, IntegrationOrder.DEFAULT_MAX_ORDER, null, 0, threads,
                (i, o) -> {
                    if (!o.succeeded()) {
                        throw new IllegalStateException(o.name() + ": " + o.error());
                    }
                    out.order[i] = o.result().order().orElse(-1);
                    out.lag0[i] = o.result().steps().get(0).adf().lags();
                    out.tau0[i] = o.result().steps().get(0).adf().statistic();
                });
            return out;
        }, r -> {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("order", Arrays.stream(r.order).boxed().toList());
            a.put("lag0", Arrays.stream(r.lag0).boxed().toList());
            a.put("tau0", Arrays.stream(r.tau0).boxed().toList());
            return a;
        });
    }

    /** y on const, y(-1), x1, x2, x3 with HC1 and Newey-West (Bartlett, lag {@link #NW_LAG}, no n/(n-k)). */
    private static Case<List<CoefficientTable>> laggedDependent(final double[][] yx) {
        String[] names = {"x1", "x2", "x3"};
        double[][] x = Arrays.copyOfRange(yx, 1, 4);
        return new Case<>(() -> {
            LaggedDependentRegression m = LaggedDependentRegression.fit("y", yx[0], 1, names, x, 0, null);
            return List.of(m.coefficients(CovarianceEstimator.heteroskedasticityConsistent(
                CovarianceEstimator.Type.HC1)), m.coefficients(CovarianceEstimator.neweyWest(NW_LAG, false)));
        }, tables -> {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("coef", tables.get(0).estimates());
            a.put("se_hc1", tables.get(0).standardErrors());
            a.put("se_nw", tables.get(1).standardErrors());
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
