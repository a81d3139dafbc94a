package org.tradeecon.knime.engine.cointegration;

import java.util.ArrayList;
import java.util.List;

/**
 * The design of the unrestricted error-correction regression of ARDL(p, q_1..q_k) on the rows t = start..n−1
 * (0-based), in statsmodels' {@code UECM} column order:
 * [constant] [trend], y(t−1), x_1(t−1)..x_k(t−1), Δy(t−1)..Δy(t−p+1), Δx_1(t)..Δx_1(t−q_1+1), ..., Δx_k(..).
 * The response is Δy(t). The trend is the observation number 1..n of the whole (trimmed) sample, as statsmodels.
 */
final class UecmDesign {

    final double[] response;
    final double[][] columns;
    final List<String> names;
    /** Index of y(t−1): the error-correction coefficient; the k regressor levels follow it. */
    final int levelIndex;

    private UecmDesign(final double[] response, final double[][] columns, final List<String> names,
        final int levelIndex) {
        this.response = response;
        this.columns = columns;
        this.names = names;
        this.levelIndex = levelIndex;
    }

    /**
     * @param y the dependent variable
     * @param x the regressors
     * @param yName name of y
     * @param xNames names of the regressors
     * @param p lags of y in the ARDL (&ge; 1)
     * @param q lags of each regressor in the ARDL (&ge; 1)
     * @param terms 0, 1 (constant) or 2 (constant and trend)
     * @param start first row used; at least max(p, q)
     * @return the design
     */
    static UecmDesign build(final double[] y, final double[][] x, final String yName, final List<String> xNames,
        final int p, final int[] q, final int terms, final int start) {
        int n = y.length;
        int rows = n - start;
        List<double[]> cols = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (terms >= 1) {
            cols.add(fill(rows, t -> 1.0));
            names.add("constant");
        }
        if (terms >= 2) {
            cols.add(fill(rows, t -> start + t + 1.0));
            names.add("trend");
        }
        cols.add(fill(rows, t -> y[start + t - 1]));
        names.add(yName + "(t-1)");
        for (int j = 0; j < x.length; j++) {
            double[] xj = x[j];
            cols.add(fill(rows, t -> xj[start + t - 1]));
            names.add(xNames.get(j) + "(t-1)");
        }
        for (int i = 1; i < p; i++) {
            cols.add(difference(y, start - i, rows));
            names.add("d." + yName + "(t-" + i + ")");
        }
        for (int j = 0; j < x.length; j++) {
            for (int i = 0; i < q[j]; i++) {
                cols.add(difference(x[j], start - i, rows));
                names.add("d." + xNames.get(j) + (i == 0 ? "(t)" : "(t-" + i + ")"));
            }
        }
        return new UecmDesign(difference(y, start, rows), cols.toArray(new double[0][]), List.copyOf(names), terms);
    }

    /** @return Δv at rows from..from+rows−1 */
    private static double[] difference(final double[] v, final int from, final int rows) {
        double[] d = new double[rows];
        for (int t = 0; t < rows; t++) {
            d[t] = v[from + t] - v[from + t - 1];
        }
        return d;
    }

    private static double[] fill(final int rows, final java.util.function.IntToDoubleFunction f) {
        double[] c = new double[rows];
        for (int t = 0; t < rows; t++) {
            c[t] = f.applyAsDouble(t);
        }
        return c;
    }
}
