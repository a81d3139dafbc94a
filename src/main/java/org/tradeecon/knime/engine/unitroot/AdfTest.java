package org.tradeecon.knime.engine.unitroot;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.tradeecon.knime.engine.linalg.Equilibration;
import org.tradeecon.knime.engine.timeseries.OptionChecks;


/**
 * The augmented Dickey-Fuller test of a unit root:
 * Δy_t = [c] + [δ·t] + [δ₂·t²] + γ·y_{t−1} + Σ_{i=1..k} φ_i·Δy_{t−i} + e_t, H0: γ = 0 (unit root),
 * H1: γ &lt; 0 (stationary, around the deterministic terms). τ = γ̂ / SE(γ̂).
 *
 * <p><b>Lags.</b> Fixed k, or chosen by AIC, BIC, HQIC (minimum over k = 0..maxlag; ties go to the smaller k)
 * or the t-statistic rule (from maxlag down, the first k whose last lag has |t| ≥ 1.6448536, else 0). The
 * criteria are −2ℓ + c·r with ℓ = −N/2·(ln 2π + ln(SSR/N) + 1), r the number of regressors including the
 * deterministic terms, c = 2 (AIC), ln N (BIC), 2·ln ln N (HQIC) — statsmodels' definitions. The default
 * maximum lag is {@link MaxLagRule#STATSMODELS} ceil(12·(n/100)^{1/4}) or {@link MaxLagRule#SCHWERT}
 * floor(12·(n/100)^{1/4}), both capped at n/2 − r − 1, where n is the number of levels.
 *
 * <p><b>Sample conventions</b> (the tools disagree; this engine says which it used in
 * {@link UnitRootResult#conventions()}):
 * <ul>
 * <li>All candidate lags are fitted on the common sample of the maximum lag (n − 1 − maxlag observations), so
 * their criteria are comparable. This is done with one decomposition for all lags ({@code NestedLagFits}).</li>
 * <li>{@link LagSearchSample#REFIT_OWN_SAMPLE} (default): the chosen lag k is re-fitted on its own longest
 * sample (n − 1 − k observations), and τ, the observation count and the critical values come from that refit.
 * statsmodels' {@code adfuller} and gretl's {@code adf --test-down} do this.</li>
 * <li>{@link LagSearchSample#KEEP_MAXLAG_SAMPLE}: the chosen lag is estimated on the max-lag sample, as R's
 * urca {@code ur.df}. urca also searches only k = 1..maxlag (never 0); this engine always includes k = 0, so
 * the two agree whenever the chosen lag is at least 1.</li>
 * <li>A fixed lag k always uses its own longest sample (all tools agree).</li>
 * </ul>
 *
 * <p><b>p-values and critical values.</b> MacKinnon (1994) approximate asymptotic p-value ({@link MacKinnon});
 * MacKinnon (2010) critical values for T = the observations of the final regression. MacKinnon (1996)
 * finite-sample p-values are not implemented. The final regression ({@code AdfRegression}) is fitted from the
 * same kind of one-pass cross products as the search, refined once on explicit residuals, or by
 * {@code OlsFit} when the design is ill-conditioned; its trend is t = 1..T over the regression sample (this
 * changes only the constant's estimate, not τ).
 */
public final class AdfTest {

    /** The t-statistic rule's threshold: the standard normal 95% quantile (statsmodels' value). */
    public static final double T_STAT_THRESHOLD = 1.6448536269514722;

    private static final String DEFAULT_NAME = "series";

    /** The levels of the critical values, one array shared by all results (MacKinnon.LEVELS is public). */
    private static final double[] CRITICAL_LEVELS = MacKinnon.LEVELS.clone();

    private AdfTest() {
    }

    /**
     * Runs the test on a series called "series" in messages.
     *
     * @see #test(double[], AdfOptions, String)
     */
    public static AdfResult test(final double[] y, final AdfOptions options) {
        return test(y, options, DEFAULT_NAME);
    }

    /**
     * Runs the augmented Dickey-Fuller test.
     *
     * @param y the series in levels; NaN marks a missing value. Leading and trailing missing values are trimmed
     *        (and reported in the result); n below is the number of remaining observations.
     * @param options deterministic terms, lag selection, maximum lag, sample convention, α
     * @param name the series name used in messages
     * @return the result; τ is finite
     * @throws IllegalArgumentException when the series has an infinite value or a missing value between observed
     *         ones (the message gives its position), is constant, is too short for the terms (n below 3, 4, 6 or
     *         8 for none, constant, trend, quadratic trend), when the given lag exceeds n/2 − r − 1 or leaves no
     *         residual degree of freedom, or when the regression fits exactly or y(t−1) is collinear with the
     *         other regressors
     */
    public static AdfResult test(final double[] y, final AdfOptions options, final String name) {
        return test(y, options, name, new CrossProducts.Workspace());
    }

