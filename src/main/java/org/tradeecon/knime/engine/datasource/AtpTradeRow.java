package org.tradeecon.knime.engine.datasource;

/**
 * US trade in Advanced Technology Products with one partner, one year, one ATP group (or the ATP total), in USD.
 *
 * @param partnerCode Census country code (e.g. "5700" China) or {@link CensusAtpClient#WORLD}
 * @param partnerName partner name
 * @param year        calendar year (December year-to-date = annual total)
 * @param group       ATP group "01".."10", or {@link #TOTAL}
 * @param groupName   group name
 * @param exports     US exports to the partner; {@code NaN} when the source has no value
 * @param imports     US general imports from the partner; {@code NaN} when the source has no value
 * @param balance     exports − imports as published by the source, or computed when both are present;
 *                    {@code NaN} otherwise
 */
public record AtpTradeRow(String partnerCode, String partnerName, int year, String group, String groupName,
        double exports, double imports, double balance) {

    /** Group value of a row that holds the total over all ATP groups. */
    public static final String TOTAL = "TOTAL";
}
