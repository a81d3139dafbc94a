package org.tradeecon.knime.engine.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.tradeecon.knime.engine.datasource.CompletenessReport;
import org.tradeecon.knime.engine.datasource.Csv;

/**
 * A classification of product codes into categories, held as data: a set of code lists, each valid for one
 * code-list year (or all years) and one trade flow (or both).
 *
 * <p>Two kinds exist: the bundled US Census ATP scheme ({@link #atp()}: HTS-10 import lists 2017–2022 → ATP groups
 * 01..10) and user concordances ({@link #fromConcordance}: any code → any category, optionally by year). When a
 * record's year or flow has no list, {@link #resolve} picks the nearest list and says which one in a warning.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class ClassificationScheme {

    /** Year value meaning "the record has no year". */
    public static final int NO_YEAR = Integer.MIN_VALUE;

    private static final String ATP_RESOURCE = "atp_hs_concordance.csv";
    private static volatile ClassificationScheme atp;

    private final String name;
    private final List<Category> categories;
    private final List<CodeList> lists;
    private final boolean numeric;
    private final int validLengthMask;
    private final int maxCodeLength;

    private ClassificationScheme(String name, List<Category> categories, List<CodeList> lists, boolean numeric,
            int validLengthMask) {
        this.name = name;
        this.categories = List.copyOf(categories);
        List<CodeList> sorted = new ArrayList<>(lists);
        sorted.sort(Comparator.comparing((CodeList l) -> l.year() == null ? Integer.MIN_VALUE : l.year())
                .thenComparing(l -> l.flow() == null ? -1 : l.flow().ordinal()));
        this.lists = Collections.unmodifiableList(sorted);
        this.numeric = numeric;
        this.validLengthMask = validLengthMask;
        this.maxCodeLength = sorted.stream().mapToInt(CodeList::maxCodeLength).max().orElse(0);
    }

    /**
     * The US Census Bureau Advanced Technology Products scheme, from the bundled code lists (imports, HTS-10,
     * code-list years 2017–2022; see the resource README for provenance). Codes are numeric; codes of 6, 8 and
     * 10 digits are well formed (HS-6, HTS-8, HTS-10), any other length is malformed.
     *
     * @return the scheme (loaded once, then shared)
     */
    public static ClassificationScheme atp() {
        ClassificationScheme s = atp;
        if (s == null) {
            synchronized (ClassificationScheme.class) {
                if (atp == null) {
                    atp = loadAtp();
                }
                s = atp;
            }
        }
        return s;
    }

    private static ClassificationScheme loadAtp() {
        Csv csv = Csv.readResource(ClassificationScheme.class, ATP_RESOURCE);
        int cYear = csv.column("code_list_year");
        int cFlow = csv.column("flow");
        int cCode = csv.column("hs10");
        int cCat = csv.column("atp_code");
        int cName = csv.column("atp_category");
        Map<String, Integer> categoryIndex = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (List<String> r : csv.rows()) {
            names.putIfAbsent(r.get(cCat), r.get(cName));
        }
        List<Category> categories = new ArrayList<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            categoryIndex.put(e.getKey(), categories.size());
            categories.add(new Category(e.getKey(), e.getValue()));
        }
        Map<String, CodeList.Builder> builders = new LinkedHashMap<>();
        int row = 1;
        for (List<String> r : csv.rows()) {
            row++;
            int year = Integer.parseInt(r.get(cYear));
            TradeFlow flow = TradeFlow.parse(r.get(cFlow));
            builders.computeIfAbsent(year + "/" + flow,
                    k -> new CodeList.Builder(year, flow, "ATP " + flow.word() + " list " + year))
                    .add(r.get(cCode), categoryIndex.get(r.get(cCat)), ATP_RESOURCE + " line " + row, categories);
        }
        List<CodeList> lists = new ArrayList<>();
        for (CodeList.Builder b : builders.values()) {
            lists.add(b.build(categories.size()));
        }
        int hsLengths = (1 << 6) | (1 << 8) | (1 << 10);
        return new ClassificationScheme("US Census Advanced Technology Products (ATP)", categories, lists, true,
                hsLengths);
    }

    /**
     * A scheme from a user concordance: any code → any category, optionally by code-list year. Codes keep their
     * leading zeros and are normalised like input codes (dots, hyphens, spaces removed). Every code length up to the
     * longest code of the concordance is well formed. "Made in China 2025" sectors can only be used this way: there
     * is no public product concordance for them, and this engine never invents one.
     *
     * @param name scheme name for messages
     * @param rows the concordance; either every row has a year or none has
     * @return the scheme
     * @throws IllegalArgumentException if rows is empty, a code is malformed, a code maps to two categories in the
     *                                  same year, a category code has two names, or years are given for some rows only
     */
    public static ClassificationScheme fromConcordance(String name, List<ConcordanceRow> rows) {
        Objects.requireNonNull(rows, "rows");
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("The concordance \"" + name + "\" has no rows.");
        }
        boolean byYear = rows.get(0).year() != null;
        Map<String, Integer> categoryIndex = new LinkedHashMap<>();
        List<Category> categories = new ArrayList<>();
        Map<Integer, CodeList.Builder> builders = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        boolean numeric = true;
        for (int i = 0; i < rows.size(); i++) {
            ConcordanceRow r = rows.get(i);
            String where = "Concordance \"" + name + "\" row " + (i + 1);
            if ((r.year() != null) != byYear) {
                throw new IllegalArgumentException(where + " " + (byYear ? "has no year" : "has a year")
                        + " while row 1 " + (byYear ? "has one" : "has none")
                        + "; give a year for every row or for none.");
            }
            Integer idx = categoryIndex.get(r.categoryCode());
            if (idx == null) {
                idx = categories.size();
                categoryIndex.put(r.categoryCode(), idx);
                categories.add(new Category(r.categoryCode(), r.categoryName()));
            } else if (r.categoryName() != null && !r.categoryName().isBlank()
                    && !categories.get(idx).name().equals(r.categoryName())
                    && !categories.get(idx).name().equals(r.categoryCode())) {
                throw new IllegalArgumentException(where + ": category " + r.categoryCode() + " is named \""
                        + r.categoryName() + "\" here but \"" + categories.get(idx).name() + "\" before.");
            }
            Integer year = r.year();
            CodeList.Builder b = builders.computeIfAbsent(year,
                    y -> new CodeList.Builder(y, null, name + (y == null ? "" : " list " + y)));
            b.add(r.code(), idx, where, categories);
            long key = CodeKey.encode(r.code());
            numeric &= !CodeKey.hasLetter(key);
        }
        List<CodeList> lists = new ArrayList<>();
        for (CodeList.Builder b : builders.values()) {
            lists.add(b.build(categories.size()));
        }
        int allLengths = (1 << (CodeKey.MAX_LENGTH + 1)) - 2;
        return new ClassificationScheme(name, categories, lists, numeric, allLengths);
    }

    /** @return the scheme name */
    public String name() {
        return name;
    }

    /** @return the categories, in index order (the batch API returns these indices) */
    public List<Category> categories() {
        return categories;
    }

    /** @return the code lists, by year then flow */
    public List<CodeList> codeLists() {
        return lists;
    }

    /** @return whether all codes are digits only (then a code with a letter is malformed) */
    public boolean isNumeric() {
        return numeric;
    }

    /** @return the length of the longest code of any list */
    public int maxCodeLength() {
        return maxCodeLength;
    }

    /** @return whether a normalised code of this length is well formed in this scheme */
    public boolean isValidLength(int length) {
        return length > 0 && length <= maxCodeLength && (validLengthMask & (1 << length)) != 0;
    }

    /**
     * The coverage of the scheme in words, e.g. "import lists 2017–2022; no export lists".
     *
     * @return one sentence
     */
    public String coverageSummary() {
        StringBuilder sb = new StringBuilder();
        for (TradeFlow f : new TradeFlow[] {TradeFlow.IMPORT, TradeFlow.EXPORT}) {
            List<Integer> years = new ArrayList<>();
            boolean anyFlow = false;
            boolean allYears = false;
            for (CodeList l : lists) {
                if (l.flow() == null || l.flow() == f) {
                    anyFlow |= l.flow() == null;
                    if (l.year() == null) {
                        allYears = true;
                    } else {
                        years.add(l.year());
                    }
                }
            }
            if (sb.length() > 0) {
                sb.append("; ");
            }
            if (anyFlow) {
                sb.append("lists for both flows, ");
                sb.append(allYears ? "all years" : "years " + CompletenessReport.ranges(years));
                break;
            }
            sb.append(years.isEmpty() && !allYears ? "no " + f.word() + " lists"
                    : f.word() + " lists " + (allYears ? "for all years" : CompletenessReport.ranges(years)));
        }
        return sb.toString();
    }

    /**
     * Chooses the code list for a record's year and flow.
     *
     * <p>Rules: lists of the record's flow (or for both flows) are preferred; if there is none, lists of the other
     * flow are used and the choice is reported. Among them, the list of the record's year (or for all years) is
     * used; otherwise the list of the nearest year (the earlier one on a tie), reported. A record without a year
     * gets the latest list, reported unless the scheme has one list for all years; a record without a flow gets a
     * list of either flow, reported if the lists are flow specific.
     *
     * @param year the record's year or {@link #NO_YEAR}
     * @param flow the record's flow or {@code null} if unknown
     * @return the list and, if it is not an exact fit, a warning naming the list used
     */
    public ListChoice resolve(int year, TradeFlow flow) {
        List<CodeList> candidates = new ArrayList<>();
        for (CodeList l : lists) {
            if (flow == null || l.flow() == null || l.flow() == flow) {
                candidates.add(l);
            }
        }
        boolean flowFallback = candidates.isEmpty();
        if (flowFallback) {
            candidates.addAll(lists);
        }
        CodeList best = null;
        for (CodeList l : candidates) {
            if (best == null || closer(l, best, year)) {
                best = l;
            }
        }
        boolean yearExact = best.year() == null || (year != NO_YEAR && best.year() == year);
        boolean flowExact = !flowFallback && (best.flow() == null || flow != null);
        if (yearExact && flowExact) {
            return new ListChoice(best, null);
        }
        String what = (year == NO_YEAR ? "records without a year" : String.valueOf(year))
                + (flow == null ? (best.flow() == null ? "" : " (flow unknown)") : " " + flow.word() + "s");
        String reason;
        if (year == NO_YEAR && yearExact) {
            reason = "";
        } else if (year == NO_YEAR) {
            reason = "no year given; ";
        } else {
            reason = (yearExact ? "" : "no list for " + year + "; ");
        }
        if (flowFallback) {
            reason += "no " + flow.word() + " list; ";
        }
        return new ListChoice(best, name + ": " + what + " mapped with the nearest list, " + best.label() + " ("
                + reason + "coverage: " + coverageSummary() + ").");
    }

    /** Whether list a fits the year better than list b (distance, then earlier year on a tie, then flow order). */
    private static boolean closer(CodeList a, CodeList b, int year) {
        long da = distance(a, year);
        long db = distance(b, year);
        if (da != db) {
            return da < db;
        }
        return a.year() != null && b.year() != null && a.year() < b.year() && year != NO_YEAR;
    }

    private static long distance(CodeList l, int year) {
        if (l.year() == null) {
            return 0;
        }
        if (year == NO_YEAR) {
            return -l.year(); // latest list first
        }
        return Math.abs((long) l.year() - year);
    }

    /**
     * The code list chosen for a year and flow.
     *
     * @param list    the list to use
     * @param warning {@code null} if the list fits exactly, else a sentence naming the list used and why
     */
    public record ListChoice(CodeList list, String warning) {
    }
}
