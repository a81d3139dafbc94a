package org.tradeecon.knime.engine.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.tradeecon.knime.engine.datasource.CompletenessReport;

/**
 * Maps product codes to the categories of a {@link ClassificationScheme}.
 *
 * <p>Matching rules for a normalised code (see {@link CodeKey}) and the code list chosen for its year and flow:
 * <ul>
 * <li>null → {@link MatchType#MISSING}; empty, bad characters, longer than the scheme's codes, a length the
 * scheme does not use (ATP: 6, 8 or 10 digits), or a letter in a numeric scheme → {@link MatchType#MALFORMED};</li>
 * <li>in the list → {@link MatchType#EXACT};</li>
 * <li>not in the list, but its first characters are a (shorter) code of the list, e.g. an HS-10 code under an
 * HS-6 heading of a concordance → {@link MatchType#PARENT} (the longest such code);</li>
 * <li>shorter than the list's codes, prefix matching on and at least {@code minPrefixLength} characters: if every
 * list code starting with it has one category → {@link MatchType#PREFIX} (approximate), several categories →
 * {@link MatchType#AMBIGUOUS} (no category assigned), none → {@link MatchType#UNMAPPED};</li>
 * <li>otherwise → {@link MatchType#UNMAPPED}.</li>
 * </ul>
 *
 * <p>The batch methods write category indices ({@code -1} = none) and {@link MatchType#code()} bytes into arrays
 * and allocate nothing per code. Immutable and safe to share between threads.
 */
public final class CategoryMapper {

    /** Default shortest code that prefix matching accepts (HS-6). */
    public static final int DEFAULT_MIN_PREFIX_LENGTH = 6;

    private static final byte EXACT = MatchType.EXACT.code();
    private static final byte PREFIX = MatchType.PREFIX.code();
    private static final byte PARENT = MatchType.PARENT.code();
    private static final byte AMBIGUOUS = MatchType.AMBIGUOUS.code();
    private static final byte UNMAPPED = MatchType.UNMAPPED.code();
    private static final byte MALFORMED = MatchType.MALFORMED.code();
    private static final byte MISSING = MatchType.MISSING.code();

    private final ClassificationScheme scheme;
    private final boolean prefixMatching;
    private final int minPrefixLength;

    /**
     * @param scheme          the classification
     * @param prefixMatching  whether codes shorter than the list's codes are matched by prefix (approximate)
     * @param minPrefixLength shortest code accepted for prefix matching, &gt;= 2
     * @throws IllegalArgumentException if minPrefixLength &lt; 2
     */
    public CategoryMapper(ClassificationScheme scheme, boolean prefixMatching, int minPrefixLength) {
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        if (minPrefixLength < 2) {
            throw new IllegalArgumentException("The shortest prefix must have at least 2 characters, got "
                    + minPrefixLength + ".");
        }
        this.prefixMatching = prefixMatching;
        this.minPrefixLength = minPrefixLength;
    }

    /** Exact matching only. */
    public CategoryMapper(ClassificationScheme scheme) {
        this(scheme, false, DEFAULT_MIN_PREFIX_LENGTH);
    }

    /** @return the scheme */
    public ClassificationScheme scheme() {
        return scheme;
    }

    /**
     * Matches one code, with a reason in words.
     *
     * @param code the raw code (may be null)
     * @param year the record's year or {@link ClassificationScheme#NO_YEAR}
     * @param flow the record's flow or {@code null}
     * @return the match; its {@code listWarning} names the list used when it is not an exact fit
     */
    public Match match(String code, int year, TradeFlow flow) {
        ClassificationScheme.ListChoice choice = scheme.resolve(year, flow);
        CodeList list = choice.list();
        long key = CodeKey.encode((CharSequence) code);
        int result = matchKey(list, code == null ? Long.MIN_VALUE : key);
        MatchType type = MatchType.ofCode(typeOf(result));
        Category category = result >= 0 ? scheme.categories().get(result & CodeList.CATEGORY_MASK) : null;
        String normalized = key > 0 ? CodeKey.decode(key) : null;
        return new Match(type, category, normalized, explain(list, code, key, type), list.label(), choice.warning());
    }

