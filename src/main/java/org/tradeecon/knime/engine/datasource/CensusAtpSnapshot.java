package org.tradeecon.knime.engine.datasource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The US ATP trade values bundled for offline use (provenance in the resource README):
 * <ul>
 * <li>world ({@link CensusAtpClient#WORLD}): ATP total exports and imports 2004–2018, complete;</li>
 * <li>China (5700): 2017 total exports and balance, and 2017 group 08 (Aerospace) exports; everything else is
 * empty in the source and is reported as missing, never filled.</li>
 * </ul>
 */
public final class CensusAtpSnapshot {

    /** Where the rows come from, for output tables. */
    public static final String SOURCE = "offline snapshot of US Census ATP trade (bundled, see datasource/README.md)";

    private CensusAtpSnapshot() {
    }

    /**
     * Reads the bundled values for a partner.
     *
     * @param partner  {@link CensusAtpClient#CHINA} or {@link CensusAtpClient#WORLD}
     * @param fromYear first year
     * @param toYear   last year
     * @return the grid year × (TOTAL, 01..10), missing values NaN, with the completeness report
     * @throws IllegalArgumentException if the partner is not in the snapshot or the years are reversed
     */
    public static AtpTradeTable read(String partner, int fromYear, int toYear) {
        Requests.checkYears(fromYear, toYear);
        if (CensusAtpClient.WORLD.equals(partner)) {
            AtpGrid grid = new AtpGrid(CensusAtpClient.WORLD, "World (all countries)", fromYear, toYear);
            Csv csv = Csv.readResource(CensusAtpSnapshot.class, "us_atp_exports_world_by_year.csv");
            int y = csv.column("year");
            int x = csv.column("us_atp_exports_world_usd");
            int m = csv.column("us_atp_imports_world_usd");
            for (List<String> r : csv.rows()) {
                int year = Integer.parseInt(r.get(y));
                grid.put(year, AtpTradeRow.TOTAL, 0, number(r.get(x)));
                grid.put(year, AtpTradeRow.TOTAL, 1, number(r.get(m)));
            }
            return grid.build(SOURCE);
        }
        if (CensusAtpClient.CHINA.equals(partner)) {
            AtpGrid grid = new AtpGrid(CensusAtpClient.CHINA, "China", fromYear, toYear);
            Csv total = Csv.readResource(CensusAtpSnapshot.class, "us_china_atp_trade_by_year.csv");
            putFlows(grid, total, -1);
            Csv groups = Csv.readResource(CensusAtpSnapshot.class, "us_china_atp_by_category.csv");
            putFlows(grid, groups, groups.column("atp_code"));
            return grid.build(SOURCE);
        }
        throw new IllegalArgumentException("The offline snapshot has only China (" + CensusAtpClient.CHINA
                + ") and the world total (" + CensusAtpClient.WORLD + "), not partner \"" + partner
                + "\". Use live mode for other partners.");
    }

    private static void putFlows(AtpGrid grid, Csv csv, int groupColumn) {
        int y = csv.column("year");
        int x = csv.column("us_exports_usd");
        int m = csv.column("us_imports_usd");
        int b = csv.column("balance_usd");
        for (List<String> r : csv.rows()) {
            int year = Integer.parseInt(r.get(y));
            String group = groupColumn < 0 ? AtpTradeRow.TOTAL : r.get(groupColumn);
            grid.put(year, group, 0, number(r.get(x)));
            grid.put(year, group, 1, number(r.get(m)));
            grid.put(year, group, 2, number(r.get(b)));
        }
    }

    private static double number(String cell) {
        return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }

    /** @return the ten ATP group codes and names, as in the bundled by-group file */
    static Map<String, String> groupNames() {
        Csv csv = Csv.readResource(CensusAtpSnapshot.class, "us_china_atp_by_category.csv");
        int c = csv.column("atp_code");
        int n = csv.column("atp_category");
        Map<String, String> names = new LinkedHashMap<>();
        for (List<String> r : csv.rows()) {
            names.putIfAbsent(r.get(c), r.get(n));
        }
        return names;
    }
}
