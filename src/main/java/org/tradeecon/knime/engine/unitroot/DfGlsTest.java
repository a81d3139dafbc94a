package org.tradeecon.knime.engine.unitroot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tradeecon.knime.engine.linalg.Equilibration;
import org.tradeecon.knime.engine.regression.ExactFit;
import org.tradeecon.knime.engine.regression.OlsFit;
import org.tradeecon.knime.engine.timeseries.OptionChecks;

/**
 * The DF-GLS test of Elliott, Rothenberg and Stock (1996). H0: unit root; H1: stationary around a constant
 * or a linear trend.
 *
 * <p><b>GLS detrending.</b> With ā = 1 + c̄/n (c̄ = −7 for a constant, −13.5 for a constant and trend), the
 * quasi-differences y^a = (y_1, y_2 − ā·y_1, ..., y_n − ā·y_{n−1}) are regressed on the quasi-differenced
 * deterministic terms z^a (z_t = 1, or (1, t) with t = 1..n) by OLS; ỹ = y − z·ψ̂. Then the ADF regression
 * Δỹ_t = γ·ỹ_{t−1} + Σ_{i=1..k} φ_i·Δỹ_{t−i} + e_t WITHOUT deterministic terms gives τ = γ̂/SE(γ̂) (as R urca
 * {@code ur.ers(type = "DF-GLS")} and gretl {@code adf --gls}).
 *
 * <p><b>Lags</b> as in {@link AdfTest} (fixed, AIC, BIC, HQIC, t-statistic rule, same maximum-lag rules with the
 * cap n/2 − 1 of a regression without terms), run on ỹ; or {@link LagSelection#MAIC}, the modified AIC of Ng
 * and Perron (2001), which gretl uses for {@code adf --gls --test-down=AIC}: candidates k = 0..maxlag on the
 * common max-lag sample of N = n − 1 − maxlag rows, MAIC(k) = ln(SSR_k/N) + 2·(τ_k + k)/N,
 * τ_k = γ̂_k²·Σ ỹ²_{t−1} / (SSR_k/N); the chosen lag is re-fitted on its own longest sample (as gretl).
 *
 * <p><b>Critical values and p-values.</b> Constant: ERS show that τ has the Dickey–Fuller distribution of the
 * regression without deterministic terms, so the MacKinnon (2010) no-constant critical values for the
 * regression's T and the MacKinnon (1994) no-constant asymptotic p-value are used (urca uses MacKinnon's 1991
 * no-constant response surface at T = n, which differs in the second decimal for small n). Trend: ERS (1996)
 * Table I at T = 50, 100, 200, ∞ with urca's step rule (n &lt; 50: T = 50; n &lt; 100: T = 100; n ≤ 200:
 * T = 200; else ∞, n the number of levels); the p-value is interpolated linearly between its 1%, 5% and 10%
 * values and clipped at the table's ends (reported as a bound). Stata's {@code dfgls} instead uses the
 * Cheung–Lai (1995) response surface, gretl Cottrell's (2015) response surface; neither is implemented.
 */
public final class DfGlsTest {

    /** c̄ for the constant case. */
    public static final double C_BAR_CONSTANT = -7.0;
    /** c̄ for the constant-and-trend case. */
    public static final double C_BAR_TREND = -13.5;

    private static final double[] LEVELS = {0.01, 0.05, 0.10};
    private static final String[] ERS_ROWS = {"50", "100", "200", "inf"};
    private static final double[][] ERS_TREND = new double[ERS_ROWS.length][];

    static {
        CoefficientFile f = new CoefficientFile("ers1996.txt");
        for (int i = 0; i < ERS_ROWS.length; i++) {
            ERS_TREND[i] = f.numbers("trend", ERS_ROWS[i]);
        }
    }

    private DfGlsTest() {
    }

