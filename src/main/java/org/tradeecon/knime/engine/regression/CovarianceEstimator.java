package org.tradeecon.knime.engine.regression;

import org.tradeecon.knime.engine.linalg.Influence;
import org.tradeecon.knime.engine.timeseries.OptionChecks;

/**
 * How the covariance of OLS coefficients is estimated. Immutable; create with the static factories.
 *
 * <p>With A = (X'X)^{-1}, residuals e and rows x_i of X:
 * <ul>
 * <li>{@link #classical()}: σ²A with σ² = SSR/(n − k).</li>
 * <li>HC0 (White): A·Σ e_i² x_i x_i'·A. HC1: HC0·n/(n − k). HC2: e_i² replaced by e_i²/(1 − h_i). HC3:
 * by e_i²/(1 − h_i)², with leverage h_i = x_i'A x_i (MacKinnon and White 1985; statsmodels'
 * {@code cov_type='HC0'..'HC3'}, R sandwich's {@code vcovHC}).</li>
 * <li>Newey–West: A·S·A with S = Σ_t e_t² x_t x_t' + Σ_{l=1..L} w_l Σ_{t&gt;l} e_t e_{t−l}(x_t x_{t−l}' + x_{t−l} x_t'),
 * Bartlett weights w_l = 1 − l/(L + 1). Without small-sample factor this is statsmodels'
 * {@code cov_type='HAC'} with its default {@code use_correction=False} and R's
 * {@code sandwich::NeweyWest(lag = L, prewhite = FALSE, adjust = FALSE)}; with the factor, S is multiplied by
 * n/(n − k) ({@code use_correction=True}, {@code adjust = TRUE}).</li>
 * </ul>
 * In every case t statistics are compared with Student's t with n − k degrees of freedom.
 *
 * <p>Numerics: A·S·A is never formed from a rounded A, which would lose cond(X)² of precision. With
 * u_i = A x_i, the estimators are Σ_t Σ_s K(t, s) e_t e_s u_t u_s', where the rows u_i (and the leverages h_i)
 * come from the fit's own factorization: double-double for small and for ill-conditioned designs, the thin Q
 * and R of the Householder QR otherwise; the sums are compensated (TwoSum), in O(n·k·L + n·k²) operations. On a
 * design with cond(X) = 1e8 every standard error keeps at least 14 digits (RobustCovarianceExactTest).
 */
public final class CovarianceEstimator {

    /** The estimator families. */
    public enum Type {
        /** σ²(X'X)^{-1}. */
        CLASSICAL,
        /** White's heteroskedasticity-consistent estimator. */
        HC0,
        /** HC0 times n/(n − k). */
        HC1,
        /** Leverage-adjusted e²/(1 − h). */
        HC2,
        /** Jackknife-like e²/(1 − h)². */
        HC3,
        /** Newey–West heteroskedasticity and autocorrelation consistent, Bartlett kernel. */
        NEWEY_WEST
    }

    private final Type type;
    /** Newey–West lag L, or −1 for the automatic rule. */
    private final int lag;
    private final boolean smallSampleCorrection;

    private CovarianceEstimator(final Type type, final int lag, final boolean smallSampleCorrection) {
        this.type = type;
        this.lag = lag;
        this.smallSampleCorrection = smallSampleCorrection;
    }

    /** @return the classical estimator σ²(X'X)^{-1} */
    public static CovarianceEstimator classical() {
        return new CovarianceEstimator(Type.CLASSICAL, 0, false);
    }

    /**
     * @param type one of HC0, HC1, HC2, HC3
     * @return that heteroskedasticity-consistent estimator
     * @throws IllegalArgumentException for another type
     */
    public static CovarianceEstimator heteroskedasticityConsistent(final Type type) {
        if (type == Type.CLASSICAL || type == Type.NEWEY_WEST) {
            throw new IllegalArgumentException(type + " is not an HC0-HC3 estimator.");
        }
        return new CovarianceEstimator(type, 0, false);
    }

