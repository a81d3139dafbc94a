package org.tradeecon.knime.engine.cointegration;

import java.util.ArrayList;
import java.util.List;

import org.tradeecon.knime.engine.linalg.Equilibration;
import org.tradeecon.knime.engine.regression.OlsFit;

/**
 * The grid search of ARDL orders: every p = 1..maxP and q_j = 1..maxQ, all fitted on the common sample of the
 * largest orders (rows max(maxP, maxQ)..n−1) so that their criteria are comparable, as statsmodels'
 * {@code ardl_select_order}. Each candidate is a subset of the columns of the largest error-correction design
 * (the same fit as the ARDL in levels, better conditioned), so the cross products are formed once and each
 * candidate costs one small Cholesky factorization. When a pivot shows that the cross products have lost too
 * many digits (or the fit is near exact), the candidates are fitted by {@link OlsFit} (Householder QR) instead.
 *
 * <p>Criteria as statsmodels' ARDL results: AIC = −2ℓ + 2·(r + 1), BIC = −2ℓ + ln(N)·(r + 1), with
 * ℓ = −N/2·(ln 2π + ln(SSR/N) + 1), r the number of coefficients and N the common sample size.
 */
final class ArdlOrderSearch {

    /** A pivot below this share of its diagonal means the cross products keep too few digits. */
    private static final double PIVOT_RATIO = 1e-10;
    /** An SSR below this share of Σ(Δy)² is near an exact fit, where y'y − b'X'y cancels. */
    private static final double CANCELLATION_RATIO = 1e-8;

    final List<ArdlResult.Candidate> candidates = new ArrayList<>();
    final int rows;
    boolean usedQr;

    private final double[][] xtx;
    private final double[] xty;
    private final double yty;
    private final int yExp;
    private final UecmDesign design;

    private ArdlOrderSearch(final UecmDesign design) {
        this.design = design;
        double[] y = design.response;
        rows = y.length;
        int m = design.columns.length;
        yExp = Equilibration.exponent(y);
        double[] ys = Equilibration.scale(y, yExp);
        double[][] xs = new double[m][];
        for (int j = 0; j < m; j++) {
            xs[j] = Equilibration.scale(design.columns[j], Equilibration.exponent(design.columns[j]));
        }
        xtx = new double[m][m];
        xty = new double[m];
        double s = 0.0;
        for (int t = 0; t < rows; t++) {
            s += ys[t] * ys[t];
        }
        yty = s;
        for (int a = 0; a < m; a++) {
            double[] ca = xs[a];
            double sy = 0.0;
            for (int t = 0; t < rows; t++) {
                sy += ca[t] * ys[t];
            }
            xty[a] = sy;
            for (int b = 0; b <= a; b++) {
                double[] cb = xs[b];
                double sab = 0.0;
                for (int t = 0; t < rows; t++) {
                    sab += ca[t] * cb[t];
                }
                xtx[a][b] = sab;
                xtx[b][a] = sab;
            }
        }
    }

    /**
     * Runs the search.
     *
     * @param y dependent variable
     * @param x regressors
     * @param yName its name
     * @param xNames their names
     * @param terms deterministic terms (0..2)
     * @param maxP largest p
     * @param maxQ largest q
     * @return the search with every candidate; {@link #best} is the chosen one
     */
    static ArdlOrderSearch run(final double[] y, final double[][] x, final String yName, final List<String> xNames,
        final int terms, final int maxP, final int maxQ) {
        int k = x.length;
        int[] maxQs = new int[k];
        java.util.Arrays.fill(maxQs, maxQ);
        UecmDesign full = UecmDesign.build(y, x, yName, xNames, maxP, maxQs, terms, Math.max(maxP, maxQ));
        ArdlOrderSearch s = new ArdlOrderSearch(full);
        int[] q = new int[k];
        List<int[]> orders = new ArrayList<>();
        List<int[]> subsets = new ArrayList<>();
        for (int p = 1; p <= maxP; p++) {
            java.util.Arrays.fill(q, 1);
            while (true) {
                int[] pq = new int[k + 1];
                pq[0] = p;
                System.arraycopy(q, 0, pq, 1, k);
                orders.add(pq);
                subsets.add(subset(p, q, terms, maxP, maxQ));
                int j = k - 1;
                while (j >= 0 && q[j] == maxQ) {
                    q[j] = 1;
                    j--;
                }
                if (j < 0) {
                    break;
                }
                q[j]++;
            }
        }
        double[] ssr = new double[subsets.size()];
        for (int c = 0; c < ssr.length && !s.usedQr; c++) {
            ssr[c] = s.choleskySsr(subsets.get(c));
            s.usedQr = Double.isNaN(ssr[c]);
        }
        for (int c = 0; c < ssr.length; c++) {
            if (s.usedQr) {
                ssr[c] = s.qrSsr(subsets.get(c));
            }
            s.add(orders.get(c), subsets.get(c).length, ssr[c]);
        }
        return s;
    }

