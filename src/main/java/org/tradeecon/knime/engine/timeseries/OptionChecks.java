package org.tradeecon.knime.engine.timeseries;

import java.util.function.IntPredicate;

/**
 * Range and presence checks for the options of the engine's estimators. Every count option (lags, leads,
 * differences, orders, maximum lags) is checked before any array is sized from it, with a message that names
 * the option, its value and the largest value the data allow; arithmetic on counts is done in {@code long} so
 * that no sum of options can overflow.
 */
public final class OptionChecks {

    private OptionChecks() {
    }

    /**
     * @param value an option or input
     * @param what what it is, in words (e.g. "the deterministic terms")
     * @return value
     * @throws IllegalArgumentException when value is null
     */
    public static <T> T notNull(final T value, final String what) {
        if (value == null) {
            throw new IllegalArgumentException("No value was given for " + what + " (null).");
        }
        return value;
    }

    /**
     * @param alpha a significance level
     * @return alpha
     * @throws IllegalArgumentException when alpha is not in (0, 1)
     */
    public static double significanceLevel(final double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("The significance level must be in (0, 1), got " + alpha + ".");
        }
        return alpha;
    }

    /**
     * Checks that no element of an array of series or names is null.
     *
     * @param values the array (itself not null)
     * @param what what each element is, in words
     * @throws IllegalArgumentException naming the first null element
     */
    public static void noNullElement(final Object[] values, final String what) {
        notNull(values, what);
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new IllegalArgumentException("No value was given for " + what + " number " + (i + 1)
                    + " (null).");
            }
        }
    }

    /**
     * Checks a count option against its smallest value and the largest value the data allow.
     *
     * @param option the option's name as the user sees it, e.g. "the Granger lag"
     * @param value its value
     * @param min the smallest allowed value
     * @param max the largest value the data allow (may be below min: then no value is allowed)
     * @param why what limits max, in words, e.g. "with n = 15 observations"
     * @return value
     * @throws IllegalArgumentException when value is outside [min, max]
     */
    public static int count(final String option, final int value, final int min, final long max, final String why) {
        if (value < min) {
            throw new IllegalArgumentException(capitalised(option) + " must be " + min + " or more, got " + value
                + ".");
        }
        if (value > max) {
            throw new IllegalArgumentException(capitalised(option) + " is " + value + ", but " + why
                + (max < min ? " no value of it can be estimated (the data are too short)."
                    : " the largest value the data allow is " + max + ".")
                + " Use a smaller value or a longer sample.");
        }
        return value;
    }

    /**
     * @param lo smallest candidate
     * @param hi largest candidate (inclusive)
     * @param ok which values are allowed; must hold on a prefix [lo, v] of the candidates (monotone)
     * @return the largest allowed value in [lo, hi], or lo − 1 when none is allowed
     */
    public static long largest(final long lo, final long hi, final IntPredicate ok) {
        if (hi < lo || !ok.test((int)lo)) {
            return lo - 1;
        }
        long a = lo;
        long b = hi;
        while (a < b) {
            long mid = a + (b - a + 1) / 2;
            if (ok.test((int)mid)) {
                a = mid;
            } else {
                b = mid - 1;
            }
        }
        return a;
    }

    private static String capitalised(final String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
