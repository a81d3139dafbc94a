package org.tradeecon.knime.engine.cointegration;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Scale invariance (the project's numerical safeguard, README "Numerical safeguards"): multiplying all series by
 * 10^k, or only the regressors by 10^k, k = -300..300, leaves the Engle-Granger tau and p-value and the ARDL F, t
 * and error-correction coefficient unchanged and multiplies the long-run coefficients of the regressors by 1, or
 * 10^-k, to 1e-9 relative (the scaled data themselves are rounded, so not to the last bit). The expected values
 * are those of the unscaled data, which the reference tests check against statsmodels. (Scaling y and x in
 * opposite directions by 10^300 would make the coefficients themselves 10^600, beyond the double range.)
 */
class CointegrationScaleTest {

    private static double[] scaled(final double[] x, final int k) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] * Math.pow(10, k);
        }
        return out;
    }

    @Test
    void statisticsDoNotDependOnTheDataScale() {
        Map<String, double[]> s = CointegrationReference.system("coint3");
        String[] names = {"y", "x1", "x2"};
        ArdlOptions ardl = ArdlOptions.defaults().withOrderSearch(ArdlOptions.OrderSelection.AIC, 3, 3);
        EngleGrangerResult eg0 = EngleGranger.test(new double[][] {s.get("y"), s.get("x1"), s.get("x2")}, names,
            EngleGrangerOptions.defaults());
        ArdlResult a0 = ArdlBoundsTest.test(s.get("y"), new double[][] {s.get("x1"), s.get("x2")}, "y",
            new String[] {"x1", "x2"}, ardl);
        for (int run = 0; run < 50; run++) {
            int k = -300 + 25 * (run % 25);
            boolean all = run < 25;
            double[] y = scaled(s.get("y"), all ? k : 0);
            double[][] x = {scaled(s.get("x1"), k), scaled(s.get("x2"), k)};
            int lrExp = all ? 0 : -k;
            String what = (all ? "all series" : "regressors") + " times 1e" + k;
            EngleGrangerResult eg = EngleGranger.test(new double[][] {y, x[0], x[1]}, names,
                EngleGrangerOptions.defaults());
            CointegrationReference.close(eg0.statistic(), eg.statistic(), 1e-9, 0, what + " tau");
            CointegrationReference.close(eg0.pValue(), eg.pValue(), 1e-9, 1e-300, what + " p");
            ArdlResult a = ArdlBoundsTest.test(y, x, "y", new String[] {"x1", "x2"}, ardl);
            org.junit.jupiter.api.Assertions.assertEquals(a0.model(), a.model(), what);
            CointegrationReference.close(a0.fStatistic(), a.fStatistic(), 1e-9, 0, what + " F");
            CointegrationReference.close(a0.tStatistic().getAsDouble(), a.tStatistic().getAsDouble(), 1e-9, 0,
                what + " t");
            CointegrationReference.close(a0.errorCorrectionCoefficient(), a.errorCorrectionCoefficient(), 1e-9, 0,
                what + " error correction");
            int x1 = a0.longRun().indexOf("x1");
            CointegrationReference.close(a0.longRun().estimates()[x1] * Math.pow(10, lrExp),
                a.longRun().estimates()[x1], 1e-9, 0, what + " long run x1");
            CointegrationReference.close(a0.longRun().standardErrors()[x1] * Math.pow(10, lrExp),
                a.longRun().standardErrors()[x1], 1e-9, 0, what + " long-run SE x1");
        }
    }
}
