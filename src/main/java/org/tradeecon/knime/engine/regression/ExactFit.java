package org.tradeecon.knime.engine.regression;

import java.util.Locale;

import org.tradeecon.knime.engine.linalg.EuclideanNorm;

/**
 * The relative exact-fit rule shared by the estimators (OLS and the models built on it, Granger, KPSS): a fit
 * is exact when its residuals are at rounding level relative to the data that produced them.
 *
 * <p>Each residual e_i = y_i − Σ_j b_j x_ij is computed from numbers of magnitude s_i = |y_i| + Σ_j |b_j x_ij|,
 * each known only to a relative rounding error of about 1.1e-16. The fit is exact when
 * ||e|| &le; {@value #TOLERANCE} · ||s|| (Euclidean norms, computed without overflow or underflow), i.e. when
 * the residuals are within about 4500 rounding units of zero. The rule is relative, so multiplying the data by
 * any power of ten does not change its verdict, and it no longer needs a residual sum of squares of exactly 0.
 * When the rule holds, the residuals are rounding noise: standard errors only measure that noise, and every
 * statistic built from the residuals' size or pattern (t, F, Durbin–Watson, Durbin's h, Breusch–Godfrey, a
 * Granger F, a KPSS statistic) is undefined.
 */
public final class ExactFit {

    /** Residual norm relative to the data's norm below which residuals are rounding noise. */
    public static final double TOLERANCE = 1e-12;

    private ExactFit() {
    }

    /**
     * @param y response
     * @param columns design columns
     * @param b their coefficients (one per column)
     * @return s_i = |y_i| + Σ_j |b_j x_ij|, the magnitude of the numbers each residual is computed from
     */
    public static double[] roundingScale(final double[] y, final double[][] columns, final double[] b) {
        double[] s = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            double v = Math.abs(y[i]);
            for (int j = 0; j < columns.length; j++) {
                v += Math.abs(b[j] * columns[j][i]);
            }
            s[i] = v;
        }
        return s;
    }

    /**
     * @param residuals the residuals
     * @param scale the magnitude each residual was computed from (see {@link #roundingScale})
     * @return whether ||e|| &le; {@value #TOLERANCE}·||s|| (also when both are 0)
     */
    public static boolean isRoundingLevel(final double[] residuals, final double[] scale) {
        return EuclideanNorm.of(residuals) <= TOLERANCE * EuclideanNorm.of(scale);
    }

    /**
     * @param model what was fitted, e.g. "The lagged-dependent regression of Y"
     * @param residuals the residuals
     * @param scale their rounding scale
     * @return a plain-words reason naming the model and the relative size of the residuals
     */
    public static String reason(final String model, final double[] residuals, final double[] scale) {
        double s = EuclideanNorm.of(scale);
        double ratio = s == 0.0 ? 0.0 : EuclideanNorm.of(residuals) / s;
        return String.format(Locale.ROOT, "%s fits exactly: its residuals are at rounding level (residual norm"
            + " %.2g times the norm of the data, below %.0e), so they are rounding noise", model, ratio, TOLERANCE);
    }
}
