package org.tradeecon.knime.engine.simulation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tradeecon.knime.engine.granger.GrangerBootstrap;
import org.tradeecon.knime.engine.unitroot.AdfSimulation;
import org.tradeecon.knime.engine.unitroot.Deterministic;
import org.tradeecon.knime.engine.unitroot.MacKinnon;

/**
 * The slow validation of the simulated inference (issue 15), run by hand, not by {@code mvn test}:
 * <pre>
 * mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.tradeecon.knime.engine.simulation.SimulationValidation
 * </pre>
 * It prints one line per check and exits with status 1 when a check fails. The checks:
 * <ol>
 * <li>Simulated ADF critical values (lag 0) at T = 500 within 0.01 of MacKinnon's (2010) response surface
 * (mackinnon2010.txt), every case, 1,000,000 replications.</li>
 * <li>At T = 25, 50, 100 within 0.02 of Fuller's (1976) table (reference/simulation/fuller1976_tau.txt), cases
 * n, c, ct. Fuller's T is the sample size, the number of levels y_1..y_T: Dickey and Fuller (1979) define the
 * estimators over t = 2..T, so the regression has T − 1 observations, and that is what is simulated (T levels,
 * the first 0). The other reading (Hamilton's notation, T regression observations and T + 1 levels) is printed
 * beside it for information, with MacKinnon's (2010) value at T regression observations.</li>
 * <li>The bootstrap Granger test's rejection rate at 5% under the null within [4%, 6%] over a fixed-seed Monte
 * Carlo of 5,000 data sets with B = 199 each: residual and leveraged bootstrap on stationary AR(1) pairs, and
 * the leveraged Toda–Yamamoto test on independent random walks.</li>
 * </ol>
 * Each line also prints the Monte Carlo standard error of the simulated quantile, sqrt(p(1 − p)/R)/f(q), with
 * the density f(q) estimated from the simulated quantiles at p ± 0.005.
 */
public final class SimulationValidation {

    private static final double[] LEVELS = {0.01, 0.05, 0.10};
    private static int failures;

    private SimulationValidation() {
    }

