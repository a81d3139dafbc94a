package org.tradeecon.knime.engine.cointegration;

/**
 * The five deterministic cases of Pesaran, Shin and Smith (2001) for the error-correction regression
 * Δy_t = [c0] + [c1·t] + π_y·y_{t−1} + π_x'·x_{t−1} + Σ ψ_i·Δy_{t−i} + Σ ω_j'·Δx_{t−j} + u_t.
 * Cases II and IV estimate the same regression as III and V; they add the constant (II) or the trend (IV) to
 * the restrictions tested, i.e. the deterministic term is restricted to the long-run relation.
 */
public enum BoundsCase {
    /** Case I: no intercept, no trend. */
    I(1, 0, false, "no intercept, no trend"),
    /** Case II: restricted intercept (in the level relation), no trend. */
    II(2, 1, true, "restricted intercept, no trend"),
    /** Case III: unrestricted intercept, no trend (the usual choice). */
    III(3, 1, false, "unrestricted intercept, no trend"),
    /** Case IV: unrestricted intercept, restricted trend (in the level relation). */
    IV(4, 2, true, "unrestricted intercept, restricted trend"),
    /** Case V: unrestricted intercept and trend. */
    V(5, 2, false, "unrestricted intercept, unrestricted trend");

    private final int number;
    private final int terms;
    private final boolean restrictsTerm;
    private final String words;

    BoundsCase(final int number, final int terms, final boolean restrictsTerm, final String words) {
        this.number = number;
        this.terms = terms;
        this.restrictsTerm = restrictsTerm;
        this.words = words;
    }

    /** @return 1..5, PSS's numbering */
    public int number() {
        return number;
    }

    /** @return the deterministic terms in the regression: 0 (none), 1 (constant) or 2 (constant and trend) */
    public int deterministicTerms() {
        return terms;
    }

    /** @return whether the last deterministic term (constant in II, trend in IV) is part of the F test */
    public boolean restrictsDeterministicTerm() {
        return restrictsTerm;
    }

    /** @return whether PSS (2001) tabulate bounds for the t statistic (cases I, III and V, Table CII) */
    public boolean hasTBounds() {
        return this == I || this == III || this == V;
    }

    /** @return the case in words, e.g. "case III (unrestricted intercept, no trend)" */
    public String description() {
        return "case " + name() + " (" + words + ")";
    }

    /**
     * @param number 1..5
     * @return the case
     * @throws IllegalArgumentException for another number
     */
    public static BoundsCase of(final int number) {
        for (BoundsCase c : values()) {
            if (c.number == number) {
                return c;
            }
        }
        throw new IllegalArgumentException("The PSS bounds test has cases 1 to 5 (I to V), not " + number + ".");
    }
}
