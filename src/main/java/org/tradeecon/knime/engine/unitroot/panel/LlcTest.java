package org.tradeecon.knime.engine.unitroot.panel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.tradeecon.knime.engine.linalg.HouseholderQr;
import org.tradeecon.knime.engine.timeseries.OptionChecks;
import org.tradeecon.knime.engine.unitroot.AdfBatch;
import org.tradeecon.knime.engine.unitroot.AdfOptions;
import org.tradeecon.knime.engine.unitroot.AdfResult;
import org.tradeecon.knime.engine.unitroot.CoefficientFile;
import org.tradeecon.knime.engine.unitroot.Deterministic;
import org.tradeecon.knime.engine.unitroot.KpssTest;
import org.tradeecon.knime.engine.unitroot.UnitRootResult;

/**
 * The Levin–Lin–Chu (2002) adjusted t test (Levin, Lin and Chu, "Unit root tests in panel data: asymptotic and
 * finite-sample properties", Journal of Econometrics 108, 1-24). H0: every unit has a unit root; H1: every unit is
 * stationary, with a common autoregressive coefficient. For a balanced panel of N units and T periods:
 * <ol>
 * <li>each unit's ADF lag p_i is chosen by the given rule ({@link PanelAdf}); with it, Δy_t and y_{t−1} are
 * regressed on the p_i lagged differences and the deterministic terms, giving the orthogonalised residuals ê_t and
 * v̂_{t−1}; both are divided by σ̂_εi, the residual standard error of ê on v̂ (sum of squares / (T − p_i − 1));</li>
 * <li>each unit's long-run variance σ̂²_yi of Δy (demeaned, or detrended, as the terms say) uses the Bartlett kernel
 * with LLC's bandwidth K̄ = 3.21 T^{1/3} (rounded, or truncated: see {@link Convention}), divisor T − 1;
 * s_i = σ̂_yi / σ̂_εi and S_N = (1/N) Σ s_i;</li>
 * <li>the pooled regression ẽ = δ ṽ (no intercept, N T̃ observations, T̃ = T − p̄ − 1) gives δ̂, its t_δ and
 * σ̂²_ε̃ = SSR / (N T̃); then t* = (t_δ − N T̃ S_N σ̂_ε̃⁻² STD(δ̂) μ*) / σ*, standard normal under H0, lower tail.</li>
 * </ol>
 * μ* and σ* are the mean and standard-deviation adjustments of LLC (2002, Table 2; resource {@code llc2002.txt}).
 * R plm's {@code purtest(test = "levinlin")} is the reference, and by default ({@link Convention#PLM}) the engine
 * follows its conventions where it reads the paper in a particular way: the table is entered at the series length T
 * (the paper indexes it by T̃), interpolated linearly between its rows, with the ∞ row placed at T = 500 and T below
 * 25 or above 500 clamped to the end rows (a warning says so). gretl's {@code levinlin} reads it otherwise
 * ({@link Convention#GRETL}: bandwidth truncated, not rounded; the table at T̃, the next row up, no interpolation);
 * both are matched to their software. σ̂ divisors are the observation counts (plm's default {@code dfcor = FALSE},
 * gretl's, and the paper's). Balanced panels only (the test's, plm's and gretl's rule).
 */
public final class LlcTest {

    /** Key of δ̂ (the pooled coefficient) in {@link PanelUnitRootResult#quantities()}. */
    public static final String DELTA = "delta";
    /** Key of the unadjusted t_δ. */
    public static final String T_DELTA = "t-delta";
    /** Key of S_N, the mean ratio of long-run to short-run standard deviations. */
    public static final String S_N = "S_N";
    /** Key of σ̂²_ε̃, the pooled residual variance. */
    public static final String SIGMA2 = "pooled residual variance";
    /** Key of the mean adjustment μ*. */
    public static final String MU = "mu*";
    /** Key of the standard-deviation adjustment σ*. */
    public static final String SIGMA = "sigma*";
    /** Key of the bandwidth K̄. */
    public static final String BANDWIDTH = "bandwidth";

    /**
     * Where the software that serves as reference reads the paper differently: the bandwidth 3.21 T^{1/3} rounded or
     * truncated, and how Table 2 is entered.
     */
    public enum Convention {
        /**
         * R plm's {@code purtest(test = "levinlin")} (the default): bandwidth round(3.21 T^{1/3}); Table 2 at the
         * series length T, interpolated linearly between its rows, infinity at T = 500, clamped at the end rows.
         */
        PLM("R plm", "round(3.21 T^(1/3))"),
        /**
         * gretl's {@code levinlin}: bandwidth floor(3.21 T^{1/3}); Table 2 at T-tilde = T − p̄ − 1 (the paper's
         * index), the row of the smallest tabulated T ≥ T-tilde (T = 25 below it, infinity above 250), no
         * interpolation.
         */
        GRETL("gretl", "floor(3.21 T^(1/3))");