    /** @return the indices, in the largest design, of the columns of ARDL(p, q) */
    private static int[] subset(final int p, final int[] q, final int terms, final int maxP, final int maxQ) {
        int k = q.length;
        int[] subset = new int[terms + 1 + k + (p - 1) + sum(q)];
        int n = 0;
        for (int c = 0; c < terms + 1 + k; c++) {
            subset[n++] = c;
        }
        int dy = terms + 1 + k;
        for (int i = 0; i < p - 1; i++) {
            subset[n++] = dy + i;
        }
        for (int j = 0; j < k; j++) {
            int base = dy + (maxP - 1) + j * maxQ;
            for (int i = 0; i < q[j]; i++) {
                subset[n++] = base + i;
            }
        }
        return subset;
    }

    /** Records a candidate from its scaled SSR (the response was scaled by 2^yExp). */
    private void add(final int[] orders, final int coefficients, final double ssr) {
        double nObs = rows;
        double r = coefficients + 1.0;
        double m2ll = nObs * (Math.log(2.0 * Math.PI) + Math.log(ssr / nObs) - 2.0 * yExp * Math.log(2.0) + 1.0);
        candidates.add(new ArdlResult.Candidate(orders[0], java.util.Arrays.copyOfRange(orders, 1, orders.length),
            m2ll + 2.0 * r, m2ll + Math.log(nObs) * r));
    }

    /** @return the scaled SSR of the subset from the cross products, or NaN when they are not accurate enough */
    private double choleskySsr(final int[] subset) {
        int m = subset.length;
        double[][] l = new double[m][m];
        double[] z = new double[m];
        double zz = 0.0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                double v = xtx[subset[i]][subset[j]];
                for (int h = 0; h < j; h++) {
                    v -= l[i][h] * l[j][h];
                }
                if (i == j) {
                    if (!(v > PIVOT_RATIO * xtx[subset[i]][subset[i]])) {
                        return Double.NaN;
                    }
                    l[i][i] = Math.sqrt(v);
                } else {
                    l[i][j] = v / l[j][j];
                }
            }
            double v = xty[subset[i]];
            for (int h = 0; h < i; h++) {
                v -= l[i][h] * z[h];
            }
            z[i] = v / l[i][i];
            zz += z[i] * z[i];
        }
        double ssr = yty - zz;
        return ssr > CANCELLATION_RATIO * yty ? ssr : Double.NaN;
    }

    /** @return the scaled SSR of the subset by Householder QR (OlsFit) */
    private double qrSsr(final int[] subset) {
        double[][] cols = new double[subset.length][];
        String[] names = new String[subset.length];
        for (int i = 0; i < subset.length; i++) {
            cols[i] = design.columns[subset[i]];
            names[i] = design.names.get(subset[i]);
        }
        OlsFit fit = OlsFit.fit(design.response, cols, names, true);
        return Math.scalb(fit.residualSumOfSquares(), 2 * yExp);
    }

    /**
     * @param selection AIC or BIC
     * @return the candidate with the smallest criterion (the first in grid order on a tie)
     */
    ArdlResult.Candidate best(final ArdlOptions.OrderSelection selection) {
        ArdlResult.Candidate best = candidates.get(0);
        for (ArdlResult.Candidate c : candidates) {
            if (c.criterion(selection) < best.criterion(selection)) {
                best = c;
            }
        }
        return best;
    }

    private static int sum(final int[] q) {
        int s = 0;
        for (int v : q) {
            s += v;
        }
        return s;
    }
}
