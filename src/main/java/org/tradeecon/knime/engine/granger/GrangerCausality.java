package org.tradeecon.knime.engine.granger;

import java.util.ArrayList;
import java.util.List;

import org.tradeecon.knime.engine.linalg.EuclideanNorm;
import org.tradeecon.knime.engine.linalg.Equilibration;
import org.tradeecon.knime.engine.linalg.HouseholderQr;
import org.tradeecon.knime.engine.linalg.NestedCholesky;
import org.tradeecon.knime.engine.regression.CollinearityException;
import org.tradeecon.knime.engine.regression.ExactFit;
import org.tradeecon.knime.engine.regression.InformationCriterion;
import org.tradeecon.knime.engine.timeseries.LagBuilder;
import org.tradeecon.knime.engine.timeseries.OptionChecks;

/**
 * Granger-causality tests between time series (see {@link GrangerResult} for the statistics).
 *
 * <p>Sample: the two series are first trimmed to the periods where both are observed (missing values only at
 * the ends; a gap inside is an error naming the variable and year). A test at lag p then uses the n − p
 * periods that have p lags, exactly as statsmodels' {@code grangercausalitytests} and R's
 * {@code lmtest::grangertest} do, so each lag in {@link #table} has its own sample. Lag selection, in contrast,
 * compares all candidate lags on one common sample (the periods with P lags).
 *
 * <p>Numerics and speed: the regressors are ordered constant, effect lags, cause lags, so the restricted model
 * is a leading block of the unrestricted one and one decomposition gives both residual sums of squares. The
 * tests first take the lagged cross products of the pair in one pass for all lags and both directions
 * ({@link LaggedCrossProducts}, memory O(lags) beyond the input) and factor each model's cross products by
 * Cholesky ({@link NestedCholesky}); when these are ill-conditioned ({@link LaggedCrossProducts#TRUST_LIMIT})
 * they use one Householder QR of the explicit design ({@link HouseholderQr#prefixResidualSumsOfSquares}), which
 * also names collinear columns and detects exact fits. Lag selection orders the columns lag by lag
 * (effect and cause lag 1, then lag 2, ...) so that one decomposition of the largest model gives every
 * candidate's residuals.
 */
public final class GrangerCausality {

    private GrangerCausality() {
    }

    /**
     * Two series trimmed to their common observed span (rows start..start+length−1 of the given arrays, not
     * copied), each scaled by an exact power of two (the series is cause·2^causeExp, effect·2^effectExp) so
     * that no sum of squares over- or underflows: the F statistic is a ratio of the effect's sums of squares and
     * does not depend on either scale. The scaled copies are made only when asked for (the QR path).
     */
    static final class Pair {
        private final double[] rawCause;
        private final double[] rawEffect;
        private final int start;
        private final int length;
        /** The time keys of the given arrays, or null for positions 1..n. */
        private final long[] keys;
        private final int causeExp;
        private final int effectExp;
        /** Sum and largest magnitude of each series over the span, from one pass: {sum, max}. */
        private final double[] causeStats;
        private final double[] effectStats;
        private double[] cause;
        private double[] effect;

        private Pair(final double[] rawCause, final double[] rawEffect, final int start, final int length,
            final long[] keys, final double[] causeStats, final double[] effectStats) {
            this.rawCause = rawCause;
            this.rawEffect = rawEffect;
            this.start = start;
            this.length = length;
            this.keys = keys;
            this.causeStats = causeStats;
            this.effectStats = effectStats;
            this.causeExp = Equilibration.exponentOfMax(causeStats[1]);
            this.effectExp = Equilibration.exponentOfMax(effectStats[1]);
        }

        Pair(final double[] rawCause, final double[] rawEffect, final int start, final int length,
            final long[] keys) {
            this(rawCause, rawEffect, start, length, keys, stats(rawCause, start, length),
                stats(rawEffect, start, length));
        }

