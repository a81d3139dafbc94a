package org.tradeecon.knime.engine.granger;

import org.tradeecon.knime.engine.regression.DiagnosticResult;
import org.tradeecon.knime.engine.regression.OlsFit;

/**
 * One Granger-causality test "cause → effect" at lag p: the unrestricted regression of the effect on a constant,
 * its own lags and lags of the cause, against the restricted one without the tested cause lags, both on the same
 * sample. With n observations, k coefficients in the unrestricted model, SSR_r and SSR_u:
 * <ul>
 * <li>F = ((SSR_r − SSR_u)/p)/(SSR_u/(n − k)), df (p, n − k); for the standard test k = 2p + 1
 * (statsmodels' {@code ssr_ftest} and {@code params_ftest}, R's {@code lmtest::grangertest}).</li>
 * <li>Wald χ² = p·F, df p (the Wald test of the p cause coefficients with the OLS covariance).</li>
 * <li>SSR-based χ² = n·(SSR_r − SSR_u)/SSR_u, df p (statsmodels' {@code ssr_chi2test}).</li>
 * <li>LR = n·ln(SSR_r/SSR_u) = −2(ℓ_r − ℓ_u), df p (statsmodels' {@code lrtest}).</li>
 * </ul>
 * For Toda–Yamamoto, the model has p + d lags of both variables and only the first p cause lags are tested.
 * {@link #decision(double)} decides by F, {@link #decision(Statistic, double)} by the chosen statistic. Immutable.
 */
public final class GrangerResult {

    /** The four forms of the test statistic. */
    public enum Statistic {
        /** F with (p, n − k) df. */
        F,
        /** Wald χ² = p·F with p df. */
        WALD,
        /** SSR-based χ² with p df. */
        SSR_CHI2,
        /** Likelihood ratio with p df. */
        LR
    }

    private final String cause;
    private final String effect;
    private final int lag;
    private final int extraLags;
    private final int observations;
    private final int coefficients;
    private final long firstKey;
    private final long lastKey;
    private final double ssrRestricted;
    private final double ssrUnrestricted;
    /** The SSRs above are those of the effect scaled by a power of two; times 2^ssrExponent they are the data's. */
    private final int ssrExponent;

    GrangerResult(final String cause, final String effect, final int lag, final int extraLags, final int observations,
        final int coefficients, final long firstKey, final long lastKey, final double ssrRestricted,
        final double ssrUnrestricted, final int ssrExponent) {
        this.ssrExponent = ssrExponent;
        this.cause = cause;
        this.effect = effect;
        this.lag = lag;
        this.extraLags = extraLags;
        this.observations = observations;
        this.coefficients = coefficients;
        this.firstKey = firstKey;
        this.lastKey = lastKey;
        this.ssrRestricted = ssrRestricted;
        this.ssrUnrestricted = ssrUnrestricted;
    }

    /** @return the null hypothesis in words, "X does not Granger-cause Y" */
    public String nullHypothesis() {
        return cause + " does not Granger-cause " + effect;
    }

    /** @return name of the (candidate) causing variable */
    public String cause() {
        return cause;
    }

    /** @return name of the affected variable */
    public String effect() {
        return effect;
    }

    /** @return the number p of tested cause lags */
    public int lag() {
        return lag;
    }

    /** @return extra untested lags d (Toda–Yamamoto d_max; 0 for the standard test) */
    public int extraLags() {
        return extraLags;
    }

    /** @return observations n of both regressions */
    public int observations() {
        return observations;
    }

    /** @return first time key of the estimation sample (the effect's period) */
    public long firstKey() {
        return firstKey;
    }

    /** @return last time key of the estimation sample */
    public long lastKey() {
        return lastKey;
    }

    /** @return residual sum of squares of the restricted model (without the tested cause lags) */
    public double restrictedSsr() {
        return Math.scalb(ssrRestricted, ssrExponent);
    }

    /** @return residual sum of squares of the unrestricted model */
    public double unrestrictedSsr() {
        return Math.scalb(ssrUnrestricted, ssrExponent);
    }

