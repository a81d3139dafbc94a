package org.tradeecon.knime.engine.unitroot.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.tradeecon.knime.engine.timeseries.OptionChecks;
import org.tradeecon.knime.engine.unitroot.AdfBatch;
import org.tradeecon.knime.engine.unitroot.AdfResult;
import org.tradeecon.knime.engine.unitroot.Deterministic;
import org.tradeecon.knime.engine.unitroot.MacKinnon;
import org.tradeecon.knime.engine.unitroot.UnitRootResult;

/**
 * Fisher-type panel unit-root tests: they combine the p-values p_i of the N units' own ADF tests, so the units may
 * differ in length, start and lag (unbalanced panels are fine). H0: every unit has a unit root; H1: some are
 * stationary. With the p-values independent across units (no cross-sectional dependence; see the demeaning
 * option of {@link PanelUnitRoot}):
 * <ul>
 * <li>Maddala and Wu (1999): P = −2 Σ ln p_i, χ²(2N) under H0, upper tail;</li>
 * <li>Choi (2001) inverse normal: Z = Σ Φ⁻¹(p_i) / √N, N(0, 1), lower tail;</li>
 * <li>Choi (2001) logit: L* = √k Σ ln(p_i / (1 − p_i)), k = 3(5N + 4) / (π² N (5N + 2)), Student t(5N + 4), lower
 * tail;</li>
 * <li>Choi (2001) modified P for large N: Pm = Σ (−2 ln p_i − 2) / (2√N), N(0, 1), upper tail.</li>
 * </ul>
 * p_i is MacKinnon's (1994) asymptotic p-value of unit i's τ, the engine's ADF p-value, as in R plm's
 * {@code purtest(..., p.approx = "MacKinnon1994")} (plm's default with urca installed is MacKinnon's (1996)
 * p-value, which this engine does not implement). The conventions differ only for a τ outside MacKinnon's table
 * [τ_min, τ_max], where the engine's p-value is cut off to 0 or 1 (infinite terms here): such a unit enters with
 * the p-value at the table's end, and a warning names it; plm extrapolates the response-surface polynomial, which
 * is not monotone there (with a trend, plm gives p = 0.25 at τ = 3 and 1.7e-30 at τ = 5; see the reference
 * plm_padf.csv).
 */
public final class FisherTest {

    /** The four ways of combining the p-values. */
    public enum Method {
        /** Maddala–Wu P, χ²(2N). */
        MADDALA_WU("Maddala-Wu Fisher chi-squared", "Maddala and Wu (1999), Oxford Bulletin of Economics and"
            + " Statistics 61, 631-652"),
        /** Choi's inverse-normal Z. */
        INVERSE_NORMAL("Choi inverse normal Z", "Choi (2001), Journal of International Money and Finance 20,"
            + " 249-272"),
        /** Choi's logit L*. */
        LOGIT("Choi logit L*", "Choi (2001), Journal of International Money and Finance 20, 249-272"),
        /** Choi's modified P for large N. */
        MODIFIED_P("Choi modified Fisher Pm", "Choi (2001), Journal of International Money and Finance 20,"
            + " 249-272");

        private final String testName;
        private final String source;

        Method(final String testName, final String source) {
            this.testName = testName;
            this.source = source;
        }

