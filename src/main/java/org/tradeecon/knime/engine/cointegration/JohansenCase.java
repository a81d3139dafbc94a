package org.tradeecon.knime.engine.cointegration;

/**
 * The five deterministic cases of the Johansen test (Johansen 1995, section 5.7; Osterwald-Lenum 1992), in the
 * VECM ΔX_t = αβ'X_{t-1} + Σ Γ_i ΔX_{t-i} + deterministic terms + ε_t. A term "in the cointegrating relations"
 * enters as an extra row of β (restricted, so it cannot create a trend in the data); an "unrestricted" term enters
 * the equation freely. Numbered 1 to 5 as in Johansen's and Osterwald-Lenum's tables.
 */
public enum JohansenCase {
    /** Case 1: no constant and no trend anywhere (the data have mean zero and no drift). */
    NO_CONSTANT("no constant", 0, false, false),
    /** Case 2: a constant inside the cointegrating relations only (data without drift). */
    RESTRICTED_CONSTANT("constant in the cointegrating relations only", 1, false, false),
    /** Case 3: an unrestricted constant (data with a linear trend, relations without one). */
    UNRESTRICTED_CONSTANT("unrestricted constant", 0, true, false),
    /** Case 4: an unrestricted constant and a trend inside the cointegrating relations only. */
    RESTRICTED_TREND("unrestricted constant and a trend in the cointegrating relations only", 2, true, false),
    /** Case 5: an unrestricted constant and an unrestricted trend (data with a quadratic trend). */
    UNRESTRICTED_TREND("unrestricted constant and unrestricted trend", 0, true, true);

    private final String description;
    /** 0: no restricted term, 1: a restricted constant, 2: a restricted trend. */
    private final int restricted;
    private final boolean constant;
    private final boolean trend;

    JohansenCase(final String description, final int restricted, final boolean constant, final boolean trend) {
        this.description = description;
        this.restricted = restricted;
        this.constant = constant;
        this.trend = trend;
    }

    /** @return the case in words, e.g. "unrestricted constant" */
    public String description() {
        return description;
    }

    /** @return the case number, 1 to 5, of Johansen (1995) and Osterwald-Lenum (1992) */
    public int number() {
        return ordinal() + 1;
    }

    /** @return whether β has an extra row for a restricted constant or trend */
    public boolean hasRestrictedTerm() {
        return restricted != 0;
    }

    /** @return the name of β's extra row, "constant" or "trend", or null when there is none */
    public String restrictedTermName() {
        return restricted == 1 ? "constant" : restricted == 2 ? "trend" : null;
    }

    boolean restrictedTrend() {
        return restricted == 2;
    }

    /** @return whether the equation has an unrestricted constant */
    public boolean unrestrictedConstant() {
        return constant;
    }

    /** @return whether the equation has an unrestricted trend */
    public boolean unrestrictedTrend() {
        return trend;
    }

    /** @return the deterministic columns of the unrestricted VAR in levels used for lag selection (0, 1 or 2) */
    int varDeterministicColumns() {
        return restricted == 2 || trend ? 2 : restricted == 1 || constant ? 1 : 0;
    }
}
