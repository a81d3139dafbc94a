package org.tradeecon.knime.engine.datasource;

/**
 * One tidy row of a World Bank indicator: country, year, indicator, value.
 *
 * @param country   ISO 3166 alpha-3 code as the World Bank gives it (e.g. "CHN")
 * @param year      the year
 * @param indicator the indicator code (e.g. "IP.PAT.NRES")
 * @param value     the value, {@code NaN} when the source has none for this year
 */
public record IndicatorObservation(String country, int year, String indicator, double value) {

    /** @return whether the source has a value */
    public boolean isPresent() {
        return !Double.isNaN(value);
    }
}
