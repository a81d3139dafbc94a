package org.tradeecon.knime.engine.regression;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.tradeecon.knime.engine.timeseries.LagBuilder;
import org.tradeecon.knime.engine.timeseries.OptionChecks;

/**
 * OLS regression with a lagged dependent variable (an autoregressive distributed-lag model),
 * y_t = a + Σ_{j=1..p} ρ_j·y_{t−j} + Σ_m Σ_{l=0..L_m} b_{m,l}·x_{m,t−l} + e_t, fitted on the periods where every
 * term is observed. The paper's Eq. (2) is p = 1, L = 0 with regressors RATIO, PATENT, FDIGDP.
 *
 * <p>Not to be confused with {@link StockWatsonDols} (leads and lags of differenced regressors in a
 * cointegrating regression), which some texts also call "dynamic OLS".
 *
 * <p>Coefficient names: {@value #CONSTANT}, then {@code Y(-1)} .. {@code Y(-p)}, then for each regressor
 * {@code X}, {@code X(-1)} .. {@code X(-L)}. Statistics and their conventions are those of {@link OlsFit}
 * (AIC/BIC count every coefficient including the intercept, as Stata and statsmodels do),
 * {@link SerialCorrelationTests} and {@link CovarianceEstimator}. Immutable.
 */
public final class LaggedDependentRegression {

    /** Name of the intercept. */
    public static final String CONSTANT = "const";

    private final String dependentName;
    private final int dependentLags;
    private final List<String> regressorNames;
    private final int[] regressorLags;
    private final LagBuilder.Window window;
    private final OlsFit fit;

    private LaggedDependentRegression(final String dependentName, final int dependentLags,
        final List<String> regressorNames, final int[] regressorLags, final LagBuilder.Window window, final OlsFit fit) {
        this.dependentName = dependentName;
        this.dependentLags = dependentLags;
        this.regressorNames = regressorNames;
        this.regressorLags = regressorLags;
        this.window = window;
        this.fit = fit;
    }

    /**
     * @param name series name
     * @param lag j &gt; 0 for a lag, j &lt; 0 for a lead, 0 for the series itself
     * @return the term name: {@code NAME}, {@code NAME(-j)} or {@code NAME(+j)}
     */
    public static String lagName(final String name, final int lag) {
        return lag == 0 ? name : name + "(" + (lag > 0 ? "-" : "+") + Math.abs(lag) + ")";
    }

    /**
     * Fits the model.
     *
     * @param dependentName name of y
     * @param y the dependent series, aligned with timeKeys
     * @param dependentLags p &ge; 1 lags of y
     * @param regressorNames names of the exogenous regressors (may be empty), distinct
     * @param regressors their series, aligned with timeKeys
     * @param regressorLags L &ge; 0: each regressor enters with lags 0..L
     * @param timeKeys consecutive integer periods (e.g. years), or null to use row positions 1..n
     * @return the fitted model
     * @throws IllegalArgumentException for inconsistent lengths, duplicate names, bad time keys, a missing value
     *         inside the sample or too few observations (messages name the variable and year)
     * @throws CollinearityException when a regressor is constant or a linear combination of earlier terms
     */
    public static LaggedDependentRegression fit(final String dependentName, final double[] y, final int dependentLags,
        final String[] regressorNames, final double[][] regressors, final int regressorLags, final long[] timeKeys) {
        int[] lags = new int[OptionChecks.notNull(regressors, "the regressor series").length];
        java.util.Arrays.fill(lags, regressorLags);
        return fit(dependentName, y, dependentLags, regressorNames, regressors, lags, timeKeys);
    }

