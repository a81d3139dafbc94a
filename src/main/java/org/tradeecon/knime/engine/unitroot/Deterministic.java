package org.tradeecon.knime.engine.unitroot;

/**
 * Deterministic terms of a unit-root regression. The short codes are those of statsmodels and MacKinnon's
 * tables ("n", "c", "ct", "ctt").
 */
public enum Deterministic {
    /** No constant, no trend. */
    NONE("n", 0, "no constant, no trend"),
    /** A constant (for KPSS: level stationarity). */
    CONSTANT("c", 1, "constant"),
    /** A constant and a linear trend (for KPSS: trend stationarity). */
    TREND("ct", 2, "constant and linear trend"),
    /** A constant, a linear and a quadratic trend. */
    QUADRATIC_TREND("ctt", 3, "constant, linear and quadratic trend");

    private final String code;
    private final int terms;
    private final String words;

    Deterministic(final String code, final int terms, final String words) {
        this.code = code;
        this.terms = terms;
        this.words = words;
    }

    /** @return the short code: "n", "c", "ct" or "ctt" */
    public String code() {
        return code;
    }

    /** @return the number of deterministic regressors (0 to 3) */
    public int termCount() {
        return terms;
    }

    /** @return a description in words, e.g. "constant and linear trend" */
    public String description() {
        return words;
    }

    /**
     * @param code "n", "c", "ct" or "ctt" (case-insensitive; "nc" is accepted for "n")
     * @return the matching value
     * @throws IllegalArgumentException for any other code
     */
    public static Deterministic fromCode(final String code) {
        String c = code == null ? "" : code.trim().toLowerCase(java.util.Locale.ROOT);
        if (c.equals("nc")) {
            return NONE;
        }
        for (Deterministic d : values()) {
            if (d.code.equals(c)) {
                return d;
            }
        }
        throw new IllegalArgumentException(
            "Unknown deterministic terms '" + code + "': use n (none), c (constant), ct (constant and trend)"
                + " or ctt (constant, trend and trend squared).");
    }
}
