package org.tradeecon.knime.engine.unitroot;

/**
 * Result of the Phillips–Perron test: the common unit-root result ({@link #statistic()} is Z(τ), with the
 * MacKinnon p-value and critical values of the Dickey–Fuller τ) plus Z(α), the Dickey–Fuller regression's γ̂ and
 * τ, and the short- and long-run variances of its residuals.
 */
public final class PhillipsPerronResult extends UnitRootResult {

    private final double zAlpha;
    private final double gamma;
    private final double dickeyFullerTau;
    private final double shortRunVariance;
    private final double longRunVariance;
    private final PhillipsPerronBandwidth bandwidth;

    PhillipsPerronResult(final Common common, final double zAlpha, final double gamma, final double tau,
        final double shortRun, final double longRun, final PhillipsPerronBandwidth bandwidth) {
        super(common);
        this.zAlpha = zAlpha;
        this.gamma = gamma;
        this.dickeyFullerTau = tau;
        this.shortRunVariance = shortRun;
        this.longRunVariance = longRun;
        this.bandwidth = bandwidth;
    }

    /** @return Z(τ), the same as {@link #statistic()} */
    public double zTau() {
        return statistic();
    }

    /**
     * @return Z(α) = T·γ̂ − T²·SE(γ̂)²/(2·s²)·(λ̂² − γ̂0), the normalized-bias statistic; no p-value or critical
     *         values are attached to it (its distribution is not the τ distribution)
     */
    public double zAlpha() {
        return zAlpha;
    }

    /** @return γ̂ = ρ̂ − 1, the coefficient of y(t−1) in Δy_t on y(t−1) and the deterministic terms */
    public double gamma() {
        return gamma;
    }

    /** @return the Dickey–Fuller τ of that regression (no lagged differences), before the correction */
    public double dickeyFullerTau() {
        return dickeyFullerTau;
    }

    /** @return γ̂0 = SSR/T, the residuals' variance (on the data's scale) */
    public double shortRunVariance() {
        return shortRunVariance;
    }

    /** @return λ̂², the Bartlett long-run variance of the residuals with {@link #lags()} lags, divisor T */
    public double longRunVariance() {
        return longRunVariance;
    }

    /** @return the rule that chose {@link #lags()} */
    public PhillipsPerronBandwidth bandwidthRule() {
        return bandwidth;
    }
}
