package org.tradeecon.knime.engine.unitroot;

import java.util.Locale;

import org.tradeecon.knime.engine.linalg.Equilibration;
import org.tradeecon.knime.engine.regression.ExactFit;
import org.tradeecon.knime.engine.timeseries.OptionChecks;

/**
 * The KPSS test of Kwiatkowski, Phillips, Schmidt and Shin (1992): null hypothesis that the series is
 * stationary around a level ({@link Deterministic#CONSTANT}) or a linear trend ({@link Deterministic#TREND}).
 *
 * <p>With e_t the residuals of y on a constant (or on a constant and t = 1..n) and S_t = e_1 + ... + e_t:
 * η = Σ S_t² / n², ŝ² = (Σ e_t² + 2·Σ_{i=1..l} (1 − i/(l+1))·Σ_t e_t e_{t−i}) / n (Bartlett kernel, l lags),
 * statistic = η / ŝ². The p-value is linearly interpolated in the critical values of KPSS (1992, Table 1) at
 * 10%, 5%, 2.5% and 1%, and clipped at the table's ends with a warning (as statsmodels' {@code kpss} and R
 * tseries' {@code kpss.test} do).
 */
public final class KpssTest {

    private static final double[] TABLE_LEVELS = {0.10, 0.05, 0.025, 0.01};
    private static final double[] LEVEL_CRIT;
    private static final double[] TREND_CRIT;

    static {
        CoefficientFile f = new CoefficientFile("kpss1992.txt");
        LEVEL_CRIT = f.numbers("crit", "c");
        TREND_CRIT = f.numbers("crit", "ct");
    }

    private KpssTest() {
    }

    /**
     * Runs the test with an automatic or rule-based bandwidth.
     *
     * @param y the series; leading/trailing NaN are trimmed and reported
     * @param terms {@link Deterministic#CONSTANT} (level stationarity) or {@link Deterministic#TREND}
     * @param rule the bandwidth rule; not {@link KpssLagRule#FIXED} (use {@link #test(double[], Deterministic,
     *        int, double, String)})
     * @param alpha significance level for the decision, in (0, 1)
     * @param name series name for messages
     * @return the result
     * @throws IllegalArgumentException for bad input (see {@link #test(double[], Deterministic, int, double,
     *         String)}) or the FIXED rule
     */
    public static KpssResult test(final double[] y, final Deterministic terms, final KpssLagRule rule,
        final double alpha, final String name) {
        if (rule == KpssLagRule.FIXED) {
            throw new IllegalArgumentException("The FIXED lag rule needs a lag number: call test(y, terms, lags,"
                + " alpha, name).");
        }
        return run(y, terms, rule, -1, alpha, name);
    }

    /**
     * Runs the test with a fixed bandwidth.
     *
     * @param y the series; leading/trailing NaN are trimmed and reported
     * @param terms {@link Deterministic#CONSTANT} or {@link Deterministic#TREND}
     * @param lags number of Bartlett lags, 0 &le; lags &lt; n
     * @param alpha significance level for the decision, in (0, 1)
     * @param name series name for messages
     * @return the result
     * @throws IllegalArgumentException when terms is neither CONSTANT nor TREND, the series has infinite values,
     *         internal gaps, fewer than 3 observations, is constant (level) or exactly linear (trend), or
     *         lags is negative or not below n
     */
    public static KpssResult test(final double[] y, final Deterministic terms, final int lags,
        final double alpha, final String name) {
        if (lags < 0) {
            throw new IllegalArgumentException("The KPSS lag number must be 0 or more, got " + lags + ".");
        }
        return run(y, terms, KpssLagRule.FIXED, lags, alpha, name);
    }

