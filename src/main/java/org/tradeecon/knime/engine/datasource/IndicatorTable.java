package org.tradeecon.knime.engine.datasource;

import java.util.List;

/**
 * Tidy World Bank indicator rows plus what is missing.
 *
 * @param rows         one row per requested country × year × indicator, value {@code NaN} when missing
 * @param completeness missing years per country × indicator
 * @param source       where the rows come from, e.g. the bundled snapshot or the API URL base
 */
public record IndicatorTable(List<IndicatorObservation> rows, CompletenessReport completeness, String source) {

    /** Copies the rows. */
    public IndicatorTable {
        rows = List.copyOf(rows);
    }
}
