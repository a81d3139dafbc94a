package org.tradeecon.knime.engine.datasource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Collects ATP trade values for one partner onto the full grid year × (TOTAL, 01..10) and reports what is missing.
 * Shared by the live and the offline Census readers.
 */
final class AtpGrid {

    private static final String EXPORTS = "exports";
    private static final String IMPORTS = "imports";

    private final String partnerCode;
    private String partnerName;
    private final int fromYear;
    private final int toYear;
    private final Map<String, String> groupNames = new LinkedHashMap<>();
    private final Map<String, double[]> cells = new LinkedHashMap<>();

    AtpGrid(String partnerCode, String partnerName, int fromYear, int toYear) {
        this.partnerCode = partnerCode;
        this.partnerName = partnerName;
        this.fromYear = fromYear;
        this.toYear = toYear;
        groupNames.put(AtpTradeRow.TOTAL, "Advanced Technology Products (all groups)");
        groupNames.putAll(CensusAtpSnapshot.groupNames());
    }

    void partnerName(String name) {
        if (name != null && !name.isBlank()) {
            partnerName = name;
        }
    }

    /** @param index 0 exports, 1 imports, 2 balance as published */
    void put(int year, String group, int index, double value) {
        if (year < fromYear || year > toYear) {
            return;
        }
        if (!groupNames.containsKey(group)) {
            groupNames.put(group, group);
        }
        cells.computeIfAbsent(year + "|" + group, k -> new double[] {Double.NaN, Double.NaN, Double.NaN})[index] =
                value;
    }

    AtpTradeTable build(String source) {
        List<AtpTradeRow> rows = new ArrayList<>();
        Map<String, TreeSet<Integer>> missing = new LinkedHashMap<>();
        for (String g : groupNames.keySet()) {
            missing.put(EXPORTS + " " + g, new TreeSet<>());
            missing.put(IMPORTS + " " + g, new TreeSet<>());
        }
        for (int y = fromYear; y <= toYear; y++) {
            for (Map.Entry<String, String> g : groupNames.entrySet()) {
                double[] c = cells.getOrDefault(y + "|" + g.getKey(),
                        new double[] {Double.NaN, Double.NaN, Double.NaN});
                double balance = !Double.isNaN(c[2]) ? c[2] : c[0] - c[1];
                rows.add(new AtpTradeRow(partnerCode, partnerName, y, g.getKey(), g.getValue(), c[0], c[1], balance));
                if (Double.isNaN(c[0])) {
                    missing.get(EXPORTS + " " + g.getKey()).add(y);
                }
                if (Double.isNaN(c[1])) {
                    missing.get(IMPORTS + " " + g.getKey()).add(y);
                }
            }
        }
        List<CompletenessReport.Series> series = new ArrayList<>();
        for (Map.Entry<String, TreeSet<Integer>> e : missing.entrySet()) {
            series.add(new CompletenessReport.Series(partnerName + " (" + partnerCode + ") " + e.getKey(),
                    e.getValue()));
        }
        return new AtpTradeTable(rows, new CompletenessReport(fromYear, toYear, series), source);
    }
}