        /** {sum, largest magnitude} of x over rows start..start+length−1; the sum is NaN or ±∞ when a value is. */
        static double[] stats(final double[] x, final int start, final int length) {
            double sum = 0.0;
            double max = 0.0;
            for (int i = start; i < start + length; i++) {
                double v = x[i];
                sum += v;
                max = Math.max(max, Math.abs(v));
            }
            return new double[] {sum, max};
        }

        Pair reverse() {
            Pair r = new Pair(rawEffect, rawCause, start, length, keys, effectStats, causeStats);
            r.cause = effect;
            r.effect = cause;
            return r;
        }

        /** @return the sum of the raw effect over the span */
        double rawEffectSum() {
            return effectStats[0];
        }

        /** @return the sum of the raw cause over the span */
        double rawCauseSum() {
            return causeStats[0];
        }

        double[] rawCause() {
            return rawCause;
        }

        double[] rawEffect() {
            return rawEffect;
        }

        int start() {
            return start;
        }

        int length() {
            return length;
        }

        int causeExp() {
            return causeExp;
        }

        int effectExp() {
            return effectExp;
        }

        /** @return the scaled cause over the span (a copy made once) */
        double[] cause() {
            if (cause == null) {
                cause = scaledSpan(rawCause, causeExp);
            }
            return cause;
        }

        /** @return the scaled effect over the span (a copy made once) */
        double[] effect() {
            if (effect == null) {
                effect = scaledSpan(rawEffect, effectExp);
            }
            return effect;
        }

        /** @return the time key of row i of the span */
        long key(final int i) {
            return keys == null ? start + i + 1L : keys[start + i];
        }

        private double[] scaledSpan(final double[] x, final int e) {
            double[] c = new double[length];
            for (int i = 0; i < length; i++) {
                c[i] = Math.scalb(x[start + i], e);
            }
            return c;
        }
    }

    static Pair align(final String causeName, final double[] cause, final String effectName,
        final double[] effect, final long[] timeKeys) {
        OptionChecks.notNull(causeName, "the name of the cause");
        OptionChecks.notNull(effectName, "the name of the effect");
        OptionChecks.notNull(cause, "the series " + causeName);
        OptionChecks.notNull(effect, "the series " + effectName);
        if (causeName.equals(effectName)) {
            throw new IllegalArgumentException("Cause and effect are the same variable (" + causeName + ").");
        }
        if (cause.length != effect.length) {
            throw new IllegalArgumentException(causeName + " has " + cause.length + " values, " + effectName + " has "
                + effect.length + ". Align the series on their time key first.");
        }
        if (timeKeys == null && effect.length > 0) {
            double[] c = Pair.stats(cause, 0, cause.length);
            double[] e = Pair.stats(effect, 0, effect.length);
            if (Double.isFinite(c[0] + c[1]) && Double.isFinite(e[0] + e[1])) { // no NaN: the span is everything
                return new Pair(cause, effect, 0, effect.length, null, c, e);
            }
        }
        long[] keys = timeKeys == null ? LagBuilder.positions(effect.length) : timeKeys;
        LagBuilder.checkTimeKeys(keys);
        LagBuilder.Window w = LagBuilder.commonSample(new double[][] {cause, effect},
            new String[] {causeName, effectName}, keys);
        return new Pair(cause, effect, w.start(), w.end() - w.start(), timeKeys);
    }

    /** Rows t = from..T−1 of series x lagged by l: x[t − l]. */
    static double[] lagged(final double[] x, final int l, final int from) {
        double[] c = new double[x.length - from];
        System.arraycopy(x, from - l, c, 0, c.length);
        return c;
    }

    static GrangerResult run(final String causeName, final String effectName, final Pair s, final int lag,
        final int extra) {
        checkLags(causeName, effectName, s.length(), lag, extra);
        return run(causeName, effectName, s, LaggedCrossProducts.of(s, lag + extra), 0, lag, extra);
    }