    /**
     * @param lag truncation lag L &ge; 0 (Bartlett weights 1 − l/(L + 1))
     * @param smallSampleCorrection whether to multiply by n/(n − k)
     * @return the Newey–West estimator
     * @throws IllegalArgumentException when lag &lt; 0
     */
    public static CovarianceEstimator neweyWest(final int lag, final boolean smallSampleCorrection) {
        if (lag < 0) {
            throw new IllegalArgumentException("The Newey-West lag must be 0 or more, got " + lag + ".");
        }
        return new CovarianceEstimator(Type.NEWEY_WEST, lag, smallSampleCorrection);
    }

    /**
     * Newey–West with the lag chosen from the sample size by {@link #defaultNeweyWestLag(int)}.
     *
     * @param smallSampleCorrection whether to multiply by n/(n − k)
     */
    public static CovarianceEstimator neweyWestAutomaticLag(final boolean smallSampleCorrection) {
        return new CovarianceEstimator(Type.NEWEY_WEST, -1, smallSampleCorrection);
    }

    /**
     * The rule of thumb floor(4·(n/100)^{2/9}) (Newey and West 1994; Stata's and many textbooks' default).
     *
     * @param n observations
     * @return the truncation lag
     */
    public static int defaultNeweyWestLag(final int n) {
        return (int)Math.floor(4.0 * Math.pow(n / 100.0, 2.0 / 9.0));
    }

    /** @return the estimator family */
    public Type type() {
        return type;
    }

    /**
     * @param n observations of the regression
     * @return the Newey–West lag used for n observations (0 for other types)
     */
    public int lag(final int n) {
        if (type != Type.NEWEY_WEST) {
            return 0;
        }
        return lag >= 0 ? lag : defaultNeweyWestLag(n);
    }

    /** @return whether the n/(n − k) factor is applied (always for HC1, never for HC0, HC2, HC3) */
    public boolean smallSampleCorrection() {
        return type == Type.HC1 || (type == Type.NEWEY_WEST && smallSampleCorrection);
    }

    /**
     * @param n observations of the regression
     * @return a plain-words description for result tables, e.g. "Newey-West (Bartlett, lag 2, no small-sample
     *         correction)"
     */
    public String describe(final int n) {
        switch (type) {
            case CLASSICAL:
                return "classical OLS";
            case NEWEY_WEST:
                return "Newey-West HAC (Bartlett kernel, lag " + lag(n) + (lag < 0 ? " = floor(4(n/100)^(2/9))" : "")
                    + ", " + (smallSampleCorrection ? "with" : "no") + " small-sample correction n/(n-k))";
            default:
                return type + " heteroskedasticity-consistent";
        }
    }

    /**
     * Estimates the covariance of the coefficients of a fit.
     *
     * @param fit an OLS fit
     * @return k x k covariance in coefficient order
     * @throws IllegalArgumentException for HC2/HC3 when an observation has leverage 1 (its residual is 0 by
     *         construction, so the estimator is undefined); the message names the observation
     */
    public double[][] covariance(final OlsFit fit) {
        OptionChecks.notNull(fit, "the fit");
        return OlsFit.unscaleCovariance(scaledCovariance(fit), fit.coefficientExponents());
    }

