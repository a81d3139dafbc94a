package org.tradeecon.knime.engine.unitroot.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.tradeecon.knime.engine.timeseries.OptionChecks;
import org.tradeecon.knime.engine.unitroot.Deterministic;
import org.tradeecon.knime.engine.unitroot.KpssTest;
import org.tradeecon.knime.engine.unitroot.UnitRootResult;

/**
 * Hadri's (2000) LM test of stationarity in a panel (Hadri, "Testing for stationarity in heterogeneous panel
 * data", Econometrics Journal 3(2), 148-161). H0: every unit is stationary around a constant (or a linear trend);
 * H1: some units have a unit root. For each unit, e_t are the OLS residuals on the deterministic terms, S_t their
 * partial sums and σ̂²_i = Σ e_t² / T:
 * <ul>
 * <li>homoskedastic: LM = [(1/N) Σ_i (1/T²) Σ_t S_it²] / σ̂², with σ̂² = (1/(NT)) Σ_i Σ_t e_it² pooled;</li>
 * <li>heteroskedastic (heteroskedasticity-consistent across units): LM = (1/N) Σ_i LM_i, LM_i = (1/T²) Σ_t S_it²
 * / σ̂²_i.</li>
 * </ul>
 * Z = √N (LM − ξ) / √ζ is standard normal under H0 (upper tail), with the closed-form moments of Hadri (2000):
 * ξ = 1/6, ζ = 1/45 for a constant, ξ = 1/15, ζ = 11/6300 for a constant and trend. No lag correction is made
 * (the errors are assumed serially uncorrelated), as in R plm's {@code purtest(test = "hadri")} with its default
 * {@code dfcor = FALSE}. The panel must be balanced (plm's rule): every unit observed at every time.
 */
public final class HadriTest {

    /** Key of the panel LM in {@link PanelUnitRootResult#quantities()} (Z standardises it). */
    public static final String LM = "LM";

    private HadriTest() {
    }

    /**
     * @param panel a balanced panel
     * @param det {@link Deterministic#CONSTANT} or {@link Deterministic#TREND}
     * @param heteroskedastic whether each unit gets its own variance (plm's {@code Hcons = TRUE})
     * @param alpha significance level of the decision, in (0, 1)
     * @return the result; each unit's statistic is its LM_i
     * @throws IllegalArgumentException when the panel is unbalanced, has fewer than 3 time points (constant) or
     *         4 (trend), a unit is constant (or exactly linear with a trend), or the terms are not supported
     */
    public static PanelUnitRootResult test(final Panel panel, final Deterministic det, final boolean heteroskedastic,
        final double alpha) {
        OptionChecks.notNull(panel, "the panel");
        OptionChecks.notNull(det, "the deterministic terms");
        OptionChecks.significanceLevel(alpha);
        double xi;
        double zeta;
        if (det == Deterministic.CONSTANT) {
            xi = 1.0 / 6.0;
            zeta = 1.0 / 45.0;
        } else if (det == Deterministic.TREND) {
            xi = 1.0 / 15.0;
            zeta = 11.0 / 6300.0;
        } else {
            throw new IllegalArgumentException("Hadri's test needs a constant or a constant and trend, not "
                + det.description() + ".");
        }
        if (!panel.isBalanced()) {
            throw new IllegalArgumentException("Hadri's test needs a balanced panel (every unit observed at every"
                + " time), as in R plm; " + panel.firstMissing() + ". Remove the incomplete units or times.");
        }
        int n = panel.unitCount();
        int t = panel.times().length;
        int minimum = det.termCount() + 2;
        if (t < minimum) {
            throw new IllegalArgumentException("Hadri's test with " + det.description() + " needs at least "
                + minimum + " time points, got " + t + ".");
        }
        List<PanelUnitResult> units = new ArrayList<>(n);
        double sumPartial = 0.0;
        double sumVariance = 0.0;
        double sumLm = 0.0;
        for (int i = 0; i < n; i++) {
            double[] e = KpssTest.residuals(panel.series(i), det == Deterministic.TREND);
            double ss = 0.0;
            double partial = 0.0;
            double s = 0.0;
            for (double v : e) {
                s += v;
                partial += s * s;
                ss += v * v;
            }
            double variance = ss / t;
            double scale = 0.0;
            for (double v : panel.series(i)) {
                scale = Math.max(scale, Math.abs(v));
            }
            // residuals at rounding level of the data: the unit is exactly constant (or linear)
            if (!(Math.sqrt(variance) > 1e-13 * scale)) {
                throw new IllegalArgumentException("Panel unit '" + panel.units().get(i) + "' is "
                    + (det == Deterministic.CONSTANT ? "constant" : "an exact linear trend")
                    + ": its residual variance is zero, so Hadri's LM is undefined.");
            }
            double scaledPartial = partial / ((double)t * t);
            double lm = scaledPartial / variance;
            sumPartial += scaledPartial;
            sumVariance += variance;
            sumLm += lm;
            units.add(new PanelUnitResult(panel.units().get(i), lm, OptionalDouble.empty(), 0, t, null));
        }
        double lm = heteroskedastic ? sumLm / n : (sumPartial / n) / (sumVariance / n);
        double z = Math.sqrt(n) * (lm - xi) / Math.sqrt(zeta);
        Reference ref = Reference.normal(true);
        String name = "Hadri LM stationarity (" + (heteroskedastic ? "heteroskedastic" : "homoskedastic") + ")";
        UnitRootResult.Common c = PanelResults.common(name, z, ref, units, det, alpha);
        c.nullHypothesis = "every panel unit is stationary (" + (det == Deterministic.CONSTANT ? "around a constant"
            : "around a linear trend") + ")";
        c.alternativeHypothesis = "some panel units have a unit root";
        c.conventions.put("source", "Hadri (2000), Econometrics Journal 3(2), 148-161; moments xi = "
            + (det == Deterministic.CONSTANT ? "1/6, zeta = 1/45" : "1/15, zeta = 11/6300"));
        c.conventions.put("variance", heteroskedastic ? "each unit's own residual variance (sum of squares / T)"
            : "one pooled residual variance (sum of squares / NT)");
        c.conventions.put("serial correlation", "none assumed (no long-run variance correction), as R plm");
        c.conventions.put("panel balance", "balanced panels only (R plm's rule)");
        return PanelResults.result(c, units, ref, Map.of(LM, lm));
    }
}
