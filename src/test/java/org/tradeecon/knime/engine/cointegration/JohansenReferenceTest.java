package org.tradeecon.knime.engine.cointegration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tradeecon.knime.testsupport.ReferenceCsv;

/**
 * The Johansen estimates (eigenvalues, trace and maximum-eigenvalue statistics, cointegrating vectors, loadings)
 * against R urca 1.3.3 {@code ca.jo} (urca_cajo.csv, cases 2, 3, 4) and statsmodels 0.13.5 {@code coint_johansen}
 * (statsmodels_johansen.csv, cases 1 and 3), and the lag search against statsmodels' VECM {@code select_order}
 * (statsmodels_select_order.csv); all made by the scripts in src/test/resources/reference/johansen/ on urca's
 * Denmark data and the synthetic systems coint3 and nocoint3. Tolerances: 1e-8 relative for every number
 * (vectors and loadings with an absolute floor of 1e-8 times the column's largest entry, for entries near zero);
 * statsmodels' eigenvectors are compared after normalising them on the first variable as we do.
 */
class JohansenReferenceTest {

    private static final String DIR = "/reference/johansen/";
    private static final double REL = 1e-8;

    /** The reference rows grouped by their first three columns (data set, case, lags). */
    private static Map<String, List<Map<String, String>>> groups(final String file, final String a, final String b,
        final String c) {
        Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
        for (Map<String, String> r : ReferenceCsv.rows(DIR + file)) {
            out.computeIfAbsent(r.get(a) + "," + r.get(b) + "," + r.get(c), x -> new ArrayList<>()).add(r);
        }
        return out;
    }

    private static double[][] data(final String set) {
        List<String> names = set.equals("denmark") ? List.of("LRM", "LRY", "LPY", "IBO")
            : new ArrayList<>(CointegrationReference.system(set).keySet());
        return CointegrationReference.columns(set, names);
    }

    private static JohansenCase urcaCase(final String ecdet) {
        switch (ecdet) {
            case "none":
                return JohansenCase.UNRESTRICTED_CONSTANT;
            case "const":
                return JohansenCase.RESTRICTED_CONSTANT;
            default:
                return JohansenCase.RESTRICTED_TREND;
        }
    }

    private static double columnScale(final double[][] m, final int column) {
        double s = 0;
        for (double[] row : m) {
            s = Math.max(s, Math.abs(row[column]));
        }
        return s;
    }

    private static void checkMatrix(final double expected, final double[][] m, final Map<String, String> r,
        final String what) {
        int i = Integer.parseInt(r.get("i"));
        int j = Integer.parseInt(r.get("j"));
        CointegrationReference.close(expected, m[i][j], REL, columnScale(m, j), what + "[" + i
            + "," + j + "]");
    }

    private static void checkStatistic(final JohansenEstimate e, final Map<String, String> r, final double expected,
        final String what) {
        int i = Integer.parseInt(r.get("i"));
        switch (r.get("quantity")) {
            case "trace":
                CointegrationReference.close(expected, e.trace(i), REL, 0, what + " trace r0=" + i);
                break;
            case "maxeig":
                CointegrationReference.close(expected, e.maxEigen(i), REL, 0, what + " max r0=" + i);
                break;
            case "eigenvalue":
                CointegrationReference.close(expected, e.eigenvalues[i], REL, 0, what + " eigenvalue " + i);
                break;
            default:
                throw new AssertionError("unknown quantity " + r.get("quantity"));
        }
    }

    /** 3 data sets x ecdet none/const/trend x K = 2, 3: everything ca.jo reports. */
    @Test
    void matchesUrcaCaJo() {
        int checked = 0;
        for (var g : groups("urca_cajo.csv", "dataset", "ecdet", "K").entrySet()) {
            List<Map<String, String>> rows = g.getValue();
            Map<String, String> first = rows.get(0);
            int p = Integer.parseInt(first.get("K")) - 1;
            JohansenEstimate e = JohansenEstimate.of(data(first.get("dataset")), p, urcaCase(first.get("ecdet")),
                true);
            for (Map<String, String> r : rows) {
                double expected = Double.parseDouble(r.get("value"));
                switch (r.get("quantity")) {
                    case "beta":
                        checkMatrix(expected, e.beta, r, g.getKey() + " beta");
                        break;
                    case "alpha":
                        checkMatrix(expected, e.alpha, r, g.getKey() + " alpha");
                        break;
                    default:
                        checkStatistic(e, r, expected, g.getKey());
                }
                checked++;
            }
        }
        assertEquals(628, checked);
    }

