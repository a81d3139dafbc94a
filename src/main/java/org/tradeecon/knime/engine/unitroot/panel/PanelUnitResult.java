package org.tradeecon.knime.engine.unitroot.panel;

import java.util.OptionalDouble;

/**
 * One panel unit's part in a panel test: its own statistic (the ADF τ, or Hadri's LM_i) and p-value, or the reason
 * it was left out.
 *
 * @param unit the unit's name
 * @param statistic the unit's statistic (NaN only when {@link #error()} is set)
 * @param pValue the p-value that enters the panel statistic (MacKinnon for ADF τ); empty for Hadri's LM_i and for
 *        an excluded unit
 * @param lags the ADF lag used (0 for Hadri)
 * @param observations the observations of the unit's regression
 * @param error why the unit was excluded, or null when it took part
 */
public record PanelUnitResult(String unit, double statistic, OptionalDouble pValue, int lags, int observations,
    String error) {

    /** @return whether the unit took part in the panel statistic */
    public boolean included() {
        return error == null;
    }

    static PanelUnitResult excluded(final String unit, final String error) {
        return new PanelUnitResult(unit, Double.NaN, OptionalDouble.empty(), 0, 0, error);
    }
}
