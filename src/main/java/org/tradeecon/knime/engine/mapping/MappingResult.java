package org.tradeecon.knime.engine.mapping;

import java.util.List;

/**
 * The result of {@link CategoryMapper#map(String[], int[], TradeFlow[])}: per record a category index and a match
 * type, plus the code lists used and the warnings about lists that were only the nearest fit.
 */
public final class MappingResult {

    private final ClassificationScheme scheme;
    private final int[] category;
    private final byte[] type;
    private final List<String> listsUsed;
    private final List<String> warnings;

    MappingResult(ClassificationScheme scheme, int[] category, byte[] type, List<String> listsUsed,
            List<String> warnings) {
        this.scheme = scheme;
        this.category = category;
        this.type = type;
        this.listsUsed = List.copyOf(listsUsed);
        this.warnings = List.copyOf(warnings);
    }

    /** @return number of records */
    public int size() {
        return category.length;
    }

    /** @return the category index of record i, or -1 if none was assigned */
    public int categoryIndex(int i) {
        return category[i];
    }

    /** @return the category of record i, or {@code null} if none was assigned */
    public Category category(int i) {
        return category[i] < 0 ? null : scheme.categories().get(category[i]);
    }

    /** @return the match type of record i */
    public MatchType matchType(int i) {
        return MatchType.ofCode(type[i]);
    }

    /** @return a copy of all category indices (-1 = none) */
    public int[] categoryIndices() {
        return category.clone();
    }

    /** @return how many records have the given match type */
    public int count(MatchType t) {
        byte b = t.code();
        int n = 0;
        for (byte x : type) {
            if (x == b) {
                n++;
            }
        }
        return n;
    }

    /** @return the scheme used */
    public ClassificationScheme scheme() {
        return scheme;
    }

    /** @return labels of the code lists used, in order of first use */
    public List<String> listsUsed() {
        return listsUsed;
    }

    /** @return one warning per (year, flow) that had no exact list, naming the list used; empty if none */
    public List<String> warnings() {
        return warnings;
    }
}
