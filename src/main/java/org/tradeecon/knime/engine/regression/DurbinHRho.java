package org.tradeecon.knime.engine.regression;

/**
 * Which estimate ρ̂ of the residuals' first-order autocorrelation enters Durbin's h = ρ̂·sqrt(n / (1 − n·V))
 * (issue 15: the textbooks and tools differ). With residuals e_1..e_n:
 */
public enum DurbinHRho {
    /** Σ_{t≥2} e_t e_{t−1} / Σ_{t≥2} e_{t−1}², the OLS slope of e_t on e_{t−1} (Durbin 1970; gretl). Default. */
    RESIDUAL_SLOPE("sum e(t) e(t-1) / sum over t < n of e(t)^2 (OLS slope of e(t) on e(t-1); gretl)"),
    /** Σ_{t≥2} e_t e_{t−1} / Σ_t e_t², the lag-1 sample autocorrelation (statsmodels' and R's {@code acf}). */
    AUTOCORRELATION("sum e(t) e(t-1) / sum of all e(t)^2 (lag-1 sample autocorrelation, acf)"),
    /** 1 − d/2 with d the Durbin–Watson statistic (e.g. Greene). */
    DURBIN_WATSON("1 - d/2 (Durbin-Watson d)");

    private final String words;

    DurbinHRho(final String words) {
        this.words = words;
    }

    /** @return the estimate in words */
    public String description() {
        return words;
    }

    /**
     * @param e residuals in time order (not all zero)
     * @param durbinWatson d of the same residuals
     * @return ρ̂ by this rule
     */
    double rho(final double[] e, final double durbinWatson) {
        if (this == DURBIN_WATSON) {
            return 1.0 - durbinWatson / 2.0;
        }
        double num = 0.0;
        double lagged = 0.0;
        for (int t = 1; t < e.length; t++) {
            num += e[t] * e[t - 1];
            lagged += e[t - 1] * e[t - 1];
        }
        double den = this == RESIDUAL_SLOPE ? lagged : lagged + e[e.length - 1] * e[e.length - 1];
        return den == 0.0 ? 0.0 : num / den;
    }
}