    /**
     * The covariance of the fit's scaled problem (data scaled by powers of two, see {@link Equilibration}):
     * entry (p, q) times 2^(e_p + e_q), e = {@code fit.coefficientExponents()}, is the covariance.
     */
    double[][] scaledCovariance(final OlsFit fit) {
        OptionChecks.notNull(fit, "the fit");
        if (type == Type.CLASSICAL) {
            return fit.scaledCovariance();
        }
        double[] e = fit.scaledResiduals();
        int n = e.length;
        int k = fit.coefficientCount();
        if (type == Type.NEWEY_WEST) {
            OptionChecks.count("the Newey-West lag", lag(n), 0, n - 1L,
                "with n = " + n + " observations (autocovariances exist up to lag n - 1)");
        }
        // V = Σ_t Σ_s K(t, s) e_t e_s u_t u_s' with u_t = (X'X)^{-1} x_t, the sandwich A·S·A multiplied out. The
        // rows u_t come from the fit's own factorization (double-double or QR), so no rounded (X'X)^{-1} is ever
        // multiplied by the meat, which would lose cond(X)² of precision.
        Influence inf = fit.influence();
        double[][] u = inf.u();
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = e[i] * e[i];
        }
        if (type == Type.HC2 || type == Type.HC3) {
            for (int i = 0; i < n; i++) {
                double h = inf.leverage()[i];
                if (1.0 - h <= 1e-12) {
                    throw new IllegalArgumentException("Observation " + (i + 1) + " of the estimation sample has"
                        + " leverage 1 (it alone determines a coefficient), so " + type + " is undefined. Use HC0 or"
                        + " HC1.");
                }
                w[i] /= type == Type.HC2 ? 1.0 - h : (1.0 - h) * (1.0 - h);
            }
        }
        int lags = type == Type.NEWEY_WEST ? lag(n) : 0;
        double factor = smallSampleCorrection() ? n / (double)(n - k) : 1.0;
        double[] kernel = new double[lags + 1];
        for (int l = 1; l <= lags; l++) {
            kernel[l] = 1.0 - l / (lags + 1.0);
        }
        // With z_t = e_t u_t and s_t = Σ_{l=1..L} w_l z_{t-l}, the sum is Σ_t w_t u_t u_t' + z_t s_t' + s_t z_t':
        // O(n·k·L) for the s_t and O(n·k²) for the products, each (p, q) summed with a compensated (TwoSum) error
        // term in primitives, so that no object is allocated per product.
        double[] hi = new double[k * k];
        double[] lo = new double[k * k];
        double[] z = new double[k];
        double[] s = new double[k];
        for (int t = 0; t < n; t++) {
            for (int p = 0; p < k; p++) {
                z[p] = e[t] * u[p][t];
                double sp = 0.0;
                for (int l = 1; l <= lags && l <= t; l++) {
                    sp += kernel[l] * e[t - l] * u[p][t - l];
                }
                s[p] = sp;
            }
            for (int p = 0; p < k; p++) {
                double wp = w[t] * u[p][t];
                for (int q = p; q < k; q++) {
                    double a = wp * u[q][t] + z[p] * s[q] + s[p] * z[q];
                    int at = p * k + q;
                    double sum = hi[at] + a;
                    double b = sum - hi[at];
                    lo[at] += (hi[at] - (sum - b)) + (a - b);
                    hi[at] = sum;
                }
            }
        }
        double[][] v = new double[k][k];
        for (int p = 0; p < k; p++) {
            for (int q = p; q < k; q++) {
                v[p][q] = (hi[p * k + q] + lo[p * k + q]) * factor;
                v[q][p] = v[p][q];
            }
        }
        return v;
    }

    /**
     * Long-run variance of a series by the Bartlett kernel: ω² = γ_0 + 2Σ_{l=1..L}(1 − l/(L + 1))γ_l with
     * γ_l = (1/n)Σ_{t&gt;l} u_t u_{t−l} (no demeaning: meant for OLS residuals).
     *
     * @param u series (residuals), length n &ge; 1
     * @param lag truncation lag L &ge; 0
     * @return ω²
     */
    public static double longRunVariance(final double[] u, final int lag) {
        int n = u.length;
        double omega = 0.0;
        for (int l = 0; l <= lag && l < n; l++) {
            double g = 0.0;
            for (int t = l; t < n; t++) {
                g += u[t] * u[t - l];
            }
            g /= n;
            omega += l == 0 ? g : 2.0 * (1.0 - l / (lag + 1.0)) * g;
        }
        return omega;
    }
}