        private final String software;
        private final String bandwidthWords;

        Convention(final String software, final String bandwidthWords) {
            this.software = software;
            this.bandwidthWords = bandwidthWords;
        }

        int bandwidth(final int t) {
            double k = 3.21 * Math.cbrt(t);
            return (int)(this == PLM ? Math.round(k) : Math.floor(k));
        }
    }

    private static final String NAME = "Levin-Lin-Chu adjusted t*";
    private static final CoefficientFile TABLE = new CoefficientFile(LlcTest.class, "llc2002.txt");
    private static final int[] TABLE_T = {25, 30, 35, 40, 45, 50, 60, 70, 80, 90, 100, 250, 500};

    private LlcTest() {
    }

    /**
     * @param panel a balanced panel
     * @param options the unit ADF settings: deterministic terms (none, constant, or constant and trend) and lag rule
     * @param threads worker threads of the unit ADF tests (≥ 1)
     * @param alpha significance level of the decision, in (0, 1)
     * @return the result; each unit's statistic is its own ADF τ with the MacKinnon (1994) p-value (for reading)
     * @throws IllegalArgumentException when the panel is unbalanced, the terms include a quadratic trend, T is too
     *         short for the bandwidth, a unit cannot be tested (too short, constant, collinear; the unit named),
     *         or α is outside (0, 1)
     */
    public static PanelUnitRootResult test(final Panel panel, final AdfOptions options, final int threads,
        final double alpha) {
        return test(panel, options, Convention.PLM, threads, alpha);
    }

