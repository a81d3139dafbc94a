package org.tradeecon.knime.engine.unitroot;

import org.tradeecon.knime.engine.linalg.HouseholderQr;

/**
 * The least-squares coefficient, its t statistic and the residual sum of squares of the LAST column of a design,
 * from one Householder QR (no covariance matrix, no design copies beyond the factor): what the Zivot–Andrews date
 * search and the MAIC lag search need for many regressions. b = (Q'y)_p / r_pp and t = sign(b)·|(Q'y)_p| / s.
 *
 * @param coefficient the last column's coefficient
 * @param tStatistic its t statistic with s² = SSR / (N − rank)
 * @param residualSumOfSquares the regression's SSR
 */
record LastColumnFit(double coefficient, double tStatistic, double residualSumOfSquares) {

    /**
     * @param cols design columns, the one of interest last
     * @param response the response
     * @param what what the last column is, for the message, e.g. "y(t-1) of series 'x'"
     * @return the fit
     * @throws IllegalArgumentException when the last column is a linear combination of the others
     */
    static LastColumnFit of(final double[][] cols, final double[] response, final String what) {
        return of(cols, response, what, 0);
    }

    /**
     * As {@link #of(double[][], double[], String)} for a regression whose other regressors were partialled out of
     * {@code cols} and {@code response} beforehand (Frisch–Waugh–Lovell): they count in the degrees of freedom.
     *
     * @param partialledOut the number of regressors partialled out
     */
    static LastColumnFit of(final double[][] cols, final double[] response, final String what,
        final int partialledOut) {
        HouseholderQr qr = new HouseholderQr(cols);
        if (qr.isAliased(cols.length - 1)) {
            throw new IllegalArgumentException(what + " is a linear combination of the other regressors, so its"
                + " coefficient is undefined.");
        }
        double[] qty = qr.rotate(response);
        double ssr = qr.prefixResidualSumsOfSquaresRotated(qty)[cols.length];
        double[] b = qr.solveRotated(qty);
        int p = qr.rank();
        double s = Math.sqrt(ssr / (response.length - p - partialledOut));
        return new LastColumnFit(b[p - 1], Math.copySign(Math.abs(qty[p - 1]), b[p - 1]) / s, ssr);
    }
}