    /**
     * The test on the one-pass cross products when they can be trusted, else on the QR of the explicit design.
     *
     * @param s the pair in the test's direction
     * @param cp the cross products of the pair or of its reverse (null: QR), with maximum lag &ge; lag + extra
     * @param effectSeries which of cp's series is this test's effect (0 for the pair cp was built on)
     */
    private static GrangerResult run(final String causeName, final String effectName, final Pair s,
        final LaggedCrossProducts cp, final int effectSeries, final int lag, final int extra) {
        GrangerResult r = cp == null ? null : fromCrossProducts(causeName, effectName, s, cp, effectSeries, lag, extra);
        return r != null ? r : fromQr(causeName, effectName, s, lag, extra);
    }

    /**
     * The test from the cross products, columns in the order of {@link #fromQr}, or null when they cannot be
     * trusted: not positive definite, or trace(C^{-1}) of the unit-diagonal matrix of regressors and response
     * above {@link LaggedCrossProducts#TRUST_LIMIT}.
     */
    static GrangerResult fromCrossProducts(final String causeName, final String effectName, final Pair s,
        final LaggedCrossProducts cp, final int effectSeries, final int lag, final int extra) {
        int total = lag + extra;
        int k = 1 + 2 * total;
        int dim = k + 1;
        int causeSeries = 1 - effectSeries;
        int[] series = new int[dim];
        int[] lags = new int[dim];
        series[0] = -1;
        int c = 1;
        for (int l = 1; l <= total; l++) {
            series[c] = effectSeries;
            lags[c++] = l;
        }
        for (int l = lag + 1; l <= total; l++) {
            series[c] = causeSeries;
            lags[c++] = l;
        }
        for (int l = 1; l <= lag; l++) {
            series[c] = causeSeries;
            lags[c++] = l;
        }
        series[k] = effectSeries; // the response, lag 0
        NestedCholesky f = cp.trustedFactor(series, lags, total);
        if (f == null) {
            return null;
        }
        double[] ssr = f.prefixResidualSumsOfSquares();
        return new GrangerResult(causeName, effectName, lag, extra, s.length() - total, k, s.key(total),
            s.key(s.length() - 1), ssr[k - lag], ssr[k], -2 * s.effectExp());
    }

    /** The test from one Householder QR of the explicit design (constant, effect lags, cause lags). */
    static GrangerResult fromQr(final String causeName, final String effectName, final Pair s, final int lag,
        final int extra) {
        int total = lag + extra;
        int n = s.length() - total;
        int k = 1 + 2 * total;
        double[][] design = new double[k][];
        String[] names = new String[k];
        design[0] = new double[n];
        java.util.Arrays.fill(design[0], 1.0);
        names[0] = "const";
        int c = 1;
        for (int l = 1; l <= total; l++) {
            design[c] = lagged(s.effect(), l, total);
            names[c++] = effectName + "(-" + l + ")";
        }
        // Untested extra cause lags (Toda-Yamamoto) belong to the restricted model; the tested ones come last.
        for (int l = lag + 1; l <= total; l++) {
            design[c] = lagged(s.cause(), l, total);
            names[c++] = causeName + "(-" + l + ")";
        }
        for (int l = 1; l <= lag; l++) {
            design[c] = lagged(s.cause(), l, total);
            names[c++] = causeName + "(-" + l + ")";
        }
        HouseholderQr qr = new HouseholderQr(design);
        checkRank(qr, names);
        double[] y = lagged(s.effect(), 0, total);
        double[] qty = qr.rotate(y);
        double[] ssr = qr.prefixResidualSumsOfSquaresRotated(qty);
        double unrestricted = ssr[k];
        double[] b = qr.solveRotated(qty);
        if (!(unrestricted > 0) || mayBeExact(unrestricted, b, s, n, lag, extra)) {
            exactFitCheck(causeName, effectName, lag, y, design, b, unrestricted);
        }
        return new GrangerResult(causeName, effectName, lag, extra, n, k, s.key(total), s.key(s.length() - 1),
            ssr[k - lag], unrestricted, -2 * s.effectExp());
    }

