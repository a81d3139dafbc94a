package org.tradeecon.knime.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.tradeecon.knime.engine.simulation.SimulationMonitor;
import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.tradeecon.knime.engine.unitroot.AdfOptions;
import org.tradeecon.knime.engine.unitroot.Deterministic;
import org.tradeecon.knime.engine.unitroot.LagSelection;
import org.tradeecon.knime.engine.unitroot.panel.LlcTest;
import org.tradeecon.knime.engine.unitroot.panel.Panel;
import org.tradeecon.knime.engine.unitroot.panel.PanelUnitRoot;
import org.tradeecon.knime.engine.unitroot.panel.PanelUnitRootResult;

/**
 * Issue 17's target: a panel unit-root test over 10,000 series x 15 years (e.g. HS-6 products) under 100 ms on 2
 * cores. Ours only. The panel is drawn here with a fixed seed: half AR(1) units (coefficient 0.5), half random
 * walks, each around its own level. Each workload times one {@link PanelUnitRoot#test} on the ready panel (the
 * panel built once, outside the timed region; building it from 150,000 long rows is timed as "panel_build"), with
 * 2 worker threads, as EngineBench does (warm-up, then the median of the timed runs), printed as JSON lines:
 *
 * <pre>
 * mvn -B -ntp -q -DskipTests compile
 * mvn -B -ntp -q dependency:build-classpath -DincludeScope=compile -Dmdep.outputFile=target/bench/deps.txt
 * javac --release 17 -d target/bench/classes -cp target/classes:$(cat target/bench/deps.txt) bench/src/org/tradeecon/knime/bench/*.java
 * java -XX:+UseSerialGC -Xmx256m -cp target/bench/classes:target/classes:$(cat target/bench/deps.txt) org.tradeecon.knime.bench.PanelBench 20
 * </pre>
 * IPS simulates its null moments (10,000 replications, the engine's default) at each distinct (T, lag); that
 * simulation is part of its time.
 */
public final class PanelBench {

    static final int UNITS = 10_000;
    static final int YEARS = 15;
    static final long SEED = 20261203L;
    static final int THREADS = 2;

    private PanelBench() {
    }

    public static void main(final String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        SplittableRandom rng = new SplittableRandom(SEED);
        String[] unit = new String[UNITS * YEARS];
        long[] time = new long[unit.length];
        double[] value = new double[unit.length];
        for (int i = 0; i < UNITS; i++) {
            double phi = i % 2 == 0 ? 0.5 : 1.0;
            double level = 3.0 * normal(rng);
            double y = 0.0;
            for (int t = 0; t < YEARS; t++) {
                y = phi * y + normal(rng);
                int r = i * YEARS + t;
                unit[r] = "hs" + i;
                time[r] = 2004 + t;
                value[r] = level + y;
            }
        }
        Workloads.Case<Panel> build = new Workloads.Case<>(() -> Panel.fromRows(unit, time, value), p -> Map.of(
            "units", p.unitCount(), "periods", p.times().length));
        System.out.println(EngineBench.measure("panel_build", build, reps));
        Panel panel = Panel.fromRows(unit, time, value);
        AdfOptions fixed = AdfOptions.fixedLag(Deterministic.CONSTANT, 0);
        AdfOptions aic = AdfOptions.defaults().withDeterministic(Deterministic.CONSTANT)
            .withLagSelection(LagSelection.AIC).withMaxLag(2);
        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[]{"panel_ips_lag0", PanelUnitRoot.Test.IPS, fixed});
        cases.add(new Object[]{"panel_maddala_wu_lag0", PanelUnitRoot.Test.MADDALA_WU, fixed});
        cases.add(new Object[]{"panel_maddala_wu_aic2", PanelUnitRoot.Test.MADDALA_WU, aic});
        cases.add(new Object[]{"panel_llc_lag0", PanelUnitRoot.Test.LLC, fixed});
        cases.add(new Object[]{"panel_llc_aic2", PanelUnitRoot.Test.LLC, aic});
        cases.add(new Object[]{"panel_hadri", PanelUnitRoot.Test.HADRI_HETEROSKEDASTIC, fixed});
        SimulationMonitor quiet = SimulationMonitor.of(f -> { }, () -> false);
        for (Object[] c : cases) {
            PanelUnitRoot.Options o = new PanelUnitRoot.Options((PanelUnitRoot.Test)c[1], (AdfOptions)c[2], false,
                LlcTest.Convention.PLM, SimulationOptions.of(SimulationOptions.DEFAULT_REPLICATIONS, SEED), THREADS,
                0.05);
            Workloads.Case<PanelUnitRootResult> w = new Workloads.Case<>(() -> PanelUnitRoot.test(panel, o, quiet),
                r -> {
                    Map<String, Object> a = new LinkedHashMap<>();
                    a.put("test", r.testName());
                    a.put("statistic", r.statistic());
                    a.put("p_value", r.pValue());
                    a.put("units_used", r.includedUnits());
                    return a;
                });
            System.out.println(EngineBench.measure((String)c[0], w, reps));
        }
    }

    /** A standard normal draw (Box-Muller; one of the pair is enough here). */
    private static double normal(final SplittableRandom rng) {
        return Math.sqrt(-2.0 * Math.log(1.0 - rng.nextDouble())) * Math.cos(2.0 * Math.PI * rng.nextDouble());
    }
}
