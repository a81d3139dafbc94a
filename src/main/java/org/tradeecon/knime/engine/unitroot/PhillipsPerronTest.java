package org.tradeecon.knime.engine.unitroot;

import org.tradeecon.knime.engine.linalg.Equilibration;
import org.tradeecon.knime.engine.regression.OlsFit;
import org.tradeecon.knime.engine.timeseries.OptionChecks;

/**
 * The Phillips–Perron (1988) unit-root test. The Dickey–Fuller regression without lagged differences,
 * Δy_t = [c] + [δ·t] + γ·y_{t−1} + u_t over T = n − 1 observations (t = 1..T), gives γ̂, SE(γ̂), τ = γ̂/SE(γ̂),
 * s² = SSR/(T − k) and γ̂0 = SSR/T. With the Bartlett long-run variance of the residuals
 * λ̂² = γ̂0 + 2·Σ_{j=1..l} (1 − j/(l+1))·γ̂_j, γ̂_j = Σ_t û_t·û_{t−j} / T (or another kernel's weights, see
 * {@link PhillipsPerronKernel}):
 * <pre>
 *   Z(τ) = sqrt(γ̂0/λ̂²)·τ − (λ̂² − γ̂0)/(2·λ̂)·T·SE(γ̂)/s
 *   Z(α) = T·γ̂ − T²·SE(γ̂)²/(2·s²)·(λ̂² − γ̂0)
 * </pre>
 * (Hamilton 1994, eq. 17.6.8 and 17.6.7; Stata's {@code pperron}, R tseries' {@code pp.test}). H0: unit root.
 * Z(τ) has the Dickey–Fuller τ distribution: MacKinnon (1994) p-value, MacKinnon (2010) critical values at T.
 *
 * <p>R urca's {@code ur.pp} differs: it regresses y_t on y_{t−1} and a trend centred at T/2 (the same τ) but
 * forms the correction term from the current values y_t where Phillips and Perron use the lagged y_{t−1}
 * (its {@code myybar}, {@code myy}, {@code my}), so its Z statistics differ slightly from the above; the
 * difference shrinks with T.
 */
public final class PhillipsPerronTest {

    private PhillipsPerronTest() {
    }

    /**
     * Runs the test with a rule-based or automatic bandwidth.
     *
     * @param y the series in levels; leading and trailing missing values are trimmed and reported
     * @param terms {@link Deterministic#NONE}, {@link Deterministic#CONSTANT} or {@link Deterministic#TREND}
     * @param rule the bandwidth rule, not {@link PhillipsPerronBandwidth#FIXED}
     * @param alpha significance level in (0, 1)
     * @param name series name for messages
     * @return the result
     * @throws IllegalArgumentException as {@link #test(double[], Deterministic, int, double, String)}, or for
     *         the FIXED rule
     */
    public static PhillipsPerronResult test(final double[] y, final Deterministic terms,
        final PhillipsPerronBandwidth rule, final double alpha, final String name) {
        return test(y, terms, rule, PhillipsPerronKernel.BARTLETT, alpha, name);
    }

    /**
     * As {@link #test(double[], Deterministic, PhillipsPerronBandwidth, double, String)} with another kernel of
     * the long-run variance; the Newey–West (1994) automatic bandwidth is the Bartlett kernel's.
     *
     * @throws IllegalArgumentException also for the automatic bandwidth with a kernel other than Bartlett
     */
    public static PhillipsPerronResult test(final double[] y, final Deterministic terms,
        final PhillipsPerronBandwidth rule, final PhillipsPerronKernel kernel, final double alpha,
        final String name) {
        OptionChecks.notNull(rule, "the Phillips-Perron bandwidth rule");
        if (rule == PhillipsPerronBandwidth.FIXED) {
            throw new IllegalArgumentException("The FIXED bandwidth needs a lag number: call test(y, terms, lags,"
                + " alpha, name).");
        }
        return run(y, terms, rule, -1, kernel, alpha, name);
    }

