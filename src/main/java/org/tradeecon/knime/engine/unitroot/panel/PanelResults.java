package org.tradeecon.knime.engine.unitroot.panel;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tradeecon.knime.engine.unitroot.Deterministic;
import org.tradeecon.knime.engine.unitroot.UnitRootResult;

/** Fills the common result fields of a panel test from its statistic and reference distribution. */
final class PanelResults {

    static final double[] LEVELS = {0.01, 0.05, 0.10};

    /** The null and alternative of the unit-root panel tests (Fisher, IPS), in words. */
    static final String UNIT_ROOT_NULL = "every panel unit has a unit root";
    static final String UNIT_ROOT_ALTERNATIVE = "some panel units are stationary";

    private PanelResults() {
    }

    /**
     * @param name the test's name
     * @param statistic the panel statistic (finite)
     * @param ref its reference distribution
     * @param units every unit's result
     * @param det deterministic terms of the unit regressions
     * @param alpha significance level of the decision
     * @return a common-fields holder; the caller adds hypotheses, conventions and warnings, then calls
     *         {@link #result}
     */
    static UnitRootResult.Common common(final String name, final double statistic, final Reference ref,
        final List<PanelUnitResult> units, final Deterministic det, final double alpha) {
        if (!Double.isFinite(statistic)) {
            throw new IllegalStateException("The " + name + " statistic is " + statistic + ".");
        }
        UnitRootResult.Common c = new UnitRootResult.Common();
        c.testName = name;
        c.statistic = statistic;
        c.pValue = ref.pValue(statistic);
        for (double level : LEVELS) {
            c.criticalValues.put(level, ref.criticalValue(level));
        }
        int lags = 0;
        int observations = 0;
        int excluded = 0;
        for (PanelUnitResult u : units) {
            lags = Math.max(lags, u.lags());
            observations += u.observations();
            excluded += u.included() ? 0 : 1;
        }
        c.lags = lags;
        c.observations = observations;
        c.deterministic = det;
        c.alpha = alpha;
        c.nullHypothesis = UNIT_ROOT_NULL;
        c.alternativeHypothesis = UNIT_ROOT_ALTERNATIVE;
        c.conventions.put("reference distribution", ref.words());
        c.conventions.put("lags, observations", "lags is the largest unit lag, observations the sum over the units'"
            + " regressions");
        if (excluded > 0) {
            c.warnings.add(String.format(Locale.ROOT, "%d of %d panel units were left out (see the unit results for"
                + " why).", excluded, units.size()));
        }
        return c;
    }

    static PanelUnitRootResult result(final UnitRootResult.Common c, final List<PanelUnitResult> units,
        final Reference ref, final Map<String, Double> quantities) {
        return new PanelUnitRootResult(c, units, ref.words(), ref.degreesOfFreedom(), quantities);
    }

    /** @return a copy of {@code r} with one more convention (e.g. whether the panel was demeaned) */
    static PanelUnitRootResult withConvention(final PanelUnitRootResult r, final String key, final String value) {
        UnitRootResult.Common c = new UnitRootResult.Common();
        c.testName = r.testName();
        c.statistic = r.statistic();
        c.pValue = r.pValue();
        c.pValueKind = r.pValueKind();
        c.criticalValues.putAll(r.criticalValues());
        c.lags = r.lags();
        c.observations = r.observations();
        c.deterministic = r.deterministic();
        c.nullHypothesis = r.nullHypothesis();
        c.alternativeHypothesis = r.alternativeHypothesis();
        c.alpha = r.alpha();
        c.warnings.addAll(r.warnings());
        c.conventions.putAll(r.conventions());
        c.conventions.put(key, value);
        return new PanelUnitRootResult(c, r.units(), r.referenceDistribution(), r.degreesOfFreedom(), r.quantities());
    }

    /**
     * @param units the unit results
     * @param test the test's name, for the message
     * @return the number of included units
     * @throws IllegalArgumentException when fewer than 2 units could be tested
     */
    static int requireTwoUnits(final List<PanelUnitResult> units, final String test) {
        int n = (int)units.stream().filter(PanelUnitResult::included).count();
        if (n < 2) {
            String first = units.stream().filter(u -> !u.included()).map(u -> u.unit() + ": " + u.error())
                .findFirst().orElse("");
            throw new IllegalArgumentException("The " + test + " test needs at least 2 panel units that can be tested,"
                + " got " + n + " of " + units.size() + (first.isEmpty() ? "." : "; e.g. " + first));
        }
        return n;
    }
}
