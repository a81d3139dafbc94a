package org.tradeecon.knime.engine.linalg;

/** The Euclidean norm of a vector, scaled so that neither overflow nor underflow can occur (LAPACK's dnrm2 idea). */
public final class EuclideanNorm {

    private EuclideanNorm() {
    }

    /** @return ||x||₂; 0 for a zero vector, and the infinite or NaN entry's value when there is one */
    public static double of(final double[] x) {
        double max = 0.0;
        for (double v : x) {
            max = Math.max(max, Math.abs(v));
        }
        if (max == 0.0 || Double.isInfinite(max) || Double.isNaN(max)) {
            return max;
        }
        double ssq = 0.0;
        for (double v : x) {
            double r = v / max;
            ssq += r * r;
        }
        return max * Math.sqrt(ssq);
    }
}
