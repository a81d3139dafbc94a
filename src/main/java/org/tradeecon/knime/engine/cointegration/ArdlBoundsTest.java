package org.tradeecon.knime.engine.cointegration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.tradeecon.knime.engine.regression.CoefficientTable;
import org.tradeecon.knime.engine.regression.CollinearityException;
import org.tradeecon.knime.engine.regression.CovarianceEstimator;
import org.tradeecon.knime.engine.regression.OlsFit;
import org.tradeecon.knime.engine.timeseries.OptionChecks;

/**
 * The ARDL bounds test of Pesaran, Shin and Smith (2001) for a level relationship between y and k = 1..10
 * regressors.
 *
 * <p>The ARDL(p, q_1..q_k) is estimated in its unrestricted error-correction form (the same fit, reparameterised)
 * Δy_t = [c0] + [c1·t] + π_y·y_{t−1} + Σ_j π_j·x_{j,t−1} + Σ_{i=1..p−1} ψ_i·Δy_{t−i}
 * + Σ_j Σ_{i=0..q_j−1} ω_ji·Δx_{j,t−i} + u_t by OLS on rows max(p, q)..n−1, as statsmodels' {@code UECM}.
 * <ul>
 * <li>F: the Wald statistic of π_y = π_1 = .. = π_k = 0 (with c0 = 0 in case II, c1 = 0 in case IV) divided by the
 * number of restrictions, from the classical covariance (statsmodels' {@code bounds_test(case).stat}).</li>
 * <li>t: the t statistic of π_y (cases I, III, V).</li>
 * <li>Bounds: PSS (2001) asymptotic Tables CI and CII ({@link PssBounds}). Decision: beyond the I(1) bound
 * "cointegration", short of the I(0) bound "no cointegration", else "inconclusive (between the bounds)". The
 * conclusion at α is the F test's.</li>
 * <li>Long run: θ_j = −π_j/π_y (and −c0/π_y, −c1/π_y for the deterministic terms in the regression), delta-method
 * standard errors (statsmodels' −{@code ci_params}, {@code ci_bse}). The error-correction coefficient is π_y.</li>
 * <li>Orders: fixed, or by AIC/BIC over p = 1..maxP, q_j = 1..maxQ on the common sample ({@code ArdlOrderSearch});
 * the chosen model is re-fitted on its own sample (as statsmodels' {@code ardl_select_order} followed by a fit).</li>
 * </ul>
 * Simulated bounds at the observed T: {@link ArdlBoundsSimulation}. Small-sample bounds (Narayan 2005) are not
 * implemented.
 */
public final class ArdlBoundsTest {

    private static final String TEST = "ARDL bounds test";

    private ArdlBoundsTest() {
    }