    /**
     * As {@link #test(Panel, AdfOptions, int, double)}, with the conventions of R plm or of gretl.
     *
     * @param convention {@link Convention#PLM} (the default) or {@link Convention#GRETL}
     */
    public static PanelUnitRootResult test(final Panel panel, final AdfOptions options, final Convention convention,
        final int threads, final double alpha) {
        OptionChecks.notNull(panel, "the panel");
        OptionChecks.notNull(convention, "the convention");
        OptionChecks.notNull(options, "the ADF options");
        OptionChecks.significanceLevel(alpha);
        Deterministic det = options.deterministic();
        if (det == Deterministic.QUADRATIC_TREND) {
            throw new IllegalArgumentException("The Levin-Lin-Chu test takes no terms, a constant, or a constant and"
                + " trend, not " + det.description() + ".");
        }
        if (!panel.isBalanced()) {
            throw new IllegalArgumentException("The Levin-Lin-Chu test needs a balanced panel (every unit observed at"
                + " every time); " + panel.firstMissing() + ". Remove the incomplete units or times, or use the"
                + " Im-Pesaran-Shin or Fisher test, which accept unbalanced panels.");
        }
        int t = panel.times().length;
        int bandwidth = convention.bandwidth(t);
        if (bandwidth > t - 2) {
            throw new IllegalArgumentException("The Levin-Lin-Chu test needs more time points than its bandwidth "
                + convention.bandwidthWords + " + 1: T = " + t + " gives bandwidth " + bandwidth + "; use at least 8"
                + " periods.");
        }
        List<AdfBatch.Outcome> outcomes = PanelAdf.run(panel, options, threads);
        List<PanelUnitResult> units = new ArrayList<>(outcomes.size());
        double sumE2 = 0.0;
        double sumEv = 0.0;
        double sumV2 = 0.0;
        double sumRatio = 0.0;
        double lagSum = 0.0;
        List<double[][]> residuals = new ArrayList<>(outcomes.size());
        for (int i = 0; i < outcomes.size(); i++) {
            AdfBatch.Outcome o = outcomes.get(i);
            if (!o.succeeded()) {
                throw new IllegalArgumentException("The Levin-Lin-Chu test pools every unit of the balanced panel,"
                    + " and unit '" + o.name() + "' cannot be tested: " + o.error());
            }
            AdfResult r = o.result();
            double[] y = panel.series(i);
            double[][] ev = orthogonalised(y, r.lags(), det, o.name());
            residuals.add(ev);
            double shortRun = Math.sqrt(ev[2][0]);
            sumRatio += Math.sqrt(longRunVariance(y, det, bandwidth)) / shortRun;
            for (int s = 0; s < ev[0].length; s++) {
                sumE2 += ev[0][s] * ev[0][s];
                sumEv += ev[0][s] * ev[1][s];
                sumV2 += ev[1][s] * ev[1][s];
            }
            lagSum += r.lags();
            units.add(new PanelUnitResult(o.name(), r.statistic(), OptionalDouble.of(r.pValue()), r.lags(),
                r.observations(), null));
        }
        int n = units.size();
        double delta = sumEv / sumV2;
        double ssr = 0.0;
        long nObs = 0;
        for (double[][] ev : residuals) {
            for (int s = 0; s < ev[0].length; s++) {
                double u = ev[0][s] - delta * ev[1][s];
                ssr += u * u;
            }
            nObs += (long)ev[2][1];
        }
        if (!(ssr > 1e-24 * sumE2)) {
            throw new IllegalArgumentException("The Levin-Lin-Chu pooled regression fits exactly (its residuals are"
                + " at rounding level), so t* is undefined.");
        }
        double sigma2 = ssr / nObs;
        double sdDelta = Math.sqrt(sigma2 / sumV2);
        double tDelta = delta / sdDelta;
        double tTilde = t - lagSum / n - 1.0;
        double sN = sumRatio / n;
        List<String> warnings = new ArrayList<>();
        double[] adjustment = convention == Convention.PLM ? adjustment(det, t, warnings)
            : nextRowUp(det, tTilde, warnings);
        double statistic = (tDelta - n * tTilde * sN / sigma2 * sdDelta * adjustment[0]) / adjustment[1];
        Reference ref = Reference.normal(false);
        UnitRootResult.Common c = PanelResults.common(NAME, statistic, ref, units, det, alpha);
        c.alternativeHypothesis = "every panel unit is stationary (a common autoregressive coefficient)";
        c.warnings.addAll(warnings);
        c.conventions.put("source", "Levin, Lin and Chu (2002), Journal of Econometrics 108, 1-24; mu* and sigma*"
            + " from their Table 2");
        String entry = convention == Convention.PLM
            ? String.format(Locale.ROOT, "Table 2 entered at the series length T = %d, interpolated linearly,"
                + " infinity at T = 500 (R plm's reading; the paper indexes by T-tilde)", t)
            : String.format(Locale.ROOT, "Table 2 at the smallest tabulated T at or above T-tilde = %.4g (gretl's"
                + " reading)", tTilde);
        c.conventions.put("adjustments", String.format(Locale.ROOT, "mu* = %.6g, sigma* = %.6g: %s", adjustment[0],
            adjustment[1], entry));
        c.conventions.put("software convention", convention.software);
        c.conventions.put("long-run variance", "Bartlett kernel, bandwidth " + convention.bandwidthWords + " = "
            + bandwidth + ", divisor T - 1, of the differences demeaned or detrended as the terms say");
        c.conventions.put("variance divisors", "observation counts (R plm dfcor = FALSE, gretl, the paper)");
        c.conventions.put("unit p-values", "MacKinnon (1994) asymptotic p-value of each unit's ADF tau, shown for"
            + " reading; t* does not use them");
        c.conventions.put("panel balance", "balanced panels only (the test's and R plm's rule)");
        Map<String, Double> quantities = new LinkedHashMap<>();
        quantities.put(DELTA, delta);
        quantities.put(T_DELTA, tDelta);
        quantities.put(S_N, sN);
        quantities.put(SIGMA2, sigma2);
        quantities.put(MU, adjustment[0]);
        quantities.put(SIGMA, adjustment[1]);
        quantities.put(BANDWIDTH, (double)bandwidth);
        return PanelResults.result(c, units, ref, quantities);
    }

