package org.tradeecon.knime.nodes.worldbank;

import org.tradeecon.knime.nodes.common.LabelledChoice;

/** How the World Bank reader lays out its table; the setting stores the label. */
enum TableLayout implements LabelledChoice {
    /** Country, Year, Indicator, Value: one row per observation (tidy; the layout before the setting existed). */
    LONG("Long: one row per country, year and indicator"),
    /** Country, Year and one column per indicator: the layout the analysis nodes read directly. */
    WIDE("Wide: one row per country and year, one column per indicator");

    private final String m_label;

    TableLayout(final String label) {
        m_label = label;
    }

    @Override
    public String label() {
        return m_label;
    }
}
