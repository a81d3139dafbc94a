package org.tradeecon.knime.engine.unitroot;

import java.util.Arrays;

import org.tradeecon.knime.engine.linalg.Equilibration;
import org.tradeecon.knime.engine.linalg.HouseholderQr;
import org.tradeecon.knime.engine.regression.OlsFit;
import org.tradeecon.knime.engine.timeseries.OptionChecks;

/**
 * The Zivot–Andrews (1992) unit-root test against stationarity with one break at an unknown date. For each
 * candidate break date TB (the last observation before the break), the regression
 * Δy_t = c + β·t + [θ·DU_t] + [ζ·DT_t] + γ·y_{t−1} + Σ_{i=1..k} φ_i·Δy_{t−i} + e_t with DU_t = 1(t &gt; TB),
 * DT_t = (t − TB)·1(t &gt; TB) is fitted on the rows t = k+1..n−1 (0-based), and the statistic is the minimum
 * over TB of the t statistic of γ. H0: unit root without break.
 *
 * <p><b>Candidate dates</b> (0-based): TB from ⌊trim·n⌋ to n − ⌊trim·n⌋ − 1 (statsmodels' range), further
 * limited to dates that leave both regimes in the regression sample (TB ≥ k + 1 and TB ≤ n − 2, n − 3 for
 * model C). R urca's {@code ur.za} does not trim (every TB from 0 to n − 2).
 *
 * <p><b>Lag.</b> Fixed, or chosen ONCE for all dates by the ADF test with a constant and trend and the same
 * criterion (AIC, BIC, t-statistic rule; {@link AdfTest}), as statsmodels' {@code zivot_andrews} (after
 * Baum's Stata {@code zandrews}); Zivot and Andrews chose the lag at each date, which is not implemented. urca
 * takes a fixed lag only.
 *
 * <p><b>Critical values</b>: Zivot and Andrews (1992) Tables 2–4 (models A, B, C) at 1%, 5% and 10%, as urca;
 * the p-value is interpolated linearly between them and clipped at the table's ends (reported as a bound).
 * statsmodels interpolates in its own simulated quantiles instead, so its p-values and critical values differ.
 * statsmodels' model "t" places its trend dummy one observation earlier than its reported {@code bpidx}.
 */
public final class ZivotAndrewsTest {

    /** The default trimming fraction. */
    public static final double DEFAULT_TRIM = 0.15;

    private static final double[] LEVELS = {0.01, 0.05, 0.10};

    private ZivotAndrewsTest() {
    }