    /** 3 data sets x det_order -1, 0 x k_ar_diff 1, 2. */
    @Test
    void matchesStatsmodelsCointJohansen() {
        int checked = 0;
        for (var g : groups("statsmodels_johansen.csv", "dataset", "det_order", "k_ar_diff").entrySet()) {
            List<Map<String, String>> rows = g.getValue();
            Map<String, String> first = rows.get(0);
            JohansenCase terms = first.get("det_order").equals("-1") ? JohansenCase.NO_CONSTANT
                : JohansenCase.UNRESTRICTED_CONSTANT;
            JohansenEstimate e = JohansenEstimate.of(data(first.get("dataset")),
                Integer.parseInt(first.get("k_ar_diff")), terms, true);
            int k = e.eigenvalues.length;
            double[][] evec = new double[k][k];
            for (Map<String, String> r : rows) {
                double expected = Double.parseDouble(r.get("value"));
                if (r.get("quantity").equals("evec")) {
                    evec[Integer.parseInt(r.get("i"))][Integer.parseInt(r.get("j"))] = expected;
                } else {
                    checkStatistic(e, r, expected, g.getKey());
                    checked++;
                }
            }
            for (int j = 0; j < k; j++) {
                double scale = columnScale(e.beta, j);
                for (int i = 0; i < k; i++) {
                    CointegrationReference.close(evec[i][j] / evec[0][j], e.beta[i][j], REL, scale,
                        g.getKey() + " evec[" + i + "," + j + "]");
                    checked++;
                }
            }
        }
        assertEquals(256, checked);
    }

    /**
     * All five cases (1 and 2 lagged differences) against gretl 2022c (gretl_johansen.csv): the trace statistic of
     * rank r0 is 2 (ll(k) − ll(r0)) and the maximum-eigenvalue statistic 2 (ll(r0 + 1) − ll(r0)), with ll gretl's
     * VECM (and, for rank 0, VAR in differences) log-likelihoods. Tolerance 1e-8 relative to the statistic, with an
     * absolute floor of 1e-8 times the rank-0 trace (the differences of log-likelihoods near 600 lose about 14 digits
     * to a few).
     */
    @Test
    void matchesGretlLogLikelihoodsInAllFiveCases() {
        int checked = 0;
        for (var g : groups("gretl_johansen.csv", "dataset", "case", "lags").entrySet()) {
            List<Map<String, String>> rows = g.getValue();
            Map<String, String> first = rows.get(0);
            JohansenCase terms = JohansenCase.values()[Integer.parseInt(first.get("case")) - 1];
            JohansenEstimate e = JohansenEstimate.of(data(first.get("dataset")), Integer.parseInt(first.get("lags")),
                terms, false);
            int k = e.eigenvalues.length;
            double[] ll = new double[k + 1];
            for (Map<String, String> r : rows) {
                ll[Integer.parseInt(r.get("rank"))] = Double.parseDouble(r.get("loglik"));
                assertEquals(e.observations, Integer.parseInt(r.get("T")), g.getKey() + " T");
            }
            double floor = 2 * (ll[k] - ll[0]);
            for (int r0 = 0; r0 < k; r0++) {
                CointegrationReference.close(2 * (ll[k] - ll[r0]), e.trace(r0), REL, floor, g.getKey() + " trace r0="
                    + r0);
                CointegrationReference.close(2 * (ll[r0 + 1] - ll[r0]), e.maxEigen(r0), REL, floor, g.getKey()
                    + " max r0=" + r0);
                checked += 2;
            }
        }
        assertEquals(2 * (4 + 3 + 3) * 5 * 2, checked);
    }

    /**
     * statsmodels' select_order always adds a constant to the VAR ("n" therefore means a constant, our cases 2
     * and 3) and for "colo" adds a constant and a trend (cases 4 and 5); it counts the deterministic columns
     * differently, which shifts every candidate's criterion by the same amount, so the differences from p = 0 and
     * the chosen p are compared.
     */
    @Test
    void lagSearchMatchesStatsmodelsSelectOrder() {
        int checked = 0;
        for (var g : groups("statsmodels_select_order.csv", "dataset", "deterministic", "criterion").entrySet()) {
            List<Map<String, String>> rows = g.getValue();
            Map<String, String> first = rows.get(0);
            String det = first.get("deterministic");
            if (det.equals("co")) {
                continue; // a second constant column: the same fit as "n"
            }
            JohansenCase terms = det.equals("n") ? JohansenCase.UNRESTRICTED_CONSTANT : JohansenCase.RESTRICTED_TREND;
            JohansenOptions.LagOrder rule = JohansenOptions.LagOrder.valueOf(
                first.get("criterion").equals("hqic") ? "HQ" : first.get("criterion").toUpperCase(java.util.Locale.ROOT));
            JohansenResult.Fields f = new JohansenResult.Fields();
            int chosen = Johansen.searchLags(data(first.get("dataset")),
                Integer.parseInt(first.get("maxlags")), terms, rule, f);
            assertEquals(Integer.parseInt(first.get("selected")), chosen, g.getKey() + " chosen p");
            double base = Double.parseDouble(rows.get(0).get("value"));
            for (Map<String, String> r : rows) {
                int p = Integer.parseInt(r.get("p"));
                JohansenResult.Candidate c = f.candidates.get(p);
                double ours = rule == JohansenOptions.LagOrder.AIC ? c.aic() : rule == JohansenOptions.LagOrder.BIC
                    ? c.bic() : c.hq();
                double first0 = rule == JohansenOptions.LagOrder.AIC ? f.candidates.get(0).aic()
                    : rule == JohansenOptions.LagOrder.BIC ? f.candidates.get(0).bic() : f.candidates.get(0).hq();
                CointegrationReference.close(Double.parseDouble(r.get("value")) - base, ours - first0, REL, 1e-6,
                    g.getKey() + " p=" + p);
                checked++;
            }
        }
        assertTrue(checked == 90, "checked " + checked);
    }
}
