package org.tradeecon.knime.engine.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

class StandardNormalTest {

    /**
     * {z, Φ(z)} from R 4.2.2: {@code sprintf("%.17g", pnorm(z))} (R's pnorm is Cody's algorithm too, evaluated
     * in its own code, with its own argument handling). Relative tolerance 1e-14; in the far lower tail the
     * division z/√2 alone moves the result by about 2·(z²/2)·1e-16 relatively, hence the wider bound there.
     */
    private static final double[][] R_PNORM = {
        {-37.5, 4.6053530095819552e-308},
        {-30, 4.9067139271481872e-198},
        {-20, 2.7536241186062337e-89},
        {-10, 7.6198530241605269e-24},
        {-8.3000000000000007, 5.2055697448902552e-17},
        {-5, 2.8665157187919391e-07},
        {-3.2000000000000002, 0.00068713793791584806},
        {-2.5758293035488999, 0.0050000000000000105},
        {-1.959963984540054, 0.025000000000000012},
        {-1.6448536269514722, 0.050000000000000044},
        {-1, 0.15865525393145705},
        {-0.66290000000000004, 0.25369730086823677},
        {-0.5, 0.30853753872598694},
        {-0.10000000000000001, 0.46017216272297101},
        {0, 0.5},
        {0.10000000000000001, 0.53982783727702899},
        {0.66290000000000004, 0.74630269913176317},
        {1, 0.84134474606854293},
        {1.959963984540054, 0.97499999999999998},
        {3, 0.9986501019683699},
        {5, 0.99999971334842808},
        {8.1999999999999993, 0.99999999999999989},
    };

    @Test
    void matchesRPnorm() {
        for (double[] zp : R_PNORM) {
            double z = zp[0];
            double tol = Math.max(1e-14, 4e-16 * z * z);
            assertEquals(zp[1], StandardNormal.cdf(z), tol * zp[1], "Phi(" + z + ")");
        }
    }

    /** Commons Math (incomplete-gamma continued fraction, an independent method) on a dense grid. */
    @Test
    void matchesCommonsMathOnAGrid() {
        NormalDistribution normal = new NormalDistribution(null, 0.0, 1.0);
        for (double z = -37.0; z <= 8.0; z += 0.0137) {
            double expected = normal.cumulativeProbability(z);
            double tol = Math.max(2e-14, 1e-15 * z * z);
            assertEquals(expected, StandardNormal.cdf(z), tol * expected, "Phi(" + z + ")");
        }
        for (double x = -6.0; x <= 26.0; x += 0.0071) {
            double expected = Erf.erfc(x);
            assertEquals(expected, StandardNormal.erfc(x), Math.max(2e-14, 1e-15 * x * x) * expected, "erfc(" + x + ")");
        }
    }

    /** Closed forms and limits: Φ(0) = 1/2, Φ(−z) = 1 − Φ(z), erfc at the branch points, the tails, NaN. */
    @Test
    void closedFormsAndLimits() {
        assertEquals(0.5, StandardNormal.cdf(0.0), 0.0);
        for (double z : new double[] {0.3, 0.6629, 1.0, 2.5, 5.5}) {
            assertEquals(1.0, StandardNormal.cdf(z) + StandardNormal.cdf(-z), 2e-16);
        }
        // continuity across Cody's branches at 0.46875 and 4: the two neighbours of b differ by 2 ulp of b, which
        // moves erfc by about 2b·(2 ulp) relatively (2.8e-14 at b = 4); the approximations meet within that
        for (double b : new double[] {0.46875, 4.0}) {
            double lo = StandardNormal.erfc(Math.nextDown(b));
            double hi = StandardNormal.erfc(Math.nextUp(b));
            assertEquals(lo, hi, (2.0 * b * 4.0 * Math.ulp(b) + 4e-16) * lo);
        }
        assertEquals(0.0, StandardNormal.cdf(-40.0), 0.0);
        assertEquals(1.0, StandardNormal.cdf(40.0), 0.0);
        assertEquals(2.0, StandardNormal.erfc(Double.NEGATIVE_INFINITY), 0.0);
        assertEquals(0.0, StandardNormal.erfc(Double.POSITIVE_INFINITY), 0.0);
        assertTrue(Double.isNaN(StandardNormal.cdf(Double.NaN)));
    }
}