    /**
     * Runs the test with a fixed number of Bartlett lags.
     *
     * @param y the series in levels; leading and trailing missing values are trimmed and reported
     * @param terms {@link Deterministic#NONE}, {@link Deterministic#CONSTANT} or {@link Deterministic#TREND}
     * @param lags Bartlett lags, 0 ≤ lags &lt; T = n − 1
     * @param alpha significance level in (0, 1)
     * @param name series name for messages
     * @return the result
     * @throws IllegalArgumentException when the terms are quadratic; the series has an infinite value or an inner
     *         gap, is constant, is shorter than k + 3 observations (k regressors); the regression fits exactly;
     *         or lags is negative or not below T
     */
    public static PhillipsPerronResult test(final double[] y, final Deterministic terms, final int lags,
        final double alpha, final String name) {
        return test(y, terms, lags, PhillipsPerronKernel.BARTLETT, alpha, name);
    }

    /**
     * As {@link #test(double[], Deterministic, int, double, String)} with another kernel of the long-run
     * variance, bandwidth lags + 1.
     */
    public static PhillipsPerronResult test(final double[] y, final Deterministic terms, final int lags,
        final PhillipsPerronKernel kernel, final double alpha, final String name) {
        if (lags < 0) {
            throw new IllegalArgumentException("The Phillips-Perron lag number must be 0 or more, got " + lags + ".");
        }
        return run(y, terms, PhillipsPerronBandwidth.FIXED, lags, kernel, alpha, name);
    }

    private static PhillipsPerronResult run(final double[] raw, final Deterministic det,
        final PhillipsPerronBandwidth rule, final int fixedLags, final PhillipsPerronKernel kernel,
        final double alpha, final String name) {
        OptionChecks.notNull(det, "the Phillips-Perron deterministic terms");
        OptionChecks.notNull(kernel, "the Phillips-Perron kernel");
        if (rule == PhillipsPerronBandwidth.NEWEY_WEST && kernel != PhillipsPerronKernel.BARTLETT) {
            throw new IllegalArgumentException("The automatic Newey-West (1994) bandwidth is implemented for the"
                + " Bartlett kernel only; with the " + kernel.description() + " kernel choose a bandwidth rule or a"
                + " fixed number of lags.");
        }
        if (det == Deterministic.QUADRATIC_TREND) {
            throw new IllegalArgumentException("The Phillips-Perron test takes no, a constant, or a constant and"
                + " linear trend as deterministic terms, not a quadratic trend.");
        }
        if (!(alpha > 0.0 && alpha < 1.0)) {
            throw new IllegalArgumentException("The significance level must be in (0, 1), got " + alpha + ".");
        }
        SeriesInput in = SeriesInput.of(raw, name);
        in.requireNotConstant(name);
        int n = in.values.length;
        int k = det.termCount() + 1;
        if (n < k + 3) {
            throw new IllegalArgumentException("Phillips-Perron test of series '" + name + "': n = " + n
                + " observations is too short for a regression with " + det.description() + "; at least "
                + (k + 3) + " are needed.");
        }
        // Exact power-of-two scaling: Z(tau), Z(alpha) and the bandwidth do not depend on the magnitude, and no
        // sum of squares over- or underflows; the variances are scaled back.
        int yExp = Equilibration.exponent(in.values);
        double[] y = Equilibration.scale(in.values, yExp);
        OlsFit fit = OlsFit.fit(AdfDesign.response(y, 0), AdfDesign.columns(y, 0, 0, det, false),
            AdfDesign.names(0, det), det != Deterministic.NONE, OlsFit.CollinearityPolicy.FAIL,
            "The Phillips-Perron regression of " + name);
        if (fit.isExactFit()) {
            throw new IllegalArgumentException("Phillips-Perron test of series '" + name + "': "
                + fit.exactFitReason().orElse("the regression fits exactly") + "; Z(tau) and Z(alpha) are undefined."
                + " The series is deterministic (e.g. an exact trend or an exact autoregression).");
        }
        double[] u = fit.residuals();
        int bigT = u.length;
        int lags = bandwidth(rule, fixedLags, u);
        if (lags >= bigT) {
            throw new IllegalArgumentException("Phillips-Perron test of series '" + name + "' with " + lags
                + " lags needs more than " + lags + " regression observations; it has T = " + bigT + " (n = " + n
                + "), so the largest number of lags the data allow is " + (bigT - 1) + ". Use fewer lags.");
        }
        double gamma0 = autocovariance(u, 0);
        double lrv = gamma0;
        for (int j = 1; j <= kernel.lastLag(lags, bigT); j++) {
            lrv += 2.0 * kernel.weight(j / (lags + 1.0)) * autocovariance(u, j);
        }
        if (!(lrv > 0.0)) {
            throw new IllegalArgumentException("Phillips-Perron test of series '" + name + "': the "
                + kernel.description() + " long-run variance with " + lags + " lags is " + lrv + ", not positive;"
                + " use the Bartlett kernel (always positive) or another bandwidth.");
        }
        double g = fit.coefficients()[0];
        double se = fit.standardErrors()[0];
        double tau = g / se;
        double s2 = fit.sigmaSquared();
        double tSeOverS = bigT * se / Math.sqrt(s2);
        double zTau = Math.sqrt(gamma0 / lrv) * tau - (lrv - gamma0) / (2.0 * Math.sqrt(lrv)) * tSeOverS;
        double zAlpha = bigT * g - 0.5 * tSeOverS * tSeOverS * (lrv - gamma0);

        UnitRootResult.Common c = new UnitRootResult.Common();
        c.trimming(in);
        c.testName = "Phillips-Perron";
        c.statistic = zTau;
        c.lags = lags;
        c.observations = bigT;
        c.deterministic = det;
        c.alpha = alpha;
        c.nullHypothesis = "the series has a unit root";
        c.alternativeHypothesis = det == Deterministic.NONE ? "the series is stationary"
            : "the series is stationary around a " + det.description();
        LeftTailPValue.mackinnon(c, zTau, det, "Z(tau)");
        for (double level : MacKinnon.LEVELS) {
            c.criticalValues.put(level, MacKinnon.criticalValue(level, det, bigT));
        }
        c.conventions.put("statistic", "Z(tau) (Phillips-Perron 1988; Hamilton 1994, eq. 17.6.8); Z(alpha)"
            + " reported beside it without p-value");
        c.conventions.put("long-run variance", kernel == PhillipsPerronKernel.BARTLETT
            ? "Bartlett kernel, weights 1 - j/(l+1), divisor T"
            : kernel.description() + " kernel, weights w(j/(l+1)), divisor T");
        c.conventions.put("bandwidth rule", rule.description() + " = " + lags + " for T = " + bigT);
        c.conventions.put("p-value", "MacKinnon (1994) approximate asymptotic p-value of the Dickey-Fuller tau");
        c.conventions.put("critical values", "MacKinnon (2010) response surface for T = " + bigT + " observations");
        if (det == Deterministic.TREND) {
            c.conventions.put("trend variable", "t = 1..T over the regression sample");
        }
        return new PhillipsPerronResult(c, zAlpha, g, tau, Math.scalb(gamma0, -2 * yExp),
            Math.scalb(lrv, -2 * yExp), rule);
    }

