package org.tradeecon.knime.engine.cointegration;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.tradeecon.knime.engine.simulation.MonteCarlo;
import org.tradeecon.knime.engine.simulation.NullDistribution;
import org.tradeecon.knime.engine.simulation.SimulationMonitor;
import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.tradeecon.knime.engine.timeseries.OptionChecks;
import org.tradeecon.knime.engine.unitroot.UnitRootResult;

/**
 * The Johansen (1988, 1995) trace and maximum-eigenvalue tests of the cointegrating rank of a VAR in levels,
 * written as the VECM ΔX_t = αβ'X_{t-1} + Σ_{i=1..p} Γ_i ΔX_{t-i} + deterministic terms + ε_t, for the five
 * deterministic cases of {@link JohansenCase}.
 *
 * <p><b>Critical values and p-values</b> are simulated at the observed sample size, with the same number of series,
 * lagged differences and deterministic case (no published table is copied). Under H0: rank = r0 the system is
 * generated as r0 independent Gaussian white noises (stationary: the r0 cointegrating relations) and k − r0
 * independent Gaussian random walks (the common trends), and the same statistic is computed. The limiting
 * distributions depend only on k − r0 and the case (Johansen 1995, Theorem 6.1); in cases 3 and 5 they assume that
 * the data trend (linearly, resp. quadratically), so one random walk gets a drift (resp. a quadratic trend) large
 * enough to dominate, which gives the limit those tables describe. The statistics are invariant to the error
 * covariance, to the starting values (cases 2 to 5) and, in case 4, to the drift, so these choices lose nothing.
 *
 * <p><b>Lag order.</b> Fixed, or the p in 0..{@link JohansenOptions#lags()} that minimises AIC, BIC or HQ of the
 * unrestricted VAR in levels with p + 1 lags (ln det Σ̂ + c·m/T, Σ̂ the ML residual covariance, m = k(k(p + 1) + d)
 * coefficients with d the deterministic columns), all candidates on the common sample that drops the first
 * p_max + 1 observations; the chosen p is then estimated on its own full sample.
 */
public final class Johansen {

    /** Below this many observations the tests are badly sized (e.g. Cheung and Lai 1993; Johansen 2002). */
    public static final int SMALL_SAMPLE = 30;
    /** The most series the test takes. */
    public static final int MAX_VARIABLES = 12;
    /** The levels of the reported critical values. */
    static final double[] LEVELS = {0.10, 0.05, 0.01};
    /** Drift of the trending random walk in the simulated null of case 3 (unit-variance errors). */
    static final double SIMULATED_DRIFT = 1.0e3;
    /** Coefficient of t² of the trending random walk in the simulated null of case 5. */
    static final double SIMULATED_QUADRATIC = 1.0e2;

    private static final String TEST = "Johansen test";

    private Johansen() {
    }

    /**
     * @param series the series in levels (NaN = missing; missing rows at the start and end are trimmed)
     * @param names one name per series
     * @param options case, lags, α and simulation settings
     * @param monitor progress and cancellation of the simulation
     * @return the tests of every rank 0..k − 1
     * @throws IllegalArgumentException for fewer than 2 or more than 12 series, mismatched lengths, gaps, constant
     *         or collinear series, or too few observations for the lags and terms (the message says which)
     * @throws org.tradeecon.knime.engine.simulation.SimulationCancelledException when the monitor asked to stop
     */
    public static JohansenResult test(final double[][] series, final String[] names, final JohansenOptions options,
        final SimulationMonitor monitor) {
        OptionChecks.notNull(options, "the Johansen options");
        OptionChecks.notNull(monitor, "the simulation monitor");
        SystemInput in = SystemInput.of(series, names, TEST, 2, MAX_VARIABLES);
        int k = in.values.length;
        int n = in.length();
        JohansenCase terms = options.deterministic();
        JohansenResult.Fields f = new JohansenResult.Fields();
        f.names = in.names;
        f.deterministic = terms;
        f.lagOrder = options.lagOrder();
        f.alpha = options.alpha();
        int maxLags = largestLags(k, n, terms);
        OptionChecks.count("the number of lagged differences", options.lags(), 0, maxLags,
            "with " + k + " series, n = " + n + " observations and case " + terms.number() + ",");
        f.lags = options.lagOrder() == JohansenOptions.LagOrder.FIXED ? options.lags()
            : searchLags(in.values, options.lags(), terms, options.lagOrder(), f);
        JohansenEstimate e = JohansenEstimate.of(in.values, f.lags, terms, true);
        f.observations = e.observations;
        f.eigenvalues = e.eigenvalues;
        f.beta = e.beta;
        f.alpha0 = e.alpha;
        simulate(in.values, f.lags, terms, options.simulation(), monitor, e, f);
        conventions(f, options.simulation());
        if (in.trimmingNote() != null) {
            f.warnings.add(in.trimmingNote());
        }
        if (f.observations < SMALL_SAMPLE) {
            f.warnings.add(String.format(Locale.ROOT, "Only T = %d observations: Johansen's tests are badly sized"
                + " below about %d observations (the trace test in particular rejects a true null far too often"
                + " with asymptotic critical values, and has little power); the critical values here are simulated"
                + " at T = %d, which fixes the size only for the simulated model without short-run dynamics."
                + " Treat the result as indicative.", f.observations, SMALL_SAMPLE, f.observations));
        }
        return new JohansenResult(f);
    }