    /** Both directions at one lag; cp holds the products of s (whose effect is second), or is null. */
    private static GrangerDirections directions(final String firstName, final String secondName, final Pair s,
        final LaggedCrossProducts cp, final int lag) {
        return new GrangerDirections(run(firstName, secondName, s, cp, 0, lag, 0),
            run(secondName, firstName, s.reverse(), cp, 1, lag, 0));
    }

    /**
     * Whether the fit may be exact under {@link ExactFit}'s rule, from an upper bound of the rounding scale that
     * costs O(n): ||s|| &le; ||y|| + Σ_j |b_j| ||x_j||, each lagged column's norm at most its whole series'. Only
     * when this bound does not already clear the residuals is the rule evaluated row by row.
     */
    private static boolean mayBeExact(final double unrestricted, final double[] b, final Pair s, final int n,
        final int lag, final int extra) {
        double effect = EuclideanNorm.of(s.effect());
        double cause = EuclideanNorm.of(s.cause());
        double bound = effect + Math.abs(b[0]) * Math.sqrt(n);
        int total = lag + extra;
        for (int j = 1; j < b.length; j++) {
            bound += Math.abs(b[j]) * (j <= total ? effect : cause);
        }
        return !(Math.sqrt(unrestricted) > ExactFit.TOLERANCE * bound);
    }

    private static void exactFitCheck(final String causeName, final String effectName, final int lag,
        final double[] y, final double[][] design, final double[] b, final double unrestricted) {
        double[] e = y.clone();
        for (int j = 0; j < design.length; j++) {
            for (int i = 0; i < e.length; i++) {
                e[i] -= b[j] * design[j][i];
            }
        }
        double[] scale = ExactFit.roundingScale(y, design, b);
        if (!(unrestricted > 0) || ExactFit.isRoundingLevel(e, scale)) {
            throw new IllegalArgumentException(ExactFit.reason("Granger test " + causeName + " -> " + effectName
                + " at lag " + lag + ": the regression of " + effectName + " on the lags", e, scale)
                + ", so the F statistic (a ratio of rounding noise) does not exist. The relation is deterministic.");
        }
    }

    /**
     * Checks p and d against the sample before any array is sized from them: the regression on a constant and
     * p + d lags of both series needs n − p − d &gt; 1 + 2(p + d) observations, i.e. 3(p + d) &le; length − 2.
     */
    private static void checkLags(final String causeName, final String effectName, final int length, final int lag,
        final int extra) {
        if (lag < 1 || extra < 0) {
            throw new IllegalArgumentException("The Granger lag must be 1 or more (got " + lag
                + ") and the extra lags 0 or more (got " + extra + ").");
        }
        String test = "Granger test " + causeName + " -> " + effectName;
        if (extra > 0) {
            OptionChecks.count(test + ": the extra (Toda-Yamamoto) lags d", extra, 0, maxLag(length, 0) - 1,
                "with " + length + " common observations and lag p >= 1");
        }
        long total = (long)lag + extra;
        long n = length - total;
        long k = 1 + 2 * total;
        if (n <= k) {
            throw new IllegalArgumentException(test + " at lag " + total + " needs more than " + k
                + " observations after lagging, but only " + Math.max(n, 0) + " of " + length
                + " remain. Use a smaller lag (at most " + Math.max(0, maxLag(length, extra)) + ") or a longer sample.");
        }
    }

    /**
     * The largest lag the sample allows: the regression on a constant and p + d lags of both series needs
     * n − p − d &gt; 1 + 2(p + d) observations.
     *
     * @param observations the common observations of the two series
     * @param extraLags d &ge; 0, the untested extra lags (Toda–Yamamoto; 0 for the standard test)
     * @return the largest such p (below 1 when not even one lag fits)
     */
    public static int largestLag(final int observations, final int extraLags) {
        return (int)maxLag(observations, extraLags);
    }

