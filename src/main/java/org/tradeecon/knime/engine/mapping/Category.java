package org.tradeecon.knime.engine.mapping;

/**
 * A category of a classification scheme, e.g. ATP group {@code 04} "Information &amp; Communications".
 *
 * @param code the category code (text)
 * @param name the category name (the code itself when a concordance gives no name)
 */
public record Category(String code, String name) {

    /**
     * @throws IllegalArgumentException if the code is null or blank
     */
    public Category {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A category needs a non-empty code.");
        }
        if (name == null || name.isBlank()) {
            name = code;
        }
    }
}
