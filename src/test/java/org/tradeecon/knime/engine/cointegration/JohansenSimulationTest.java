package org.tradeecon.knime.engine.cointegration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tradeecon.knime.engine.simulation.MonteCarlo;
import org.tradeecon.knime.engine.simulation.SimulationCancelledException;
import org.tradeecon.knime.engine.simulation.SimulationMonitor;
import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.tradeecon.knime.testsupport.ReferenceCsv;

/**
 * The simulated null distributions of the Johansen statistics and the full test.
 *
 * <p>Large-T check: at T = 250 without lags, the share of simulated statistics above statsmodels' asymptotic
 * critical values (statsmodels_critical_values.csv, made by statsmodels_critical_values.py; an outside
 * cross-check only) must be the nominal 10%, 5%, 1% within a Monte Carlo tolerance: with R = 10,000 the standard
 * errors are 0.0030, 0.0022, 0.0010; the tolerances 0.015, 0.010, 0.005 allow about 4 standard errors plus the
 * finite-T difference. A wrong null moves these shares outside: case 3 simulated without the drift puts 0.11
 * (measured, 4,000 draws at T = 250, two trends) instead of 0.05 above the 5% value.
 */
class JohansenSimulationTest {

    private static final int T_LARGE = 250;
    private static final SimulationOptions LARGE = SimulationOptions.of(10_000, 7L);

    private static double[] simulate(final int trends, final JohansenCase terms, final boolean trace) {
        return MonteCarlo.run(LARGE, SimulationMonitor.NONE, () -> random -> {
            JohansenEstimate e = JohansenEstimate.of(Johansen.nullSystem(trends, T_LARGE + 1, 0, terms, random), 0,
                terms, false);
            return trace ? e.trace(0) : e.maxEigen(0);
        });
    }

    @Test
    void simulatedTailsMatchAsymptoticCriticalValuesAtLargeT() {
        int checked = 0;
        for (int trends = 1; trends <= 3; trends++) {
            for (String det : List.of("-1", "0")) {
                JohansenCase terms = det.equals("-1") ? JohansenCase.NO_CONSTANT : JohansenCase.UNRESTRICTED_CONSTANT;
                for (String stat : List.of("trace", "maxeig")) {
                    double[] draws = simulate(trends, terms, stat.equals("trace"));
                    for (Map<String, String> r : ReferenceCsv.rows("/reference/johansen/statsmodels_critical_values.csv")) {
                        if (!r.get("det_order").equals(det) || !r.get("statistic").equals(stat)
                            || Integer.parseInt(r.get("trends")) != trends) {
                            continue;
                        }
                        double level = Double.parseDouble(r.get("level"));
                        double cv = Double.parseDouble(r.get("value"));
                        long above = java.util.Arrays.stream(draws).filter(d -> d >= cv).count();
                        double share = (double)above / draws.length;
                        double tol = level == 0.10 ? 0.015 : level == 0.05 ? 0.010 : 0.005;
                        assertEquals(level, share, tol, "case " + terms.number() + ", " + trends + " trends, " + stat
                            + " at " + level);
                        checked++;
                    }
                }
            }
        }
        assertEquals(36, checked);
    }

    private static double[][] denmark() {
        return CointegrationReference.columns("denmark", List.of("LRM", "LRY", "LPY", "IBO"));
    }

    private static final String[] NAMES = {"LRM", "LRY", "LPY", "IBO"};