    /** @return numerator degrees of freedom p */
    public int numeratorDf() {
        return lag;
    }

    /** @return denominator degrees of freedom n − k (n − 2p − 1 for the standard test) */
    public int denominatorDf() {
        return observations - coefficients;
    }

    /** @return the F statistic */
    public double fStatistic() {
        return (ssrRestricted - ssrUnrestricted) / lag / (ssrUnrestricted / denominatorDf());
    }

    /** @return p-value of F with (p, n − k) df */
    public double fPValue() {
        return OlsFit.fSurvival(fStatistic(), lag, denominatorDf());
    }

    /** @return Wald χ² = p·F */
    public double waldChiSquared() {
        return lag * fStatistic();
    }

    /** @return p-value of the Wald χ² with p df */
    public double waldPValue() {
        return DiagnosticResult.chiSquaredSurvival(waldChiSquared(), lag);
    }

    /** @return SSR-based χ² = n·(SSR_r − SSR_u)/SSR_u */
    public double ssrChiSquared() {
        return observations * (ssrRestricted - ssrUnrestricted) / ssrUnrestricted;
    }

    /** @return p-value of the SSR-based χ² with p df */
    public double ssrChiSquaredPValue() {
        return DiagnosticResult.chiSquaredSurvival(ssrChiSquared(), lag);
    }

    /** @return likelihood-ratio statistic n·ln(SSR_r/SSR_u) */
    public double likelihoodRatio() {
        return observations * Math.log(ssrRestricted / ssrUnrestricted);
    }

    /** @return p-value of LR with p df */
    public double likelihoodRatioPValue() {
        return DiagnosticResult.chiSquaredSurvival(likelihoodRatio(), lag);
    }

    /** @return the F test in the shared {@link DiagnosticResult} shape */
    public DiagnosticResult fTest() {
        return DiagnosticResult.f("Granger F", nullHypothesis(), fStatistic(), lag, denominatorDf());
    }

    /** @return the Wald χ² test in the shared {@link DiagnosticResult} shape */
    public DiagnosticResult waldTest() {
        return DiagnosticResult.chiSquared("Granger Wald chi2", nullHypothesis(), waldChiSquared(), lag);
    }

    /** @return the SSR-based χ² test in the shared {@link DiagnosticResult} shape */
    public DiagnosticResult ssrChiSquaredTest() {
        return DiagnosticResult.chiSquared("Granger SSR chi2", nullHypothesis(), ssrChiSquared(), lag);
    }

    /** @return the test in the chosen statistic's form */
    public DiagnosticResult test(final Statistic statistic) {
        return switch (statistic) {
            case F -> fTest();
            case WALD -> waldTest();
            case SSR_CHI2 -> ssrChiSquaredTest();
            case LR -> likelihoodRatioTest();
        };
    }

    /**
     * @param alpha the significance level, in (0, 1)
     * @return the decision of the F test in plain words (see {@link #decision(Statistic, double)})
     */
    public String decision(final double alpha) {
        return decision(Statistic.F, alpha);
    }

    /**
     * @param statistic the statistic that decides
     * @param alpha the significance level, in (0, 1)
     * @return "X Granger-causes Y at the 5% level" when the statistic rejects the null hypothesis at alpha,
     *         else "No evidence at the 5% level that X Granger-causes Y"
     * @throws IllegalArgumentException when alpha is not in (0, 1)
     */
    public String decision(final Statistic statistic, final double alpha) {
        String level = DiagnosticResult.percent(alpha);
        return test(statistic).rejects(alpha) ? cause + " Granger-causes " + effect + " at the " + level + " level"
            : "No evidence at the " + level + " level that " + cause + " Granger-causes " + effect;
    }

    /** @return the likelihood-ratio test in the shared {@link DiagnosticResult} shape */
    public DiagnosticResult likelihoodRatioTest() {
        return DiagnosticResult.chiSquared("Granger LR", nullHypothesis(), likelihoodRatio(), lag);
    }
}
