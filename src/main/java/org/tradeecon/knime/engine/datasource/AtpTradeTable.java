package org.tradeecon.knime.engine.datasource;

import java.util.List;

/**
 * US ATP trade rows for a partner and year range, plus what is missing.
 *
 * @param rows         rows by year, then group (missing values NaN)
 * @param completeness missing years per group and flow
 * @param source       where the rows come from
 */
public record AtpTradeTable(List<AtpTradeRow> rows, CompletenessReport completeness, String source) {

    /** Copies the rows. */
    public AtpTradeTable {
        rows = List.copyOf(rows);
    }
}