        /** @return the test's name */
        public String testName() {
            return testName;
        }
    }

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0.0, 1.0);

    private FisherTest() {
    }

    /**
     * @param outcomes the units' ADF outcomes ({@link PanelAdf#run})
     * @param method how the p-values are combined
     * @param alpha significance level of the decision, in (0, 1)
     * @return the panel result with every unit's τ and p-value
     * @throws IllegalArgumentException when fewer than 2 units could be tested, the units' deterministic terms
     *         differ, or α is outside (0, 1)
     */
    public static PanelUnitRootResult test(final List<AdfBatch.Outcome> outcomes, final Method method,
        final double alpha) {
        OptionChecks.notNull(outcomes, "the unit outcomes");
        OptionChecks.notNull(method, "the method");
        OptionChecks.significanceLevel(alpha);
        Deterministic det = commonTerms(outcomes);
        List<PanelUnitResult> units = new ArrayList<>(outcomes.size());
        for (AdfBatch.Outcome o : outcomes) {
            units.add(unit(o, det));
        }
        int n = PanelResults.requireTwoUnits(units, method.testName());
        List<String> outside = new ArrayList<>();
        for (PanelUnitResult u : units) {
            if (u.included() && MacKinnon.isOutsideTable(u.statistic(), det)) {
                outside.add(u.unit());
            }
        }
        double sum = 0.0;
        for (PanelUnitResult u : units) {
            if (u.included()) {
                sum += term(method, u.pValue().getAsDouble());
            }
        }
        double statistic;
        Reference ref;
        switch (method) {
            case MADDALA_WU:
                statistic = sum;
                ref = Reference.chiSquared(2.0 * n);
                break;
            case INVERSE_NORMAL:
                statistic = sum / Math.sqrt(n);
                ref = Reference.normal(false);
                break;
            case LOGIT:
                statistic = Math.sqrt(3.0 * (5 * n + 4) / (Math.PI * Math.PI * n * (5.0 * n + 2))) * sum;
                ref = Reference.studentT(5.0 * n + 4);
                break;
            default:
                statistic = sum / (2.0 * Math.sqrt(n));
                ref = Reference.normal(true);
                break;
        }
        UnitRootResult.Common c = PanelResults.common(method.testName(), statistic, ref, units, det, alpha);
        c.conventions.put("source", method.source);
        c.conventions.put("unit p-values", "MacKinnon (1994) asymptotic p-value of each unit's ADF tau (R plm"
            + " purtest p.approx = \"MacKinnon1994\"); a tau outside the table takes the p-value at the table's end");
        if (!outside.isEmpty()) {
            c.warnings.add(String.format(Locale.ROOT, "%d unit(s) have tau outside MacKinnon's table and enter with"
                + " the p-value at the table's end (a bound): %s", outside.size(), String.join(", ",
                    outside.subList(0, Math.min(10, outside.size()))) + (outside.size() > 10 ? ", ..." : "")));
        }
        c.conventions.put("panel balance", "unbalanced panels allowed: units may differ in length and lag");
        return PanelResults.result(c, units, ref, Map.of());
    }

    private static double term(final Method method, final double p) {
        switch (method) {
            case MADDALA_WU:
                return -2.0 * Math.log(p);
            case INVERSE_NORMAL:
                return NORMAL.inverseCumulativeProbability(p);
            case LOGIT:
                return Math.log(p / (1.0 - p));
            default:
                return -2.0 * Math.log(p) - 2.0;
        }
    }

    private static PanelUnitResult unit(final AdfBatch.Outcome o, final Deterministic det) {
        if (!o.succeeded()) {
            return PanelUnitResult.excluded(o.name(), o.error());
        }
        AdfResult r = o.result();
        double[] ends = MacKinnon.tableEnds(det);
        double tau = Math.min(Math.max(r.statistic(), ends[0]), ends[1]);
        double p = MacKinnon.pValue(tau, det);
        return new PanelUnitResult(o.name(), r.statistic(), OptionalDouble.of(p), r.lags(), r.observations(), null);
    }

    static Deterministic commonTerms(final List<AdfBatch.Outcome> outcomes) {
        Deterministic det = null;
        for (AdfBatch.Outcome o : outcomes) {
            if (o.succeeded()) {
                Deterministic d = o.result().deterministic();
                if (det != null && d != det) {
                    throw new IllegalArgumentException("The panel units were tested with different deterministic"
                        + " terms (" + det.description() + ", " + d.description() + "); use one setting for all.");
                }
                det = d;
            }
        }
        if (det == null) {
            String why = outcomes.isEmpty() ? "there are no units" : outcomes.get(0).name() + ": "
                + outcomes.get(0).error();
            throw new IllegalArgumentException("No panel unit could be tested; " + why);
        }
        return det;
    }
}