    static AdfResult test(final double[] raw, final AdfOptions o, final String name,
        final CrossProducts.Workspace ws) {
        OptionChecks.notNull(o, "the ADF options");
        if (o.lagSelection() == LagSelection.MAIC) {
            throw new IllegalArgumentException("The modified AIC (MAIC) selects the lag of the DF-GLS test (on the"
                + " GLS-detrended series); for the ADF test use AIC, BIC, HQIC, the t-statistic rule or a fixed lag.");
        }
        checkMethods(o);
        SeriesInput in = SeriesInput.of(raw, name);
        in.requireNotConstant(name);
        // Exact scaling by a power of two: tau, the lag choice and the p-value do not depend on the series'
        // magnitude, and no cross product over- or underflows (data near 1e300 or 1e-300). The coefficients of
        // the deterministic terms and the residual sums of squares are scaled back below.
        int yExp = Equilibration.exponent(in.values);
        double[] y = in.values; // the input's own copy, scaled in place
        Equilibration.scaleInPlace(y, yExp);
        int n = y.length;
        Deterministic det = o.deterministic();
        int nt = det.termCount();
        UnitRootResult.Common c = new UnitRootResult.Common();
        c.trimming(in);
        int maxLag = maxLag(n, o, name, c.warnings);
        LagSelection sel = o.lagSelection();
        int lag;
        int finalStart;
        int searchRows;
        int first = o.lagZeroSearched() || maxLag == 0 ? 0 : 1;
        boolean usedQr = false;
        CrossProducts searchFactor = null;
        AdfResult.Candidates candidates = AdfResult.Candidates.NONE;
        if (sel == LagSelection.FIXED) {
            lag = maxLag;
            finalStart = lag;
            searchRows = n - 1 - lag;
        } else {
            NestedLagFits fits = NestedLagFits.compute(y, maxLag, det,
                o.searchMethod() == AdfOptions.SearchMethod.QR, ws);
            boolean ownSample = sel == LagSelection.T_STAT && o.tStatSample() == TStatSample.OWN_SAMPLE;
            Chosen chosen = ownSample ? testDownOwnSample(y, maxLag, first, det, o, ws, name, yExp)
                : choose(fits, sel, first, yExp);
            searchFactor = ownSample ? null : fits.factor; // the own-sample fits reused the workspace
            lag = chosen.lag;
            candidates = chosen;
            searchRows = fits.rows;
            usedQr = fits.usedQr;
            finalStart = o.lagSearchSample() == LagSearchSample.KEEP_MAXLAG_SAMPLE ? maxLag : lag;
            if (lag == maxLag && maxLag > 0) {
                c.warnings.add("The chosen lag equals the maximum lag searched (" + maxLag
                    + "); a larger maximum lag might be chosen if allowed.");
            }
        }

        AdfRegression fit = AdfRegression.fit(y, lag, finalStart, det,
            o.searchMethod() == AdfOptions.SearchMethod.QR, ws, name, searchFactor);
        if (fit.isExactFit()) {
            throw new IllegalArgumentException("ADF test of series '" + name + "': the regression fits exactly"
                + " (residual sum of squares " + Math.scalb(fit.rss, -2 * yExp) + " against a sum of squared"
                + " differences of " + Math.scalb(fit.responseSumOfSquares, -2 * yExp) + "), so tau is undefined. The series is deterministic (e.g. an exact"
                + " trend or an exact autoregression).");
        }
        c.warnings.addAll(fit.warnings);
        double[] b = fit.estimate;
        double[] se = fit.standardError;
        double tau = fit.tValue[0];
        double gamma = b[0];
        double gammaSe = se[0];
        for (int i = 0; i < b.length; i++) { // the fit is not used again: back to the data's scale in place
            // y(t-1) and the lagged differences are free of the scale; the deterministic terms carry it
            boolean carriesScale = !(fit.names[i].startsWith("y(") || fit.names[i].startsWith("dy("));
            if (carriesScale) {
                b[i] = Math.scalb(b[i], -yExp);
                se[i] = Math.scalb(se[i], -yExp);
            }
        }
        AdfResult.Table table = new AdfResult.Table(fit.names, b, se, fit.observations - b.length);

        c.testName = "Augmented Dickey-Fuller";
        c.statistic = tau;
        c.lags = lag;
        c.observations = fit.observations;
        c.deterministic = det;
        c.alpha = o.alpha();
        c.nullHypothesis = "the series has a unit root (gamma = 0)";
        c.alternativeHypothesis = det == Deterministic.NONE ? "the series is stationary (gamma < 0)"
            : "the series is stationary around a " + det.description() + " (gamma < 0)";
        inference(c, tau, det, n - 1, o);
        int observations = c.observations;
        boolean searchUsedQr = usedQr;
        c.laterConventions = () -> conventions(o, n, maxLag, first, searchUsedQr, observations);
        return new AdfResult(c, gamma, gammaSe, sel, maxLag, searchRows, table, candidates);
    }


