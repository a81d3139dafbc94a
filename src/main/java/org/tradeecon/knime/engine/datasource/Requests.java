package org.tradeecon.knime.engine.datasource;

import java.util.List;

/** Checks of reader arguments, shared by the live and offline readers. */
final class Requests {

    private Requests() {
    }

    /**
     * @throws IllegalArgumentException if codes is empty, a code is blank or not made of letters, digits, dots and
     *                                  underscores, or toYear &lt; fromYear
     */
    static void check(List<String> codes, String what, int fromYear, int toYear) {
        if (codes == null || codes.isEmpty()) {
            throw new IllegalArgumentException("Give at least one " + what + " code.");
        }
        for (String c : codes) {
            if (c == null || !c.matches("[A-Za-z0-9._]+")) {
                throw new IllegalArgumentException("The " + what + " code \"" + c + "\" is not valid: use letters,"
                        + " digits, dots and underscores only (e.g. CHN, IP.PAT.NRES).");
            }
        }
        checkYears(fromYear, toYear);
    }

    /** @throws IllegalArgumentException if toYear &lt; fromYear or a year is outside 1900..2100 */
    static void checkYears(int fromYear, int toYear) {
        if (toYear < fromYear) {
            throw new IllegalArgumentException("The year range " + fromYear + "–" + toYear
                    + " is reversed: the first year must not be after the last.");
        }
        if (fromYear < 1900 || toYear > 2100) {
            throw new IllegalArgumentException("The year range " + fromYear + "–" + toYear
                    + " is outside 1900–2100.");
        }
    }
}
