package org.tradeecon.knime.nodes.resultcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.knime.core.node.InvalidSettingsException;

/**
 * One expected value of the Expected Results Check node: which cell (a row and a column), the value, the
 * tolerance and where the value comes from. Written one per line as
 * {@code row | column | expected | tolerance | source}, where row is a 1-based row number or
 * {@code Column=Value} (the one row whose Column shows Value), expected is a number, a text or {@code missing},
 * and tolerance is empty (exact), {@code 1e-6} (absolute) or {@code 1e-8 relative}. Empty lines and lines
 * starting with {@code #} are comments.
 *
 * @param line line number in the setting (1-based), for messages
 * @param row the row: a number as text, or Column=Value
 * @param column the column whose cell is compared
 * @param expected the expected value as written
 * @param tolerance the allowed difference (0 = exact; for numbers only)
 * @param relative whether the tolerance is relative to |expected|
 * @param source where the expected value comes from (shown in the report)
 */
record Expectation(int line, String row, String column, String expected, double tolerance, boolean relative,
    String source) {

    /** Text of an expected missing cell. */
    static final String MISSING = "missing";

    /** @return the expectations of the setting's text, in order */
    static List<Expectation> parse(final String text) throws InvalidSettingsException {
        List<Expectation> out = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                out.add(parseLine(i + 1, l));
            }
        }
        if (out.isEmpty()) {
            throw new InvalidSettingsException("No expected values: write one per line as "
                + "\"row | column | expected | tolerance | source\".");
        }
        return out;
    }

    private static Expectation parseLine(final int line, final String l) throws InvalidSettingsException {
        String[] f = l.split("\\|", -1);
        if (f.length < 3 || f.length > 5) {
            throw new InvalidSettingsException("Line " + line + " has " + f.length + " fields separated by |; write "
                + "\"row | column | expected | tolerance | source\" (tolerance and source may be left out).");
        }
        String row = f[0].strip();
        String column = f[1].strip();
        String expected = f[2].strip();
        if (row.isEmpty() || column.isEmpty() || expected.isEmpty()) {
            throw new InvalidSettingsException("Line " + line + ": row, column and expected value must not be empty.");
        }
        if (!row.contains("=")) {
            checkRowNumber(line, row);
        }
        String tol = f.length > 3 ? f[3].strip().toLowerCase(Locale.ROOT) : "";
        boolean relative = tol.endsWith("relative");
        String amount = relative ? tol.substring(0, tol.length() - "relative".length()).strip() : tol;
        double tolerance = 0;
        if (!amount.isEmpty()) {
            tolerance = number(amount);
            if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
                throw new InvalidSettingsException("Line " + line + ": the tolerance \"" + f[3].strip()
                    + "\" is not a non-negative number (write e.g. 1e-6 or 1e-8 relative).");
            }
            if (Double.isNaN(number(expected))) {
                throw new InvalidSettingsException("Line " + line + ": a tolerance is given but the expected value \""
                    + expected + "\" is not a number.");
            }
        }
        return new Expectation(line, row, column, expected, tolerance, relative, f.length > 4 ? f[4].strip() : "");
    }

    private static void checkRowNumber(final int line, final String row) throws InvalidSettingsException {
        try {
            if (Integer.parseInt(row) >= 1) {
                return;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidSettingsException("Line " + line + ": the row \"" + row
            + "\" is neither a row number (1 = first row) nor Column=Value.");
    }

    /** @return the number written in {@code s} (decimal, with optional exponent), NaN if it is not one */
    static double number(final String s) {
        if (!s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return Double.NaN;
        }
        return Double.parseDouble(s);
    }

    /** @return the tolerance in words, e.g. "exact", "1.0E-6", "1.0E-8 relative" */
    String toleranceText() {
        return tolerance == 0 ? "exact" : tolerance + (relative ? " relative" : "");
    }

    /** @return whether {@code actual} is within the tolerance of the expected number {@code want} */
    boolean accepts(final double want, final double actual) {
        double allowed = relative ? tolerance * Math.abs(want) : tolerance;
        return Math.abs(actual - want) <= allowed;
    }
}