    /**
     * The maximum lag (or the fixed lag), validated against n and the deterministic terms. A rule-based
     * maximum is lowered, with a warning, when the max-lag regression would have no residual degree of freedom
     * (statsmodels keeps it and reports τ = 0 from an exact fit).
     */
    static int maxLag(final int n, final AdfOptions o, final String name, final List<String> warnings) {
        Deterministic det = o.deterministic();
        int nt = det.termCount();
        int cap = MaxLagRule.cap(n, det);
        String terms = det.description() + " (" + nt + " deterministic term" + (nt == 1 ? "" : "s") + ")";
        int minN = Math.max(2 * nt + 2, nt + 3);
        if (n < minN) {
            throw new IllegalArgumentException("ADF test of series '" + name + "': n = " + n + " observations is too"
                + " short for a regression with " + terms + "; at least " + minN + " are needed even with lag 0.");
        }
        int lag;
        if (o.hasMaxLag()) {
            lag = o.maxLag();
            if (lag > cap && o.lagLimit() == LagLimit.HALF_SAMPLE) {
                throw new IllegalArgumentException("ADF test of series '" + name + "': lag " + lag + " is too large"
                    + " for n = " + n + " observations with " + terms + ". The largest lag allowed is n/2 - "
                    + nt + " - 1 = " + cap + " (statsmodels' limit, which keeps the regression's degrees of"
                    + " freedom). Use at most " + cap + " lags or a longer series, or accept any lag that leaves one"
                    + " residual degree of freedom (as R and gretl).");
            }
        } else {
            lag = o.maxLagRule().maxLag(n, det);
            int dfLimit = (n - nt - 3) / 2;
            if (lag > dfLimit && !o.maxLagRule().isCapped()) {
                throw new IllegalArgumentException("ADF test of series '" + name + "': the default maximum lag "
                    + o.maxLagRule().description() + " = " + lag + " leaves the regression no residual degree of"
                    + " freedom for n = " + n + " observations with " + terms + " (gretl refuses it too). Give a"
                    + " maximum lag of at most " + Math.max(dfLimit, 0) + ".");
            }
            if (lag == dfLimit + 1 && o.maxLagCut() == MaxLagCut.STATSMODELS_UNCUT
                && o.lagSelection() != LagSelection.FIXED) {
                warnings.add("The maximum lag " + lag + " leaves the max-lag regression no residual degree of freedom"
                    + " (n = " + n + ", " + terms + "): its sample is kept for the search, as statsmodels does, but lag "
                    + lag + " itself is not a candidate.");
                return lag;
            }
            if (lag > dfLimit) {
                warnings.add("Maximum lag lowered from " + lag + " to " + dfLimit + " so that the max-lag regression"
                    + " keeps a residual degree of freedom (n = " + n + ", " + terms + ").");
                lag = dfLimit;
            }
        }
        int rows = n - 1 - lag;
        int regressors = nt + 1 + lag;
        if (rows - regressors < 1) {
            throw new IllegalArgumentException("ADF test of series '" + name + "': with lag " + lag + " and "
                + terms + " the regression has " + rows + " observations for " + regressors
                + " coefficients, leaving no residual degree of freedom (n = " + n + "). Use fewer lags.");
        }
        return lag;
    }

