package org.tradeecon.knime.engine.regression;

import org.tradeecon.knime.engine.linalg.HouseholderQr;

/**
 * Tests for serial correlation in the residuals of an OLS fit whose rows are consecutive periods.
 *
 * <p>Breusch–Godfrey and Durbin's alternative test share one auxiliary regression: the residuals e_t on the
 * model's regressors and e_{t−1..t−q}, where pre-sample lagged residuals are set to 0 and all n observations
 * are kept (Davidson and MacKinnon 1993, p. 358). This is the convention of statsmodels'
 * {@code acorr_breusch_godfrey}, R's {@code lmtest::bgtest} (fill = 0) and Stata's {@code estat bgodfrey} and
 * {@code estat durbinalt} without {@code nomiss0}. As in R, the auxiliary regression uses the model's own
 * regressors (no extra intercept).
 */
public final class SerialCorrelationTests {

    private SerialCorrelationTests() {
    }

    private static String noAutocorrelation(final int q) {
        return q == 1 ? "No first-order autocorrelation in the errors"
            : "No autocorrelation of orders 1 to " + q + " in the errors";
    }

    /**
     * Durbin–Watson d = Σ_{t≥2}(e_t − e_{t−1})² / Σ e_t².
     *
     * @param fit an OLS fit on consecutive periods
     * @return d; NaN (undefined) for a fit that is exact to rounding ({@link OlsFit#exactFitReason()}), whose
     *         residuals are rounding noise
     */
    public static double durbinWatson(final OlsFit fit) {
        if (fit.isExactFit()) {
            return Double.NaN;
        }
        double[] e = fit.scaledResiduals();
        double num = 0.0;
        for (int t = 1; t < e.length; t++) {
            double d = e[t] - e[t - 1];
            num += d * d;
        }
        double ssr = fit.scaledResidualSumOfSquares();
        return ssr == 0.0 ? 2.0 : num / ssr;
    }

    /**
     * Durbin's h for a model containing y_{t−1} as a regressor.
     *
     * @param fit an OLS fit on consecutive periods
     * @param laggedDependentName name of the y_{t−1} coefficient
     * @return h or its undefined state (see {@link DurbinH})
     * @throws IllegalArgumentException when no coefficient has that name
     */
    public static DurbinH durbinH(final OlsFit fit, final String laggedDependentName) {
        return durbinH(fit, laggedDependentName, DurbinHRho.RESIDUAL_SLOPE);
    }

    /**
     * Durbin's h with ρ̂ estimated by {@code rule} (issue 15).
     *
     * @param fit an OLS fit on consecutive periods
     * @param laggedDependentName name of the y_{t−1} coefficient
     * @param rule which estimate of ρ
     * @return h or its undefined state (see {@link DurbinH})
     * @throws IllegalArgumentException when no coefficient has that name
     */
    public static DurbinH durbinH(final OlsFit fit, final String laggedDependentName, final DurbinHRho rule) {
        int j = fit.indexOf(laggedDependentName);
        if (fit.isExactFit()) {
            return DurbinH.undefined("Durbin's h is undefined: " + fit.exactFitReason().get());
        }
        double v = fit.covariance()[j][j];
        double dw = durbinWatson(fit);
        return DurbinH.of(rule.rho(fit.scaledResiduals(), dw), dw, fit.observations(), v);
    }

    /**
     * Breusch–Godfrey LM test of order q: LM = n·(1 − SSR_aux/Σe²) (n times the R² of the auxiliary regression),
     * χ² with q df.
     *
     * @param fit an OLS fit on consecutive periods
     * @param q order, 1 &le; q &lt; n − k
     * @return the LM test
     * @throws IllegalArgumentException when q is out of range
     */
    public static DiagnosticResult breuschGodfrey(final OlsFit fit, final int q) {
        double[] aux = auxiliary(fit, q);
        int n = fit.observations();
        double lm = n * (aux[0] - aux[1]) / aux[0];
        return undefinedIfExact(fit, DiagnosticResult.chiSquared("Breusch-Godfrey LM", noAutocorrelation(q), lm, q));
    }

    /**
     * F form of the Breusch–Godfrey test: F = ((Σe² − SSR_aux)/q)/(SSR_aux/(n − k − q)), with (q, n − k − q) df
     * (statsmodels' fval, R's {@code bgtest(type = "F")}).
     *
     * @see #breuschGodfrey(OlsFit, int)
     */
    public static DiagnosticResult breuschGodfreyF(final OlsFit fit, final int q) {
        double[] aux = auxiliary(fit, q);
        int df2 = fit.residualDegreesOfFreedom() - q;
        double f = (aux[0] - aux[1]) / q / (aux[1] / df2);
        return undefinedIfExact(fit, DiagnosticResult.f("Breusch-Godfrey F", noAutocorrelation(q), f, q, df2));
    }

    /**
     * Durbin's alternative test of order q (valid with lagged dependent variables): the Wald statistic for the
     * q lagged-residual coefficients of the auxiliary regression, χ² = (Σe² − SSR_aux)/(SSR_aux/(n − k − q))
     * with q df (Stata's {@code estat durbinalt}).
     *
     * @param fit an OLS fit on consecutive periods
     * @param q order, 1 &le; q &lt; n − k
     * @return the test
     */
    public static DiagnosticResult durbinAlternative(final OlsFit fit, final int q) {
        double[] aux = auxiliary(fit, q);
        int df2 = fit.residualDegreesOfFreedom() - q;
        double chi2 = (aux[0] - aux[1]) / (aux[1] / df2);
        return undefinedIfExact(fit, DiagnosticResult.chiSquared("Durbin's alternative", noAutocorrelation(q), chi2,
            q));
    }

    private static DiagnosticResult undefinedIfExact(final OlsFit fit, final DiagnosticResult t) {
        return fit.isExactFit() ? t.undefined(t.name() + " is undefined: " + fit.exactFitReason().get()) : t;
    }

    /** @return {Σe², SSR of the auxiliary regression} */
    private static double[] auxiliary(final OlsFit fit, final int q) {
        int n = fit.observations();
        int k = fit.coefficientCount();
        if (q < 1 || q >= n - k) {
            throw new IllegalArgumentException("The serial-correlation test order must be between 1 and "
                + (n - k - 1) + " (n = " + n + " observations, " + k + " coefficients), got " + q + ".");
        }
        double[] e = fit.scaledResiduals();
        double[][] x = fit.keptDesign();
        double[][] design = new double[k + q][];
        System.arraycopy(x, 0, design, 0, k);
        for (int l = 1; l <= q; l++) {
            double[] lagged = new double[n];
            System.arraycopy(e, 0, lagged, l, n - l);
            design[k + l - 1] = lagged;
        }
        double ssrAux = new HouseholderQr(design).prefixResidualSumsOfSquares(e)[k + q];
        return new double[] {fit.scaledResidualSumOfSquares(), ssrAux};
    }
}
