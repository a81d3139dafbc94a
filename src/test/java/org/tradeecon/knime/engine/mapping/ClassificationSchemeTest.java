package org.tradeecon.knime.engine.mapping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The bundled ATP scheme and user concordances. Expected list sizes and per-group counts are the ones the data
 * collector counted and recorded in /work/shared/data/README.md ("Rows per year, with counts for groups 01..10"),
 * i.e. independent of this code.
 */
class ClassificationSchemeTest {

    private static final ClassificationScheme ATP = ClassificationScheme.atp();

    @Test
    void atpHasTheTenCensusGroups() {
        List<Category> c = ATP.categories();
        assertEquals(10, c.size());
        assertEquals(new Category("01", "Biotechnology"), c.get(0));
        assertEquals(new Category("04", "Information & Communications"), c.get(3));
        assertEquals(new Category("10", "Nuclear Technology"), c.get(9));
        assertSame(ATP, ClassificationScheme.atp());
    }

    @Test
    void atpCoverageMatchesTheDataReadme() {
        int[][] expected = {
            {21, 95, 54, 136, 45, 101, 7, 52, 21, 14},
            {21, 95, 58, 138, 45, 101, 7, 52, 21, 14},
            {21, 95, 56, 137, 45, 103, 7, 52, 21, 14},
            {23, 95, 56, 137, 45, 102, 7, 52, 21, 14},
            {27, 95, 56, 137, 45, 102, 7, 52, 21, 14},
            {27, 101, 55, 141, 92, 118, 7, 68, 21, 14}};
        int[] rows = {546, 552, 551, 552, 556, 644};
        List<CodeList> lists = ATP.codeLists();
        assertEquals(6, lists.size());
        for (int i = 0; i < 6; i++) {
            CodeList l = lists.get(i);
            assertEquals(2017 + i, l.year());
            assertEquals(TradeFlow.IMPORT, l.flow());
            assertEquals(rows[i], l.codeCount());
            assertArrayEquals(expected[i], l.codeCountByCategory(), l.label());
            assertEquals(10, l.maxCodeLength());
        }
        assertEquals("import lists 2017–2022; no export lists", ATP.coverageSummary());
    }

    @Test
    void exactYearAndFlowNeedNoWarning() {
        ClassificationScheme.ListChoice c = ATP.resolve(2019, TradeFlow.IMPORT);
        assertEquals("ATP import list 2019", c.list().label());
        assertNull(c.warning());
    }

    @Test
    void yearWithoutListUsesNearestAndNamesIt() {
        ClassificationScheme.ListChoice early = ATP.resolve(2010, TradeFlow.IMPORT);
        assertEquals(2017, early.list().year());
        assertTrue(early.warning().contains("2010 imports mapped with the nearest list, ATP import list 2017"),
                early.warning());
        assertTrue(early.warning().contains("no list for 2010"), early.warning());
        assertEquals(2022, ATP.resolve(2030, TradeFlow.IMPORT).list().year());
    }

    @Test
    void exportsUseTheImportListAndSaySo() {
        ClassificationScheme.ListChoice c = ATP.resolve(2018, TradeFlow.EXPORT);
        assertEquals("ATP import list 2018", c.list().label());
        assertTrue(c.warning().contains("no export list"), c.warning());
        assertTrue(c.warning().contains("ATP import list 2018"), c.warning());
    }

    @Test
    void missingYearOrFlowIsReported() {
        ClassificationScheme.ListChoice noYear = ATP.resolve(ClassificationScheme.NO_YEAR, TradeFlow.IMPORT);
        assertEquals(2022, noYear.list().year());
        assertTrue(noYear.warning().contains("no year given"), noYear.warning());
        ClassificationScheme.ListChoice noFlow = ATP.resolve(2020, null);
        assertEquals("ATP import list 2020", noFlow.list().label());
        assertTrue(noFlow.warning().contains("flow unknown"), noFlow.warning());
    }

    @Test
    void userConcordanceWithoutYearsAppliesEverywhere() {
        ClassificationScheme s = ClassificationScheme.fromConcordance("my sectors", List.of(
                new ConcordanceRow("0101.21", "A", "Animals", null),
                new ConcordanceRow("8471", "B", null, null)));
        assertEquals(List.of(new Category("A", "Animals"), new Category("B", "B")), s.categories());
        assertEquals(1, s.codeLists().size());
        assertNull(s.resolve(1999, TradeFlow.EXPORT).warning());
        assertNull(s.resolve(ClassificationScheme.NO_YEAR, null).warning());
        assertEquals("lists for both flows, all years", s.coverageSummary());
    }

    @Test
    void userConcordanceByYear() {
        ClassificationScheme s = ClassificationScheme.fromConcordance("by year", List.of(
                new ConcordanceRow("111111", "A", null, 2005),
                new ConcordanceRow("111111", "B", null, 2010)));
        assertEquals(2, s.codeLists().size());
        assertNull(s.resolve(2010, TradeFlow.IMPORT).warning());
        ClassificationScheme.ListChoice c = s.resolve(2008, TradeFlow.IMPORT);
        assertEquals(2010, c.list().year());
        assertTrue(c.warning().contains("by year list 2010"), c.warning());
        assertEquals(2005, s.resolve(2007, TradeFlow.IMPORT).list().year());
        assertEquals("lists for both flows, years 2005, 2010", s.coverageSummary());
    }

    @Test
    void userConcordanceErrorsNameTheRow() {
        IllegalArgumentException conflict = assertThrows(IllegalArgumentException.class,
                () -> ClassificationScheme.fromConcordance("c", List.of(
                        new ConcordanceRow("1234", "A", null, null), new ConcordanceRow("12.34", "B", null, null))));
        assertTrue(conflict.getMessage().contains("row 2") && conflict.getMessage().contains("1234"),
                conflict.getMessage());
        IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class,
                () -> ClassificationScheme.fromConcordance("c", List.of(
                        new ConcordanceRow("1234", "A", null, 2001), new ConcordanceRow("5678", "B", null, null))));
        assertTrue(mixed.getMessage().contains("row 2 has no year"), mixed.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> ClassificationScheme.fromConcordance("c", List.of(new ConcordanceRow("12/4", "A", null, null))));
        assertTrue(bad.getMessage().contains("row 1"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ClassificationScheme.fromConcordance("c", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ConcordanceRow("1", " ", null, null));
        IllegalArgumentException names = assertThrows(IllegalArgumentException.class,
                () -> ClassificationScheme.fromConcordance("c", List.of(
                        new ConcordanceRow("1", "A", "Alpha", null), new ConcordanceRow("2", "A", "Beta", null))));
        assertTrue(names.getMessage().contains("Alpha"), names.getMessage());
    }

    @Test
    void madeInChina2025OnlyThroughAUserConcordance() {
        List<Category> sectors = MadeInChina2025.sectors();
        assertEquals(10, sectors.size());
        assertEquals(new Category("3", "Aerospace equipment"), sectors.get(2));
        assertTrue(MadeInChina2025.NO_CONCORDANCE_NOTE.contains("no public product concordance"));
        // A user concordance with sector codes is an ordinary scheme. The row is a synthetic test input, not a
        // mapping the project ships or endorses.
        ClassificationScheme s = ClassificationScheme.fromConcordance("MIC2025 (user)", List.of(
                new ConcordanceRow("880240", "3", sectors.get(2).name(), null)));
        Category c = new CategoryMapper(s).match("8802.40", ClassificationScheme.NO_YEAR, null).category();
        assertEquals(sectors.get(2), c);
    }
}