    /**
     * gretl's t-statistic rule: from the maximum lag down, each candidate k fitted on its own longest sample; the
     * first whose last lag has |t| ≥ {@link #T_STAT_THRESHOLD} is chosen, else the lowest candidate.
     */
    private static Chosen testDownOwnSample(final double[] y, final int maxLag, final int first,
        final Deterministic det, final AdfOptions o, final CrossProducts.Workspace ws, final String name,
        final int yExp) {
        boolean qr = o.searchMethod() == AdfOptions.SearchMethod.QR;
        int count = maxLag - first + 1;
        double[] absTs = new double[count];
        double[] rss = new double[count];
        int[] regressors = new int[count];
        int chosen = first;
        int lowest = first; // the lowest lag fitted before the rule stopped
        for (int k = maxLag; k >= first; k--) {
            AdfRegression fit = AdfRegression.fit(y, k, k, det, qr, ws, name);
            // the last lag's column; y(t-1) for k = 0 (reported only)
            int last = java.util.Arrays.asList(fit.names).indexOf(k == 0 ? "y(t-1)" : AdfDesign.lagName(k));
            double absT = last < 0 ? 0.0 : Math.abs(fit.tValue[last]);
            absTs[k - first] = absT;
            rss[k - first] = Math.scalb(fit.rss, -2 * yExp);
            regressors[k - first] = fit.names.length;
            lowest = k;
            if (k >= 1 && absT >= T_STAT_THRESHOLD) {
                chosen = k;
                break;
            }
        }
        int from = lowest - first;
        return new Chosen(chosen, lowest, Arrays.copyOfRange(absTs, from, count), Arrays.copyOfRange(rss, from, count),
            Arrays.copyOfRange(regressors, from, count));
    }

    /** The candidates of a lag search and the lag it chose. */
    private static final class Chosen extends AdfResult.Candidates {
        final int lag;

        Chosen(final int lag, final int first, final double[] criterion, final double[] rss, final int[] regressors) {
            super(first, criterion, rss, regressors);
            this.lag = lag;
        }
    }

    /** Refuses, before any computation, a p-value or critical-value method that has no value for the terms. */
    private static void checkMethods(final AdfOptions o) {
        Deterministic det = o.deterministic();
        if (o.pValueMethod() == AdfPValueMethod.FULLER_TSERIES && det != Deterministic.TREND) {
            throw new IllegalArgumentException("The p-value of R tseries' adf.test (Fuller's table) exists for a"
                + " constant and linear trend only, not for " + det.description() + "; use MacKinnon (1994).");
        }
        if (o.criticalValueMethod() != CriticalValueMethod.MACKINNON_2010 && !FullerTable.covers(det)) {
            throw new IllegalArgumentException("Fuller's (1976) table has no critical values for " + det.description()
                + "; use MacKinnon (2010) critical values.");
        }
    }

    /** The p-value and critical values of τ by the options' methods, with the conventions and warnings. */
    private static void inference(final UnitRootResult.Common c, final double tau, final Deterministic det,
        final int differences, final AdfOptions o) {
        if (o.pValueMethod() == AdfPValueMethod.FULLER_TSERIES) {
            c.pValue = FullerTable.tseriesPValue(tau, differences);
            if (FullerTable.isOutsideTseriesTable(tau, differences)) {
                boolean low = c.pValue < 0.5;
                c.pValueKind = low ? UnitRootResult.PValueKind.UPPER_BOUND : UnitRootResult.PValueKind.LOWER_BOUND;
                c.warnings.add(String.format(Locale.ROOT, "tau = %.4g is outside Fuller's table: p-value %s %s (as"
                    + " R tseries, which warns that the p-value is %s than printed).", tau, low ? "at most" : "at least",
                    low ? "0.01" : "0.99", low ? "smaller" : "greater"));
            }
        } else {
            c.pValue = MacKinnon.pValue(tau, det);
            if (MacKinnon.isOutsideTable(tau, det)) {
                boolean low = c.pValue == 0.0;
                c.pValueKind = low ? UnitRootResult.PValueKind.UPPER_BOUND : UnitRootResult.PValueKind.LOWER_BOUND;
                c.warnings.add(String.format(Locale.ROOT, "tau = %.4g is outside the range of MacKinnon's (1994)"
                    + " approximation: p-value set to %s.", tau, low ? "0" : "1"));
            }
        }
        double[] values = new double[MacKinnon.LEVELS.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = o.criticalValueMethod().criticalValue(MacKinnon.LEVELS[i], det, c.observations, differences);
        }
        c.criticalLevelArray = CRITICAL_LEVELS;
        c.criticalValueArray = values;
    }