    /**
     * The maximum lag of a lag search (by criterion, or a table over lags) capped by the sample.
     *
     * @param causeName name of the cause, for the message
     * @param effectName name of the effect
     * @param observations the pair's common observations
     * @param maxLag the maximum lag asked for
     * @param extraLags d &ge; 0, the untested extra lags
     * @return min(maxLag, {@link #largestLag})
     * @throws IllegalArgumentException when not even one lag fits the sample
     */
    public static int cappedMaxLag(final String causeName, final String effectName, final int observations,
        final int maxLag, final int extraLags) {
        int capped = Math.min(maxLag, largestLag(observations, extraLags));
        if (capped < 1) {
            throw new IllegalArgumentException(causeName + " -> " + effectName + ": " + observations + " observations"
                + " are too few for even one lag" + (extraLags > 0 ? " plus " + extraLags + " extra lags" : "") + ".");
        }
        return capped;
    }

    /**
     * Every ordered pair (cause, effect) of distinct variables 0..k−1, cause by cause and within a cause by
     * effect: the order of the pairwise tests and of {@link GrangerMatrix}'s rows.
     *
     * @param variables k
     * @return the pairs as {cause, effect}
     */
    public static List<int[]> orderedPairs(final int variables) {
        List<int[]> pairs = new ArrayList<>();
        for (int cause = 0; cause < variables; cause++) {
            for (int effect = 0; effect < variables; effect++) {
                if (cause != effect) {
                    pairs.add(new int[] {cause, effect});
                }
            }
        }
        return pairs;
    }

    /** The largest p with length − p − d &gt; 1 + 2(p + d) (with d = 0: the largest p + d). */
    private static long maxLag(final int length, final long extra) {
        // n − p > 2(p + d) + 1 with n = length − p − d ... solved for the largest integer p
        return Math.floorDiv(length - 3 * extra - 2, 3);
    }

    private static void checkRank(final HouseholderQr qr, final String[] names) {
        if (qr.rank() < names.length) {
            List<String> aliased = new ArrayList<>();
            for (int j = 0; j < names.length; j++) {
                if (qr.isAliased(j)) {
                    aliased.add(names[j]);
                }
            }
            throw new CollinearityException(aliased);
        }
    }

    /**
     * Tests "cause does not Granger-cause effect" at lag p.
     *
     * @param causeName name of the candidate cause X
     * @param cause X, aligned with effect and timeKeys
     * @param effectName name of the effect Y
     * @param effect Y
     * @param lag p &ge; 1
     * @param timeKeys consecutive integer periods (e.g. years), or null for row positions
     * @return the test on the n − p periods with p lags
     * @throws IllegalArgumentException for misaligned lengths, bad time keys, a gap in the data, too few
     *         observations (n − p &le; 2p + 1) or an exact fit; messages name the variable, year and lag
     * @throws CollinearityException when a series is constant or the lags are collinear
     */
    public static GrangerResult test(final String causeName, final double[] cause, final String effectName,
        final double[] effect, final int lag, final long[] timeKeys) {
        return run(causeName, effectName, align(causeName, cause, effectName, effect, timeKeys), lag, 0);
    }

    /**
     * Both directions at lag p: "first does not Granger-cause second" and the reverse.
     *
     * @see #test(String, double[], String, double[], int, long[])
     */
    public static GrangerDirections bothDirections(final String firstName, final double[] first,
        final String secondName, final double[] second, final int lag, final long[] timeKeys) {
        Pair s = align(firstName, first, secondName, second, timeKeys);
        checkLags(firstName, secondName, s.length(), lag, 0);
        return directions(firstName, secondName, s, LaggedCrossProducts.of(s, lag), lag);
    }

