package org.tradeecon.knime.engine.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Aggregation per year × category and the unmapped report on a small hand-made input; every expected number is
 * a sum or ratio of the input values worked out by hand in the comments (exact in binary floating point: all
 * values are small integers, so the tolerance is 0 except for the shares, 1e-15).
 */
class AggregationAndReportTest {

    private static final ClassificationScheme ATP = ClassificationScheme.atp();
    private static final CategoryMapper MAPPER = new CategoryMapper(ATP, true, 6);

    // 2017: exports 8471300100 (04) 10 and 5, import 8471300100 (04) 40, import 2933294500 (01) 7,
    //       import 0101210000 (unmapped) 30, import 293329 (ambiguous) 8.
    // 2018: imports only: 8471300100 (04) 100, malformed "84x" 20, a missing code with a missing value.
    private static final String[] CODES = {"8471300100", "8471.30.0100", "8471300100", "2933294500", "0101210000",
        "293329", "8471300100", "84x", null};
    private static final int[] YEARS = {2017, 2017, 2017, 2017, 2017, 2017, 2018, 2018, 2018};
    private static final TradeFlow[] FLOWS = {TradeFlow.EXPORT, TradeFlow.EXPORT, TradeFlow.IMPORT, TradeFlow.IMPORT,
        TradeFlow.IMPORT, TradeFlow.IMPORT, TradeFlow.IMPORT, TradeFlow.IMPORT, TradeFlow.IMPORT};
    private static final double[] VALUES = {10, 5, 40, 7, 30, 8, 100, 20, Double.NaN};

    @Test
    void aggregatesPerYearAndCategory() {
        MappingResult r = MAPPER.map(CODES, YEARS, FLOWS);
        TradeAggregation a = TradeAggregation.of(r, YEARS, FLOWS, VALUES);
        assertEquals(20, a.rows().size()); // 2 years × 10 groups
        TradeAggregation.Row ict17 = a.rows().get(3);
        assertEquals(2017, ict17.year());
        assertEquals("04", ict17.category().code());
        assertEquals(15.0, ict17.exports(), 0);
        assertEquals(40.0, ict17.imports(), 0);
        assertEquals(-25.0, ict17.balance(), 0);
        TradeAggregation.Row bio17 = a.rows().get(0);
        assertEquals(0.0, bio17.exports(), 0);
        assertEquals(7.0, bio17.imports(), 0);
        assertEquals(-7.0, bio17.balance(), 0);
        // 2018 has no export records at all: exports and balance are not observed, not zero.
        TradeAggregation.Row ict18 = a.rows().get(13);
        assertEquals(2018, ict18.year());
        assertTrue(Double.isNaN(ict18.exports()));
        assertEquals(100.0, ict18.imports(), 0);
        assertTrue(Double.isNaN(ict18.balance()));
    }

    @Test
    void recordsWithoutYearOrFlowAreCounted() {
        int[] years = YEARS.clone();
        years[0] = ClassificationScheme.NO_YEAR;
        TradeFlow[] flows = FLOWS.clone();
        flows[1] = null;
        MappingResult r = MAPPER.map(CODES, years, flows);
        TradeAggregation a = TradeAggregation.of(r, years, flows, VALUES);
        assertEquals(1, a.recordsWithoutYear());
        assertEquals(1, a.recordsWithoutFlow());
        assertTrue(Double.isNaN(a.rows().get(3).exports())); // both 2017 export records were left out
        assertThrows(IllegalArgumentException.class, () -> TradeAggregation.of(r, new int[1], flows, VALUES));
        double[] inf = VALUES.clone();
        inf[2] = Double.POSITIVE_INFINITY;
        assertThrows(IllegalArgumentException.class, () -> TradeAggregation.of(r, YEARS, FLOWS, inf));
    }

    @Test
    void unmappedReportCountsAndShares() {
        MappingResult r = MAPPER.map(CODES, YEARS, FLOWS);
        UnmappedReport rep = UnmappedReport.of(MAPPER, CODES, YEARS, FLOWS, r, VALUES);
        // total = 10 + 5 + 40 + 7 + 30 + 8 + 100 + 20 = 220 (the NaN is skipped)
        assertEquals(220.0, rep.totalValue(), 0);
        List<UnmappedReport.Entry> e = rep.entries();
        assertEquals(4, e.size());
        assertEquals("0101210000", e.get(0).code());
        assertEquals(MatchType.UNMAPPED, e.get(0).type());
        assertEquals(1, e.get(0).count());
        assertEquals(30.0 / 220.0, e.get(0).share().getAsDouble(), 1e-15);
        assertEquals("84X", e.get(1).code());
        assertEquals(MatchType.MALFORMED, e.get(1).type());
        assertEquals(20.0 / 220.0, e.get(1).share().getAsDouble(), 1e-15);
        assertEquals("293329", e.get(2).code());
        assertEquals(MatchType.AMBIGUOUS, e.get(2).type());
        assertTrue(e.get(2).reason().contains("[01, 02]"), e.get(2).reason());
        assertEquals("", e.get(3).code());
        assertEquals(MatchType.MISSING, e.get(3).type());
        assertEquals(0.0, e.get(3).share().getAsDouble(), 0);
    }

    @Test
    void shareIsUndefinedWithoutValues() {
        MappingResult r = MAPPER.map(CODES, YEARS, FLOWS);
        UnmappedReport rep = UnmappedReport.of(MAPPER, CODES, YEARS, FLOWS, r, null);
        assertFalse(rep.entries().get(0).share().isPresent());
        assertEquals(4, rep.entries().size());
    }

    /**
     * Records streamed one at a time (as the Category Mapper node reads its table) give what the batch methods
     * give on the same records, and the hand-worked numbers above: 2017 ICT exports 15, imports 40; the unmapped
     * code 0101210000 with 30 of 220.
     */
    @Test
    void streamedRecordsGiveTheBatchResults() {
        MappingResult batch = MAPPER.map(CODES, YEARS, FLOWS);
        CategoryMapper.Records records = MAPPER.records();
        TradeAggregation.Builder totals = TradeAggregation.builder(ATP);
        UnmappedReport.Builder report = UnmappedReport.builder(MAPPER, true);
        for (int i = 0; i < CODES.length; i++) {
            CategoryMapper.RecordMatch m = records.map(CODES[i], YEARS[i], FLOWS[i]);
            assertEquals(batch.categoryIndex(i), m.categoryIndex(), "record " + i);
            assertEquals(batch.matchType(i), m.type(), "record " + i);
            totals.add(YEARS[i], FLOWS[i], m.categoryIndex(), VALUES[i]);
            report.add(CODES[i], YEARS[i], FLOWS[i], m.type(), VALUES[i]);
        }
        assertEquals(batch.warnings(), records.warnings());
        assertEquals(batch.listsUsed(), records.listsUsed());
        TradeAggregation streamed = totals.build();
        assertEquals(TradeAggregation.of(batch, YEARS, FLOWS, VALUES).rows(), streamed.rows());
        assertEquals(15.0, streamed.rows().get(3).exports(), 0);
        assertEquals(40.0, streamed.rows().get(3).imports(), 0);
        UnmappedReport rep = report.build();
        assertEquals(UnmappedReport.of(MAPPER, CODES, YEARS, FLOWS, batch, VALUES).entries(), rep.entries());
        assertEquals(30.0 / 220.0, rep.entries().get(0).share().getAsDouble(), 1e-15);
        assertThrows(IllegalArgumentException.class,
            () -> totals.add(2017, TradeFlow.EXPORT, 0, Double.POSITIVE_INFINITY));
    }
}