    /**
     * Step 1 for one unit: Δy_t and y_{t−1} (t = p + 2..T) orthogonalised on the lagged differences and the terms,
     * in rotated coordinates (the residual parts of Q'Δy and Q'y_{−1}; their sums of squares and cross products are
     * those of the residuals), divided by σ̂_εi. The rotated parts are k shorter than the T − p_i − 1 observations.
     *
     * @return {ẽ, ṽ, {σ̂²_εi, T − p_i − 1}}
     */
    private static double[][] orthogonalised(final double[] y, final int lags, final Deterministic det,
        final String unit) {
        int rows = y.length - lags - 1;
        int k = lags + det.termCount();
        double[] dy = new double[rows];
        double[] level = new double[rows];
        double[][] z = new double[k][rows];
        for (int s = 0; s < rows; s++) {
            int time = s + lags + 1; // 0-based index of y_t
            dy[s] = y[time] - y[time - 1];
            level[s] = y[time - 1];
            for (int j = 1; j <= lags; j++) {
                z[j - 1][s] = y[time - j] - y[time - j - 1];
            }
            if (det.termCount() >= 1) {
                z[lags][s] = 1.0;
            }
            if (det.termCount() >= 2) {
                z[lags + 1][s] = time + 1.0; // plm's trend 1..T over the series
            }
        }
        double[] e = dy;
        double[] v = level;
        if (k > 0) {
            HouseholderQr qr = new HouseholderQr(z);
            if (qr.rank() < k) {
                throw new IllegalArgumentException("Panel unit '" + unit + "': its lagged differences and"
                    + " deterministic terms are collinear.");
            }
            e = tail(qr.rotate(dy), k);
            v = tail(qr.rotate(level), k);
        }
        double vv = 0.0;
        double ev = 0.0;
        double ee = 0.0;
        for (int s = 0; s < e.length; s++) {
            vv += v[s] * v[s];
            ev += e[s] * v[s];
            ee += e[s] * e[s];
        }
        double d = ev / vv;
        double ssr = 0.0;
        for (int s = 0; s < e.length; s++) {
            double u = e[s] - d * v[s];
            ssr += u * u;
        }
        if (!(vv > 0.0) || !(ssr > 1e-24 * ee) || e.length == 0) {
            throw new IllegalArgumentException("Panel unit '" + unit + "': its ADF regression fits exactly (a"
                + " constant or perfectly predictable series), so its residual variance is zero.");
        }
        double sigma2 = ssr / rows;
        double scale = 1.0 / Math.sqrt(sigma2);
        for (int s = 0; s < e.length; s++) {
            e[s] *= scale;
            v[s] *= scale;
        }
        return new double[][]{e, v, {sigma2, rows}};
    }

    private static double[] tail(final double[] x, final int from) {
        return java.util.Arrays.copyOfRange(x, from, x.length);
    }

    /** σ̂²_y: Bartlett long-run variance of Δy, demeaned or detrended (on 1..T−1) as the terms say, divisor T − 1. */
    static double longRunVariance(final double[] y, final Deterministic det, final int bandwidth) {
        int m = y.length - 1;
        double[] dx = new double[m];
        for (int s = 0; s < m; s++) {
            dx[s] = y[s + 1] - y[s];
        }
        if (det != Deterministic.NONE) {
            dx = KpssTest.residuals(dx, det == Deterministic.TREND);
        }
        double variance = 0.0;
        for (double v : dx) {
            variance += v * v;
        }
        for (int lag = 1; lag <= bandwidth; lag++) {
            double gamma = 0.0;
            for (int s = lag; s < m; s++) {
                gamma += dx[s] * dx[s - lag];
            }
            variance += 2.0 * (1.0 - lag / (bandwidth + 1.0)) * gamma;
        }
        return variance / m;
    }

    /** μ* and σ* at T: LLC Table 2, linear between rows, clamped to the end rows (with a warning). */
    static double[] adjustment(final Deterministic det, final int t, final List<String> warnings) {
        String code = det.code();
        if (t <= TABLE_T[0] || t >= TABLE_T[TABLE_T.length - 1]) {
            int row = t <= TABLE_T[0] ? TABLE_T[0] : TABLE_T[TABLE_T.length - 1];
            if (t != row) {
                warnings.add(String.format(Locale.ROOT, "T = %d is %s Levin-Lin-Chu's Table 2 (T = 25 to infinity);"
                    + " the T = %s adjustments are used, as R plm does.", t, t < row ? "below" : "beyond",
                    row == 500 ? "infinity" : Integer.toString(row)));
            }
            return TABLE.numbers(code, Integer.toString(row));
        }
        int hi = 1;
        while (TABLE_T[hi] < t) {
            hi++;
        }
        double[] high = TABLE.numbers(code, Integer.toString(TABLE_T[hi]));
        if (TABLE_T[hi] == t) {
            return high;
        }
        double[] low = TABLE.numbers(code, Integer.toString(TABLE_T[hi - 1]));
        double w = (t - TABLE_T[hi - 1]) / (double)(TABLE_T[hi] - TABLE_T[hi - 1]);
        return new double[]{low[0] + w * (high[0] - low[0]), low[1] + w * (high[1] - low[1])};
    }

    /** μ* and σ* of gretl's reading: the row of the smallest tabulated T ≥ T-tilde, infinity above 250. */
    static double[] nextRowUp(final Deterministic det, final double tTilde, final List<String> warnings) {
        int row = TABLE_T[TABLE_T.length - 1]; // infinity
        for (int r = 0; r < TABLE_T.length - 1; r++) {
            if (TABLE_T[r] >= tTilde) {
                row = TABLE_T[r];
                break;
            }
        }
        if (tTilde < TABLE_T[0]) {
            warnings.add(String.format(Locale.ROOT, "T-tilde = %.4g is below Levin-Lin-Chu's Table 2 (T = 25 to"
                + " infinity); the T = 25 adjustments are used, as gretl does.", tTilde));
        }
        return TABLE.numbers(det.code(), Integer.toString(row));
    }
}
