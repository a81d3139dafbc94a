package org.tradeecon.knime.engine.regression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;

import org.apache.commons.math3.distribution.TDistribution;
import org.tradeecon.knime.engine.linalg.Condition;
import org.tradeecon.knime.engine.linalg.Equilibration;
import org.tradeecon.knime.engine.linalg.ExtendedPrecisionSolver;
import org.tradeecon.knime.engine.linalg.HouseholderQr;
import org.tradeecon.knime.engine.linalg.Influence;

/**
 * Ordinary least squares, y = Xb + e, with the classical statistics every regression report needs.
 *
 * <p>Numerics: designs with n·k² &le; {@value #EXTENDED_PRECISION_LIMIT} (every annual model, the NIST StRD
 * problems) are solved from cross products in double-double precision ({@link ExtendedPrecisionSolver});
 * larger ones by Householder QR in double precision ({@link HouseholderQr}). Neither forms X'X in double.
 * Both detect perfect collinearity in design order with the same tolerance.
 *
 * <p>Scale: y and every column are first scaled by a power of two (exact) so that their largest magnitude lies
 * in [1, 2) ({@link Equilibration}); the fit is stored for the scaled problem and the accessors undo the
 * scaling, so t, p, F, R², the residual diagnostics and the condition number are the same for data multiplied
 * by any factor that keeps them finite (sums of squares themselves overflow near 1e300 and are then infinite).
 *
 * <p>Conventions (those of R's {@code lm}, Stata's {@code regress} and statsmodels' OLS):
 * <ul>
 * <li>σ² = SSR / (n − k); the covariance of b is σ²(X'X)^{-1}; t-based p-values and intervals.</li>
 * <li>R² is centred when the model has an intercept and uncentred (1 − SSR/Σy²) when it has none; adjusted
 * R² = 1 − (1 − R²)(n − i)/(n − k) with i = 1 with an intercept, 0 without.</li>
 * <li>The overall F tests all slopes (all coefficients when there is no intercept) with (k − i, n − k) df.</li>
 * <li>Gaussian log-likelihood −n/2·(ln 2π + ln(SSR/n) + 1); AIC = −2ℓ + 2k and BIC = −2ℓ + k·ln n, with k the
 * number of estimated coefficients including the intercept.</li>
 * <li>Exact fits: when the residuals are at rounding level relative to the data ({@link ExactFit}), the fit
 * warns, naming the model, and t, p, confidence intervals and F are NaN (undefined), as are the residual
 * diagnostics of {@link SerialCorrelationTests}; the coefficients and standard errors are still reported.</li>
 * </ul>
 */
public final class OlsFit {

    /** Above this n·k², the double-precision Householder path is used. */
    public static final long EXTENDED_PRECISION_LIMIT = 100_000L;

    /**
     * Above this condition number (of the design with its columns scaled to unit length) the fit warns that the
     * design is ill-conditioned, naming the nearly collinear columns: statsmodels' threshold after scaling.
     */
    public static final double CONDITION_WARNING = 1e10;

    /**
     * Large designs (double-precision QR) whose scaled condition number exceeds this are solved again in
     * double-double ({@link ExtendedPrecisionSolver}): double QR keeps only about 16 − log10(cond) digits, and
     * the robust covariances must keep 8 up to cond = 1e8.
     */
    static final double EXTENDED_PRECISION_CONDITION = 1e6;

    /** How aliased (perfectly collinear) regressors are handled. */
    public enum CollinearityPolicy {
        /** Throw a {@link CollinearityException} naming the columns. */
        FAIL,
        /** Drop them with a warning, as R's {@code lm} does (their coefficient is reported as not estimated). */
        DROP_WITH_WARNING
    }

