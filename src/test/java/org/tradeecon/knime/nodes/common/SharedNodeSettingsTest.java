package org.tradeecon.knime.nodes.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.StubExecutionContext;
import org.tradeecon.knime.engine.datasource.CompletenessReport;

/**
 * The settings bundles and reader helpers shared by several nodes ({@link OnlineSourceReader},
 * {@link SeriesColumnSettings}). Plumbing only: the expected values are the settings put in, not computed numbers.
 */
class SharedNodeSettingsTest {
    /** @return the current settings of {@code set}, saved (to edit and load back) */
    private static NodeSettings saved(final NodeSettingsSet set) {
        NodeSettings s = new NodeSettings("test");
        set.saveTo(s);
        return s;
    }

    /** @return the saved settings of {@code set} with the year range {@code from}..{@code to} */
    private static NodeSettings years(final NodeSettingsSet set, final int from, final int to) {
        NodeSettings s = saved(set);
        s.addInt(OnlineSourceSettings.CFG_FROM, from);
        s.addInt(OnlineSourceSettings.CFG_TO, to);
        return s;
    }

    @Test
    void readerReadsTheSnapshotUnlessLiveAndPassesTheYearRange() throws Exception {
        NodeSettingsSet set = new NodeSettingsSet();
        OnlineSourceReader reader = new OnlineSourceReader(set);
        NodeSettings s = years(set, 2001, 2003);
        set.loadFrom(s);
        ExecutionContext exec = StubExecutionContext.create();
        assertFalse(reader.isLive());
        assertEquals("snapshot 2001-2003", reader.read(exec, "Test API", (f, from, to) -> "live " + from + "-" + to,
            (from, to) -> "snapshot " + from + "-" + to));
        assertTrue(StubExecutionContext.messages(exec).isEmpty());

        s.addBoolean(OnlineSourceSettings.CFG_LIVE, true);
        assertTrue(reader.isLive(s)); // not yet loaded
        set.loadFrom(s);
        assertEquals("live 2001-2003", reader.read(exec, "Test API", (f, from, to) -> "live " + from + "-" + to,
            (from, to) -> "snapshot " + from + "-" + to));
        assertEquals(List.of("Reading from the Test API"), StubExecutionContext.messages(exec));
    }

    @Test
    void readerRefusesALastYearBeforeTheFirst() throws Exception {
        NodeSettingsSet set = new NodeSettingsSet();
        OnlineSourceReader reader = new OnlineSourceReader(set);
        NodeSettings s = years(set, 2010, 2005);
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> reader.checkYears(s));
        assertEquals("\"Last year\" (2005) is before \"First year\" (2010). Swap them.", e.getMessage());
        set.loadFrom(s);
        assertThrows(InvalidSettingsException.class, reader::checkYears);
    }

    @Test
    void readerTableKeysRowsInOrderAndWarnsOnlyWhenIncomplete() {
        DataTableSpec spec = new DataTableSpec(new String[]{"Name", "Year"},
            new DataType[]{StringCell.TYPE, IntCell.TYPE});
        BufferedDataTable t = OnlineSourceReader.table(StubExecutionContext.create(), spec, List.of("a", "b"),
            r -> new DataCell[]{new StringCell(r), new IntCell(2000)});
        List<String> keys = new ArrayList<>();
        for (DataRow r : t) {
            keys.add(r.getKey().getString() + "=" + r.getCell(0));
        }
        assertEquals(List.of("Row0=a", "Row1=b"), keys);

        CompletenessReport complete = new CompletenessReport(2000, 2001,
            List.of(new CompletenessReport.Series("x", new TreeSet<>())));
        assertNull(OnlineSourceReader.completenessWarning(complete, "the snapshot"));
        CompletenessReport gap = new CompletenessReport(2000, 2001,
            List.of(new CompletenessReport.Series("x", new TreeSet<>(List.of(2001)))));
        assertEquals("Missing values (not filled) in the snapshot: " + gap.summary(),
            OnlineSourceReader.completenessWarning(gap, "the snapshot"));
    }

    @Test
    void seriesColumnsAcceptOnlyTheOfferedMissingValuePolicies() throws Exception {
        NodeSettingsSet set = new NodeSettingsSet();
        SeriesColumnSettings series = new SeriesColumnSettings(set, MissingValuePolicy.FAIL, MissingValuePolicy.FAIL,
            MissingValuePolicy.LONGEST_COMPLETE_STRETCH);
        NodeSettings s = saved(set);
        set.loadFrom(s);
        assertEquals(MissingValuePolicy.FAIL, series.policy());
        assertNull(series.timeColumn()); // blank by default: no time column, no grouping
        assertNull(series.groupColumn());

        s.addString(CommonSettings.CFG_MISSING_VALUES, MissingValuePolicy.KEEP.label());
        assertThrows(InvalidSettingsException.class, () -> series.validate(s));
        set.loadFrom(s);
        assertThrows(InvalidSettingsException.class, series::policy);
    }
}
