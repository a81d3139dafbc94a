package org.tradeecon.knime.engine.linalg;

/**
 * A "double-double" number hi + lo with |lo| &le; ulp(hi)/2: about 32 significant digits from two doubles,
 * using the error-free transformations of Dekker and Knuth (two-sum, and two-product through
 * {@link Math#fma}). Only what the extended-precision least-squares solver and the robust covariances need.
 */
public record DoubleDouble(double hi, double lo) {

    public static final DoubleDouble ZERO = new DoubleDouble(0.0, 0.0);
    public static final DoubleDouble ONE = new DoubleDouble(1.0, 0.0);

    public static DoubleDouble of(final double x) {
        return new DoubleDouble(x, 0.0);
    }

    /** The exact product of two doubles. */
    public static DoubleDouble product(final double a, final double b) {
        double p = a * b;
        return new DoubleDouble(p, Math.fma(a, b, -p));
    }

    public DoubleDouble add(final DoubleDouble b) {
        double s = hi + b.hi;
        double bb = s - hi;
        double e = (hi - (s - bb)) + (b.hi - bb);
        double t = lo + b.lo;
        double tb = t - lo;
        double f = (lo - (t - tb)) + (b.lo - tb);
        e += t;
        double s2 = s + e;
        e = e - (s2 - s);
        e += f;
        double s3 = s2 + e;
        return new DoubleDouble(s3, e - (s3 - s2));
    }

    public DoubleDouble negate() {
        return new DoubleDouble(-hi, -lo);
    }

    public DoubleDouble subtract(final DoubleDouble b) {
        return add(b.negate());
    }

    public DoubleDouble multiply(final DoubleDouble b) {
        double p = hi * b.hi;
        double e = Math.fma(hi, b.hi, -p) + (hi * b.lo + lo * b.hi);
        double s = p + e;
        return new DoubleDouble(s, e - (s - p));
    }

    public DoubleDouble divide(final DoubleDouble b) {
        double q1 = hi / b.hi;
        DoubleDouble r = subtract(b.multiply(of(q1)));
        double q2 = r.hi / b.hi;
        r = r.subtract(b.multiply(of(q2)));
        double q3 = r.hi / b.hi;
        double s = q1 + q2;
        return new DoubleDouble(s, q2 - (s - q1)).add(of(q3));
    }

    public int signum() {
        return hi != 0.0 ? (int)Math.signum(hi) : (int)Math.signum(lo);
    }

    /** @return the nearest double */
    public double value() {
        return hi + lo;
    }
}
