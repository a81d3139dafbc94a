package org.tradeecon.knime.engine.unitroot.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tradeecon.knime.engine.simulation.SimulationMonitor;
import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.tradeecon.knime.engine.unitroot.AdfBatch;
import org.tradeecon.knime.engine.unitroot.AdfOptions;
import org.tradeecon.knime.engine.unitroot.Deterministic;
import org.tradeecon.knime.testsupport.ReferenceCsv;
import org.tradeecon.knime.testsupport.Tolerance;

/**
 * The panel tests against R plm 2.6.2 {@code purtest} (plm_purtest.csv, made by plm_reference.R from the panels in
 * panels.csv: plm's Grunfeld firm values and seeded synthetic panels, one unbalanced; "mixed" also demeaned).
 * <ul>
 * <li>Fisher (madwu, invnormal, logit, Pm), fixed lags 0 and 1, constant or trend, plm with {@code dfcor = TRUE}
 * (the usual OLS t) and {@code p.approx = "MacKinnon1994"}: statistic and p-value within 1e-8 relative (the same
 * method);</li>
 * <li>Hadri, constant or trend, homoskedastic and heteroskedastic: statistic within 1e-8 relative, p-value within
 * 1e-8 relative (floor 1e-300; plm prints 0 where its p underflows);</li>
 * <li>IPS W-t-bar: t-bar within 1e-8 relative (the same ADF τ). The moments differ in method: plm reads IPS
 * (2003) Table 3 (50,000 replications, interpolated in T), the engine simulates at each unit's T and lag (here
 * R = 40,000, seed 20261203). Only the cases whose T − k − 1 lies on the table's grid (T = 20) are compared on
 * E and V, where the methods estimate the same numbers: tolerance 4 combined Monte Carlo standard errors,
 * our SE taken as the table's too (its R is larger, so this over-covers). W is then checked against plm's W
 * within the propagated tolerance.</li>
 * </ul>
 */
class PlmReferenceTest {

    private static final String DIR = "/reference/panel/";
    private static final SimulationOptions SIM = SimulationOptions.of(40_000, 20261203L);

    static Panel panel(final String name, final boolean demean) {
        return panel("panels.csv", name, demean);
    }

    /** @return panel {@code name} of the reference file {@code file} (long form), demeaned if asked */
    static Panel panel(final String file, final String name, final boolean demean) {
        List<String> units = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Map<String, String> r : ReferenceCsv.rows(DIR + file, name)) {
            units.add(r.get("unit"));
            times.add(Long.parseLong(r.get("time")));
            values.add(ReferenceCsv.number(r.get("value")));
        }
        Panel p = Panel.fromRows(units.toArray(new String[0]), times.stream().mapToLong(Long::longValue).toArray(),
            values.stream().mapToDouble(Double::doubleValue).toArray());
        return demean ? p.demeaned() : p;
    }

    @TestFactory
    Stream<DynamicTest> everyPlmCase() {
        return ReferenceCsv.rows(DIR + "plm_purtest.csv").stream().map(r -> DynamicTest.dynamicTest(
            r.get("panel") + " demean=" + r.get("demean") + " " + r.get("test") + " " + r.get("exo") + " lags="
                + r.get("lags") + " hcons=" + r.get("hcons"), () -> check(r)));
    }

    private static void check(final Map<String, String> r) {
        Panel p = panel(r.get("panel"), Boolean.parseBoolean(r.get("demean")));
        Deterministic det = "trend".equals(r.get("exo")) ? Deterministic.TREND : Deterministic.CONSTANT;
        double stat = ReferenceCsv.number(r.get("statistic"));
        double pv = ReferenceCsv.number(r.get("p_value"));
        String test = r.get("test");
        String what = r.toString();
        if ("hadri".equals(test)) {
            PanelUnitRootResult h = HadriTest.test(p, det, Boolean.parseBoolean(r.get("hcons")), 0.05);
            Tolerance.assertRelative(stat, h.statistic(), 1e-8, what + " statistic");
            Tolerance.assertClose(pv, h.pValue(), 1e-8, 1e-300, what + " p-value");
            return;
        }
        List<AdfBatch.Outcome> adf = PanelAdf.run(p, AdfOptions.fixedLag(det, Integer.parseInt(r.get("lags"))), 1);
        if ("ips".equals(test)) {
            checkIps(r, adf, stat, what);
            return;
        }
        PanelUnitRootResult f = FisherTest.test(adf, method(test), 0.05);
        assertEquals(p.unitCount(), f.includedUnits(), what);
        Tolerance.assertRelative(stat, f.statistic(), 1e-8, what + " statistic");
        Tolerance.assertRelative(pv, f.pValue(), 1e-8, what + " p-value");
    }

    private static void checkIps(final Map<String, String> r, final List<AdfBatch.Outcome> adf, final double stat,
        final String what) {
        PanelUnitRootResult ips = IpsTest.test(adf, SIM, SimulationMonitor.of(f -> { }, () -> false), 0.05);
        Map<String, Double> q = ips.quantities();
        Tolerance.assertRelative(ReferenceCsv.number(r.get("tbar")), q.get(IpsTest.T_BAR), 1e-8, what + " t-bar");
        boolean onGrid = ips.units().stream().allMatch(u -> u.observations() == 20);
        if (!onGrid) {
            return; // plm interpolates its table in T here: a third method, not compared
        }
        double e = ReferenceCsv.number(r.get("etbar"));
        double v = ReferenceCsv.number(r.get("vtbar"));
        // a unit's MC standard errors, from the simulated moments (the same for every unit: one (T, k))
        IpsMoments m = IpsMoments.simulate(ips.deterministic(), ips.lags(), 20, SIM,
            SimulationMonitor.of(f -> { }, () -> false));
        double eTol = 4 * Math.sqrt(2) * m.meanError();
        double vTol = 4 * Math.sqrt(2) * m.varianceError();
        assertTrue(Math.abs(q.get(IpsTest.MEAN) - e) <= eTol, what + ": E " + q.get(IpsTest.MEAN) + " vs " + e
            + " (tolerance " + eTol + ")");
        assertTrue(Math.abs(q.get(IpsTest.VARIANCE) - v) <= vTol, what + ": V " + q.get(IpsTest.VARIANCE) + " vs " + v
            + " (tolerance " + vTol + ")");
        int n = ips.includedUnits();
        double wTol = Math.sqrt(n) / Math.sqrt(v) * eTol + Math.abs(stat) / (2 * v) * vTol;
        assertTrue(Math.abs(ips.statistic() - stat) <= wTol, what + ": W " + ips.statistic() + " vs " + stat
            + " (tolerance " + wTol + ")");
    }

    private static FisherTest.Method method(final String plm) {
        switch (plm) {
            case "madwu":
                return FisherTest.Method.MADDALA_WU;
            case "invnormal":
                return FisherTest.Method.INVERSE_NORMAL;
            case "logit":
                return FisherTest.Method.LOGIT;
            default:
                return FisherTest.Method.MODIFIED_P;
        }
    }
}