    /**
     * Fast path: maps {@code codes[from..to)} with one code list.
     *
     * @param list     a list of this mapper's scheme
     * @param codes    raw codes (null = missing)
     * @param from     first index, inclusive
     * @param to       last index, exclusive
     * @param category out: category index per code, -1 when none (written at the same indices)
     * @param type     out: {@link MatchType#code()} per code
     */
    public void map(CodeList list, String[] codes, int from, int to, int[] category, byte[] type) {
        checkList(list);
        for (int i = from; i < to; i++) {
            String c = codes[i];
            int r = matchKey(list, c == null ? Long.MIN_VALUE : CodeKey.encode(c));
            category[i] = r >= 0 ? r & CodeList.CATEGORY_MASK : -1;
            type[i] = typeOf(r);
        }
    }

    /**
     * Fast path over packed characters: code {@code i} is {@code chars[offsets[i] .. offsets[i + 1])}, for
     * {@code i = 0 .. offsets.length - 2}. An empty slice is a missing code.
     *
     * @param list     a list of this mapper's scheme
     * @param chars    the characters of all codes, back to back
     * @param offsets  start of each code, plus the end of the last one
     * @param category out: category index per code, -1 when none (length &gt;= offsets.length - 1)
     * @param type     out: {@link MatchType#code()} per code
     */
    public void map(CodeList list, char[] chars, int[] offsets, int[] category, byte[] type) {
        checkList(list);
        for (int i = 0, n = offsets.length - 1; i < n; i++) {
            int s = offsets[i];
            int e = offsets[i + 1];
            int r = matchKey(list, s == e ? Long.MIN_VALUE : CodeKey.encode(chars, s, e));
            category[i] = r >= 0 ? r & CodeList.CATEGORY_MASK : -1;
            type[i] = typeOf(r);
        }
    }

    /**
     * Maps a batch of records, each with its own year and flow; the code list is chosen per (year, flow) as
     * {@link ClassificationScheme#resolve} says. Fallbacks are reported in the result's warnings, one sentence per
     * list and flow naming all years concerned, e.g. "...: 2004–2016 exports mapped with the nearest list, ATP
     * import list 2017 (...)".
     *
     * @param codes raw codes (null = missing)
     * @param years years per record ({@link ClassificationScheme#NO_YEAR} = none), or {@code null} if no record
     *              has a year
     * @param flows flow per record ({@code null} entries = unknown), or {@code null} if no record has a flow
     * @return categories, match types, the lists used and the warnings
     * @throws IllegalArgumentException if years or flows have a different length than codes
     */
    public MappingResult map(String[] codes, int[] years, TradeFlow[] flows) {
        int n = codes.length;
        if (years != null && years.length != n) {
            throw new IllegalArgumentException("years has " + years.length + " entries, codes has " + n + ".");
        }
        if (flows != null && flows.length != n) {
            throw new IllegalArgumentException("flows has " + flows.length + " entries, codes has " + n + ".");
        }
        int[] category = new int[n];
        byte[] type = new byte[n];
        Records records = records();
        int start = 0;
        while (start < n) {
            int year = years == null ? ClassificationScheme.NO_YEAR : years[start];
            TradeFlow flow = flows == null ? null : flows[start];
            int end = start + 1;
            while (end < n && (years == null || years[end] == year) && (flows == null || flows[end] == flow)) {
                end++;
            }
            map(records.list(year, flow), codes, start, end, category, type);
            start = end;
        }
        return new MappingResult(scheme, category, type, records.listsUsed(), records.warnings());
    }

    /** @return a mapper of records one at a time, for input that is streamed rather than held in arrays */
    public Records records() {
        return new Records();
    }

    /**
     * One record's match: the category index ({@code -1} = none) and the match type.
     *
     * @param categoryIndex index into the scheme's categories, or -1
     * @param type the match type
     */
    public record RecordMatch(int categoryIndex, MatchType type) {
    }