    /**
     * Runs the test.
     *
     * @param y the dependent variable (NaN = missing)
     * @param x the regressors, k = 1..10, each as long as y
     * @param yName the dependent variable's name
     * @param xNames the regressors' names
     * @param options case, orders (fixed or searched), α
     * @return the result
     * @throws IllegalArgumentException for bad input (counts, lengths, infinite values, gaps, a constant
     *         series), fixed orders that do not match the regressors, a sample too short for the orders,
     *         perfectly collinear series, or an exact fit (the messages say which)
     */
    public static ArdlResult test(final double[] y, final double[][] x, final String yName, final String[] xNames,
        final ArdlOptions options) {
        OptionChecks.notNull(options, "the ARDL options");
        OptionChecks.notNull(x, "the regressors");
        OptionChecks.notNull(xNames, "the regressor names");
        if (xNames.length != x.length) {
            throw new IllegalArgumentException(TEST + ": " + xNames.length + " names were given for " + x.length
                + " regressors.");
        }
        double[][] all = new double[x.length + 1][];
        String[] names = new String[x.length + 1];
        all[0] = y;
        names[0] = yName;
        System.arraycopy(x, 0, all, 1, x.length);
        System.arraycopy(xNames, 0, names, 1, x.length);
        SystemInput in = SystemInput.of(all, names, TEST, 2, PssBounds.MAX_REGRESSORS + 1);
        double[] yv = in.values[0];
        double[][] xv = Arrays.copyOfRange(in.values, 1, in.values.length);
        List<String> xn = in.names.subList(1, in.names.size());
        int k = xv.length;
        int n = in.length();
        BoundsCase bc = options.boundsCase();
        int terms = bc.deterministicTerms();

        ArdlResult.Fields f = new ArdlResult.Fields();
        String note = in.trimmingNote();
        if (note != null) {
            f.warnings.add(note);
        }
        f.dependent = in.names.get(0);
        f.regressors = List.copyOf(xn);
        f.boundsCase = bc;
        f.selection = options.orderSelection();
        f.alpha = options.alpha();
        if (options.orderSelection() == ArdlOptions.OrderSelection.FIXED) {
            f.p = options.fixedP();
            f.q = options.fixedQ();
            if (f.q.length != k) {
                throw new IllegalArgumentException(TEST + ": " + f.q.length + " lag orders q were given for " + k
                    + " regressors; give one per regressor.");
            }
            f.conventions.put("orders", "fixed: " + new ArdlResult.Candidate(f.p, f.q, 0, 0).label());
        } else {
            int maxP = options.maxP();
            int maxQ = options.maxQ();
            requireSample(n, Math.max(maxP, maxQ), terms + 1 + k + (maxP - 1) + k * maxQ,
                "the order search up to p = " + maxP + ", q = " + maxQ);
            ArdlOrderSearch search = ArdlOrderSearch.run(yv, xv, f.dependent, xn, terms, maxP, maxQ);
            ArdlResult.Candidate best = search.best(options.orderSelection());
            f.p = best.p();
            f.q = best.q();
            f.candidates = List.copyOf(search.candidates);
            f.searchObservations = search.rows;
            f.conventions.put("orders", options.orderSelection() + " over p = 1.." + maxP + ", q = 1.." + maxQ
                + " for each regressor (" + search.candidates.size() + " models) on the common sample of "
                + search.rows + " observations; chosen " + best.label() + ", re-fitted on its own sample");
            f.conventions.put("order-search numerics", search.usedQr ? "Householder QR of each candidate"
                : "cross products of the largest design, Cholesky of each candidate");
            f.conventions.put("information criteria", "-2 logL + c (r + 1), r coefficients, c = 2 (AIC) or ln N"
                + " (BIC), as statsmodels ARDL");
            if (best.p() == maxP || Arrays.stream(best.q()).anyMatch(v -> v == maxQ)) {
                f.warnings.add("The chosen orders " + best.label() + " reach the largest order searched; a larger"
                    + " grid might choose longer lags.");
            }
        }
        int start = Math.max(f.p, Arrays.stream(f.q).max().getAsInt());
        UecmDesign d = UecmDesign.build(yv, xv, f.dependent, xn, f.p, f.q, terms, start);
        requireSample(n, start, d.columns.length, "the orders " + new ArdlResult.Candidate(f.p, f.q, 0, 0).label());
        String model = "The error-correction regression of d." + f.dependent;
        OlsFit fit;
        try {
            fit = OlsFit.fit(d.response, d.columns, d.names.toArray(new String[0]), terms >= 1,
                OlsFit.CollinearityPolicy.FAIL, model);
        } catch (CollinearityException e) {
            throw new IllegalArgumentException(TEST + ": " + model + " is not identified. " + e.getMessage(), e);
        }
        if (fit.isExactFit()) {
            throw new IllegalArgumentException(TEST + ": " + model + " fits exactly, so the test is undefined. "
                + fit.exactFitReason().orElse(""));
        }
        f.warnings.addAll(fit.warnings());
        f.observations = fit.observations();
        f.fit = fit;
        f.firstRow = in.leadingTrimmed + start;
        f.uecm = CoefficientTable.of(fit, CovarianceEstimator.classical());
        f.errorCorrectionIndex = d.levelIndex;
        f.fitted = fit.fittedValues();
        f.residuals = fit.residuals();
        // t statistics, standard errors and correlations are formed from the scaled covariance: none of them
        // over- or underflows for data near 1e300 or 1e-300, so F, t and the long-run coefficients do not either
        double[] b = fit.coefficients();
        double[] se = f.uecm.standardErrors();
        double[][] corr = f.uecm.correlation();
        f.tStatistic = f.uecm.tValues()[d.levelIndex];
        f.fRestrictions = k + 1 + (bc.restrictsDeterministicTerm() ? 1 : 0);
        f.fStatistic = wald(f.uecm.tValues(), corr, restricted(d.levelIndex, k, bc)) / f.fRestrictions;
        f.longRun = longRun(b, se, corr, d, k, fit.residualDegreesOfFreedom());
        if (!(b[d.levelIndex] < 0)) {
            f.warnings.add("The error-correction coefficient of " + f.dependent + "(t-1) is " + b[d.levelIndex]
                + ", not negative: the model does not correct towards a long-run relation.");
        }
        f.conventions.put("regression", "unrestricted error-correction form, " + f.observations + " observations"
            + (terms == 2 ? ", trend = observation number 1..n" : ""));
        f.conventions.put("bounds", "Pesaran, Shin and Smith (2001) asymptotic bounds, Table CI (F)"
            + (bc.hasTBounds() ? " and CII (t)" : "; no t bounds are tabulated for this case") + ", k = " + k);
        f.conventions.put("covariance", "classical (homoskedastic), as the PSS asymptotics assume");
        return new ArdlResult(f);
    }

