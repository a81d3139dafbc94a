package org.tradeecon.knime.testsupport;

/** The one tolerance helper of the tests: relative error, with an optional floor for values near zero. */
public final class Tolerance {

    private Tolerance() {
    }

    /** Asserts |actual − expected| &le; rel·|expected|. */
    public static void assertRelative(final double expected, final double actual, final double rel,
        final String what) {
        assertClose(expected, actual, rel, 0.0, what);
    }

    /** Element-wise {@link #assertRelative}. */
    public static void assertRelative(final double[] expected, final double[] actual, final double rel,
        final String what) {
        if (expected.length != actual.length) {
            throw new AssertionError(what + ": expected " + expected.length + " values, got " + actual.length);
        }
        for (int i = 0; i < expected.length; i++) {
            assertRelative(expected[i], actual[i], rel, what + "[" + i + "]");
        }
    }

    /** Asserts |actual − expected| &le; rel·max(|expected|, floor): relative, absolute rel·floor near zero. */
    public static void assertClose(final double expected, final double actual, final double rel, final double floor,
        final String what) {
        double tol = rel * Math.max(Math.abs(expected), floor);
        if (!(Math.abs(actual - expected) <= tol)) {
            throw new AssertionError(what + ": expected " + expected + ", got " + actual + " (difference "
                + (actual - expected) + ", tolerance " + tol + ")");
        }
    }
}
