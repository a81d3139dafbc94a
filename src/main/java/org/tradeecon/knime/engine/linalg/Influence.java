package org.tradeecon.knime.engine.linalg;

/**
 * The rows of the influence matrix of a least-squares fit and the leverages, as the robust covariances need them.
 *
 * @param u u[p][i] = ((X'X)^{-1} x_i)_p, column-major like the design
 * @param leverage h_i = x_i'(X'X)^{-1} x_i
 */
public record Influence(double[][] u, double[] leverage) {
}
