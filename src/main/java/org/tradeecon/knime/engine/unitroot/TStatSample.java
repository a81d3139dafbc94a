package org.tradeecon.knime.engine.unitroot;

/** On which sample the t-statistic rule ({@link LagSelection#T_STAT}) judges each candidate lag's last lag. */
public enum TStatSample {
    /** Every candidate on the common sample of the maximum lag, as statsmodels' {@code autolag="t-stat"}. Default. */
    COMMON_SAMPLE("every candidate lag on the common max-lag sample (statsmodels)"),
    /**
     * Each candidate k on its own longest sample (n − 1 − k observations), as gretl's
     * {@code adf --test-down=tstat}: a longer lag can be kept because its own sample is longer.
     */
    OWN_SAMPLE("each candidate lag on its own longest sample (gretl)");

    private final String words;

    TStatSample(final String words) {
        this.words = words;
    }

    /** @return the convention in words */
    public String description() {
        return words;
    }
}
