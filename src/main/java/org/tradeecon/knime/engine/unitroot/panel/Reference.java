package org.tradeecon.knime.engine.unitroot.panel;

import java.util.OptionalDouble;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Gamma;

/** The reference distribution of a panel statistic and the tail in which it rejects: p-value and critical values. */
final class Reference {

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0.0, 1.0);

    private final RealDistribution distribution;
    private final boolean upperTail;
    private final double chiSquaredDf;
    private final OptionalDouble df;
    private final String words;

    private Reference(final RealDistribution distribution, final boolean upperTail, final double chiSquaredDf,
        final OptionalDouble df, final String words) {
        this.distribution = distribution;
        this.upperTail = upperTail;
        this.chiSquaredDf = chiSquaredDf;
        this.df = df;
        this.words = words;
    }

    /** @param upperTail whether large values reject */
    static Reference normal(final boolean upperTail) {
        return new Reference(NORMAL, upperTail, 0, OptionalDouble.empty(),
            "standard normal, " + (upperTail ? "upper" : "lower") + " tail");
    }

    /** χ²(df), upper tail; its p-value is the regularized upper incomplete gamma, accurate far in the tail. */
    static Reference chiSquared(final double df) {
        return new Reference(new org.apache.commons.math3.distribution.ChiSquaredDistribution(null, df), true, df,
            OptionalDouble.of(df), String.format(java.util.Locale.ROOT, "chi-squared with %.0f degrees of freedom,"
                + " upper tail", df));
    }

    /** Student t(df), lower tail. */
    static Reference studentT(final double df) {
        return new Reference(new TDistribution(null, df), false, 0, OptionalDouble.of(df),
            String.format(java.util.Locale.ROOT, "Student t with %.0f degrees of freedom, lower tail", df));
    }

    double pValue(final double statistic) {
        if (chiSquaredDf > 0) {
            return Gamma.regularizedGammaQ(chiSquaredDf / 2.0, statistic / 2.0);
        }
        if (upperTail) {
            // the normal is symmetric: Φ(−z) keeps the precision of a small upper-tail p
            return distribution.cumulativeProbability(-statistic);
        }
        return distribution.cumulativeProbability(statistic);
    }

    double criticalValue(final double level) {
        return distribution.inverseCumulativeProbability(upperTail ? 1.0 - level : level);
    }

    OptionalDouble degreesOfFreedom() {
        return df;
    }

    String words() {
        return words;
    }
}
