package org.tradeecon.knime.engine.regression;

/**
 * The outcome of one hypothesis test: statistic, its reference distribution with degrees of freedom, the
 * p-value and the null hypothesis in words. Immutable.
 *
 * @param name short name of the test, e.g. "Breusch-Godfrey LM"
 * @param nullHypothesis the null hypothesis in words
 * @param statistic the test statistic
 * @param distribution "chi2", "F", "t" or "N(0,1)"
 * @param df1 degrees of freedom (numerator for F; 0 for N(0,1))
 * @param df2 denominator degrees of freedom for F and df of t; 0 otherwise
 * @param pValue p-value (upper tail for chi2 and F, two-sided for t and N(0,1))
 * @param undefinedReason why the test is undefined (statistic and p-value are then NaN), or null
 */
public record DiagnosticTest(String name, String nullHypothesis, double statistic, String distribution, double df1,
    double df2, double pValue, String undefinedReason) {

    /** @return whether the statistic exists */
    public boolean isDefined() {
        return undefinedReason == null;
    }

    /** The test as undefined: NaN statistic and p-value, with the reason. */
    DiagnosticTest undefined(final String reason) {
        return new DiagnosticTest(name, nullHypothesis, Double.NaN, distribution, df1, df2, Double.NaN, reason);
    }

    /** A χ² test with df degrees of freedom; p = P(χ²_df &gt; stat). */
    public static DiagnosticTest chiSquared(final String name, final String nullHypothesis, final double stat,
        final int df) {
        return new DiagnosticTest(name, nullHypothesis, stat, "chi2", df, 0, chiSquaredSurvival(stat, df), null);
    }

    /** An F test with (df1, df2) degrees of freedom; p = P(F &gt; stat). */
    public static DiagnosticTest f(final String name, final String nullHypothesis, final double stat, final int df1,
        final int df2) {
        return new DiagnosticTest(name, nullHypothesis, stat, "F", df1, df2, OlsFit.fSurvival(stat, df1, df2),
            null);
    }

    /** Upper tail P(χ²_df &gt; x), accurate for tiny p (regularized incomplete gamma). */
    public static double chiSquaredSurvival(final double x, final double df) {
        if (x <= 0) {
            return 1.0;
        }
        if (Double.isInfinite(x)) {
            return 0.0;
        }
        return org.apache.commons.math3.special.Gamma.regularizedGammaQ(df / 2.0, x / 2.0);
    }
}
