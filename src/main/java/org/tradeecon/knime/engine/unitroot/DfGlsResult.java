package org.tradeecon.knime.engine.unitroot;

import java.util.List;

/**
 * Result of the DF-GLS test: the common unit-root result ({@link #statistic()} is τ of the ADF regression on
 * the GLS-detrended series) plus c̄, the GLS estimates of the deterministic terms, that ADF regression and,
 * for the modified AIC, the criterion of every candidate lag.
 */
public final class DfGlsResult extends UnitRootResult {

    /**
     * A candidate lag of the MAIC search.
     *
     * @param lag the number of lagged differences k
     * @param criterion MAIC(k) on the common max-lag sample, on the data's scale
     */
    public record MaicCandidate(int lag, double criterion) {
    }

    private final double cBar;
    private final double[] detrendingCoefficients;
    private final AdfResult detrendedRegression;
    private final List<MaicCandidate> maicCandidates;

    DfGlsResult(final Common common, final double cBar, final double[] psi, final AdfResult adf,
        final List<MaicCandidate> maic) {
        super(common);
        this.cBar = cBar;
        this.detrendingCoefficients = psi.clone();
        this.detrendedRegression = adf;
        this.maicCandidates = List.copyOf(maic);
    }

    /** @return c̄ of the local alternative ā = 1 + c̄/n: −7 (constant) or −13.5 (constant and trend) */
    public double cBar() {
        return cBar;
    }

    /** @return the GLS estimates ψ̂ of the constant (and of the trend, t = 1..n), on the data's scale */
    public double[] detrendingCoefficients() {
        return detrendingCoefficients.clone();
    }

    /**
     * @return the ADF regression without deterministic terms on the detrended series (its coefficients, lag
     *         candidates for AIC/BIC/HQIC/t-statistic); its p-value and critical values are the ADF ones, not
     *         those of this test
     */
    public AdfResult detrendedRegression() {
        return detrendedRegression;
    }

    /** @return γ̂, the coefficient of ỹ(t−1) */
    public double gamma() {
        return detrendedRegression.gamma();
    }

    /** @return the MAIC of every candidate lag 0..maxlag; empty unless the lag was chosen by MAIC */
    public List<MaicCandidate> maicCandidates() {
        return maicCandidates;
    }
}