    @Test
    void fullTestOnDenmarkIsReproducibleAndConsistent() {
        JohansenOptions o = JohansenOptions.defaults().withSimulation(SimulationOptions.of(999, 11L).withThreads(1));
        JohansenResult one = Johansen.test(denmark(), NAMES, o, SimulationMonitor.NONE);
        JohansenResult two = Johansen.test(denmark(), NAMES,
            o.withSimulation(SimulationOptions.of(999, 11L).withThreads(2)), SimulationMonitor.NONE);
        assertEquals(4, one.traceTests().size());
        assertEquals(53, one.observations());
        for (int r0 = 0; r0 < 4; r0++) {
            JohansenResult.RankTest a = one.traceTests().get(r0);
            JohansenResult.RankTest b = two.traceTests().get(r0);
            assertEquals(a.pValue(), b.pValue(), 0.0, "threads must not change the p-value");
            assertEquals(a.criticalValues(), b.criticalValues());
            // the decision by p agrees with the decision by the critical value (up to the order statistic)
            assertEquals(a.value() > a.criticalValues().get(0.05), a.rejectsNull(0.05) || a.pValue() < 0.051,
                "rank " + r0);
            assertTrue(a.criticalValues().get(0.10) < a.criticalValues().get(0.05)
                && a.criticalValues().get(0.05) < a.criticalValues().get(0.01));
        }
        // the last trace and maximum-eigenvalue statistics coincide: same value, same simulated null
        assertEquals(one.traceTests().get(3).value(), one.maxEigenvalueTests().get(3).value(), 1e-12);
        assertEquals(one.traceTests().get(3).criticalValues(), one.maxEigenvalueTests().get(3).criticalValues());
        assertArrayEquals(one.eigenvalues(), two.eigenvalues(), 0.0);
        assertEquals("LRM", one.cointegratingVectorRows().get(0));
        assertEquals(1.0, one.cointegratingVectors()[0][0], 0.0);
        assertTrue(one.summary().contains("trace"));
        assertTrue(one.warnings().isEmpty(), one.warnings().toString());
    }

    @Test
    void lagSearchReportsTheGridAndUsesTheChosenOrder() {
        JohansenOptions o = JohansenOptions.defaults().withLagOrder(JohansenOptions.LagOrder.BIC).withLags(3)
            .withSimulation(SimulationOptions.of(199, 3L));
        JohansenResult r = Johansen.test(denmark(), NAMES, o, SimulationMonitor.NONE);
        assertEquals(4, r.candidates().size());
        assertEquals(55 - 4, r.searchObservations());
        int best = 0;
        for (JohansenResult.Candidate c : r.candidates()) {
            best = c.bic() < r.candidates().get(best).bic() ? c.lags() : best;
        }
        assertEquals(best, r.lags());
        assertEquals(55 - r.lags() - 1, r.observations());
    }

    @Test
    void shortSampleIsWarnedAbout() {
        double[][] x = new double[2][25];
        for (int j = 0; j < 2; j++) {
            System.arraycopy(denmark()[j], 0, x[j], 0, 25);
        }
        JohansenResult r = Johansen.test(x, new String[] {"LRM", "LRY"}, JohansenOptions.defaults()
            .withDeterministic(JohansenCase.RESTRICTED_CONSTANT).withSimulation(SimulationOptions.of(199, 1L)),
            SimulationMonitor.NONE);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("badly sized")), r.warnings().toString());
        assertEquals(List.of("LRM", "LRY", "constant"), r.cointegratingVectorRows());
    }

    @Test
    void everyCaseRuns() {
        for (JohansenCase c : JohansenCase.values()) {
            JohansenResult r = Johansen.test(denmark(), NAMES, JohansenOptions.defaults().withDeterministic(c)
                .withSimulation(SimulationOptions.of(199, 5L)), SimulationMonitor.NONE);
            assertEquals(4, r.maxEigenvalueTests().size(), c.name());
            assertTrue(r.selectedRank(JohansenResult.Statistic.TRACE, 0.05) <= 4);
        }
    }

    @Test
    void badInputIsNamed() {
        double[][] d = denmark();
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class, () -> Johansen.test(d,
            NAMES, JohansenOptions.defaults().withLags(40), SimulationMonitor.NONE));
        assertTrue(tooMany.getMessage().contains("lagged differences"), tooMany.getMessage());
        double[][] collinear = {d[0], d[1], d[0].clone()};
        IllegalArgumentException col = assertThrows(IllegalArgumentException.class, () -> Johansen.test(collinear,
            new String[] {"a", "b", "c"}, JohansenOptions.defaults(), SimulationMonitor.NONE));
        assertTrue(col.getMessage().contains("collinear"), col.getMessage());
        double[][] constant = {d[0], new double[d[0].length]};
        IllegalArgumentException con = assertThrows(IllegalArgumentException.class, () -> Johansen.test(constant,
            new String[] {"a", "b"}, JohansenOptions.defaults(), SimulationMonitor.NONE));
        assertTrue(con.getMessage().contains("constant"), con.getMessage());
        assertThrows(SimulationCancelledException.class, () -> Johansen.test(d, NAMES, JohansenOptions.defaults(),
            SimulationMonitor.of(f -> { }, () -> true)));
    }
}