    private final int n;
    private final boolean hasIntercept;
    private final List<String> names;
    private final List<String> droppedNames;
    private final double[] beta;
    private final double[][] xtxInverse;
    private final double[] residuals;
    private final double[] fitted;
    private final double ssr;
    private final double tss;
    private final List<String> warnings;
    private final double[][] keptDesign;
    /** The kept design columns as given (unscaled), for {@link #design()}. */
    private double[][] originalDesign;
    /**
     * Equilibration: everything above is stored for the scaled problem y·2^yExp on x_p·2^colExp[p] (powers of
     * two, so the scaling is exact); the accessors undo it. No square of the data is ever formed unscaled, so
     * the statistics do not depend on the data's magnitude.
     */
    private int yExp;
    private int[] colExp;
    /** Why inference is undefined (the fit is exact to rounding, see {@link ExactFit}), or null. */
    private final String exactFitReason;
    /** Computes the influence rows from the factorization the fit was solved with (for robust covariances). */
    private java.util.function.Supplier<Influence> influenceSource;
    private double conditionNumber = Double.NaN;

    private OlsFit(final int n, final boolean hasIntercept, final List<String> names, final List<String> dropped,
        final double[] beta, final double[][] xtxInverse, final double[] residuals, final double[] y,
        final double[][] keptDesign, final List<String> warnings, final String model) {
        this.n = n;
        this.hasIntercept = hasIntercept;
        this.names = names;
        this.droppedNames = dropped;
        this.beta = beta;
        this.xtxInverse = xtxInverse;
        this.residuals = residuals;
        this.keptDesign = keptDesign;
        this.fitted = new double[n];
        double s = 0.0;
        for (int i = 0; i < n; i++) {
            fitted[i] = y[i] - residuals[i];
            s += residuals[i] * residuals[i];
        }
        this.ssr = s;
        double t = 0.0;
        if (hasIntercept) {
            double mean = 0.0;
            for (double v : y) {
                mean += v;
            }
            mean /= n;
            for (double v : y) {
                t += (v - mean) * (v - mean);
            }
        } else {
            for (double v : y) {
                t += v * v;
            }
        }
        this.tss = t;
        this.warnings = warnings;
        double[] scale = ExactFit.roundingScale(y, keptDesign, beta);
        this.exactFitReason = ExactFit.isRoundingLevel(residuals, scale)
            ? ExactFit.reason(model, residuals, scale) + ": t statistics, p-values, confidence intervals, the F test"
                + " and the serial-correlation diagnostics are undefined (reported as missing), and the standard"
                + " errors measure only rounding."
            : null;
    }

    /**
     * Fits y on the given design columns; perfect collinearity is an error.
     *
     * @see #fit(double[], double[][], String[], boolean, CollinearityPolicy)
     */
    public static OlsFit fit(final double[] y, final double[][] columns, final String[] names,
        final boolean hasIntercept) {
        return fit(y, columns, names, hasIntercept, CollinearityPolicy.FAIL);
    }

    /**
     * Fits y on the given design columns.
     *
     * @param y response, length n, finite values only
     * @param columns the k design columns (include a column of ones yourself for an intercept), each of length n
     * @param names one name per column, used in messages and tables
     * @param hasIntercept whether the design contains an intercept (decides centred R² and the F test)
     * @param policy what to do with perfectly collinear columns
     * @return the fit
     * @throws IllegalArgumentException when lengths differ, a value is missing or infinite (the message names
     *         the column and row), or there are not more observations than kept coefficients
     * @throws CollinearityException under {@link CollinearityPolicy#FAIL} when a column is a linear combination
     *         of the columns before it
     */
    public static OlsFit fit(final double[] y, final double[][] columns, final String[] names,
        final boolean hasIntercept, final CollinearityPolicy policy) {
        return fit(y, columns, names, hasIntercept, policy, "The regression");
    }

    /**
     * Fits y on the given design columns, naming the model in warnings.
     *
     * @param model what is fitted, for messages, e.g. "The DOLS regression of lny"
     * @see #fit(double[], double[][], String[], boolean, CollinearityPolicy)
     */
    public static OlsFit fit(final double[] y, final double[][] columns, final String[] names,
        final boolean hasIntercept, final CollinearityPolicy policy, final String model) {
        validate(y, columns, names);
        int n = y.length;
        int k = columns.length;
        double[][] original = columns;
        int yExp = Equilibration.exponent(y);
        int[] exps = new int[k];
        double[][] scaledColumns = new double[k][];
        for (int j = 0; j < k; j++) {
            exps[j] = Equilibration.exponent(original[j]);
            scaledColumns[j] = Equilibration.scale(original[j], exps[j]);
        }
        return fitScaled(Equilibration.scale(y, yExp), yExp, scaledColumns, exps, original, names, hasIntercept,
            policy, model);
    }