    /**
     * The conventions behind a result, in words, built only when the result is asked for them.
     *
     * @param n the number of levels tested
     * @param maxLag the maximum lag searched, or the fixed lag
     * @param first the first lag searched
     * @param usedQr whether the lag search fell back to Householder QR
     * @param observations the final regression's observations
     */
    private static Map<String, String> conventions(final AdfOptions o, final int n, final int maxLag,
        final int first, final boolean usedQr, final int observations) {
        Map<String, String> c = new LinkedHashMap<>();
        LagSelection sel = o.lagSelection();
        if (sel == LagSelection.FIXED) {
            c.put("lag selection", "fixed at " + maxLag + " lags");
        } else {
            c.put("lag selection", sel.description() + ", lags " + first + ".." + maxLag
                + (first == 1 ? " (lag 0 not searched, as R urca)" : ""));
            if (sel == LagSelection.T_STAT) {
                c.put("t-statistic rule sample", o.tStatSample().description());
            }
            c.put("lag-selection sample", o.lagSearchSample().description());
            if (o.maxLagCut() != MaxLagCut.LOWER) {
                c.put("maximum lag without residual degree of freedom", o.maxLagCut().description());
            }
            c.put("lag-search numerics", usedQr ? "Householder QR of the max-lag design"
                : "cross products in one pass and Cholesky of the max-lag design");
        }
        c.put("maximum lag", o.hasMaxLag() ? "given: " + maxLag
            : o.maxLagRule().description() + " = " + maxLag + " for n = " + n);
        c.put("lags accepted", o.lagLimit().description());
        c.put("p-value", o.pValueMethod().description() + "; MacKinnon (1996) finite-sample p-values"
            + " (gretl, urca punitroot) not implemented");
        int differences = n - 1;
        String at = o.criticalValueMethod() == CriticalValueMethod.MACKINNON_2010
            || o.criticalValueMethod() == CriticalValueMethod.FULLER_INTERPOLATED
            ? "T = " + observations + " observations" : "n - 1 = " + differences + " differences";
        c.put("critical values", o.criticalValueMethod().description() + ", at " + at);
        if (o.deterministic().termCount() >= 2) {
            c.put("trend variable", "t = 1..T over the regression sample");
        }
        return c;
    }

    private static Chosen choose(final NestedLagFits fits, final LagSelection sel, final int first, final int yExp) {
        int p = fits.rss.length - 1;
        double nObs = fits.rows;
        double[] crit = new double[p + 1];
        // the exact fit of statsmodels' uncut maximum lag (MaxLagCut.STATSMODELS_UNCUT) is not a candidate
        int top = fits.rows - fits.rank[p] >= 1 ? p : p - 1;
        int count = Math.max(top - first + 1, 0);
        double[] rss = new double[count];
        int[] regressors = new int[count];
        for (int k = first; k <= top; k++) {
            double r = fits.rank[k];
            // ln of the data's SSR: the scaled SSR is 2^(2·yExp) times it
            double m2ll = nObs * (Math.log(2.0 * Math.PI) + Math.log(fits.rss[k] / nObs) - 2.0 * yExp * Math.log(2.0)
                + 1.0);
            switch (sel) {
                case AIC:
                    crit[k] = m2ll + 2.0 * r;
                    break;
                case BIC:
                    crit[k] = m2ll + r * Math.log(nObs);
                    break;
                case HQIC:
                    crit[k] = m2ll + 2.0 * r * Math.log(Math.log(nObs));
                    break;
                default:
                    crit[k] = fits.lastAbsT[k];
            }
            rss[k - first] = Math.scalb(fits.rss[k], -2 * yExp);
            regressors[k - first] = fits.rank[k];
        }
        double[] criterion = Arrays.copyOfRange(crit, first, first + count);
        if (sel == LagSelection.T_STAT) {
            for (int k = top; k >= Math.max(first, 1); k--) {
                if (crit[k] >= T_STAT_THRESHOLD) {
                    return new Chosen(k, first, criterion, rss, regressors);
                }
            }
            return new Chosen(first, first, criterion, rss, regressors);
        }
        int best = first;
        for (int k = first + 1; k <= top; k++) {
            if (crit[k] < crit[best]) {
                best = k;
            }
        }
        return new Chosen(best, first, criterion, rss, regressors);
    }
}
