package org.tradeecon.knime.nodes.transform;

import org.tradeecon.knime.nodes.common.LabelledChoice;

/**
 * The operations of the Series Transform node: each row's formula and its domain, in plain Java (no table types).
 * The setting stores the label; a flow variable may also give the constant's name ({@code scale}, {@code ln},
 * {@code ln_neg}, {@code ratio}), case-insensitively.
 */
enum TransformOperation implements LabelledChoice {
    /** x / divisor: a scaled copy (with divisor 1 a plain copy under a new name). */
    SCALE("x / divisor"),
    /** ln(x / divisor). */
    LN("ln(x / divisor)"),
    /** ln(-x / divisor): the log of a series that is negative throughout, e.g. a deficit as a negative balance. */
    LN_NEG("ln(-x / divisor)"),
    /** x / y: the ratio of two columns, e.g. a share. */
    RATIO("x / y");

    private final String m_label;

    TransformOperation(final String label) {
        m_label = label;
    }

    @Override
    public String label() {
        return m_label;
    }

    /** @return whether the operation reads column y */
    boolean usesSecondColumn() {
        return this == RATIO;
    }

    /** @return whether the operation divides by the divisor */
    boolean usesDivisor() {
        return this != RATIO;
    }

    private boolean takesLog() {
        return this == LN || this == LN_NEG;
    }

    /** One input value with the name of its column, for the messages. */
    record Input(String column, double value) {
    }

    /**
     * @param rowKey the row's ID, for the messages
     * @param x the value of column x
     * @param y the value of column y (only read by {@link #RATIO}, may be null otherwise)
     * @param divisor finite and non-zero (checked when the node is configured; not read by {@link #RATIO})
     * @return the result, always finite
     * @throws IllegalArgumentException if a value is outside the operation's domain (a non-finite input, y = 0, the
     *             logarithm of a value that is not positive, or a result too large for a double): the message
     *             names the row, the column and the value and says what to do
     */
    double apply(final String rowKey, final Input x, final Input y, final double divisor) {
        String row = "Row \"" + rowKey + "\": ";
        requireFinite(row, x);
        double q;
        if (this == RATIO) {
            requireFinite(row, y);
            if (y.value() == 0) {
                throw new IllegalArgumentException(row + "\"" + y.column() + "\" (y) is " + y.value() + ", and \""
                    + m_label + "\" is undefined for y = 0. Filter out the rows where \"" + y.column()
                    + "\" is 0 (e.g. with a Row Filter node) or replace such values.");
            }
            q = x.value() / y.value();
        } else {
            q = (this == LN_NEG ? -x.value() : x.value()) / divisor;
        }
        if (!Double.isFinite(q)) {
            String values = this == RATIO ? "\"" + x.column() + "\" = " + x.value() + " and \"" + y.column()
                + "\" = " + y.value() : "\"" + x.column() + "\" = " + x.value() + " and divisor " + divisor;
            throw new IllegalArgumentException(row + "\"" + quotient() + "\" of " + values + " is too large in "
                + "magnitude for a double (it overflows to infinity). " + (this == RATIO ? "Check these values."
                    : "Choose a divisor of a larger magnitude."));
        }
        if (!takesLog()) {
            return q;
        }
        if (q <= 0) {
            throw new IllegalArgumentException(row + "\"" + x.column() + "\" is " + x.value() + ", so "
                + quotient() + " = " + q + " is not positive and has no logarithm. " + logAdvice(q));
        }
        return Math.log(q);
    }

    /** @return the quotient whose logarithm a log operation takes, e.g. "-x / divisor" */
    private String quotient() {
        return takesLog() ? m_label.substring(3, m_label.length() - 1) : m_label;
    }

    private String logAdvice(final double q) {
        String filter = "filter out such rows (e.g. with a Row Filter node)";
        if (q == 0) {
            return "Either " + filter + " or replace the value.";
        }
        return this == LN
            ? "For a series that is negative throughout (e.g. a deficit recorded as a negative balance) choose the "
                + "operation \"" + LN_NEG.label() + "\"; otherwise " + filter + "."
            : "\"" + m_label + "\" is for a series that is negative throughout; for a positive series choose \""
                + LN.label() + "\", otherwise " + filter + ".";
    }

    private static void requireFinite(final String row, final Input in) {
        if (!Double.isFinite(in.value())) {
            throw new IllegalArgumentException(row + "\"" + in.column() + "\" is " + in.value()
                + ", not a finite number. Replace such values (e.g. with the Missing Value node) or filter out the"
                + " row.");
        }
    }
}
