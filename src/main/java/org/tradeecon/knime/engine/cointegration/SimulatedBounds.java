package org.tradeecon.knime.engine.cointegration;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.tradeecon.knime.engine.simulation.NullDistribution;
import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.tradeecon.knime.engine.timeseries.OptionChecks;
import org.tradeecon.knime.engine.unitroot.UnitRootResult;

/**
 * Simulated critical value bounds of the ARDL bounds test at the observed sample size ({@link ArdlBoundsSimulation}):
 * the I(0) and I(1) bounds of F (and of t in cases I, III and V) at any level, the p-values of the observed
 * statistics under each bound's null, and the decisions. Immutable.
 */
public final class SimulatedBounds {

    private final BoundsCase boundsCase;
    private final int k;
    private final int p;
    private final int[] q;
    private final int observations;
    private final double f;
    private final double t;
    private final double alpha;
    private final SimulationOptions options;
    /** [0] F, [1] t (cases I, III, V only), with all regressors I(0). */
    private final NullDistribution[] i0;
    /** The same with all regressors I(1). */
    private final NullDistribution[] i1;

    SimulatedBounds(final BoundsCase boundsCase, final int k, final int p, final int[] q, final int observations,
        final double f, final double t, final double alpha, final SimulationOptions options,
        final NullDistribution[] i0, final NullDistribution[] i1) {
        this.boundsCase = boundsCase;
        this.k = k;
        this.p = p;
        this.q = q;
        this.observations = observations;
        this.f = f;
        this.t = t;
        this.alpha = alpha;
        this.options = options;
        this.i0 = i0;
        this.i1 = i1;
    }

    /** @return the case simulated */
    public BoundsCase boundsCase() {
        return boundsCase;
    }

    /** @return the number of regressors k */
    public int regressors() {
        return k;
    }

    /** @return T, the rows of the simulated error-correction regressions */
    public int observations() {
        return observations;
    }

    /** @return the replications per bound (and statistic) */
    public int replications() {
        return options.replications();
    }

    /** @return the seed */
    public long seed() {
        return options.seed();
    }

    /** @return the significance level of {@link #conclusion()} */
    public double alpha() {
        return alpha;
    }

    /** @return whether t bounds were simulated (cases I, III and V, as PSS tabulate them) */
    public boolean hasTBounds() {
        return i0.length > 1;
    }

    /**
     * @param level a significance level in (0, 1)
     * @return {I(0) bound, I(1) bound} of F: the 1 − level quantiles of the simulated F
     */
    public double[] fBounds(final double level) {
        double a = OptionChecks.significanceLevel(level);
        return new double[]{i0[0].quantile(1 - a), i1[0].quantile(1 - a)};
    }

    /**
     * @param level a significance level in (0, 1)
     * @return {I(0) bound, I(1) bound} of t: the level quantiles of the simulated t (negative)
     * @throws IllegalStateException in cases II and IV
     */
    public double[] tBounds(final double level) {
        requireT();
        double a = OptionChecks.significanceLevel(level);
        return new double[]{i0[1].quantile(a), i1[1].quantile(a)};
    }

    /**
     * @return {p if all regressors are I(0), p if all are I(1)} of the observed F: (1 + #{simulated ≥ F}) / (R + 1)
     * @throws IllegalStateException when no F was observed
     */
    public double[] fPValues() {
        requireObserved(f, "F");
        return new double[]{i0[0].upperTailPValue(f), i1[0].upperTailPValue(f)};
    }

    /**
     * @return {p if all I(0), p if all I(1)} of the observed t: (1 + #{simulated ≤ t}) / (R + 1)
     * @throws IllegalStateException in cases II and IV or when no t was observed
     */
    public double[] tPValues() {
        requireT();
        requireObserved(t, "t");
        return new double[]{i0[1].lowerTailPValue(t), i1[1].lowerTailPValue(t)};
    }

    /**
     * @param level a significance level in (0, 1)
     * @return the F decision against the simulated bounds at that level
     */
    public ArdlResult.Decision fDecision(final double level) {
        requireObserved(f, "F");
        double[] b = fBounds(level);
        return f > b[1] ? ArdlResult.Decision.COINTEGRATION
            : f < b[0] ? ArdlResult.Decision.NO_COINTEGRATION : ArdlResult.Decision.INCONCLUSIVE;
    }

    /**
     * @param level a significance level in (0, 1)
     * @return the t decision against the simulated bounds (negative): below the I(1) bound cointegration
     */
    public ArdlResult.Decision tDecision(final double level) {
        requireObserved(t, "t");
        double[] b = tBounds(level);
        return t < b[1] ? ArdlResult.Decision.COINTEGRATION
            : t > b[0] ? ArdlResult.Decision.NO_COINTEGRATION : ArdlResult.Decision.INCONCLUSIVE;
    }

    /** @return the F decision at {@link #alpha()} in words, as {@link ArdlResult#conclusion()} */
    public String conclusion() {
        return fDecision(alpha).words();
    }

    /** @return how the bounds were simulated */
    public Map<String, String> conventions() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("null DGP", "no level relationship: y a Gaussian random walk without drift, independent of the " + k
            + " regressors; lower bound: regressors iid N(0,1) (all I(0)); upper bound: independent Gaussian random"
            + " walks (all I(1)), as Pesaran, Shin and Smith (2001, section 6)");
        c.put("simulated regression", "the test's: " + boundsCase.description() + ", p = " + p + ", q = "
            + Arrays.toString(q).replaceAll("[\\[\\] ]", "") + " held fixed, T = " + observations + " observations");
        c.put("bounds", "F: the 1 - a quantiles; t: the a quantiles of the simulated statistics (type 6)");
        c.put("replications", String.format(Locale.ROOT, "%d per bound and statistic, seed %d",
            options.replications(), options.seed()));
        return Collections.unmodifiableMap(c);
    }

    /** @return a plain-text report */
    public String summary() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "Simulated ARDL bounds, %s, k = %d, T = %d,"
            + " %d replications (seed %d)%n", boundsCase.description(), k, observations, options.replications(),
            options.seed()));
        for (double level : PssBounds.LEVELS) {
            double[] b = fBounds(level);
            s.append(String.format(Locale.ROOT, "  F bounds %s: I(0) %.4g, I(1) %.4g%n", UnitRootResult.percent(level),
                b[0], b[1]));
            if (hasTBounds()) {
                double[] tb = tBounds(level);
                s.append(String.format(Locale.ROOT, "  t bounds %s: I(0) %.4g, I(1) %.4g%n",
                    UnitRootResult.percent(level), tb[0], tb[1]));
            }
        }
        if (Double.isFinite(f)) {
            s.append("  Decision at ").append(UnitRootResult.percent(alpha)).append(" (F): ").append(conclusion())
                .append('\n');
        }
        conventions().forEach((key, v) -> s.append("  ").append(key).append(": ").append(v).append('\n'));
        return s.toString();
    }

    @Override
    public String toString() {
        return summary();
    }

    private void requireT() {
        if (!hasTBounds()) {
            throw new IllegalStateException("No t bounds are simulated for " + boundsCase.description()
                + " (PSS 2001 define the t test for cases I, III and V).");
        }
    }

    private static void requireObserved(final double v, final String what) {
        if (!Double.isFinite(v)) {
            throw new IllegalStateException("No observed " + what + " statistic was given to the simulation.");
        }
    }
}
