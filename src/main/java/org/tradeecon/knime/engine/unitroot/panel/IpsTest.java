package org.tradeecon.knime.engine.unitroot.panel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.tradeecon.knime.engine.simulation.SimulationMonitor;
import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.tradeecon.knime.engine.timeseries.OptionChecks;
import org.tradeecon.knime.engine.unitroot.AdfBatch;
import org.tradeecon.knime.engine.unitroot.AdfResult;
import org.tradeecon.knime.engine.unitroot.Deterministic;
import org.tradeecon.knime.engine.unitroot.UnitRootResult;

/**
 * The Im–Pesaran–Shin (2003) W-t-bar test (Im, Pesaran and Shin, "Testing for unit roots in heterogeneous panels",
 * Journal of Econometrics 115, 53-74): t̄ = (1/N) Σ τ_i, the mean of the units' ADF τ, and
 * W = √N (t̄ − (1/N) Σ E[τ_i]) / √((1/N) Σ Var[τ_i]), standard normal under H0 (lower tail). H0: every unit has a
 * unit root; H1: some are stationary. E[τ_i] and Var[τ_i] are the null moments of τ at unit i's regression
 * observations T_i and lag k_i; they are simulated here ({@link IpsMoments}, one simulation per distinct
 * (T_i, k_i), all with the given seed) instead of read from IPS's Table 3, so units may differ in length and lag
 * (unbalanced panels allowed, as in R plm's Wtbar). The result's conventions give the replications and a bound on
 * the Monte Carlo standard error of W.
 */
public final class IpsTest {

    /** Key of t̄ in {@link PanelUnitRootResult#quantities()}. */
    public static final String T_BAR = "t-bar";
    /** Key of the averaged simulated E[τ_i]. */
    public static final String MEAN = "mean of E[tau]";
    /** Key of the averaged simulated Var[τ_i]. */
    public static final String VARIANCE = "mean of Var[tau]";
    /** Key of the bound on W's Monte Carlo standard error. */
    public static final String W_ERROR = "Monte Carlo standard error of W (bound)";

    private static final String NAME = "Im-Pesaran-Shin W-t-bar";

    private IpsTest() {
    }

    /**
     * @param outcomes the units' ADF outcomes ({@link PanelAdf#run}), with a constant or a constant and trend
     * @param simulation replications and seed of the moment simulation
     * @param monitor progress and cancellation
     * @param alpha significance level of the decision, in (0, 1)
     * @return the result; each unit's statistic is its τ, its p-value the MacKinnon (1994) one (for reading only)
     * @throws IllegalArgumentException when fewer than 2 units could be tested, the terms are neither a constant
     *         nor a constant and trend, or α is outside (0, 1)
     * @throws org.tradeecon.knime.engine.simulation.SimulationCancelledException when cancelled
     */
    public static PanelUnitRootResult test(final List<AdfBatch.Outcome> outcomes, final SimulationOptions simulation,
        final SimulationMonitor monitor, final double alpha) {
        OptionChecks.notNull(outcomes, "the unit outcomes");
        OptionChecks.notNull(simulation, "the simulation options");
        OptionChecks.notNull(monitor, "the simulation monitor");
        OptionChecks.significanceLevel(alpha);
        Deterministic det = FisherTest.commonTerms(outcomes);
        if (det != Deterministic.CONSTANT && det != Deterministic.TREND) {
            throw new IllegalArgumentException("The Im-Pesaran-Shin test needs a constant or a constant and trend in"
                + " the unit regressions, not " + det.description() + ".");
        }
        List<PanelUnitResult> units = new ArrayList<>(outcomes.size());
        Map<List<Integer>, IpsMoments> moments = new LinkedHashMap<>();
        for (AdfBatch.Outcome o : outcomes) {
            if (o.succeeded()) {
                AdfResult r = o.result();
                moments.put(List.of(r.observations(), r.lags()), null);
                units.add(new PanelUnitResult(o.name(), r.statistic(), OptionalDouble.of(r.pValue()), r.lags(),
                    r.observations(), null));
            } else {
                units.add(PanelUnitResult.excluded(o.name(), o.error()));
            }
        }
        int n = PanelResults.requireTwoUnits(units, NAME);
        int j = 0;
        for (Map.Entry<List<Integer>, IpsMoments> e : moments.entrySet()) {
            int done = j++;
            SimulationMonitor part = SimulationMonitor.of(f -> monitor.progress((done + f) / moments.size()),
                monitor::isCancelled);
            e.setValue(IpsMoments.simulate(det, e.getKey().get(1), e.getKey().get(0), simulation, part));
        }
        double tBar = 0.0;
        double eBar = 0.0;
        double vBar = 0.0;
        double eError = 0.0;
        double vError = 0.0;
        for (PanelUnitResult u : units) {
            if (u.included()) {
                IpsMoments m = moments.get(List.of(u.observations(), u.lags()));
                tBar += u.statistic();
                eBar += m.mean();
                vBar += m.variance();
                eError += m.meanError();
                vError += m.varianceError();
            }
        }
        tBar /= n;
        eBar /= n;
        vBar /= n;
        // averages of standard errors bound the standard errors of the averages (the simulations share a seed)
        eError /= n;
        vError /= n;
        double w = Math.sqrt(n) * (tBar - eBar) / Math.sqrt(vBar);
        double wError = Math.sqrt(n) / Math.sqrt(vBar) * eError + Math.abs(w) / (2.0 * vBar) * vError;
        Reference ref = Reference.normal(false);
        UnitRootResult.Common c = PanelResults.common(NAME, w, ref, units, det, alpha);
        c.conventions.put("source", "Im, Pesaran and Shin (2003), Journal of Econometrics 115, 53-74");
        c.conventions.put("moments of tau", String.format(Locale.ROOT, "simulated under the unit-root null at each"
            + " unit's T and lag (%d distinct), %d replications, seed %d (not IPS 2003 Table 3)", moments.size(),
            simulation.replications(), simulation.seed()));
        c.conventions.put("Monte Carlo error", String.format(Locale.ROOT, "standard error of E at most %.2g, of V at"
            + " most %.2g, of W at most %.2g", eError, vError, wError));
        c.conventions.put("unit p-values", "MacKinnon (1994) asymptotic, shown for reading; W does not use them");
        c.conventions.put("panel balance", "unbalanced panels allowed: moments at each unit's own T and lag");
        Map<String, Double> quantities = new LinkedHashMap<>();
        quantities.put(T_BAR, tBar);
        quantities.put(MEAN, eBar);
        quantities.put(VARIANCE, vBar);
        quantities.put(W_ERROR, wError);
        return PanelResults.result(c, units, ref, quantities);
    }
}
