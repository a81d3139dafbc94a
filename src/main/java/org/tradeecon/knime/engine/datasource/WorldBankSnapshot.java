package org.tradeecon.knime.engine.datasource;

import java.util.ArrayList;
import java.util.List;

/**
 * The World Bank indicators bundled for offline use: {@code IP.PAT.NRES} and {@code BX.KLT.DINV.WD.GD.ZS} for China
 * (CHN), 2004–2018 (provenance in the resource README; the FDI series is the primary WDI vintage). Requests for
 * other countries, indicators or years give rows with missing values, reported as missing, never filled.
 */
public final class WorldBankSnapshot {

    /** Where the rows come from, for output tables. */
    public static final String SOURCE = "offline snapshot of WDI (bundled, see datasource/README.md)";

    private WorldBankSnapshot() {
    }

    /** @return every bundled observation */
    public static List<IndicatorObservation> all() {
        List<IndicatorObservation> out = new ArrayList<>();
        read("china_patent_nonresident.csv", "patent_applications_nonresident", out);
        read("china_fdi_pct_gdp.csv", "fdi_net_inflows_pct_gdp", out);
        return out;
    }

    private static void read(String file, String valueColumn, List<IndicatorObservation> out) {
        Csv csv = Csv.readResource(WorldBankSnapshot.class, file);
        int y = csv.column("year");
        int c = csv.column("country");
        int i = csv.column("indicator");
        int v = csv.column(valueColumn);
        for (List<String> r : csv.rows()) {
            String cell = r.get(v);
            out.add(new IndicatorObservation(r.get(c), Integer.parseInt(r.get(y)), r.get(i),
                    cell.isEmpty() ? Double.NaN : Double.parseDouble(cell)));
        }
    }

    /**
     * The bundled rows for a request, on the full grid with gaps reported.
     *
     * @param indicators indicator codes
     * @param countries  ISO alpha-3 codes
     * @param fromYear   first year
     * @param toYear     last year
     * @return tidy rows (missing values NaN) and completeness
     * @throws IllegalArgumentException as {@link WorldBankClient#fetch}
     */
    public static IndicatorTable read(List<String> indicators, List<String> countries, int fromYear, int toYear) {
        Requests.check(indicators, "indicator", fromYear, toYear);
        Requests.check(countries, "country", fromYear, toYear);
        return WorldBankClient.tidy(all(), indicators, countries, fromYear, toYear, SOURCE);
    }
}