    /**
     * Runs the test.
     *
     * @param raw the series in levels; leading and trailing missing values are trimmed and reported
     * @param model where the break is allowed
     * @param trim fraction of the sample excluded at each end from the break dates, in [0, 1/3]
     * @param lagOptions lag selection (FIXED, AIC, BIC, HQIC or T_STAT), maximum or fixed lag or the rule for
     *        it, α; its deterministic terms are ignored (the lag search uses a constant and trend)
     * @param name the series name for messages
     * @return the result
     * @throws IllegalArgumentException when trim is outside [0, 1/3]; the series has an infinite value, an inner
     *         gap, is constant, or leaves no candidate break date for the lag; a regression fits exactly; the
     *         lag is too large for n (as {@link AdfTest})
     */
    public static ZivotAndrewsResult test(final double[] raw, final ZivotAndrewsBreak model, final double trim,
        final AdfOptions lagOptions, final String name) {
        OptionChecks.notNull(model, "the Zivot-Andrews break model");
        OptionChecks.notNull(lagOptions, "the Zivot-Andrews lag options");
        if (!(trim >= 0.0 && trim <= 1.0 / 3.0)) {
            throw new IllegalArgumentException("The Zivot-Andrews trimming must be in [0, 1/3], got " + trim + ".");
        }
        if (lagOptions.lagSelection() == LagSelection.MAIC) {
            throw new IllegalArgumentException("The modified AIC (MAIC) is for DF-GLS; choose the Zivot-Andrews lag"
                + " by AIC, BIC, HQIC, the t-statistic rule or fix it.");
        }
        SeriesInput in = SeriesInput.of(raw, name);
        in.requireNotConstant(name);
        int yExp = Equilibration.exponent(in.values);
        double[] y = Equilibration.scale(in.values, yExp);
        int n = y.length;
        UnitRootResult.Common c = new UnitRootResult.Common();
        c.trimming(in);
        AdfOptions adfOptions = lagOptions.withDeterministic(Deterministic.TREND);
        int k;
        int maxLag;
        if (adfOptions.lagSelection() == LagSelection.FIXED) {
            k = AdfTest.maxLag(n, adfOptions, name, c.warnings);
            maxLag = k;
            c.conventions.put("lag selection", "fixed at " + k + " lags");
        } else {
            AdfResult base = AdfTest.test(y, adfOptions, name);
            k = base.lags();
            maxLag = base.maxLag();
            c.conventions.put("lag selection", adfOptions.lagSelection().description() + ", chosen once by the ADF"
                + " test with constant and trend, lags 0.." + base.maxLag() + " (statsmodels, Baum's zandrews)");
        }
        int trimCount = (int)(n * trim);
        // Both regimes must be visible in the regression rows t = k+1..n-1: a trend shift needs a row before TB
        // (else DT is the trend minus a constant), a level and trend shift two rows after it.
        int first = Math.max(trimCount, k + (model.hasTrendShift() ? 2 : 1));
        int last = Math.min(n - trimCount - 1, model == ZivotAndrewsBreak.BOTH ? n - 3 : n - 2);
        if (first > last) {
            throw new IllegalArgumentException("Zivot-Andrews test of series '" + name + "': n = " + n
                + " observations with " + k + " lags and trimming " + trim + " leave no break date with"
                + " observations on both sides in the regression sample. Use fewer lags or a longer series.");
        }
        double[] response = AdfDesign.response(y, k);
        int rows = response.length;
        int shifts = (model.hasLevelShift() ? 1 : 0) + (model.hasTrendShift() ? 1 : 0);
        double[][] cols = design(y, k, shifts);
        if (rows - cols.length < 1) {
            throw new IllegalArgumentException("Zivot-Andrews test of series '" + name + "': the regression has "
                + rows + " observations for " + cols.length + " coefficients (n = " + n + ", " + k
                + " lags), leaving no residual degree of freedom. Use fewer lags or a longer series.");
        }
        // Frisch-Waugh-Lovell: the constant, trend and lags are the same at every date, so they are partialled out
        // of the response, y(t-1) and the shift dummies by one QR; each date then needs a regression on 2-3 columns.
        int baseCount = 2 + k;
        HouseholderQr base = new HouseholderQr(Arrays.copyOf(cols, baseCount));
        double[] dTilde = residual(base, cols, response);
        double[] xTilde = residual(base, cols, cols[cols.length - 1]);
        double[][] small = new double[shifts + 1][];
        small[shifts] = xTilde;
        double[] stats = new double[last - first + 1];
        int best = first;
        for (int tb = first; tb <= last; tb++) {
            setShifts(cols, model, tb, k);
            for (int j = 0; j < shifts; j++) {
                small[j] = residual(base, cols, cols[baseCount + j]);
            }
            stats[tb - first] = LastColumnFit.of(small, dTilde, "Zivot-Andrews test of series '" + name + "': y(t-1)"
                + " (with the break after index " + (tb + in.leadingTrimmed) + ")", base.rank()).tStatistic();
            if (stats[tb - first] < stats[best - first]) {
                best = tb;
            }
        }
        // The chosen regression once more through OlsFit: its exact-fit rule (a deterministic series makes every
        // t meaningless) and a check of the fast path.
        setShifts(cols, model, best, k);
        OlsFit fit = OlsFit.fit(response, cols, names(k, model), true, OlsFit.CollinearityPolicy.FAIL,
            "The Zivot-Andrews regression of " + name + " with a break after index " + (best + in.leadingTrimmed));
        if (fit.isExactFit()) {
            throw new IllegalArgumentException("Zivot-Andrews test of series '" + name + "': "
                + fit.exactFitReason().orElse("the regression fits exactly") + "; the statistic is undefined.");
        }
        stats[best - first] = fit.tValues()[cols.length - 1];
        c.testName = "Zivot-Andrews";
        c.statistic = stats[best - first];
        c.lags = k;
        c.observations = response.length;
        c.deterministic = Deterministic.TREND;
        c.alpha = adfOptions.alpha();
        c.nullHypothesis = "the series has a unit root (without a break)";
        c.alternativeHypothesis = "the series is stationary around a trend with one " + model.description()
            + " at an unknown date";
        LeftTailPValue.interpolate(c, c.statistic, LEVELS,
            new CoefficientFile("za1992.txt").numbers("crit", model.model()), "Zivot-Andrews (1992)");
        c.conventions.put("model", "Zivot-Andrews model " + model.model() + ": " + model.description());
        c.conventions.put("break dates", "indices " + (first + in.leadingTrimmed) + ".." + (last + in.leadingTrimmed)
            + " (last observation before the break), trimming " + trim + " at each end");
        c.conventions.put("critical values", "Zivot-Andrews (1992) Table " + (model.ordinal() + 2)
            + " (asymptotic), 1%, 5%, 10%");
        c.conventions.put("p-value", "linear interpolation between the Zivot-Andrews (1992) critical values,"
            + " clipped at the table's ends");
        return new ZivotAndrewsResult(c, model, best + in.leadingTrimmed, first + in.leadingTrimmed, stats, trim,
            adfOptions.lagSelection(), maxLag);
    }

