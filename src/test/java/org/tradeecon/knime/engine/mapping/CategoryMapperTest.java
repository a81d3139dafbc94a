package org.tradeecon.knime.engine.mapping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Matching against the bundled Census ATP import lists. Expected categories are read off the Census code lists
 * (bundled atp_hs_concordance.csv, i.e. impatpYY.txt): e.g. 2933294500 is in group 01 in 2017, 8471300100 in
 * group 04; 3002150011 first appears in the 2022 list; all codes starting 293723 are in group 01; codes starting
 * 293329 are in groups 01 and 02; codes starting 30021200 are in groups 01 and 02.
 */
class CategoryMapperTest {

    private static final ClassificationScheme ATP = ClassificationScheme.atp();
    private final CategoryMapper exact = new CategoryMapper(ATP);
    private final CategoryMapper prefix = new CategoryMapper(ATP, true, 6);

    @Test
    void exactTenDigitMatch() {
        CategoryMapper.Match m = exact.match("2933294500", 2017, TradeFlow.IMPORT);
        assertEquals(MatchType.EXACT, m.type());
        assertEquals(new Category("01", "Biotechnology"), m.category());
        assertEquals("ATP import list 2017", m.listUsed());
        assertNull(m.listWarning());
        assertEquals("04", exact.match("8471.30.0100", 2017, TradeFlow.IMPORT).category().code());
        assertEquals("04", exact.match(" 8471-30-0100 ", 2017, TradeFlow.IMPORT).category().code());
    }

    @Test
    void listsDifferByYear() {
        assertEquals(MatchType.EXACT, exact.match("3002150011", 2022, TradeFlow.IMPORT).type());
        assertEquals("01", exact.match("3002150011", 2022, TradeFlow.IMPORT).category().code());
        CategoryMapper.Match old = exact.match("3002150011", 2017, TradeFlow.IMPORT);
        assertEquals(MatchType.UNMAPPED, old.type());
        assertEquals("not in the ATP import list 2017", old.reason());
    }

    @Test
    void nonHighTechCodeIsUnmapped() {
        CategoryMapper.Match m = exact.match("0101210000", 2018, TradeFlow.IMPORT);
        assertEquals(MatchType.UNMAPPED, m.type());
        assertNull(m.category());
        assertEquals("0101210000", m.normalizedCode());
    }

    @Test
    void prefixMatchIsApproximateAndOnlyWhenAsked() {
        CategoryMapper.Match m = prefix.match("2937.23", 2017, TradeFlow.IMPORT);
        assertEquals(MatchType.PREFIX, m.type());
        assertEquals("01", m.category().code());
        assertTrue(m.reason().contains("approximate"), m.reason());
        CategoryMapper.Match off = exact.match("293723", 2017, TradeFlow.IMPORT);
        assertEquals(MatchType.UNMAPPED, off.type());
        assertTrue(off.reason().contains("prefix matching is off"), off.reason());
        // Shorter than the minimum prefix length: 4-digit headings are malformed for ATP (6, 8 or 10 digits).
        assertEquals(MatchType.MALFORMED, prefix.match("2937", 2017, TradeFlow.IMPORT).type());
        CategoryMapper prefix8 = new CategoryMapper(ATP, true, 8);
        assertEquals(MatchType.UNMAPPED, prefix8.match("293723", 2017, TradeFlow.IMPORT).type());
        assertThrows(IllegalArgumentException.class, () -> new CategoryMapper(ATP, true, 1));
    }

    @Test
    void prefixWithSeveralCategoriesIsAmbiguousNotGuessed() {
        CategoryMapper.Match m6 = prefix.match("293329", 2017, TradeFlow.IMPORT);
        assertEquals(MatchType.AMBIGUOUS, m6.type());
        assertNull(m6.category());
        assertTrue(m6.reason().contains("[01, 02]"), m6.reason());
        assertEquals(MatchType.AMBIGUOUS, prefix.match("3002.12.00", 2017, TradeFlow.IMPORT).type());
    }

    @Test
    void malformedCodesAreReportedWithAReason() {
        CategoryMapper.Match letter = exact.match("84713001A0", 2017, TradeFlow.IMPORT);
        assertEquals(MatchType.MALFORMED, letter.type());
        assertTrue(letter.reason().contains("digits only"), letter.reason());
        CategoryMapper.Match nine = exact.match("847130010", 2017, TradeFlow.IMPORT);
        assertEquals(MatchType.MALFORMED, nine.type());
        assertTrue(nine.reason().contains("leading zero"), nine.reason());
        CategoryMapper.Match slash = exact.match("8471/30/0100", 2017, TradeFlow.IMPORT);
        assertEquals(MatchType.MALFORMED, slash.type());
        assertTrue(slash.reason().contains("character"), slash.reason());
        assertEquals(MatchType.MALFORMED, exact.match("84713001001", 2017, TradeFlow.IMPORT).type());
        assertEquals(MatchType.MALFORMED, exact.match("", 2017, TradeFlow.IMPORT).type());
        assertEquals(MatchType.MISSING, exact.match(null, 2017, TradeFlow.IMPORT).type());
    }