    /**
     * The tests "cause does not Granger-cause effect" at lags 1..maxLag, each lag on its own sample (as
     * statsmodels' {@code grangercausalitytests(maxlag)}).
     *
     * @return element p − 1 holds the test at lag p
     * @see #test(String, double[], String, double[], int, long[])
     */
    public static List<GrangerResult> table(final String causeName, final double[] cause, final String effectName,
        final double[] effect, final int maxLag, final long[] timeKeys) {
        Pair s = align(causeName, cause, effectName, effect, timeKeys);
        checkLags(causeName, effectName, s.length(), maxLag, 0);
        LaggedCrossProducts cp = LaggedCrossProducts.of(s, maxLag); // one pass for every lag
        List<GrangerResult> out = new ArrayList<>(maxLag);
        for (int p = 1; p <= maxLag; p++) {
            out.add(run(causeName, effectName, s, cp, 0, p, 0));
        }
        return List.copyOf(out);
    }

    /**
     * Both directions at lags 1..maxLag.
     *
     * @return element p − 1 holds both tests at lag p
     * @see #table
     */
    public static List<GrangerDirections> tableBothDirections(final String firstName, final double[] first,
        final String secondName, final double[] second, final int maxLag, final long[] timeKeys) {
        Pair s = align(firstName, first, secondName, second, timeKeys);
        checkLags(firstName, secondName, s.length(), maxLag, 0);
        LaggedCrossProducts cp = LaggedCrossProducts.of(s, maxLag); // one pass for every lag and both directions
        List<GrangerDirections> out = new ArrayList<>(maxLag);
        for (int p = 1; p <= maxLag; p++) {
            out.add(directions(firstName, secondName, s, cp, p));
        }
        return List.copyOf(out);
    }

    /**
     * Toda–Yamamoto test: the effect is regressed on a constant and p + d lags of itself and of the cause, and
     * only the first p cause lags are tested (Wald χ² with p df is the test's statistic; F and the others are
     * reported too). Valid whether the series are I(0), I(1) or cointegrated, when d is at least their maximal
     * order of integration.
     *
     * @param lag p &ge; 1, the lag order of the VAR in levels
     * @param extraLags d_max &ge; 0, the maximal order of integration
     * @return the test; its {@link GrangerResult#extraLags()} is d_max
     * @see #test(String, double[], String, double[], int, long[])
     */
    public static GrangerResult todaYamamoto(final String causeName, final double[] cause, final String effectName,
        final double[] effect, final int lag, final int extraLags, final long[] timeKeys) {
        return run(causeName, effectName, align(causeName, cause, effectName, effect, timeKeys), lag, extraLags);
    }

    /**
     * Chooses the lag p ∈ 1..maxLag by an information criterion, all candidates on the common sample of the
     * periods that have maxLag lags. (statsmodels' {@code VAR.select_order} also considers p = 0; a Granger test
     * needs p &ge; 1, so 0 is not a candidate here. The criterion values for p &ge; 1 are the same.)
     *
     * @param model the bivariate VAR or the single equation of the effect (see {@link LagOrderSelection.Model})
     * @param criterion AIC or BIC
     * @return criterion values and the chosen lag
     * @throws IllegalArgumentException for bad input or when the sample is too short for maxLag
     */
    public static LagOrderSelection selectLag(final String causeName, final double[] cause, final String effectName,
        final double[] effect, final int maxLag, final LagOrderSelection.Model model,
        final InformationCriterion criterion, final long[] timeKeys) {
        return selectLag(causeName, cause, effectName, effect, maxLag, model, criterion,
            LagOrderSelection.VarForm.LOG_DETERMINANT, timeKeys);
    }