    static int bandwidth(final PhillipsPerronBandwidth rule, final int fixed, final double[] u) {
        int bigT = u.length;
        switch (rule) {
            case FIXED:
                return fixed;
            case SHORT:
                return (int)(4.0 * Math.pow(bigT / 100.0, 0.25));
            case LONG:
                return (int)(12.0 * Math.pow(bigT / 100.0, 0.25));
            case STATA:
                return (int)Math.floor(4.0 * Math.pow(bigT / 100.0, 2.0 / 9.0));
            case NEWEY_WEST:
                return Math.min(neweyWest(u), bigT - 1);
            default:
                throw new IllegalStateException(rule.name());
        }
    }

    /** Newey and West (1994) automatic Bartlett bandwidth, floored. */
    private static int neweyWest(final double[] u) {
        int bigT = u.length;
        int m = (int)Math.floor(4.0 * Math.pow(bigT / 100.0, 2.0 / 9.0));
        double s0 = autocovariance(u, 0);
        double s1 = 0.0;
        for (int j = 1; j <= m; j++) {
            double gj = autocovariance(u, j);
            s0 += 2.0 * gj;
            s1 += 2.0 * j * gj;
        }
        double ratio = s1 / s0;
        return (int)Math.floor(1.1447 * Math.pow(ratio * ratio, 1.0 / 3.0) * Math.pow(bigT, 1.0 / 3.0));
    }

    /** γ̂_j = Σ_{t=j}^{T−1} u_t·u_{t−j} / T. */
    private static double autocovariance(final double[] u, final int j) {
        double s = 0.0;
        for (int t = j; t < u.length; t++) {
            s += u[t] * u[t - j];
        }
        return s / u.length;
    }
}