    @Test
    void batchAgreesWithSingleMatches() {
        String[] codes = {"2933294500", "8471.30.0100", "0101210000", "293723", "293329", "847130010", null,
            "3002150011", "3002150011"};
        int[] years = {2017, 2017, 2017, 2017, 2017, 2017, 2017, 2017, 2022};
        TradeFlow[] flows = new TradeFlow[codes.length];
        java.util.Arrays.fill(flows, TradeFlow.IMPORT);
        MappingResult r = prefix.map(codes, years, flows);
        for (int i = 0; i < codes.length; i++) {
            CategoryMapper.Match m = prefix.match(codes[i], years[i], flows[i]);
            assertEquals(m.type(), r.matchType(i), "record " + i);
            assertEquals(m.category(), r.category(i), "record " + i);
        }
        assertEquals(List.of("ATP import list 2017", "ATP import list 2022"), r.listsUsed());
        assertTrue(r.warnings().isEmpty());
        assertEquals(3, r.count(MatchType.EXACT));
        assertEquals(1, r.count(MatchType.PREFIX));
    }

    @Test
    void batchWarnsOncePerFallbackList() {
        String[] codes = {"2933294500", "2933294500", "8471300100", "8471300100"};
        int[] years = {2004, 2004, 2005, 2004};
        TradeFlow[] flows = {TradeFlow.EXPORT, TradeFlow.EXPORT, TradeFlow.EXPORT, TradeFlow.EXPORT};
        MappingResult r = exact.map(codes, years, flows);
        assertEquals(List.of(ATP.name() + ": 2004–2005 exports mapped with the nearest list, ATP import list 2017"
                + " (coverage: import lists 2017–2022; no export lists)."), r.warnings());
        assertEquals(4, r.count(MatchType.EXACT));
        MappingResult noYear = exact.map(codes, null, null);
        assertEquals(List.of("ATP import list 2022"), noYear.listsUsed());
        assertEquals(List.of(ATP.name() + ": records without a year (flow unknown) mapped with the nearest list,"
                + " ATP import list 2022 (coverage: import lists 2017–2022; no export lists)."), noYear.warnings());
        assertThrows(IllegalArgumentException.class, () -> exact.map(codes, new int[1], null));
    }

    @Test
    void charDataPathAgreesWithStringPath() {
        String[] codes = {"2933294500", "8471.30.0100", "0101210000", "293723", "", "84x1"};
        StringBuilder sb = new StringBuilder();
        int[] offsets = new int[codes.length + 1];
        for (int i = 0; i < codes.length; i++) {
            offsets[i] = sb.length();
            sb.append(codes[i]);
        }
        offsets[codes.length] = sb.length();
        CodeList list = ATP.codeLists().get(0);
        int[] c1 = new int[codes.length];
        byte[] t1 = new byte[codes.length];
        int[] c2 = new int[codes.length];
        byte[] t2 = new byte[codes.length];
        prefix.map(list, sb.toString().toCharArray(), offsets, c1, t1);
        String[] asStrings = codes.clone();
        asStrings[4] = null; // an empty slice is a missing code
        prefix.map(list, asStrings, 0, codes.length, c2, t2);
        assertArrayEquals(c2, c1);
        assertArrayEquals(t2, t1);
        assertEquals(MatchType.MISSING, MatchType.ofCode(t1[4]));
        CodeList foreign = ClassificationScheme.fromConcordance("x", List.of(new ConcordanceRow("1", "A", null, null)))
                .codeLists().get(0);
        assertThrows(IllegalArgumentException.class, () -> prefix.map(foreign, codes, 0, 1, c1, t1));
    }

    @Test
    void userConcordanceKeepsLeadingZerosAndAcceptsLetters() {
        ClassificationScheme s = ClassificationScheme.fromConcordance("custom", List.of(
                new ConcordanceRow("0101.21", "animals", "Live animals", null),
                new ConcordanceRow("A12", "letters", null, null)));
        CategoryMapper m = new CategoryMapper(s, true, 2);
        assertEquals("animals", m.match("010121", 2000, TradeFlow.EXPORT).category().code());
        assertEquals(MatchType.UNMAPPED, m.match("101210", 2000, TradeFlow.EXPORT).type());
        assertEquals(MatchType.PREFIX, m.match("0101", 2000, TradeFlow.EXPORT).type());
        assertEquals("letters", m.match("a-12", 2000, null).category().code());
        assertEquals(MatchType.MALFORMED, m.match("0101211", 2000, null).type());
    }

    @Test
    void longerCodesMatchTheirParentCodeInTheConcordance() {
        ClassificationScheme s = ClassificationScheme.fromConcordance("hs6 level", List.of(
                new ConcordanceRow("010121", "A", null, null),
                new ConcordanceRow("0101", "B", null, null),
                new ConcordanceRow("8471300100", "C", null, null)));
        CategoryMapper m = new CategoryMapper(s);
        CategoryMapper.Match hs10 = m.match("0101.21.0000", 2000, null);
        assertEquals(MatchType.PARENT, hs10.type());
        assertEquals("A", hs10.category().code()); // the longest parent wins
        assertTrue(hs10.reason().contains("first characters"), hs10.reason());
        assertEquals("B", m.match("0101290000", 2000, null).category().code());
        assertEquals(MatchType.UNMAPPED, m.match("0102290000", 2000, null).type());
        // the bundled ATP lists have 10-digit codes only, so there is no parent match there
        assertEquals(MatchType.UNMAPPED, exact.match("8471300199", 2017, TradeFlow.IMPORT).type());
    }
}