    private static KpssResult run(final double[] raw, final Deterministic terms, final KpssLagRule rule,
        final int fixedLags, final double alpha, final String name) {
        OptionChecks.notNull(terms, "the KPSS deterministic terms");
        OptionChecks.notNull(rule, "the KPSS bandwidth rule");
        if (terms != Deterministic.CONSTANT && terms != Deterministic.TREND) {
            throw new IllegalArgumentException("KPSS tests stationarity around a level (CONSTANT) or a linear"
                + " trend (TREND), not '" + terms.description() + "'.");
        }
        if (!(alpha > 0.0 && alpha < 1.0)) {
            throw new IllegalArgumentException("The significance level must be in (0, 1), got " + alpha + ".");
        }
        SeriesInput in = SeriesInput.of(raw, name);
        // Exact power-of-two scaling: the statistic (a ratio of sums of squares) and the bandwidth do not depend on
        // the series' magnitude, and no sum of squares over- or underflows; the long-run variance is scaled back.
        int xExp = Equilibration.exponent(in.values);
        double[] x = Equilibration.scale(in.values, xExp);
        int n = x.length;
        if (n < 3) {
            throw new IllegalArgumentException("Series '" + name + "' has " + n + " observations; KPSS needs at"
                + " least 3.");
        }
        in.requireNotConstant(name);
        double[] e = residuals(x, terms == Deterministic.TREND);
        double ee = dot(e, e, 0);
        double[] scale = new double[n];
        for (int t = 0; t < n; t++) {
            scale[t] = Math.abs(x[t]) + Math.abs(x[t] - e[t]);
        }
        if (!(ee > 0.0) || ExactFit.isRoundingLevel(e, scale)) {
            boolean trend = terms == Deterministic.TREND;
            throw new IllegalArgumentException("Series '" + name + "' is " + (trend ? "an exact linear trend"
                : "constant") + " up to rounding: " + ExactFit.reason("its regression on a " + (trend
                    ? "constant and trend" : "constant"), e, scale)
                + ", so the KPSS statistic (a ratio of rounding noise) is undefined.");
        }
        int lags = bandwidth(rule, fixedLags, e, n);
        if (lags >= n) {
            throw new IllegalArgumentException("KPSS with " + lags + " lags needs more than " + lags
                + " observations; series '" + name + "' has n = " + n + ", so the largest number of lags the data"
                + " allow is " + (n - 1) + ". Use fewer lags.");
        }
        double lrv = longRunVariance(e, lags);
        double stat = eta(e) / lrv;

        UnitRootResult.Common c = new UnitRootResult.Common();
        c.testName = "KPSS";
        c.statistic = stat;
        c.lags = lags;
        c.observations = n;
        c.deterministic = terms;
        c.alpha = alpha;
        c.trimming(in);
        boolean trend = terms == Deterministic.TREND;
        c.nullHypothesis = trend ? "the series is stationary around a linear trend"
            : "the series is stationary around a constant level";
        c.alternativeHypothesis = "the series has a unit root";
        double[] crit = trend ? TREND_CRIT : LEVEL_CRIT;
        for (int i = 0; i < crit.length; i++) {
            c.criticalValues.put(TABLE_LEVELS[i], crit[i]);
        }
        interpolate(stat, crit, c);
        c.conventions.put("p-value", "linear interpolation in the KPSS (1992) Table 1 critical values"
            + " (10%, 5%, 2.5%, 1%), clipped at the table's ends");
        c.conventions.put("long-run variance", "Bartlett kernel, weights 1 - i/(l+1), divisor n");
        c.conventions.put("bandwidth rule", rule.description());
        return new KpssResult(c, Math.scalb(lrv, -2 * xExp), rule);
    }