    /**
     * {@link #selectLag(String, double[], String, double[], int, LagOrderSelection.Model, InformationCriterion,
     * long[])} with the VAR criterion in the given form (issue 15: gretl's log-likelihood form); the chosen lag
     * does not depend on the form.
     *
     * @param varForm the form of the VAR criterion; ignored for the single equation
     */
    public static LagOrderSelection selectLag(final String causeName, final double[] cause, final String effectName,
        final double[] effect, final int maxLag, final LagOrderSelection.Model model,
        final InformationCriterion criterion, final LagOrderSelection.VarForm varForm, final long[] timeKeys) {
        OptionChecks.notNull(varForm, "the form of the VAR criterion");
        if (maxLag < 1) {
            throw new IllegalArgumentException("The maximum lag must be 1 or more, got " + maxLag + ".");
        }
        OptionChecks.notNull(model, "the lag-selection model");
        OptionChecks.notNull(criterion, "the information criterion");
        Pair s = align(causeName, cause, effectName, effect, timeKeys);
        long nLong = s.length() - (long)maxLag;
        long kLong = 1 + 2L * maxLag;
        if (nLong <= kLong) {
            throw new IllegalArgumentException("Lag selection up to " + maxLag + " needs more than " + kLong
                + " observations after lagging, but only " + Math.max(nLong, 0) + " of " + s.length()
                + " remain. Use a smaller maximum lag (at most " + Math.max(0, maxLag(s.length(), 0)) + ").");
        }
        int n = (int)nLong;
        int k = (int)kLong;
        LaggedCrossProducts cp = LaggedCrossProducts.of(s, maxLag);
        double[][] products = cp == null ? null : selectionFromCrossProducts(cp, maxLag);
        if (products == null) {
            products = selectionFromQr(effectName, causeName, s, maxLag);
        }
        double[] see = products[0];
        double[] scc = products[1];
        double[] sec = products[2];
        double[] values = new double[maxLag];
        double penalty = criterion == InformationCriterion.AIC ? 2.0 : Math.log(n);
        // The series are scaled by 2^causeExp and 2^effectExp: shift ln det and ln SSR back to the data's units.
        double ln2 = Math.log(2.0);
        for (int p = 1; p <= maxLag; p++) {
            int m = 1 + 2 * p;
            if (model == LagOrderSelection.Model.VAR) {
                double det = (see[m] * scc[m] - sec[m] * sec[m]) / ((double)n * n);
                values[p - 1] = Math.log(det) - 2.0 * (s.effectExp() + s.causeExp()) * ln2
                    + penalty / n * (4.0 * p + 2.0) + varForm.shift(2);
            } else {
                values[p - 1] = criterion.value(see[m], n, m) - 2.0 * n * s.effectExp() * ln2;
            }
        }
        LagOrderSelection.VarForm form = model == LagOrderSelection.Model.VAR ? varForm
            : LagOrderSelection.VarForm.LOG_DETERMINANT;
        return new LagOrderSelection(criterion, model, form, values, n);
    }

    /**
     * The residual cross products of effect and cause on the first m regressors of the lag-by-lag design
     * (constant, effect and cause lag 1, lag 2, ...) of the common sample, from the one-pass cross products: with
     * R the Cholesky factor of [regressors, effect, cause], they are the sums over the rows i &ge; m of R's last
     * two columns. Null when the cross products cannot be trusted
     * ({@link LaggedCrossProducts#TRUST_LIMIT}).
     *
     * @return {ee, cc, ec}, each indexed by m = 0..2·maxLag + 1
     */
    static double[][] selectionFromCrossProducts(final LaggedCrossProducts cp, final int maxLag) {
        int k = 1 + 2 * maxLag;
        int dim = k + 2;
        int[] series = new int[dim];
        int[] lags = new int[dim];
        series[0] = -1;
        for (int l = 1; l <= maxLag; l++) {
            lags[2 * l - 1] = l;
            lags[2 * l] = l;
            series[2 * l] = 1;
        }
        series[k + 1] = 1; // effect then cause, at lag 0
        NestedCholesky f = cp.trustedFactor(series, lags, maxLag);
        if (f == null) {
            return null;
        }
        double[] see = new double[k + 1];
        double[] scc = new double[k + 1];
        double[] sec = new double[k + 1];
        double ee = f.factorEntry(k, k) * f.factorEntry(k, k);
        double ec = f.factorEntry(k, k) * f.factorEntry(k, k + 1);
        double cc = f.factorEntry(k, k + 1) * f.factorEntry(k, k + 1) + f.factorEntry(k + 1, k + 1)
            * f.factorEntry(k + 1, k + 1);
        for (int m = k; m >= 0; m--) {
            if (m < k) {
                double e = f.factorEntry(m, k);
                double c = f.factorEntry(m, k + 1);
                ee += e * e;
                cc += c * c;
                ec += e * c;
            }
            see[m] = ee;
            scc[m] = cc;
            sec[m] = ec;
        }
        return new double[][] {see, scc, sec};
    }

