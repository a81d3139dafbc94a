package org.tradeecon.knime.engine.regression;

import java.math.BigDecimal;
import java.util.Locale;

import org.tradeecon.knime.engine.timeseries.OptionChecks;

/**
 * The outcome of one hypothesis test: statistic, its reference distribution with degrees of freedom, the
 * p-value, the null hypothesis in words and the decision at a chosen level. Immutable.
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
public record DiagnosticResult(String name, String nullHypothesis, double statistic, String distribution, double df1,
    double df2, double pValue, String undefinedReason) {

    /** @return whether the statistic exists */
    public boolean isDefined() {
        return undefinedReason == null;
    }

    /**
     * @param alpha the significance level, in (0, 1)
     * @return whether the null hypothesis is rejected at that level (p &lt; alpha); false when the test is undefined
     * @throws IllegalArgumentException when alpha is not in (0, 1)
     */
    public boolean rejects(final double alpha) {
        return pValue < OptionChecks.significanceLevel(alpha);
    }

    /**
     * @param alpha the significance level, in (0, 1)
     * @return the decision in words, e.g. "Reject the null hypothesis at the 5% level (p = 0.01234). H0: ...",
     *         or "No decision: " and the reason when the test is undefined
     * @throws IllegalArgumentException when alpha is not in (0, 1)
     */
    public String decision(final double alpha) {
        OptionChecks.significanceLevel(alpha);
        if (!isDefined()) {
            return "No decision: " + undefinedReason;
        }
        return String.format(Locale.ROOT, "%s the null hypothesis at the %s level (p = %.4g). H0: %s.",
            rejects(alpha) ? "Reject" : "Do not reject", percent(alpha), pValue, nullHypothesis);
    }

    /** @return a significance level as a percentage without trailing zeros, e.g. "5%", "2.5%" */
    public static String percent(final double alpha) {
        return BigDecimal.valueOf(alpha).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** The test as undefined: NaN statistic and p-value, with the reason. */
    DiagnosticResult undefined(final String reason) {
        return new DiagnosticResult(name, nullHypothesis, Double.NaN, distribution, df1, df2, Double.NaN, reason);
    }

    /** A χ² test with df degrees of freedom; p = P(χ²_df &gt; stat). */
    public static DiagnosticResult chiSquared(final String name, final String nullHypothesis, final double stat,
        final int df) {
        return new DiagnosticResult(name, nullHypothesis, stat, "chi2", df, 0, chiSquaredSurvival(stat, df), null);
    }

    /** An F test with (df1, df2) degrees of freedom; p = P(F &gt; stat). */
    public static DiagnosticResult f(final String name, final String nullHypothesis, final double stat, final int df1,
        final int df2) {
        return new DiagnosticResult(name, nullHypothesis, stat, "F", df1, df2, OlsFit.fSurvival(stat, df1, df2),
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
