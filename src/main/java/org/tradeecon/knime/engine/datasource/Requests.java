package org.tradeecon.knime.engine.datasource;

import java.util.List;
import java.util.regex.Pattern;

/** Checks of reader arguments, shared by the live and offline readers and the nodes. */
public final class Requests {

    /** An indicator code: letters and digits in parts joined by single dots or underscores (IP.PAT.NRES). */
    private static final Pattern INDICATOR = Pattern.compile("[A-Za-z0-9]+(?:[._][A-Za-z0-9]+)*");
    /** A World Bank country code: 2 or 3 letters or digits (CHN, CN, 1W, WLD). */
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z0-9]{2,3}");

    private Requests() {
    }

    /** @return whether {@code code} is an indicator code (never a path: no "..", no "/", at most 80 characters) */
    public static boolean isIndicatorCode(String code) {
        return code != null && code.length() <= 80 && INDICATOR.matcher(code).matches();
    }

    /** @return whether {@code code} is a country code of 2 or 3 letters or digits */
    public static boolean isCountryCode(String code) {
        return code != null && COUNTRY.matcher(code).matches();
    }

    /** @return how a valid code of {@code what} ("indicator" or "country") looks, for messages */
    public static String codeRule(String what) {
        return "country".equals(what) ? "2 or 3 letters or digits, e.g. CHN or CN"
                : "letters and digits in parts joined by single dots or underscores, e.g. IP.PAT.NRES";
    }

    /**
     * @param what "indicator" or "country"
     * @throws IllegalArgumentException if codes is empty, a code is not a valid code of that kind, or toYear &lt;
     *                                  fromYear
     */
    static void check(List<String> codes, String what, int fromYear, int toYear) {
        if (codes == null || codes.isEmpty()) {
            throw new IllegalArgumentException("Give at least one " + what + " code.");
        }
        for (String c : codes) {
            if (!("country".equals(what) ? isCountryCode(c) : isIndicatorCode(c))) {
                throw new IllegalArgumentException("The " + what + " code \"" + c + "\" is not valid: use "
                        + codeRule(what) + ".");
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
