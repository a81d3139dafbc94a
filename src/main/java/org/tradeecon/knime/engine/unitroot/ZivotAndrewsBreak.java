package org.tradeecon.knime.engine.unitroot;

/** Where the Zivot–Andrews (1992) alternative allows a one-time break; every model has a constant and a trend. */
public enum ZivotAndrewsBreak {
    /** Model A: a break in the intercept, DU_t = 1(t &gt; TB) (statsmodels "c", urca "intercept"). */
    INTERCEPT("A", "c", "break in the intercept"),
    /** Model B: a break in the trend, DT_t = (t − TB)·1(t &gt; TB) (statsmodels "t", urca "trend"). */
    TREND("B", "t", "break in the trend"),
    /** Model C: a break in both (statsmodels "ct", urca "both"). */
    BOTH("C", "ct", "break in the intercept and the trend");

    private final String model;
    private final String code;
    private final String words;

    ZivotAndrewsBreak(final String model, final String code, final String words) {
        this.model = model;
        this.code = code;
        this.words = words;
    }

    /** @return Zivot and Andrews' model letter: "A", "B" or "C" */
    public String model() {
        return model;
    }

    /** @return statsmodels' code: "c", "t" or "ct" */
    public String code() {
        return code;
    }

    /** @return the break in words */
    public String description() {
        return words;
    }

    boolean hasLevelShift() {
        return this != TREND;
    }

    boolean hasTrendShift() {
        return this != INTERCEPT;
    }
}
