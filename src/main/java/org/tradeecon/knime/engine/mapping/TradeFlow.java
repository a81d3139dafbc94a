package org.tradeecon.knime.engine.mapping;

import java.util.Locale;

/** Direction of a trade record, seen from the reporting country. */
public enum TradeFlow {
    /** Goods leaving the reporter. */
    EXPORT,
    /** Goods entering the reporter. */
    IMPORT;

    /**
     * Reads a flow label: "export", "exports", "X", "E" or "import", "imports", "M", "I" (any case, surrounding
     * spaces ignored).
     *
     * @param label the text; {@code null} or blank means "unknown"
     * @return the flow, or {@code null} if the label is null or blank
     * @throws IllegalArgumentException if the label is not one of the accepted words
     */
    public static TradeFlow parse(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        switch (label.trim().toLowerCase(Locale.ROOT)) {
            case "export": case "exports": case "x": case "e":
                return EXPORT;
            case "import": case "imports": case "m": case "i":
                return IMPORT;
            default:
                throw new IllegalArgumentException("Unknown trade flow \"" + label
                        + "\": use export(s)/X/E or import(s)/M/I.");
        }
    }

    /** @return "export" or "import" */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