    /**
     * Maps records one at a time with the rules of {@link #map(String[], int[], TradeFlow[])}: the code list is
     * chosen once per (year, flow) and fallbacks to a nearest list are collected for {@link #warnings()}. Not
     * safe to share between threads.
     */
    public final class Records {
        private final Map<Long, ClassificationScheme.ListChoice> choices = new HashMap<>();
        private final Map<String, Set<Integer>> fallbacks = new TreeMap<>();

        private Records() {
        }

        /** @return the code list for a year ({@link ClassificationScheme#NO_YEAR} = none) and flow (null = unknown) */
        CodeList list(final int year, final TradeFlow flow) {
            long choiceKey = ((long) year << 2) | (flow == null ? 3 : flow.ordinal());
            ClassificationScheme.ListChoice choice = choices.get(choiceKey);
            if (choice == null) {
                choice = scheme.resolve(year, flow);
                choices.put(choiceKey, choice);
                if (choice.warning() != null) {
                    fallbacks.computeIfAbsent(choice.list().label() + '|' + (flow == null ? "" : flow.word()),
                            k -> new TreeSet<>()).add(year);
                }
            }
            return choice.list();
        }

        /**
         * @param code the raw code (null = missing)
         * @param year the record's year or {@link ClassificationScheme#NO_YEAR}
         * @param flow the record's flow or {@code null}
         * @return its category index and match type
         */
        public RecordMatch map(final String code, final int year, final TradeFlow flow) {
            int r = matchKey(list(year, flow), code == null ? Long.MIN_VALUE : CodeKey.encode(code));
            return new RecordMatch(r >= 0 ? r & CodeList.CATEGORY_MASK : -1, MatchType.ofCode(typeOf(r)));
        }

        /** @return labels of the code lists used so far, in order of first use */
        public List<String> listsUsed() {
            Set<String> used = new LinkedHashSet<>();
            choices.values().forEach(c -> used.add(c.list().label()));
            return new ArrayList<>(used);
        }

        /** @return one sentence per (list used, flow) that was only the nearest fit, as {@link MappingResult#warnings()} */
        public List<String> warnings() {
            return summarize(fallbacks);
        }
    }