    private static void interpolate(final double stat, final double[] crit, final UnitRootResult.Common c) {
        int last = crit.length - 1;
        if (stat <= crit[0]) {
            c.pValue = TABLE_LEVELS[0];
            c.pValueKind = UnitRootResult.PValueKind.LOWER_BOUND;
            c.warnings.add(String.format(Locale.ROOT, "The statistic %.4g is below the smallest KPSS table value"
                + " %.3f: p-value clipped at %.2f; the true p-value is greater.", stat, crit[0], TABLE_LEVELS[0]));
        } else if (stat >= crit[last]) {
            c.pValue = TABLE_LEVELS[last];
            c.pValueKind = UnitRootResult.PValueKind.UPPER_BOUND;
            c.warnings.add(String.format(Locale.ROOT, "The statistic %.4g is above the largest KPSS table value"
                + " %.3f: p-value clipped at %.2f; the true p-value is smaller.", stat, crit[last],
                TABLE_LEVELS[last]));
        } else {
            int i = 0;
            while (stat > crit[i + 1]) {
                i++;
            }
            double w = (stat - crit[i]) / (crit[i + 1] - crit[i]);
            c.pValue = TABLE_LEVELS[i] + w * (TABLE_LEVELS[i + 1] - TABLE_LEVELS[i]);
        }
    }

    private static int bandwidth(final KpssLagRule rule, final int fixed, final double[] e, final int n) {
        double q = Math.pow(n / 100.0, 0.25);
        switch (rule) {
            case FIXED:
                return fixed;
            case SCHWERT_SHORT:
                return (int)(4.0 * q);
            case SCHWERT_LONG:
                return (int)(12.0 * q);
            case LEGACY_CEILING:
                return Math.min((int)Math.ceil(12.0 * q), n - 1);
            case HOBIJN_AUTO:
                return Math.min(hobijn(e, n), n - 1);
            default:
                throw new IllegalStateException(rule.name());
        }
    }

    /** Hobijn, Franses and Ooms (1998) bandwidth for the Bartlett kernel, in statsmodels' form. */
    private static int hobijn(final double[] e, final int n) {
        int covLags = (int)Math.pow(n, 2.0 / 9.0);
        double s0 = dot(e, e, 0) / n;
        double s1 = 0.0;
        for (int i = 1; i <= covLags; i++) {
            double prod = dot(e, e, i) / (n / 2.0);
            s0 += prod;
            s1 += i * prod;
        }
        double sHat = s1 / s0;
        double gamma = 1.1447 * Math.pow(sHat * sHat, 1.0 / 3.0);
        return (int)(gamma * Math.pow(n, 1.0 / 3.0));
    }

    /** ŝ² = (Σ e_t² + 2·Σ_{i=1..l} (1 − i/(l+1))·Σ_t e_t e_{t−i}) / n. */
    static double longRunVariance(final double[] e, final int lags) {
        double lrv = dot(e, e, 0);
        for (int i = 1; i <= lags; i++) {
            lrv += 2.0 * dot(e, e, i) * (1.0 - i / (lags + 1.0));
        }
        return lrv / e.length;
    }

    /** η = Σ S_t² / n² with S_t the partial sums of e. */
    static double eta(final double[] e) {
        double partial = 0.0;
        double eta = 0.0;
        for (double v : e) {
            partial += v;
            eta += partial * partial;
        }
        return eta / ((double)e.length * e.length);
    }

    /** Σ_{t=i}^{n−1} a_t b_{t−i}. */
    private static double dot(final double[] a, final double[] b, final int lag) {
        double s = 0.0;
        for (int t = lag; t < a.length; t++) {
            s += a[t] * b[t - lag];
        }
        return s;
    }

    /**
     * Residuals on a constant, or on a constant and t = 1..n (centred, so exact to rounding): the KPSS residuals,
     * also those of the panel tests (Hadri, and LLC's long-run variance).
     *
     * @param x the series, no missing values
     * @param trend whether a linear trend is removed too
     * @return x minus its mean (and its trend), a new array
     */
    public static double[] residuals(final double[] x, final boolean trend) {
        int n = x.length;
        double mean = 0.0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double[] e = new double[n];
        double tMean = (n + 1) / 2.0;
        double sxt = 0.0;
        double stt = 0.0;
        for (int t = 0; t < n; t++) {
            e[t] = x[t] - mean;
            double dt = t + 1 - tMean;
            sxt += dt * e[t];
            stt += dt * dt;
        }
        if (trend) {
            double slope = sxt / stt;
            for (int t = 0; t < n; t++) {
                e[t] -= slope * (t + 1 - tMean);
            }
        }
        return e;
    }
}