    /**
     * Fits the model with a separate number of lags for each regressor: regressor m enters with lags
     * 0..regressorLags[m].
     *
     * @see #fit(String, double[], int, String[], double[][], int, long[])
     */
    public static LaggedDependentRegression fit(final String dependentName, final double[] y, final int dependentLags,
        final String[] regressorNames, final double[][] regressors, final int[] regressorLags, final long[] timeKeys) {
        OptionChecks.notNull(dependentName, "the name of the dependent variable");
        OptionChecks.notNull(y, "the dependent series");
        OptionChecks.noNullElement(regressorNames, "the regressor names");
        OptionChecks.noNullElement(regressors, "the regressor series");
        OptionChecks.notNull(regressorLags, "the regressor lags");
        if (dependentLags < 1) {
            throw new IllegalArgumentException("A lagged-dependent-variable regression needs at least one lag of "
                + dependentName + ", got " + dependentLags + ".");
        }
        if (regressorNames.length != regressors.length || regressorLags.length != regressors.length) {
            throw new IllegalArgumentException(regressorNames.length + " regressor names and " + regressorLags.length
                + " lag counts for " + regressors.length + " regressor series.");
        }
        for (int m = 0; m < regressorLags.length; m++) {
            if (regressorLags[m] < 0) {
                throw new IllegalArgumentException("Lags of " + regressorNames[m] + " must be 0 or more, got "
                    + regressorLags[m] + ".");
            }
        }
        checkLagCounts(dependentName, y.length, dependentLags, regressorNames, regressorLags);
        long[] keys = timeKeys == null ? LagBuilder.positions(y.length) : timeKeys;
        LagBuilder.checkTimeKeys(keys);
        Set<String> seen = new HashSet<>();
        seen.add(dependentName);
        for (String r : regressorNames) {
            if (!seen.add(r)) {
                throw new IllegalArgumentException("The variable name " + r + " is used twice. Names must be distinct.");
            }
        }
        List<double[]> cols = new ArrayList<>();
        List<String> names = new ArrayList<>();
        cols.add(y);
        names.add(dependentName);
        for (int j = 1; j <= dependentLags; j++) {
            cols.add(LagBuilder.shift(y, j));
            names.add(lagName(dependentName, j));
        }
        for (int m = 0; m < regressors.length; m++) {
            for (int l = 0; l <= regressorLags[m]; l++) {
                cols.add(LagBuilder.shift(regressors[m], l));
                names.add(lagName(regressorNames[m], l));
            }
        }
        double[][] all = cols.toArray(new double[0][]);
        String[] allNames = names.toArray(new String[0]);
        for (int j = 0; j < all.length; j++) {
            if (all[j].length != keys.length) {
                throw new IllegalArgumentException(allNames[j] + " has " + all[j].length + " values, but there are "
                    + keys.length + " time keys.");
            }
        }
        LagBuilder.Window w = LagBuilder.commonSample(all, allNames, keys);
        double[][] sample = LagBuilder.slice(all, w);
        int k = all.length;
        if (w.length() <= k) {
            throw new IllegalArgumentException("Only " + w.length() + " observations (" + w.firstKey() + "-"
                + w.lastKey() + ") remain after lagging, for " + k + " coefficients. Use fewer lags or regressors,"
                + " or a longer sample.");
        }
        double[][] design = new double[k][];
        String[] designNames = new String[k];
        design[0] = new double[w.length()];
        java.util.Arrays.fill(design[0], 1.0);
        designNames[0] = CONSTANT;
        for (int j = 1; j < k; j++) {
            design[j] = sample[j];
            designNames[j] = allNames[j];
        }
        OlsFit fit = OlsFit.fit(sample[0], design, designNames, true, OlsFit.CollinearityPolicy.FAIL,
            "The lagged-dependent regression of " + dependentName);
        return new LaggedDependentRegression(dependentName, dependentLags, List.of(regressorNames),
            regressorLags.clone(), w, fit);
    }

    /**
     * Checks the lag counts against the series length before any column is built: the model has
     * k = 1 + p + Σ(L_m + 1) coefficients and at most n − max(p, L_m) observations, which must exceed k. When
     * they do not, the message names the largest lag count (the dependent lags on a tie) and its largest value
     * with the other counts unchanged; when no value of it would do and it is at most n, the check after lagging
     * reports the sample instead.
     */
    private static void checkLagCounts(final String dependentName, final int n, final int dependentLags,
        final String[] regressorNames, final int[] regressorLags) {
        int m = regressorLags.length;
        long[] counts = new long[m + 1];
        counts[0] = dependentLags;
        for (int r = 0; r < m; r++) {
            counts[r + 1] = regressorLags[r];
        }
        if (fitsSample(n, counts)) {
            return;
        }
        int culprit = 0;
        for (int r = 1; r <= m; r++) {
            if (counts[r] > counts[culprit]) {
                culprit = r;
            }
        }
        final int c = culprit;
        long largest = OptionChecks.largest(c == 0 ? 1 : 0, n, v -> {
            long[] trial = counts.clone();
            trial[c] = v;
            return fitsSample(n, trial);
        });
        if (largest < (c == 0 ? 1 : 0) && counts[c] <= n) {
            // No lag count helps (too many regressors for the sample): the sample check after lagging says so,
            // with the years.
            return;
        }
        String option = c == 0 ? "the number of lags of " + dependentName : "the number of lags of "
            + regressorNames[c - 1];
        OptionChecks.count(option, (int)counts[c], c == 0 ? 1 : 0, largest, "with n = " + n + " observations and "
            + "the other lag counts unchanged (the observations left after lagging must exceed the coefficients),");
    }

    /** Whether n − max(p, L_m) &gt; 1 + p + Σ(L_m + 1) for counts {p, L_1, ..., L_m}. */
    private static boolean fitsSample(final int n, final long[] counts) {
        long coefficients = 1 + counts[0];
        long shift = counts[0];
        for (int r = 1; r < counts.length; r++) {
            coefficients += counts[r] + 1;
            shift = Math.max(shift, counts[r]);
        }
        return n - shift > coefficients;
    }