    /** One sentence per (list used, flow): which years went to a list that is not an exact fit. */
    private List<String> summarize(Map<String, Set<Integer>> fallbacks) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Set<Integer>> e : fallbacks.entrySet()) {
            String[] listAndFlow = e.getKey().split("\\|", -1);
            Set<Integer> years = new TreeSet<>(e.getValue());
            boolean noYear = years.remove(ClassificationScheme.NO_YEAR);
            String who = (years.isEmpty() ? "" : CompletenessReport.ranges(years))
                    + (noYear ? (years.isEmpty() ? "" : " and ") + "records without a year" : "")
                    + (listAndFlow[1].isEmpty() ? " (flow unknown)" : " " + listAndFlow[1] + "s");
            out.add(scheme.name() + ": " + who + " mapped with the nearest list, " + listAndFlow[0]
                    + " (coverage: " + scheme.coverageSummary() + ").");
        }
        return out;
    }

    private void checkList(CodeList list) {
        if (!scheme.codeLists().contains(list)) {
            throw new IllegalArgumentException("The " + list.label() + " is not a list of the scheme "
                    + scheme.name() + ".");
        }
    }

    /**
     * The core: returns a category index (EXACT), PREFIX_BIT | index (PREFIX), or a negative status:
     * -1 UNMAPPED, -2 AMBIGUOUS, -3 MALFORMED, -4 MISSING. {@code key == Long.MIN_VALUE} means a null code.
     */
    private int matchKey(CodeList list, long key) {
        if (key <= 0) {
            return key == Long.MIN_VALUE ? -4 : -3;
        }
        if (scheme.isNumeric() && CodeKey.hasLetter(key)) {
            return -3;
        }
        int length = CodeKey.length(key);
        if (!scheme.isValidLength(length)) {
            return -3;
        }
        int r = list.lookup(key);
        if (r >= 0 && r < CodeList.PREFIX_BIT) {
            return r;
        }
        if (length > list.minCodeLength()) {
            int parent = list.parentLookup(key);
            if (parent != CodeList.ABSENT) {
                return parent;
            }
        }
        if (r == CodeList.ABSENT || !prefixMatching || length < minPrefixLength) {
            return -1;
        }
        return r >= 0 ? r : -2;
    }

    private static byte typeOf(int r) {
        if (r >= 0) {
            return r >= CodeList.PREFIX_BIT ? PREFIX : r >= CodeList.PARENT_BIT ? PARENT : EXACT;
        }
        switch (r) {
            case -1: return UNMAPPED;
            case -2: return AMBIGUOUS;
            case -3: return MALFORMED;
            default: return MISSING;
        }
    }

    /**
     * Why a code got its match type, in words (slow path, for reports).
     *
     * @param list the list used
     * @param raw  the raw code
     * @param type its match type
     * @return one sentence
     */
    public String explain(CodeList list, String raw, MatchType type) {
        return explain(list, raw, CodeKey.encode(raw), type);
    }

    private String explain(CodeList list, String raw, long key, MatchType type) {
        switch (type) {
            case MISSING:
                return "no code";
            case EXACT:
                return "in the " + list.label();
            case PARENT:
                return "its first characters are a code of the " + list.label();
            case PREFIX:
                return "all codes starting with " + CodeKey.decode(key) + " in the " + list.label()
                        + " belong to one category (approximate)";
            case AMBIGUOUS: {
                int[] cats = list.ambiguousCategories(list.lookup(key));
                List<String> codes = new ArrayList<>();
                for (int c : cats) {
                    codes.add(scheme.categories().get(c).code());
                }
                return "codes starting with " + CodeKey.decode(key) + " in the " + list.label()
                        + " belong to several categories " + codes + "; not mapped";
            }
            case MALFORMED:
                return malformedReason(raw, key);
            default:
                break;
        }
        int length = CodeKey.length(key);
        if (length < list.maxCodeLength() && list.lookup(key) != CodeList.ABSENT && !prefixMatching) {
            return length + "-character code: the " + list.label() + " has " + list.maxCodeLength()
                    + "-character codes and prefix matching is off";
        }
        if (length < list.maxCodeLength() && prefixMatching && length < minPrefixLength
                && list.lookup(key) != CodeList.ABSENT) {
            return length + "-character code is shorter than the shortest prefix allowed (" + minPrefixLength + ")";
        }
        return "not in the " + list.label();
    }

    private String malformedReason(String raw, long key) {
        if (key <= 0) {
            return "\"" + raw + "\": " + CodeKey.reason(key);
        }
        String code = CodeKey.decode(key);
        if (scheme.isNumeric() && CodeKey.hasLetter(key)) {
            return code + ": contains a letter; the codes of " + scheme.name() + " are digits only";
        }
        int length = CodeKey.length(key);
        if (length > scheme.maxCodeLength()) {
            return code + ": " + length + " characters, longer than the scheme's " + scheme.maxCodeLength()
                    + "-character codes";
        }
        String hint = length == 9 || length == 7 || length == 5
                ? " (a leading zero may have been lost when the code was read as a number)" : "";
        List<Integer> valid = new ArrayList<>();
        for (int l = 1; l <= scheme.maxCodeLength(); l++) {
            if (scheme.isValidLength(l)) {
                valid.add(l);
            }
        }
        return code + ": " + length + " characters; the scheme accepts " + valid + hint;
    }

    /**
     * One matched code.
     *
     * @param type           how it matched
     * @param category       the category, or {@code null} unless type is EXACT, PARENT or PREFIX
     * @param normalizedCode the normalised code, or {@code null} if it cannot be normalised
     * @param reason         why, in words
     * @param listUsed       label of the code list used
     * @param listWarning    {@code null}, or the warning that the list is the nearest, not an exact fit
     */
    public record Match(MatchType type, Category category, String normalizedCode, String reason, String listUsed,
            String listWarning) {
    }

    @Override
    public String toString() {
        return "CategoryMapper[" + scheme.name() + ", prefix matching " + (prefixMatching ? "from " + minPrefixLength
                + " characters" : "off") + "]";
    }
}