    public static void main(final String[] args) throws IOException {
        long start = System.nanoTime();
        System.out.printf(Locale.ROOT, "Simulation validation, %d processors, Java %s%n",
            Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        mackinnon();
        fuller();
        grangerSize();
        System.out.printf(Locale.ROOT, "%d failure(s), %.0f s%n", failures, (System.nanoTime() - start) / 1e9);
        System.exit(failures == 0 ? 0 : 1);
    }

    private static void mackinnon() {
        int t = 500;
        SimulationOptions o = SimulationOptions.of(1_000_000, SimulationOptions.DEFAULT_SEED);
        System.out.println("\n1. ADF lag 0, T = 500, R = 1,000,000: simulated vs MacKinnon (2010), tolerance 0.01");
        for (Deterministic det : Deterministic.values()) {
            NullDistribution d = AdfSimulation.nullDistribution(det, 0, t, o, SimulationMonitor.NONE);
            for (double level : LEVELS) {
                check(det.code() + String.format(Locale.ROOT, " %4.0f%%", level * 100), d, level,
                    MacKinnon.criticalValue(level, det, t), 0.01, "");
            }
        }
    }

    private static void fuller() throws IOException {
        SimulationOptions o = SimulationOptions.of(1_000_000, SimulationOptions.DEFAULT_SEED);
        System.out.println("\n2. ADF lag 0, R = 1,000,000: simulated at T - 1 regression observations (T levels) vs"
            + " Fuller (1976) Table 8.5.2 at sample size T, tolerance 0.02; for information: the simulation at T"
            + " regression observations and MacKinnon (2010) at T");
        for (String[] row : fullerRows()) {
            Deterministic det = Deterministic.fromCode(row[0]);
            int t = Integer.parseInt(row[1]);
            NullDistribution levels = AdfSimulation.nullDistribution(det, 0, t - 1, o, SimulationMonitor.NONE);
            NullDistribution regression = AdfSimulation.nullDistribution(det, 0, t, o, SimulationMonitor.NONE);
            for (int i = 0; i < LEVELS.length; i++) {
                double level = LEVELS[i];
                double fuller = Double.parseDouble(row[2 + i]);
                String extra = String.format(Locale.ROOT, "  | sim(T obs) %.4f diff %+.4f  MacKinnon(T) %.4f",
                    regression.quantile(level), regression.quantile(level) - fuller,
                    MacKinnon.criticalValue(level, det, t));
                check(String.format(Locale.ROOT, "%-2s T=%3d %4.0f%%", det.code(), t, level * 100), levels, level,
                    fuller, 0.02, extra);
            }
        }
    }

    private static List<String[]> fullerRows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(SimulationValidation.class
            .getResourceAsStream("/reference/simulation/fuller1976_tau.txt"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.trim().split("\\s+"));
                }
            }
        }
        return rows;
    }

    private static void check(final String what, final NullDistribution d, final double level,
        final double expected, final double tol, final String extra) {
        double q = d.quantile(level);
        double density = 0.01 / (d.quantile(level + 0.005) - d.quantile(level - 0.005));
        double se = Math.sqrt(level * (1 - level) / d.replications()) / density;
        boolean ok = Math.abs(q - expected) <= tol;
        failures += ok ? 0 : 1;
        System.out.printf(Locale.ROOT, "  %-18s simulated %.4f (MC s.e. %.4f)  reference %.4f  diff %+.4f  %s%s%n",
            what, q, se, expected, q - expected, ok ? "ok" : "FAIL", extra);
    }

    /** Rejection rates at 5% of the bootstrap tests under the null, M data sets of n = 50 with B = 199 each. */
    private static void grangerSize() {
        int datasets = 5_000;
        System.out.println("\n3. Bootstrap Granger test under the null, n = 50, B = 199, 5,000 data sets: rejection"
            + " rate at 5% within [4%, 6%]");
        size("Granger p=2, residual ", 0.5, 2, 0, GrangerBootstrap.Method.RESIDUAL, datasets);
        size("Granger p=2, leveraged", 0.5, 2, 0, GrangerBootstrap.Method.LEVERAGED, datasets);
        size("Toda-Yamamoto p=1 d=1, random walks, leveraged", 1.0, 1, 1, GrangerBootstrap.Method.LEVERAGED,
            datasets);
    }

    private static void size(final String what, final double ar, final int lag, final int extra,
        final GrangerBootstrap.Method method, final int datasets) {
        SimulationOptions outer = SimulationOptions.of(datasets, 20261204L);
        // outer replication: one data set; returns 1 when the bootstrap rejects, plus 2 when the table test does
        double[] codes = MonteCarlo.run(outer, SimulationMonitor.NONE, () -> random -> {
            int n = 50;
            int burn = 50;
            double[] x = new double[n];
            double[] y = new double[n];
            double xt = 0.0;
            double yt = 0.0;
            for (int t = -burn; t < n; t++) {
                xt = ar * xt + random.nextGaussian();
                yt = ar * yt + random.nextGaussian();
                if (t >= 0) {
                    x[t] = xt;
                    y[t] = yt;
                }
            }
            SimulatedInference s = GrangerBootstrap.test("x", x, "y", y, lag, extra, null, method,
                SimulationOptions.of(199, random.nextLong()).withThreads(1), SimulationMonitor.NONE);
            return (s.rejectsNull(0.05) ? 1 : 0) + (s.tablePValue() <= 0.05 ? 2 : 0);
        });
        int bootstrap = 0;
        int asymptotic = 0;
        for (double c : codes) {
            bootstrap += (int)c & 1;
            asymptotic += (int)c >> 1;
        }
        double rate = (double)bootstrap / datasets;
        double table = (double)asymptotic / datasets;
        boolean ok = rate >= 0.04 && rate <= 0.06;
        failures += ok ? 0 : 1;
        System.out.printf(Locale.ROOT, "  %-48s bootstrap %.2f%% (MC s.e. %.2f%%)  %s   table p-value test %.2f%%%n",
            what, 100 * rate, 100 * Math.sqrt(0.05 * 0.95 / datasets), ok ? "ok" : "FAIL", 100 * table);
    }
}