    /** @return the underlying OLS fit (coefficients, R², F, SSR, σ, log-likelihood, AIC, BIC, residuals) */
    public OlsFit fit() {
        return fit;
    }

    /** @return name of the dependent variable */
    public String dependentName() {
        return dependentName;
    }

    /** @return the estimation sample: rows and first and last time key */
    public LagBuilder.Window sample() {
        return window;
    }

    /** @return the coefficient table with classical standard errors */
    public CoefficientTable coefficients() {
        return coefficients(CovarianceEstimator.classical());
    }

    /**
     * @param estimator covariance estimator (classical, HC0-HC3, Newey-West)
     * @return the coefficient table with standard errors, t, p and intervals from that estimator
     */
    public CoefficientTable coefficients(final CovarianceEstimator estimator) {
        return CoefficientTable.of(fit, estimator);
    }

    /** @return the Durbin–Watson statistic (biased toward 2 with a lagged dependent variable; see Durbin's h) */
    public double durbinWatson() {
        return SerialCorrelationTests.durbinWatson(fit);
    }

    /** @return Durbin's h, using the variance of the coefficient of y_{t−1} */
    public DurbinH durbinH() {
        return SerialCorrelationTests.durbinH(fit, lagName(dependentName, 1));
    }

    /**
     * @param rule which estimate of the residuals' first-order autocorrelation ρ̂ enters h (issue 15)
     * @return Durbin's h with that ρ̂
     */
    public DurbinH durbinH(final DurbinHRho rule) {
        return SerialCorrelationTests.durbinH(fit, lagName(dependentName, 1), rule);
    }

    /** @param q order @return Durbin's alternative test of order q */
    public DiagnosticResult durbinAlternative(final int q) {
        return SerialCorrelationTests.durbinAlternative(fit, q);
    }

    /** @param q order @return the Breusch–Godfrey LM test of order q */
    public DiagnosticResult breuschGodfrey(final int q) {
        return SerialCorrelationTests.breuschGodfrey(fit, q);
    }

    /** @param q order @return the F form of the Breusch–Godfrey test of order q */
    public DiagnosticResult breuschGodfreyF(final int q) {
        return SerialCorrelationTests.breuschGodfreyF(fit, q);
    }

    /**
     * Long-run multipliers θ_m = Σ_l b_{m,l} / (1 − Σ_j ρ_j), one per regressor, with delta-method standard
     * errors sqrt(g'Vg), g the gradient (∂θ/∂b_{m,l} = 1/(1 − Σρ), ∂θ/∂ρ_j = θ/(1 − Σρ)) and V the coefficient
     * covariance from the given estimator; t-based p-values with n − k df.
     *
     * @param estimator covariance estimator for V
     * @return a table named after the regressors
     * @throws IllegalStateException when Σρ &ge; 1 (no long run: the model is not stable) or there is no regressor
     */
    public CoefficientTable longRunMultipliers(final CovarianceEstimator estimator) {
        if (regressorNames.isEmpty()) {
            throw new IllegalStateException("The model has no regressor, so there is no long-run multiplier.");
        }
        double[] b = fit.coefficients();
        double sumRho = 0.0;
        for (int j = 1; j <= dependentLags; j++) {
            sumRho += b[j];
        }
        double denom = 1.0 - sumRho;
        if (denom <= 0) {
            throw new IllegalStateException("The lagged-dependent coefficients sum to " + sumRho + " >= 1: the model is"
                + " not stable, so long-run multipliers b/(1 - sum rho) do not exist.");
        }
        double[][] v = estimator.covariance(fit);
        int k = b.length;
        int m = regressorNames.size();
        double[] theta = new double[m];
        double[][] g = new double[m][k];
        int idx = 1 + dependentLags;
        for (int r = 0; r < m; r++) {
            double sumB = 0.0;
            for (int l = 0; l <= regressorLags[r]; l++, idx++) {
                sumB += b[idx];
                g[r][idx] = 1.0 / denom;
            }
            theta[r] = sumB / denom;
            for (int j = 1; j <= dependentLags; j++) {
                g[r][j] = theta[r] / denom;
            }
        }
        double[][] cov = new double[m][m];
        for (int r = 0; r < m; r++) {
            for (int s = 0; s < m; s++) {
                double sum = 0.0;
                for (int p = 0; p < k; p++) {
                    for (int q = 0; q < k; q++) {
                        // terms with a zero gradient are skipped, not multiplied: the constant's variance may be
                        // beyond the double range for data near 1e300, and 0·∞ would poison the sum
                        if (g[r][p] != 0.0 && g[s][q] != 0.0) {
                            sum += g[r][p] * v[p][q] * g[s][q];
                        }
                    }
                }
                cov[r][s] = sum;
            }
        }
        return new CoefficientTable(regressorNames, theta, cov, fit.residualDegreesOfFreedom(),
            "delta method, " + estimator.describe(fit.observations()), fit.exactFitReason().orElse(null));
    }
}