    /** @return v minus its projection on the base columns (the first base.columns() of cols) */
    private static double[] residual(final HouseholderQr base, final double[][] cols, final double[] v) {
        double[] b = base.solve(v);
        int[] kept = base.keptColumns();
        double[] r = v.clone();
        for (int j = 0; j < kept.length; j++) {
            double[] c = cols[kept[j]];
            for (int i = 0; i < r.length; i++) {
                r[i] -= b[j] * c[i];
            }
        }
        return r;
    }

    /** Columns [constant, trend, Δy lags, shift dummies (filled by setShifts), y(t−1)]. */
    private static double[][] design(final double[] y, final int k, final int shifts) {
        double[][] adf = AdfDesign.columns(y, k, k, Deterministic.TREND, true); // [c, t, y(t-1), lags]
        double[][] cols = new double[adf.length + shifts][];
        cols[0] = adf[0];
        cols[1] = adf[1];
        System.arraycopy(adf, 3, cols, 2, k);
        for (int i = 0; i < shifts; i++) {
            cols[2 + k + i] = new double[adf[0].length];
        }
        cols[cols.length - 1] = adf[2];
        return cols;
    }

    private static String[] names(final int k, final ZivotAndrewsBreak model) {
        String[] adf = AdfDesign.names(k, Deterministic.NONE); // y(t-1), dy(t-1..k)
        java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of("constant", "trend"));
        names.addAll(java.util.List.of(adf).subList(1, adf.length));
        if (model.hasLevelShift()) {
            names.add("DU");
        }
        if (model.hasTrendShift()) {
            names.add("DT");
        }
        names.add("y(t-1)");
        return names.toArray(new String[0]);
    }

    /** DU_t = 1(t &gt; TB), DT_t = (t − TB)·1(t &gt; TB) on the rows t = k+1..n−1. */
    private static void setShifts(final double[][] cols, final ZivotAndrewsBreak model, final int tb, final int k) {
        int at = 2 + k;
        for (int r = 0; r < cols[0].length; r++) {
            int t = k + 1 + r;
            if (model.hasLevelShift()) {
                cols[at][r] = t > tb ? 1.0 : 0.0;
            }
            if (model.hasTrendShift()) {
                cols[cols.length - 2][r] = t > tb ? t - tb : 0.0;
            }
        }
    }
}
