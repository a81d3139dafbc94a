package org.tradeecon.knime.engine.mapping;

/**
 * One row of a user concordance.
 *
 * @param code         the product code (text, leading zeros kept)
 * @param categoryCode the category it belongs to
 * @param categoryName the category's name, or {@code null}/blank to use the code
 * @param year         the code-list year the row applies to, or {@code null} for all years
 */
public record ConcordanceRow(String code, String categoryCode, String categoryName, Integer year) {

    /**
     * @throws IllegalArgumentException if the category code is null or blank
     */
    public ConcordanceRow {
        if (categoryCode == null || categoryCode.isBlank()) {
            throw new IllegalArgumentException("Concordance row for code \"" + code + "\" has no category.");
        }
        categoryCode = categoryCode.trim();
    }
}