    /**
     * Runs the DF-GLS test.
     *
     * @param raw the series in levels; leading and trailing missing values (NaN) are trimmed and reported
     * @param o the options: deterministic terms {@link Deterministic#CONSTANT} or {@link Deterministic#TREND}
     *        (what is removed by GLS), lag selection (including {@link LagSelection#MAIC}), maximum lag or its
     *        rule, sample convention of the automatic search, α
     * @param name the series name for messages
     * @return the result
     * @throws IllegalArgumentException when the terms are neither CONSTANT nor TREND; the series has an infinite
     *         value, an inner gap, is constant, has fewer than 4 (constant) or 6 (trend) observations, or is an
     *         exact constant or line up to rounding (GLS detrending leaves rounding noise); when the lag is too
     *         large for n (as {@link AdfTest})
     */
    public static DfGlsResult test(final double[] raw, final AdfOptions o, final String name) {
        OptionChecks.notNull(o, "the DF-GLS options");
        Deterministic det = o.deterministic();
        if (det != Deterministic.CONSTANT && det != Deterministic.TREND) {
            throw new IllegalArgumentException("DF-GLS removes a constant (CONSTANT) or a constant and linear trend"
                + " (TREND) by GLS, not '" + det.description() + "'.");
        }
        SeriesInput in = SeriesInput.of(raw, name);
        in.requireNotConstant(name);
        int n = in.values.length;
        int minN = 2 * det.termCount() + 2;
        if (n < minN) {
            throw new IllegalArgumentException("DF-GLS test of series '" + name + "': n = " + n + " observations is"
                + " too short for GLS detrending with a " + det.description() + "; at least " + minN
                + " are needed.");
        }
        // Exact power-of-two scaling: tau and the lag choice do not depend on the magnitude; psi is scaled back.
        int yExp = Equilibration.exponent(in.values);
        double[] y = Equilibration.scale(in.values, yExp);
        double cBar = det == Deterministic.TREND ? C_BAR_TREND : C_BAR_CONSTANT;
        double[] psi = new double[det.termCount()];
        double[] yd = detrend(y, det, cBar, psi, name);
        String detrendedName = name + " (GLS-detrended)";
        // DF-GLS has its own p-value and critical values: the inner ADF's methods are not used, so keep MacKinnon's
        // (a Fuller or tseries method would refuse the regression without deterministic terms)
        AdfOptions adfOptions = o.withDeterministic(Deterministic.NONE).withPValueMethod(AdfPValueMethod.MACKINNON_1994)
            .withCriticalValueMethod(CriticalValueMethod.MACKINNON_2010);
        List<DfGlsResult.MaicCandidate> maic = new ArrayList<>();
        UnitRootResult.Common c = new UnitRootResult.Common();
        c.trimming(in);
        int maicMax = -1;
        if (o.lagSelection() == LagSelection.MAIC) {
            maicMax = AdfTest.maxLag(n, adfOptions, detrendedName, c.warnings);
            int k = chooseByMaic(yd, maicMax, maic, yExp);
            adfOptions = AdfOptions.fixedLag(Deterministic.NONE, k).withAlpha(o.alpha());
        }
        AdfResult adf = AdfTest.test(yd, adfOptions, detrendedName);

        c.testName = "DF-GLS (Elliott-Rothenberg-Stock)";
        c.statistic = adf.statistic();
        c.lags = adf.lags();
        c.observations = adf.observations();
        c.deterministic = det;
        c.alpha = o.alpha();
        c.nullHypothesis = "the series has a unit root";
        c.alternativeHypothesis = "the series is stationary around a " + det.description();
        c.warnings.addAll(adf.warnings());
        c.conventions.put("detrending", String.format(Locale.ROOT, "GLS (quasi-differences with a = 1 + c/n,"
            + " c = %s), ADF regression on the detrended series without deterministic terms", cBar));
        adf.conventions().forEach((k, v) -> {
            if (!k.equals("p-value") && !k.equals("critical values")) {
                c.conventions.put(k, v);
            }
        });
        if (maicMax >= 0) {
            c.conventions.put("lag selection", LagSelection.MAIC.description() + ", lags 0.." + maicMax
                + " on the common max-lag sample; chosen lag re-fitted on its own longest sample (gretl)");
            c.conventions.put("maximum lag", o.hasMaxLag() ? "given: " + maicMax
                : o.maxLagRule().description() + " = " + maicMax + " for n = " + n);
            if (c.lags == maicMax && maicMax > 0) {
                c.warnings.add("The chosen lag equals the maximum lag searched (" + maicMax
                    + "); a larger maximum lag might be chosen if allowed.");
            }
        }
        if (det == Deterministic.CONSTANT) {
            LeftTailPValue.mackinnon(c, c.statistic, Deterministic.NONE, "tau");
            for (double level : LEVELS) {
                c.criticalValues.put(level, MacKinnon.criticalValue(level, Deterministic.NONE, c.observations));
            }
            c.conventions.put("p-value", "MacKinnon (1994) asymptotic p-value of the Dickey-Fuller distribution"
                + " without deterministic terms (the DF-GLS constant case, ERS 1996)");
            c.conventions.put("critical values", "MacKinnon (2010) no-constant response surface for T = "
                + c.observations + " observations");
        } else {
            int row = n < 50 ? 0 : n < 100 ? 1 : n <= 200 ? 2 : 3;
            LeftTailPValue.interpolate(c, c.statistic, LEVELS, ERS_TREND[row], "ERS (1996)");
            c.conventions.put("critical values", "Elliott-Rothenberg-Stock (1996) Table I, trend case, row T = "
                + ERS_ROWS[row] + " (urca's rule: n < 50 -> 50, n < 100 -> 100, n <= 200 -> 200, else infinity;"
                + " n = " + n + ")");
            c.conventions.put("p-value", "linear interpolation between the ERS (1996) critical values at 1%, 5%"
                + " and 10%, clipped at the table's ends (no published p-value function)");
        }
        double[] psiData = new double[psi.length];
        for (int i = 0; i < psi.length; i++) {
            psiData[i] = Math.scalb(psi[i], -yExp);
        }
        return new DfGlsResult(c, cBar, psiData, adf, maic);
    }

