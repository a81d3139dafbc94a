package org.tradeecon.knime.engine.mapping;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One code list of a scheme (e.g. the ATP import list of 2017): codes → category index, held in a primitive
 * open-addressing hash table keyed by {@link CodeKey}. A second table holds every proper prefix of every code
 * (length &gt;= 2), marked either with the single category all its extensions share or as ambiguous, so an exact or
 * a prefix look-up is one probe.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class CodeList {

    /** Look-up result: not in the table. */
    static final int ABSENT = -1;
    /** Look-up results at or above this bit are prefix entries; the low bits are the category index. */
    static final int PREFIX_BIT = 1 << 30;
    /** Look-up results in [PARENT_BIT, PREFIX_BIT) are parent-code matches; the low bits are the category index. */
    static final int PARENT_BIT = 1 << 29;
    /** Mask of the category index in a look-up result. */
    static final int CATEGORY_MASK = PARENT_BIT - 1;
    // Ambiguous prefix entries are stored as -(2 + index into ambiguousSets).

    private final Integer year;
    private final TradeFlow flow;
    private final String label;
    private final Table exact;
    private final Table prefixes;
    private final int codeCount;
    private final int maxLength;
    private final int minLength;
    private final int[] countByCategory;
    private final List<int[]> ambiguousSets;

    private CodeList(Integer year, TradeFlow flow, String label, Map<Long, Integer> codes, int categoryCount) {
        this.year = year;
        this.flow = flow;
        this.label = label;
        this.codeCount = codes.size();
        this.countByCategory = new int[categoryCount];
        int longest = 0;
        int shortest = Integer.MAX_VALUE;
        Map<Long, Integer> entries = new LinkedHashMap<>();
        Map<Long, Integer> prefixEntries = new LinkedHashMap<>();
        Map<Long, BitSet> prefixCategories = new LinkedHashMap<>();
        for (Map.Entry<Long, Integer> e : codes.entrySet()) {
            long key = e.getKey();
            int category = e.getValue();
            countByCategory[category]++;
            int length = CodeKey.length(key);
            longest = Math.max(longest, length);
            shortest = Math.min(shortest, length);
            entries.put(key, category);
            for (int n = 2; n < length; n++) {
                prefixCategories.computeIfAbsent(CodeKey.prefix(key, n), k -> new BitSet()).set(category);
            }
        }
        this.maxLength = longest;
        this.minLength = shortest;
        List<int[]> sets = new ArrayList<>();
        for (Map.Entry<Long, BitSet> e : prefixCategories.entrySet()) {
            if (entries.containsKey(e.getKey())) {
                continue; // an exact code of the list wins over a prefix of longer codes
            }
            BitSet cats = e.getValue();
            if (cats.cardinality() == 1) {
                prefixEntries.put(e.getKey(), PREFIX_BIT | cats.nextSetBit(0));
            } else {
                prefixEntries.put(e.getKey(), -(2 + sets.size()));
                sets.add(cats.stream().toArray());
            }
        }
        this.ambiguousSets = Collections.unmodifiableList(sets);
        // Codes and prefixes in separate tables: the codes' table stays small (a few kB for the ATP lists) and
        // full-length codes, the usual case, never touch the prefixes.
        this.exact = new Table(entries);
        this.prefixes = new Table(prefixEntries);
    }

    /**
     * Raw look-up of a valid key: a category index (exact code), {@code PREFIX_BIT | index} (unambiguous prefix),
     * {@link #ABSENT}, or a negative value below -1 (ambiguous prefix).
     */
    int lookup(long key) {
        int r = exact.get(key);
        if (r != ABSENT || CodeKey.length(key) >= maxLength) {
            return r;
        }
        return prefixes.get(key);
    }

    /**
     * The category of the longest code of the list that is a proper prefix of the key (e.g. the HS-6 heading of an
     * HS-10 code in a concordance at HS-6 level): {@code PARENT_BIT | index}, or {@link #ABSENT}. Slow path: only
     * for codes longer than the list's shortest code that are not in the list.
     */
    int parentLookup(long key) {
        for (int n = CodeKey.length(key) - 1; n >= minLength; n--) {
            int r = exact.get(CodeKey.prefix(key, n));
            if (r != ABSENT) {
                return PARENT_BIT | r;
            }
        }
        return ABSENT;
    }

    /** Open-addressing hash table long → int, keys and values interleaved so a hit reads one cache line. */
    private static final class Table {
        private final long[] slots;
        private final int mask;
        private final int shift;

        Table(Map<Long, Integer> entries) {
            // Power of two with load factor <= 0.5, so probe sequences stay short.
            int capacity = Integer.highestOneBit(Math.max(8, entries.size() * 2 - 1)) << 1;
            slots = new long[2 * capacity];
            mask = capacity - 1;
            shift = 64 - Integer.numberOfTrailingZeros(capacity);
            for (Map.Entry<Long, Integer> e : entries.entrySet()) {
                int slot = slot(e.getKey());
                while (slots[2 * slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[2 * slot] = e.getKey();
                slots[2 * slot + 1] = e.getValue();
            }
        }

        private int slot(long key) {
            return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
        }

        int get(long key) {
            int slot = slot(key);
            long k;
            while ((k = slots[2 * slot]) != 0) {
                if (k == key) {
                    return (int) slots[2 * slot + 1];
                }
                slot = (slot + 1) & mask;
            }
            return ABSENT;
        }
    }

    /** @return the category indices an ambiguous look-up result stands for */
    int[] ambiguousCategories(int lookupResult) {
        return ambiguousSets.get(-lookupResult - 2).clone();
    }

    /** @return the code-list year, or {@code null} if the list applies to every year */
    public Integer year() {
        return year;
    }

    /** @return the flow the list is for, or {@code null} if it applies to both flows */
    public TradeFlow flow() {
        return flow;
    }

    /** @return a name for messages, e.g. "ATP import list 2017" */
    public String label() {
        return label;
    }

    /** @return number of codes in the list */
    public int codeCount() {
        return codeCount;
    }

    /** @return the length of the longest code in the list */
    public int maxCodeLength() {
        return maxLength;
    }

    /** @return the length of the shortest code in the list */
    public int minCodeLength() {
        return minLength;
    }

    /** @return number of codes per category index (a copy) */
    public int[] codeCountByCategory() {
        return countByCategory.clone();
    }

    @Override
    public String toString() {
        return label + " (" + codeCount + " codes)";
    }

    /** Collects codes for one list; rejects a code given twice with different categories. */
    static final class Builder {
        private final Integer year;
        private final TradeFlow flow;
        private final String label;
        private final Map<Long, Integer> codes = new LinkedHashMap<>();

        Builder(Integer year, TradeFlow flow, String label) {
            this.year = year;
            this.flow = flow;
            this.label = label;
        }

        /**
         * @param code     raw code text
         * @param category category index
         * @param where    position for error messages, e.g. "row 17"
         * @throws IllegalArgumentException if the code is malformed or already mapped to another category
         */
        void add(String code, int category, String where, List<Category> categories) {
            long key = CodeKey.encode(code);
            if (key <= 0) {
                throw new IllegalArgumentException(where + ": code \"" + code + "\" is " + CodeKey.reason(key) + ".");
            }
            Integer previous = codes.putIfAbsent(key, category);
            if (previous != null && previous != category) {
                throw new IllegalArgumentException(where + ": code " + CodeKey.decode(key) + " is mapped to "
                        + categories.get(previous).code() + " and to " + categories.get(category).code() + " in the "
                        + label + "; a code must map to one category per list.");
            }
        }

        CodeList build(int categoryCount) {
            return new CodeList(year, flow, label, codes, categoryCount);
        }

        boolean isEmpty() {
            return codes.isEmpty();
        }
    }
}