    /** @return the largest p for which the VECM leaves at least one degree of freedom beyond its regressors */
    static int largestLags(final int k, final int n, final JohansenCase terms) {
        int p = -1;
        while (n - (p + 2) - JohansenEstimate.shortRunColumns(k, p + 1, terms) - k - 1 > k) {
            p++;
        }
        return p;
    }

    /** The lag search: fills f's candidates and search sample, returns the chosen p (package-private for tests). */
    static int searchLags(final double[][] x, final int maxLags, final JohansenCase terms,
        final JohansenOptions.LagOrder rule, final JohansenResult.Fields f) {
        int k = x.length;
        int n = x[0].length;
        int start = maxLags + 1;
        int rows = n - start;
        f.searchObservations = rows;
        int d = terms.varDeterministicColumns();
        int best = 0;
        double bestValue = Double.POSITIVE_INFINITY;
        for (int p = 0; p <= maxLags; p++) {
            double ld = logDetResidualCovariance(x, p, start, d);
            double m = (double)k * (k * (p + 1) + d);
            JohansenResult.Candidate c = new JohansenResult.Candidate(p, ld + 2.0 * m / rows,
                ld + Math.log(rows) * m / rows, ld + 2.0 * Math.log(Math.log(rows)) * m / rows);
            f.candidates.add(c);
            double v = ld + rule.penalty(rows) * m / rows;
            if (v < bestValue) {
                bestValue = v;
                best = p;
            }
        }
        return best;
    }

    /**
     * ln det of the ML residual covariance of the VAR in levels with p + 1 lags, written as ΔX_t on X_{t-1},
     * ΔX_{t-1..t-p} and d deterministic columns (constant, then trend), over t = start..n − 1.
     */
    private static double logDetResidualCovariance(final double[][] x, final int p, final int start, final int d) {
        int k = x.length;
        int rows = x[0].length - start;
        double[][] y = new double[rows][k];
        double[][] z = new double[rows][k * (p + 1) + d];
        for (int r = 0; r < rows; r++) {
            int t = start + r;
            for (int j = 0; j < k; j++) {
                y[r][j] = x[j][t] - x[j][t - 1];
                z[r][j] = x[j][t - 1];
                for (int l = 1; l <= p; l++) {
                    z[r][l * k + j] = x[j][t - l] - x[j][t - l - 1];
                }
            }
            if (d > 0) {
                z[r][k * (p + 1)] = 1.0;
            }
            if (d > 1) {
                z[r][k * (p + 1) + 1] = t + 1.0;
            }
        }
        RealMatrix ym = MatrixUtils.createRealMatrix(y);
        RealMatrix zm = MatrixUtils.createRealMatrix(z);
        try {
            RealMatrix e = ym.subtract(zm.multiply(new QRDecomposition(zm, 0.0).getSolver().solve(ym)));
            double det = new LUDecomposition(e.transpose().multiply(e).scalarMultiply(1.0 / rows)).getDeterminant();
            if (!(det > 0)) {
                throw new SingularMatrixException();
            }
            return Math.log(det);
        } catch (SingularMatrixException ex) {
            throw new IllegalArgumentException(TEST + ": the VAR with " + (p + 1) + " lags in levels cannot be"
                + " estimated on " + rows + " observations (collinear regressors or a perfect fit); use a smaller"
                + " maximum number of lagged differences.", ex);
        }
    }

