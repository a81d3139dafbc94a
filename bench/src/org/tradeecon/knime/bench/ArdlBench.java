package org.tradeecon.knime.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.tradeecon.knime.engine.cointegration.ArdlBoundsTest;
import org.tradeecon.knime.engine.cointegration.ArdlOptions;
import org.tradeecon.knime.engine.cointegration.ArdlResult;

/**
 * Issue 16's target: the ARDL bounds test with an AIC search over p, q &le; 4 (4 × 4³ = 256 models) for 3
 * regressors at n = 10,000, under 50 ms. Ours only (statsmodels' ardl_select_order searches another grid, with
 * lag 0 and dropped regressors). The data are a cointegrated system drawn here with a fixed seed: three random
 * walks x_j and y = 1 + 0.5 x_1 − x_2 + 0.25 x_3 + AR(1) error with coefficient 0.5. Timing as EngineBench
 * (warm-up, then the median of the timed runs), printed as JSON:
 *
 * <pre>
 * mvn -B -ntp -q -DskipTests compile
 * javac --release 17 -d target/bench/classes -cp target/classes:$(cat target/bench/deps.txt) bench/src/org/tradeecon/knime/bench/*.java
 * java -cp target/bench/classes:target/classes:$(cat target/bench/deps.txt) org.tradeecon.knime.bench.ArdlBench 50
 * </pre>
 * (target/bench/deps.txt as bench/run.sh writes it.)
 */
public final class ArdlBench {

    static final int N = 10_000;
    static final long SEED = 20261203L;

    private ArdlBench() {
    }

    public static void main(final String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        SplittableRandom rng = new SplittableRandom(SEED);
        double[][] x = new double[3][N];
        double[] y = new double[N];
        double u = 0.0;
        for (int t = 0; t < N; t++) {
            for (int j = 0; j < 3; j++) {
                x[j][t] = (t == 0 ? 0.0 : x[j][t - 1]) + normal(rng);
            }
            u = 0.5 * u + normal(rng);
            y[t] = 1 + 0.5 * x[0][t] - x[1][t] + 0.25 * x[2][t] + u;
        }
        ArdlOptions o = ArdlOptions.defaults().withOrderSearch(ArdlOptions.OrderSelection.AIC, 4, 4);
        String[] names = {"x1", "x2", "x3"};
        Workloads.Case<ArdlResult> c = new Workloads.Case<>(() -> ArdlBoundsTest.test(y, x, "y", names, o), r -> {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("model", r.model());
            a.put("F", r.fStatistic());
            a.put("models_searched", r.candidates().size());
            a.put("search_numerics", r.conventions().get("order-search numerics"));
            return a;
        });
        System.out.println(EngineBench.measure("ardl_search_10k", c, reps));
    }

    /** A standard normal draw (Box-Muller; one of the pair is enough here). */
    private static double normal(final SplittableRandom rng) {
        return Math.sqrt(-2.0 * Math.log(1.0 - rng.nextDouble())) * Math.cos(2.0 * Math.PI * rng.nextDouble());
    }
}