    private static OlsFit fitScaled(final double[] y, final int yExp, final double[][] columns, final int[] exps,
        final double[][] original, final String[] names, final boolean hasIntercept, final CollinearityPolicy policy,
        final String model) {
        int n = y.length;
        int k = columns.length;
        int[] kept;
        boolean[] aliased = new boolean[k];
        double[] b;
        double[][] inv;
        double[] e;
        java.util.function.Function<double[][], Influence> influence;
        HouseholderQr qr = (long)n * k * k <= EXTENDED_PRECISION_LIMIT ? null : new HouseholderQr(columns);
        Condition cond = null;
        if (qr != null) {
            cond = Condition.scaled(keptColumns(columns, qr.keptColumns()), qr.inverseCrossProduct());
            if (cond.value() > EXTENDED_PRECISION_CONDITION) {
                qr = null;
                cond = null;
            }
        }
        if (qr == null) {
            ExtendedPrecisionSolver solver = new ExtendedPrecisionSolver(columns, y);
            kept = solver.keptColumns();
            for (int j = 0; j < k; j++) {
                aliased[j] = solver.isAliased(j);
            }
            b = solver.coefficients();
            inv = solver.inverseCrossProduct();
            e = solver.residuals(columns, y);
            influence = solver::influence;
        } else {
            kept = qr.keptColumns();
            for (int j = 0; j < k; j++) {
                aliased[j] = qr.isAliased(j);
            }
            b = qr.solve(y);
            inv = qr.inverseCrossProduct();
            HouseholderQr factor = qr;
            influence = design -> factor.influence();
            e = new double[n];
            for (int i = 0; i < n; i++) {
                double s = y[i];
                for (int p = 0; p < kept.length; p++) {
                    s -= b[p] * columns[kept[p]][i];
                }
                e[i] = s;
            }
        }
        List<String> dropped = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            if (aliased[j]) {
                dropped.add(names[j]);
            }
        }
        List<String> warnings = new ArrayList<>();
        if (!dropped.isEmpty()) {
            if (policy == CollinearityPolicy.FAIL) {
                throw new CollinearityException(dropped);
            }
            warnings.add("Dropped " + String.join(", ", dropped)
                + ": perfectly collinear with the regressors before them (not estimated).");
        }
        if (n <= kept.length) {
            throw new IllegalArgumentException("Only " + n + " observations for " + kept.length
                + " coefficients: OLS needs more observations than coefficients. Use fewer regressors or lags,"
                + " or a longer sample.");
        }
        List<String> keptNames = new ArrayList<>();
        double[][] keptDesign = new double[kept.length][];
        double[][] keptOriginal = new double[kept.length][];
        int[] keptExp = new int[kept.length];
        for (int p = 0; p < kept.length; p++) {
            keptNames.add(names[kept[p]]);
            keptDesign[p] = columns[kept[p]];
            keptOriginal[p] = original[kept[p]];
            keptExp[p] = exps[kept[p]];
        }
        OlsFit fit = new OlsFit(n, hasIntercept, Collections.unmodifiableList(keptNames),
            Collections.unmodifiableList(dropped), b, inv, e, y, keptDesign, warnings, model);
        fit.influenceSource = () -> influence.apply(keptDesign);
        fit.originalDesign = keptOriginal;
        fit.yExp = yExp;
        fit.colExp = keptExp;
        if (cond == null) {
            cond = Condition.scaled(keptDesign, inv);
        }
        fit.conditionNumber = cond.value();
        if (cond.value() > CONDITION_WARNING) {
            List<String> involved = new ArrayList<>();
            for (int p : cond.involved()) {
                involved.add(keptNames.get(p));
            }
            warnings.add(String.format(java.util.Locale.ROOT, "%s: the design is ill-conditioned (condition number"
                + " %.3g with its columns scaled to unit length, above %.0e): %s are nearly collinear, so their"
                + " coefficients are poorly determined and sensitive to rounding in the data.", model, cond.value(),
                CONDITION_WARNING, String.join(", ", involved)));
        }
        if (fit.exactFitReason != null) {
            warnings.add(fit.exactFitReason);
        }
        return fit;
    }

    private static double[][] keptColumns(final double[][] columns, final int[] kept) {
        double[][] c = new double[kept.length][];
        for (int p = 0; p < kept.length; p++) {
            c[p] = columns[kept[p]];
        }
        return c;
    }

    private static void validate(final double[] y, final double[][] columns, final String[] names) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("The regression has no regressor (not even an intercept).");
        }
        if (names.length != columns.length) {
            throw new IllegalArgumentException(
                names.length + " names were given for " + columns.length + " design columns.");
        }
        checkFinite(y, "the dependent variable");
        for (int j = 0; j < columns.length; j++) {
            if (columns[j].length != y.length) {
                throw new IllegalArgumentException("Regressor " + names[j] + " has " + columns[j].length
                    + " observations, the dependent variable " + y.length + ".");
            }
            checkFinite(columns[j], "regressor " + names[j]);
        }
    }

    private static void checkFinite(final double[] x, final String what) {
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                throw new IllegalArgumentException("Missing value in " + what + " at observation " + (i + 1)
                    + ". Remove or fill missing values before the regression.");
            }
            if (Double.isInfinite(x[i])) {
                throw new IllegalArgumentException("Infinite value in " + what + " at observation " + (i + 1) + ".");
            }
        }
    }

    /** @return number of observations n */
    public int observations() {
        return n;
    }

    /** @return number of estimated coefficients k (dropped columns excluded) */
    public int coefficientCount() {
        return beta.length;
    }

    /** @return residual degrees of freedom n − k */
    public int residualDegreesOfFreedom() {
        return n - beta.length;
    }

    /** @return whether the model has an intercept (as declared by the caller) */
    public boolean hasIntercept() {
        return hasIntercept;
    }

    /** @return names of the estimated coefficients, in design order */
    public List<String> names() {
        return names;
    }

    /** @return names of columns dropped as perfectly collinear (empty unless DROP_WITH_WARNING) */
    public List<String> droppedColumns() {
        return droppedNames;
    }

    /** @return warnings in plain words (dropped columns, exact fit to rounding) */
    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /**
     * @return the 2-norm condition number of the kept design with each column scaled to unit length,
     *         sqrt(λmax(C)·λmax(C^{-1})) for C the scaled X'X (above {@link #CONDITION_WARNING} the fit warns)
     */
    public double conditionNumber() {
        return conditionNumber;
    }

    /** @return whether the residuals are at rounding level relative to the data ({@link ExactFit}) */
    public boolean isExactFit() {
        return exactFitReason != null;
    }

    /** @return why t, p, F and the residual diagnostics are undefined, when the fit is exact */
    public java.util.Optional<String> exactFitReason() {
        return java.util.Optional.ofNullable(exactFitReason);
    }

    /** @return the estimated coefficients b */
    public double[] coefficients() {
        double[] b = new double[beta.length];
        for (int p = 0; p < b.length; p++) {
            b[p] = Math.scalb(beta[p], coefficientExponent(p));
        }
        return b;
    }

    /** @return e such that coefficient p (and its standard error) is the scaled one times 2^e */
    int coefficientExponent(final int p) {
        return colExp[p] - yExp;
    }

    /** @return e such that the residuals are the scaled ones times 2^e */
    int residualExponent() {
        return -yExp;
    }

    /** @return the residuals of the scaled problem (see {@link #residualExponent()}) */
    double[] scaledResiduals() {
        return residuals;
    }

    /** @return the SSR of the scaled problem (2^(2·residualExponent) times smaller or larger than the SSR) */
    double scaledResidualSumOfSquares() {
        return ssr;
    }

    /** @return σ² of the scaled problem */
    double scaledSigmaSquared() {
        return ssr / residualDegreesOfFreedom();
    }

    /** @return the classical covariance of the scaled problem; entry (p, q) times 2^(e_p + e_q) is the true one */
    double[][] scaledCovariance() {
        double s2 = scaledSigmaSquared();
        double[][] c = new double[beta.length][beta.length];
        for (int p = 0; p < beta.length; p++) {
            for (int q = 0; q < beta.length; q++) {
                c[p][q] = s2 * xtxInverse[p][q];
            }
        }
        return c;
    }

    /** @return the coefficient exponents e_p of {@link #coefficientExponent(int)} */
    int[] coefficientExponents() {
        int[] e = new int[beta.length];
        for (int p = 0; p < e.length; p++) {
            e[p] = coefficientExponent(p);
        }
        return e;
    }

    /** @param name coefficient name @return its index in the coefficient arrays @throws IllegalArgumentException if absent */
    public int indexOf(final String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("No coefficient named " + name + " (have " + names + ").");
        }
        return i;
    }

    /** @return (X'X)^{-1} of the kept columns, a fresh copy */
    public double[][] inverseCrossProduct() {
        double[][] c = new double[beta.length][beta.length];
        for (int p = 0; p < beta.length; p++) {
            for (int q = 0; q < beta.length; q++) {
                c[p][q] = Math.scalb(xtxInverse[p][q], colExp[p] + colExp[q]);
            }
        }
        return c;
    }

    /** @return the kept design columns of the scaled problem (shared, do not modify) */
    double[][] keptDesign() {
        return keptDesign;
    }

    /**
     * @return u_i = (X'X)^{-1} x_i for every row and the leverages, computed in the precision of the fit
     *         (double-double for small designs, triangular solves with R for large ones)
     */
    Influence influence() {
        return influenceSource.get();
    }

    /** @return a copy of the kept design columns, in coefficient order */
    public double[][] design() {
        double[][] c = new double[originalDesign.length][];
        for (int p = 0; p < c.length; p++) {
            c[p] = originalDesign[p].clone();
        }
        return c;
    }

    /** @return classical covariance σ²(X'X)^{-1} */
    public double[][] covariance() {
        return unscaleCovariance(scaledCovariance(), coefficientExponents());
    }

    /** @return entry (p, q) times 2^(e_p + e_q), a new matrix */
    static double[][] unscaleCovariance(final double[][] scaled, final int[] e) {
        double[][] c = new double[scaled.length][scaled.length];
        for (int p = 0; p < c.length; p++) {
            for (int q = 0; q < c.length; q++) {
                c[p][q] = Math.scalb(scaled[p][q], e[p] + e[q]);
            }
        }
        return c;
    }

    /** @return classical standard errors sqrt(σ²·[(X'X)^{-1}]_jj) */
    public double[] standardErrors() {
        double[] se = scaledStandardErrors();
        for (int p = 0; p < se.length; p++) {
            se[p] = Math.scalb(se[p], coefficientExponent(p));
        }
        return se;
    }

    private double[] scaledStandardErrors() {
        double s2 = scaledSigmaSquared();
        double[] se = new double[beta.length];
        for (int p = 0; p < se.length; p++) {
            se[p] = Math.sqrt(s2 * xtxInverse[p][p]);
        }
        return se;
    }

    /** @return residuals e = y − Xb */
    public double[] residuals() {
        return Equilibration.scale(residuals, -yExp);
    }

    /** @return fitted values Xb */
    public double[] fittedValues() {
        return Equilibration.scale(fitted, -yExp);
    }

    /** @return residual sum of squares (infinite when it exceeds the double range, as for data near 1e300) */
    public double residualSumOfSquares() {
        return Math.scalb(ssr, -2 * yExp);
    }

    /** @return σ² = SSR/(n − k) */
    public double sigmaSquared() {
        return Math.scalb(scaledSigmaSquared(), -2 * yExp);
    }

    /** @return residual standard deviation σ (the "root MSE") */
    public double sigma() {
        return Math.scalb(Math.sqrt(scaledSigmaSquared()), -yExp);
    }

    /** @return R²: centred with an intercept, uncentred without */
    public double rSquared() {
        return 1.0 - ssr / tss;
    }

    /** @return adjusted R² */
    public double adjustedRSquared() {
        int i = hasIntercept ? 1 : 0;
        return 1.0 - (1.0 - rSquared()) * (n - i) / residualDegreesOfFreedom();
    }

    /** @return numerator degrees of freedom of the overall F test: k − 1 with an intercept, k without */
    public int modelDegreesOfFreedom() {
        return beta.length - (hasIntercept ? 1 : 0);
    }

    /**
     * @return the overall F statistic ((TSS − SSR)/df_model)/(SSR/df_resid); empty when the model has no
     *         slope (intercept only); +∞ for an exact fit
     */
    public OptionalDouble fStatistic() {
        int dfm = modelDegreesOfFreedom();
        if (dfm == 0) {
            return OptionalDouble.empty();
        }
        if (isExactFit()) {
            return OptionalDouble.of(Double.NaN);
        }
        return OptionalDouble.of(((tss - ssr) / dfm) / scaledSigmaSquared());
    }

    /** @return p-value of the overall F test, empty when {@link #fStatistic()} is */
    public OptionalDouble fPValue() {
        OptionalDouble f = fStatistic();
        if (f.isEmpty() || f.getAsDouble() != f.getAsDouble()) {
            return f;
        }
        return OptionalDouble.of(fSurvival(f.getAsDouble(), modelDegreesOfFreedom(), residualDegreesOfFreedom()));
    }

    /** @return t statistics b/SE; NaN (undefined) for an exact fit, see {@link #exactFitReason()} */
    public double[] tValues() {
        double[] se = scaledStandardErrors();
        double[] t = new double[beta.length];
        for (int p = 0; p < t.length; p++) {
            t[p] = isExactFit() ? Double.NaN : ratio(beta[p], se[p]);
        }
        return t;
    }

    /** @return two-sided p-values of the t statistics, from Student's t with n − k df */
    public double[] pValues() {
        double[] t = tValues();
        double[] p = new double[t.length];
        for (int j = 0; j < t.length; j++) {
            p[j] = Double.isNaN(t[j]) ? Double.NaN : twoSidedT(t[j], residualDegreesOfFreedom());
        }
        return p;
    }

    /**
     * @param level confidence level, e.g. 0.95
     * @return {lower, upper} bounds b ± t_{(1+level)/2, n−k}·SE, one pair per coefficient
     */
    public double[][] confidenceIntervals(final double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("Confidence level must be between 0 and 1, got " + level + ".");
        }
        double q = new TDistribution(null, residualDegreesOfFreedom()).inverseCumulativeProbability((1 + level) / 2);
        double[] se = standardErrors();
        double[] b = coefficients();
        double[][] ci = new double[beta.length][];
        for (int p = 0; p < ci.length; p++) {
            ci[p] = isExactFit() ? new double[] {Double.NaN, Double.NaN}
                : new double[] {b[p] - q * se[p], b[p] + q * se[p]};
        }
        return ci;
    }

    /** @return Gaussian log-likelihood −n/2·(ln 2π + ln(SSR/n) + 1) */
    public double logLikelihood() {
        // ln(SSR/n) from the scaled SSR, so that it exists whatever the data's magnitude
        return -0.5 * n * (Math.log(2 * Math.PI) + Math.log(ssr / n) - 2 * yExp * Math.log(2.0) + 1.0);
    }

    /** @return Akaike's criterion −2ℓ + 2k */
    public double aic() {
        return -2.0 * logLikelihood() + 2.0 * beta.length;
    }

    /** @return Schwarz's Bayesian criterion −2ℓ + k·ln n */
    public double bic() {
        return -2.0 * logLikelihood() + beta.length * Math.log(n);
    }

    /** b/se with the exact-fit conventions of {@link #tValues()}. */
    static double ratio(final double b, final double se) {
        if (se == 0.0) {
            return b == 0.0 ? 0.0 : Math.copySign(Double.POSITIVE_INFINITY, b);
        }
        return b / se;
    }

    /** Two-sided p-value of a t statistic with df degrees of freedom. */
    public static double twoSidedT(final double t, final double df) {
        if (Double.isInfinite(t)) {
            return 0.0;
        }
        return 2.0 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
    }

    /** Upper tail P(F &gt; f) of the F distribution. */
    public static double fSurvival(final double f, final double df1, final double df2) {
        if (Double.isInfinite(f)) {
            return 0.0;
        }
        if (f <= 0) {
            return 1.0;
        }
        // 1 - CDF loses digits for tiny p; the regularized beta of the complementary form keeps them.
        return org.apache.commons.math3.special.Beta.regularizedBeta(df2 / (df2 + df1 * f), df2 / 2.0, df1 / 2.0);
    }

}
