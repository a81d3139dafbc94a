package org.tradeecon.knime.engine.linalg;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * The condition number of a design with its columns scaled to unit length (so that units do not matter):
 * with D = diag(||x_j||) and C = D^{-1}X'XD^{-1}, cond = sqrt(λmax(C)·λmax(C^{-1})), where C^{-1} = D(X'X)^{-1}D
 * is taken from the fit's own inverse rather than by inverting C, so that both largest eigenvalues are well
 * determined in double precision. The columns involved in the near-collinearity are those with a large weight
 * (at least a tenth of the largest) in the eigenvector of λmax(C^{-1}), the direction the design nearly
 * annihilates.
 *
 * @param value the condition number (1 for orthogonal columns)
 * @param involved positions of the columns involved in the smallest singular direction
 */
public record Condition(double value, int[] involved) {

    /**
     * @param columns the kept design columns
     * @param inverse (X'X)^{-1} of those columns, from the fit's own factorization
     * @return the scaled condition number and the columns of the nearly annihilated direction
     */
    public static Condition scaled(final double[][] columns, final double[][] inverse) {
        int k = columns.length;
        if (k == 0) {
            return new Condition(Double.NaN, new int[0]);
        }
        double[] norm = new double[k];
        for (int p = 0; p < k; p++) {
            norm[p] = EuclideanNorm.of(columns[p]);
        }
        double[][] c = new double[k][k];
        double[][] ci = new double[k][k];
        for (int p = 0; p < k; p++) {
            for (int q = p; q < k; q++) {
                double s = 0.0;
                for (int i = 0; i < columns[p].length; i++) {
                    s += (columns[p][i] / norm[p]) * (columns[q][i] / norm[q]);
                }
                c[p][q] = s;
                c[q][p] = s;
                ci[p][q] = inverse[p][q] * norm[p] * norm[q];
                ci[q][p] = ci[p][q];
            }
        }
        if (k == 1) {
            return new Condition(1.0, new int[0]);
        }
        double lmax = largest(new EigenDecomposition(new Array2DRowRealMatrix(c, false)), null);
        EigenDecomposition inv = new EigenDecomposition(new Array2DRowRealMatrix(ci, false));
        int[] at = new int[1];
        double lmaxInv = largest(inv, at);
        RealVector v = inv.getEigenvector(at[0]);
        double vmax = v.getLInfNorm();
        List<Integer> involved = new ArrayList<>();
        for (int p = 0; p < k; p++) {
            if (Math.abs(v.getEntry(p)) >= 0.1 * vmax) {
                involved.add(p);
            }
        }
        return new Condition(Math.sqrt(lmax * lmaxInv), involved.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * trace(C^{-1}) = ||R^{-1}||_F² of a matrix C = R'R with unit diagonal, from its Cholesky factor R: an upper
     * bound of 1/λmin(C) (and, since λmax(C) &le; trace(C) = k, cond(C) &le; k·trace(C^{-1})) that costs O(k³)
     * instead of an eigendecomposition, for deciding whether cross products may be trusted in double precision.
     *
     * @param r the upper-triangular factor, row-major k × k (entry (i, j) at i·k + j; the lower part is ignored)
     * @param k its order
     * @return ||R^{-1}||_F², +∞ when a diagonal entry is 0
     */
    public static double inverseTrace(final double[] r, final int k) {
        double sum = 0.0;
        double[] x = new double[k];
        for (int j = 0; j < k; j++) { // column j of R^{-1}: R x = e_j by back substitution, x_i = 0 for i > j
            for (int i = j; i >= 0; i--) {
                double s = i == j ? 1.0 : 0.0;
                for (int c = i + 1; c <= j; c++) {
                    s -= r[i * k + c] * x[c];
                }
                x[i] = s / r[i * k + i];
                sum += x[i] * x[i];
            }
        }
        return sum;
    }

    private static double largest(final EigenDecomposition e, final int[] at) {
        double[] ev = e.getRealEigenvalues();
        int best = 0;
        for (int i = 1; i < ev.length; i++) {
            if (ev[i] > ev[best]) {
                best = i;
            }
        }
        if (at != null) {
            at[0] = best;
        }
        return ev[best];
    }
}
