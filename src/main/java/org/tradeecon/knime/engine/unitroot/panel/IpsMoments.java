package org.tradeecon.knime.engine.unitroot.panel;

import org.tradeecon.knime.engine.simulation.NullDistribution;
import org.tradeecon.knime.engine.simulation.SimulationMonitor;
import org.tradeecon.knime.engine.simulation.SimulationOptions;
import org.tradeecon.knime.engine.unitroot.AdfSimulation;
import org.tradeecon.knime.engine.unitroot.Deterministic;

/**
 * The mean and variance of the ADF τ under the unit-root null at T regression observations and k lags, by Monte
 * Carlo (the null DGP and regression of {@link AdfSimulation#nullDistribution}), with their Monte Carlo standard
 * errors: SE(mean) = s / √R and SE(variance) = √((m₄ − s⁴) / R), m₄ the fourth central moment. These replace the
 * moment table of Im, Pesaran and Shin (2003, Table 3), which they simulated the same way (50,000 replications)
 * at a grid of T and k; simulating at the panel's own T and k needs no interpolation.
 *
 * @param mean E[τ]
 * @param variance Var[τ]
 * @param meanError Monte Carlo standard error of the mean
 * @param varianceError Monte Carlo standard error of the variance
 * @param replications R
 */
public record IpsMoments(double mean, double variance, double meanError, double varianceError, int replications) {

    /**
     * @param det {@link Deterministic#CONSTANT} or {@link Deterministic#TREND}
     * @param lags k
     * @param observations T of the unit's ADF regression
     * @param options replications and seed
     * @param monitor progress and cancellation
     * @return the simulated moments
     */
    public static IpsMoments simulate(final Deterministic det, final int lags, final int observations,
        final SimulationOptions options, final SimulationMonitor monitor) {
        NullDistribution d = AdfSimulation.nullDistribution(det, lags, observations, options, monitor);
        double[] draws = d.sortedDraws();
        int r = draws.length;
        double mean = 0.0;
        for (double v : draws) {
            mean += v;
        }
        mean /= r;
        double m2 = 0.0;
        double m4 = 0.0;
        for (double v : draws) {
            double dev = (v - mean) * (v - mean);
            m2 += dev;
            m4 += dev * dev;
        }
        double variance = m2 / (r - 1);
        m4 /= r;
        return new IpsMoments(mean, variance, Math.sqrt(variance / r),
            Math.sqrt(Math.max(m4 - variance * variance, 0.0) / r), r);
    }
}