    private static void simulate(final double[][] x, final int p, final JohansenCase terms,
        final SimulationOptions sim, final SimulationMonitor monitor, final JohansenEstimate e,
        final JohansenResult.Fields f) {
        int k = x.length;
        int n = x[0].length;
        int runs = 2 * k - 1;
        NullDistribution dist = null;
        for (int r0 = 0; r0 < k; r0++) {
            for (JohansenResult.Statistic s : JohansenResult.Statistic.values()) {
                int run = 2 * r0 + s.ordinal();
                int rank = r0;
                // at r0 = k - 1 both statistics are -T ln(1 - lambda_k): the trace run serves both
                if (run < runs) {
                    SimulationMonitor part = SimulationMonitor.of(
                        done -> monitor.progress((run + done) / runs), monitor::isCancelled);
                    double[] draws = MonteCarlo.run(sim, part, () -> random -> {
                        JohansenEstimate null0 = JohansenEstimate.of(nullSystem(k, n, rank, terms, random), p,
                            terms, false);
                        return s == JohansenResult.Statistic.TRACE ? null0.trace(rank) : null0.maxEigen(rank);
                    });
                    dist = new NullDistribution(draws, sim.seed());
                }
                double value = s == JohansenResult.Statistic.TRACE ? e.trace(r0) : e.maxEigen(r0);
                TreeMap<Double, Double> cv = new TreeMap<>();
                for (double level : LEVELS) {
                    cv.put(level, dist.quantile(1.0 - level));
                }
                boolean trace = s == JohansenResult.Statistic.TRACE;
                JohansenResult.RankTest t = new JohansenResult.RankTest(s, r0, value, dist.upperTailPValue(value),
                    java.util.Collections.unmodifiableSortedMap(cv), (trace ? "rank <= " : "rank = ") + r0,
                    trace ? "rank > " + r0 : "rank = " + (r0 + 1));
                (trace ? f.trace : f.maxEigen).add(t);
            }
        }
    }

    /**
     * One system under H0: rank = r0, series by series: r0 white noises, then k − r0 random walks, the last
     * with the dominant drift (case 3) or quadratic trend (case 5) that those cases' limits assume.
     */
    static double[][] nullSystem(final int k, final int n, final int r0, final JohansenCase terms,
        final SplittableRandom random) {
        double[][] x = new double[k][n];
        for (int j = 0; j < k; j++) {
            double level = 0;
            for (int i = 0; i < n; i++) {
                double e = random.nextGaussian();
                level = j < r0 ? e : level + e;
                x[j][i] = level;
            }
        }
        double[] last = x[k - 1];
        for (int i = 0; i < n; i++) {
            if (terms == JohansenCase.UNRESTRICTED_CONSTANT) {
                last[i] += SIMULATED_DRIFT * (i + 1);
            } else if (terms == JohansenCase.UNRESTRICTED_TREND) {
                last[i] += SIMULATED_QUADRATIC * (i + 1.0) * (i + 1.0);
            }
        }
        return x;
    }

    private static void conventions(final JohansenResult.Fields f, final SimulationOptions sim) {
        f.conventions.put("model", "VECM dX_t = alpha beta' X_{t-1} + sum of " + f.lags + " lagged differences"
            + " + deterministic terms (R urca ca.jo spec \"transitory\"; the VAR in levels has " + (f.lags + 1)
            + " lags)");
        f.conventions.put("deterministic case", "case " + f.deterministic.number() + " of Johansen (1995) and"
            + " Osterwald-Lenum (1992): " + f.deterministic.description());
        if (f.lagOrder != JohansenOptions.LagOrder.FIXED) {
            f.conventions.put("lag search", "p = 0.." + (f.candidates.size() - 1) + " lagged differences by "
                + f.lagOrder.description() + " of the unrestricted VAR in levels, compared on the common "
                + f.searchObservations + " observations; the chosen p re-estimated on its own sample");
        }
        f.conventions.put("p-values and critical values", String.format(Locale.ROOT, "simulated at T = %d with"
            + " %d replications (seed %d): under H0 rank = r0, r0 white noises and k - r0 Gaussian random walks"
            + "%s, the same lags and case; p = (1 + #{simulated >= observed}) / (R + 1)", f.observations,
            sim.replications(), sim.seed(), f.deterministic == JohansenCase.UNRESTRICTED_CONSTANT
                ? ", one with a dominant drift" : f.deterministic == JohansenCase.UNRESTRICTED_TREND
                    ? ", one with a dominant quadratic trend" : ""));
        f.conventions.put("cointegrating vectors", "columns of beta in the order of the eigenvalues, each"
            + " normalised on the first variable (" + f.names.get(0) + " = 1); loadings alpha_j = S01 beta_j /"
            + " (beta_j' S11 beta_j), as R urca's ca.jo");
        f.conventions.put("decision", "reject H0 when p < " + UnitRootResult.percent(f.alpha)
            + "; the rank is the first r0 not rejected, testing r0 = 0, 1, ... in turn");
    }
}
