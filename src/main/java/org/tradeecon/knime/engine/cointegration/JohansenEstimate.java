package org.tradeecon.knime.engine.cointegration;

import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * The reduced-rank regression of one VECM (Johansen 1988; 1995, ch. 6): ΔX_t (Z0) and the levels X_{t-1} with a
 * restricted term (Z1) are both regressed on the lagged differences and the unrestricted terms (Z2); with the
 * residual moments S_ij = R_i'R_j / T the eigenvalues λ solve |λS11 − S10 S00⁻¹ S01| = 0. They are computed as the
 * squared singular values of L0⁻¹ S01 L1⁻ᵀ (L the Cholesky factors), which is symmetric in the two sides and
 * avoids forming a non-symmetric product; the eigenvector of λ_i is β_i = L1⁻ᵀ v_i.
 */
final class JohansenEstimate {

    /** Eigenvalues, largest first (k of them). */
    final double[] eigenvalues;
    /** Cointegrating vectors as columns (k rows, plus one for a restricted term), each normalised on variable 1. */
    final double[][] beta;
    /** Loadings α_j = S01 β_j / (β_j' S11 β_j), the columns matching {@link #beta} (k rows). */
    final double[][] alpha;
    /** T, the observations of the VECM. */
    final int observations;

    private JohansenEstimate(final double[] eigenvalues, final double[][] beta, final double[][] alpha,
        final int observations) {
        this.eigenvalues = eigenvalues;
        this.beta = beta;
        this.alpha = alpha;
        this.observations = observations;
    }

    /** @return the columns of Z2 (lagged differences and unrestricted terms) for k series and p lags */
    static int shortRunColumns(final int k, final int p, final JohansenCase terms) {
        return k * p + (terms.unrestrictedConstant() ? 1 : 0) + (terms.unrestrictedTrend() ? 1 : 0);
    }

    /**
     * @param levels the series, series by series, all of length n (finite)
     * @param p the lagged differences
     * @param terms the deterministic case
     * @param vectors whether to compute β and α (the simulation needs the eigenvalues only)
     * @return the estimate on the T = n − p − 1 observations t = p + 1, ..., n − 1 (0-based)
     * @throws IllegalArgumentException when the regressors are collinear or a residual moment matrix is singular
     */
    static JohansenEstimate of(final double[][] levels, final int p, final JohansenCase terms,
        final boolean vectors) {
        int k = levels.length;
        int n = levels[0].length;
        int t0 = p + 1;
        int rows = n - t0;
        int k1 = k + (terms.hasRestrictedTerm() ? 1 : 0);
        int m2 = shortRunColumns(k, p, terms);
        double[][] z0 = new double[rows][k];
        double[][] z1 = new double[rows][k1];
        double[][] z2 = new double[rows][m2];
        for (int r = 0; r < rows; r++) {
            int t = t0 + r;
            for (int j = 0; j < k; j++) {
                z0[r][j] = levels[j][t] - levels[j][t - 1];
                z1[r][j] = levels[j][t - 1];
                for (int l = 1; l <= p; l++) {
                    z2[r][(l - 1) * k + j] = levels[j][t - l] - levels[j][t - l - 1];
                }
            }
            // the trend is the observation number t (1-based); its origin is absorbed by the unrestricted constant
            if (terms.hasRestrictedTerm()) {
                z1[r][k] = terms.restrictedTrend() ? t + 1.0 : 1.0;
            }
            int c = k * p;
            if (terms.unrestrictedConstant()) {
                z2[r][c++] = 1.0;
            }
            if (terms.unrestrictedTrend()) {
                z2[r][c] = t + 1.0;
            }
        }
        RealMatrix r0 = MatrixUtils.createRealMatrix(z0);
        RealMatrix r1 = MatrixUtils.createRealMatrix(z1);
        if (m2 > 0) {
            RealMatrix x = MatrixUtils.createRealMatrix(z2);
            try {
                // one solve for both sides: the residuals of [Z0 Z1] on Z2
                RealMatrix both = MatrixUtils.createRealMatrix(rows, k + k1);
                both.setSubMatrix(z0, 0, 0);
                both.setSubMatrix(z1, 0, k);
                both = both.subtract(x.multiply(new QRDecomposition(x, 0.0).getSolver().solve(both)));
                r0 = both.getSubMatrix(0, rows - 1, 0, k - 1);
                r1 = both.getSubMatrix(0, rows - 1, k, k + k1 - 1);
            } catch (SingularMatrixException e) {
                throw new IllegalArgumentException("Johansen test: the lagged differences and deterministic terms"
                    + " are collinear (" + m2 + " columns, " + rows + " observations); use fewer lags.", e);
            }
        }
        double scale = 1.0 / rows;
        RealMatrix s00 = r0.transpose().multiply(r0).scalarMultiply(scale);
        RealMatrix s11 = r1.transpose().multiply(r1).scalarMultiply(scale);
        RealMatrix s01 = r0.transpose().multiply(r1).scalarMultiply(scale);
        RealMatrix l0 = cholesky(s00, "the differences");
        RealMatrix l1 = cholesky(s11, "the lagged levels");
        RealMatrix l0inv = MatrixUtils.inverse(l0);
        RealMatrix l1invT = MatrixUtils.inverse(l1).transpose();
        SingularValueDecomposition svd = new SingularValueDecomposition(l0inv.multiply(s01).multiply(l1invT));
        double[] sigma = svd.getSingularValues();
        double[] lambda = new double[k];
        for (int i = 0; i < k; i++) {
            lambda[i] = sigma[i] * sigma[i];
        }
        if (!vectors) {
            return new JohansenEstimate(lambda, null, null, rows);
        }
        RealMatrix b = l1invT.multiply(svd.getV());
        double[][] beta = new double[k1][k];
        double[][] alpha = new double[k][k];
        for (int i = 0; i < k; i++) {
            RealMatrix bi = b.getColumnMatrix(i);
            bi = bi.scalarMultiply(1.0 / bi.getEntry(0, 0));
            double quad = bi.transpose().multiply(s11).multiply(bi).getEntry(0, 0);
            RealMatrix ai = s01.multiply(bi).scalarMultiply(1.0 / quad);
            for (int j = 0; j < k1; j++) {
                beta[j][i] = bi.getEntry(j, 0);
            }
            beta[0][i] = 1.0; // exactly, not b/b rounded
            for (int j = 0; j < k; j++) {
                alpha[j][i] = ai.getEntry(j, 0);
            }
        }
        return new JohansenEstimate(lambda, beta, alpha, rows);
    }

    private static RealMatrix cholesky(final RealMatrix s, final String what) {
        try {
            return new CholeskyDecomposition(s, 1e-14, 1e-14).getL();
        } catch (NonPositiveDefiniteMatrixException e) {
            throw new IllegalArgumentException("Johansen test: the residual moment matrix of " + what + " is"
                + " singular; a series is a linear combination of the others (collinear) or of the deterministic"
                + " terms. Remove it or change the deterministic terms.", e);
        }
    }

    /** @return −T Σ_{i ≥ r0} ln(1 − λ_i), the trace statistic of H0: rank ≤ r0 */
    double trace(final int r0) {
        double s = 0;
        for (int i = r0; i < eigenvalues.length; i++) {
            s += Math.log1p(-eigenvalues[i]);
        }
        return -observations * s;
    }

    /** @return −T ln(1 − λ_{r0+1}), the maximum-eigenvalue statistic of H0: rank = r0 against r0 + 1 */
    double maxEigen(final int r0) {
        return -observations * Math.log1p(-eigenvalues[r0]);
    }
}
