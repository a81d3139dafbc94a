package org.tradeecon.knime.engine.granger;

/**
 * "Reproduce the conventions of" for the Granger test (issue 15): each tool's choice of the conventions in which
 * the tools differ, a shortcut to the single options {@link GrangerResult.Statistic} (the statistic the tool
 * reports first) and {@link LagOrderSelection.VarForm} (the form of its VAR lag-selection criterion). Measured
 * against the tools in {@code src/test/resources/reference/granger/conventions_*}: statsmodels'
 * {@code grangercausalitytests}, R lmtest's {@code grangertest} and gretl's {@code var}/{@code omit} give the same
 * F, p-value, df (p, n − 2p − 1) and sample (each lag on its own n − p periods), so they differ only in the VAR
 * criterion's form (gretl's {@code --lagselect} adds K·(1 + ln 2π) to statsmodels' {@code select_order}; the
 * chosen lag is the same). lmtest has no lag selection, so the R preset keeps statsmodels' form. Stata's
 * {@code vargranger} is not reproduced: no worked example with numbers was found to check it against.
 */
public enum GrangerConventionPreset {
    /** statsmodels {@code grangercausalitytests} (ssr F first) and {@code VAR.select_order}. */
    STATSMODELS("statsmodels", GrangerResult.Statistic.F, LagOrderSelection.VarForm.LOG_DETERMINANT),
    /** R lmtest {@code grangertest}: the F of {@code waldtest}; no lag selection (statsmodels' form kept). */
    R("R", GrangerResult.Statistic.F, LagOrderSelection.VarForm.LOG_DETERMINANT),
    /** gretl {@code var} ("All lags of X" F) or {@code omit --test-only}, and {@code var --lagselect}. */
    GRETL("gretl", GrangerResult.Statistic.F, LagOrderSelection.VarForm.LOG_LIKELIHOOD);

    private final String label;
    private final GrangerResult.Statistic statistic;
    private final LagOrderSelection.VarForm varForm;

    GrangerConventionPreset(final String label, final GrangerResult.Statistic statistic,
        final LagOrderSelection.VarForm varForm) {
        this.label = label;
        this.statistic = statistic;
        this.varForm = varForm;
    }

    /** @return the tool's name */
    public String label() {
        return label;
    }

    /** @return the statistic the tool reports first */
    public GrangerResult.Statistic statistic() {
        return statistic;
    }

    /** @return the form of the tool's VAR lag-selection criterion */
    public LagOrderSelection.VarForm varForm() {
        return varForm;
    }
}
