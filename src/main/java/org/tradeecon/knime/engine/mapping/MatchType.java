package org.tradeecon.knime.engine.mapping;

/** How a product code was matched to a category. */
public enum MatchType {
    /** The normalised code is in the code list. */
    EXACT("exact"),
    /** A longer code whose first characters are a code of the list (e.g. HS-10 under an HS-6 heading). */
    PARENT("parent code in list"),
    /** A shorter code (e.g. HS-6) all of whose extensions in the list belong to one category: approximate. */
    PREFIX("prefix (approximate)"),
    /** A shorter code whose extensions in the list belong to several categories: not mapped. */
    AMBIGUOUS("ambiguous prefix"),
    /** A well-formed code that is not in the list (for ATP: not a high-tech product). */
    UNMAPPED("not in list"),
    /** A code that cannot be read as a code of the scheme (bad characters, wrong length). */
    MALFORMED("malformed"),
    /** No code at all. */
    MISSING("missing");

    private static final MatchType[] VALUES = values();

    private final String label;

    MatchType(String label) {
        this.label = label;
    }

    /** @return the label shown in tables, e.g. "prefix (approximate)" */
    public String label() {
        return label;
    }

    /** @return whether a category was assigned */
    public boolean isMapped() {
        return this == EXACT || this == PARENT || this == PREFIX;
    }

    /** @return the match type of a byte produced by the batch API */
    public static MatchType ofCode(byte code) {
        return VALUES[code];
    }

    /** @return the byte used for this type by the batch API */
    public byte code() {
        return (byte) ordinal();
    }
}