    /**
     * GLS detrending: OLS of the quasi-differenced series on the quasi-differenced terms; returns ỹ = y − z·ψ̂
     * and writes ψ̂ into psi.
     */
    static double[] detrend(final double[] y, final Deterministic det, final double cBar, final double[] psi,
        final String name) {
        int n = y.length;
        double a = 1.0 + cBar / n;
        int nt = det.termCount();
        double[] ya = new double[n];
        double[][] za = new double[nt][n];
        ya[0] = y[0];
        za[0][0] = 1.0;
        if (nt == 2) {
            za[1][0] = 1.0;
        }
        for (int t = 1; t < n; t++) {
            ya[t] = y[t] - a * y[t - 1];
            za[0][t] = 1.0 - a;
            if (nt == 2) {
                za[1][t] = (t + 1.0) - a * t;
            }
        }
        String[] names = nt == 2 ? new String[] {"constant", "trend"} : new String[] {"constant"};
        OlsFit fit = OlsFit.fit(ya, za, names, false, OlsFit.CollinearityPolicy.FAIL,
            "The GLS detrending regression of " + name);
        System.arraycopy(fit.coefficients(), 0, psi, 0, nt);
        double[] yd = new double[n];
        double[] fitted = new double[n];
        for (int t = 0; t < n; t++) {
            fitted[t] = psi[0] + (nt == 2 ? psi[1] * (t + 1.0) : 0.0);
            yd[t] = y[t] - fitted[t];
        }
        double[] scale = new double[n];
        for (int t = 0; t < n; t++) {
            scale[t] = Math.abs(y[t]) + Math.abs(fitted[t]);
        }
        if (ExactFit.isRoundingLevel(yd, scale)) {
            throw new IllegalArgumentException("DF-GLS test of series '" + name + "': the series is an exact "
                + (nt == 2 ? "linear trend" : "constant") + " up to rounding: " + ExactFit.reason(
                    "its GLS detrending", yd, scale) + ", so tau is undefined.");
        }
        return yd;
    }

    /** Ng–Perron (2001) MAIC over k = 0..p on the common sample of rows p..n−2 (differences d_j, j ≥ p). */
    private static int chooseByMaic(final double[] yd, final int p, final List<DfGlsResult.MaicCandidate> out,
        final int yExp) {
        double[] response = AdfDesign.response(yd, p);
        double[][] all = AdfDesign.columns(yd, p, p, Deterministic.NONE, false); // [y(t-1), dy(t-1..t-p)]
        int rows = response.length;
        double sumLevel2 = 0.0;
        for (int j = p; j <= yd.length - 2; j++) {
            sumLevel2 += yd[j] * yd[j];
        }
        int best = 0;
        double bestValue = Double.POSITIVE_INFINITY;
        for (int k = 0; k <= p; k++) {
            double[][] cols = new double[1 + k][];
            System.arraycopy(all, 1, cols, 0, k);
            cols[k] = all[0]; // y(t-1) last
            LastColumnFit fit = LastColumnFit.of(cols, response, "The GLS-detrended level y(t-1) with " + k + " lags");
            double sigma2 = fit.residualSumOfSquares() / rows;
            double g = fit.coefficient();
            double tauK = g * g * sumLevel2 / sigma2;
            double value = Math.log(sigma2) + 2.0 * (tauK + k) / rows;
            // reported on the data's scale: the scaled series is the data times 2^yExp
            out.add(new DfGlsResult.MaicCandidate(k, value - 2.0 * yExp * Math.log(2.0)));
            if (value < bestValue) {
                bestValue = value;
                best = k;
            }
        }
        return best;
    }
}