    /** {@link #selectionFromCrossProducts} from one Householder QR of the explicit lag-by-lag design. */
    static double[][] selectionFromQr(final String effectName, final String causeName, final Pair s,
        final int maxLag) {
        int n = s.length() - maxLag;
        int k = 1 + 2 * maxLag;
        double[][] design = new double[k][];
        String[] names = new String[k];
        design[0] = new double[n];
        java.util.Arrays.fill(design[0], 1.0);
        names[0] = "const";
        for (int l = 1; l <= maxLag; l++) {
            design[2 * l - 1] = lagged(s.effect(), l, maxLag);
            names[2 * l - 1] = effectName + "(-" + l + ")";
            design[2 * l] = lagged(s.cause(), l, maxLag);
            names[2 * l] = causeName + "(-" + l + ")";
        }
        HouseholderQr qr = new HouseholderQr(design);
        checkRank(qr, names);
        double[] qe = qr.rotate(lagged(s.effect(), 0, maxLag));
        double[] qc = qr.rotate(lagged(s.cause(), 0, maxLag));
        // Suffix sums: residual cross products of the model with the first m columns are sums over rows >= m.
        double[] see = new double[n + 1];
        double[] scc = new double[n + 1];
        double[] sec = new double[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            see[i] = see[i + 1] + qe[i] * qe[i];
            scc[i] = scc[i + 1] + qc[i] * qc[i];
            sec[i] = sec[i + 1] + qe[i] * qc[i];
        }
        return new double[][] {see, scc, sec};
    }

    /**
     * Pairwise Granger causality among k variables at lag p: every ordered pair (cause, effect), each pair on
     * the periods where both are observed.
     *
     * @param names k distinct variable names
     * @param series k series aligned with timeKeys
     * @param lag p &ge; 1
     * @param timeKeys consecutive integer periods, or null for row positions
     * @return the matrix of tests
     * @see #test(String, double[], String, double[], int, long[])
     */
    public static GrangerMatrix pairwise(final String[] names, final double[][] series, final int lag,
        final long[] timeKeys) {
        OptionChecks.noNullElement(names, "the variable names");
        OptionChecks.noNullElement(series, "the series");
        int k = names.length;
        if (series.length != k || k < 2) {
            throw new IllegalArgumentException("Pairwise Granger causality needs at least 2 variables with one name each"
                + " (got " + k + " names for " + series.length + " series).");
        }
        GrangerResult[][] tests = new GrangerResult[k][k];
        for (int[] pair : orderedPairs(k)) {
            int i = pair[0];
            int j = pair[1];
            if (i < j) { // both directions of a pair share one alignment
                GrangerDirections d = bothDirections(names[i], series[i], names[j], series[j], lag, timeKeys);
                tests[i][j] = d.firstCausesSecond();
                tests[j][i] = d.secondCausesFirst();
            }
        }
        return new GrangerMatrix(List.of(names), tests);
    }
}