    private static void requireSample(final int n, final int start, final int coefficients, final String what) {
        if (n - start <= coefficients) {
            throw new IllegalArgumentException(TEST + ": n = " + n + " observations are too few for " + what + ": the"
                + " regression would have " + (n - start) + " observations for " + coefficients + " coefficients."
                + " Use smaller orders or a longer sample.");
        }
    }

    /** @return the indices tested: y(t−1) and the k levels, and the restricted deterministic term */
    static int[] restricted(final int levelIndex, final int k, final BoundsCase bc) {
        int extra = bc.restrictsDeterministicTerm() ? 1 : 0;
        int[] r = new int[k + 1 + extra];
        if (extra == 1) {
            r[0] = levelIndex - 1;
        }
        for (int i = 0; i <= k; i++) {
            r[extra + i] = levelIndex + i;
        }
        return r;
    }

    /**
     * @return b_R' V_RR^{-1} b_R, computed as t_R' C_RR^{-1} t_R from the t statistics and the correlation matrix
     *         of the tested coefficients, so that the size of the variances (tiny for a near-exact fit, huge for
     *         data near 1e300) cannot make the matrix look singular
     */
    private static double wald(final double[] t, final double[][] corr, final int[] r) {
        double[][] c = new double[r.length][r.length];
        double[] tr = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            tr[i] = t[r[i]];
            for (int j = 0; j < r.length; j++) {
                c[i][j] = corr[r[i]][r[j]];
            }
        }
        RealVector tv = new ArrayRealVector(tr, false);
        return tv.dotProduct(new LUDecomposition(new Array2DRowRealMatrix(c, false)).getSolver().solve(tv));
    }

    /**
     * θ_i = −b_i / b_y for the deterministic terms and the regressor levels. Delta method: with u_i = SE_i / b_y and
     * ρ the correlations, cov(θ_i, θ_j) = u_i u_j ρ_ij + θ_j u_i u_y ρ_iy + θ_i u_y u_j ρ_yj + θ_i θ_j u_y² (G V G'
     * written in ratios). Each term has one factor of row i (u_i or θ_i) and one of row j, so the matrix is stored
     * scaled by 2^-(e_i + e_j), e_i the binary exponent of max(|θ_i|, |u_i|): a long-run coefficient near 1e300
     * keeps its standard error although its variance is beyond the double range.
     */
    private static CoefficientTable longRun(final double[] b, final double[] se, final double[][] corr,
        final UecmDesign d, final int k, final int df) {
        int y = d.levelIndex;
        List<Integer> idx = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i <= y + k; i++) {
            if (i != y) {
                idx.add(i);
                names.add(i < y ? d.names.get(i) : d.names.get(i).replace("(t-1)", ""));
            }
        }
        int m = idx.size();
        double by = b[y];
        double uy = se[y] / by;
        double[] theta = new double[m];
        double[] thetaScaled = new double[m];
        double[] uScaled = new double[m];
        int[] e = new int[m];
        for (int r = 0; r < m; r++) {
            theta[r] = -b[idx.get(r)] / by;
            double u = se[idx.get(r)] / by;
            e[r] = Math.max(Math.getExponent(Math.max(Math.abs(theta[r]), Math.abs(u))), Double.MIN_EXPONENT);
            thetaScaled[r] = Math.scalb(theta[r], -e[r]);
            uScaled[r] = Math.scalb(u, -e[r]);
        }
        double[][] cov = new double[m][m];
        for (int r = 0; r < m; r++) {
            int i = idx.get(r);
            for (int s = 0; s < m; s++) {
                int j = idx.get(s);
                cov[r][s] = uScaled[r] * uScaled[s] * corr[i][j] + thetaScaled[s] * uScaled[r] * uy * corr[i][y]
                    + thetaScaled[r] * uy * uScaled[s] * corr[y][j] + thetaScaled[r] * thetaScaled[s] * uy * uy;
            }
        }
        return new CoefficientTable(names, theta, cov, e, df, "delta method, classical covariance", null);
    }
}
