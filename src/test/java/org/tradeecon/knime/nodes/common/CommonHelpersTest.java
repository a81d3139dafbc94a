package org.tradeecon.knime.nodes.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.time.localdate.LocalDateCellFactory;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.StubExecutionContext;

class CommonHelpersTest {
    private static final DataTableSpec SPEC = new DataTableSpec(new String[]{"year", "g", "x"},
        new DataType[]{IntCell.TYPE, StringCell.TYPE, DoubleCell.TYPE});

    private static DataRow row(final String key, final int year, final String g, final Double x) {
        return new DefaultRow(key, new IntCell(year), new StringCell(g),
            x == null ? DataType.getMissingCell() : new DoubleCell(x));
    }

    private static SeriesTable read(final BufferedDataTable t, final String time, final String group)
        throws Exception {
        return SeriesTable.read(t, new String[]{"x"}, time, group, new ExecutionMonitor());
    }

    @Test
    void sortsByTimeWithinGroupsInOrderOfFirstAppearance() throws Exception {
        BufferedDataTable t = StubExecutionContext.table(SPEC, row("a", 2001, "B", 2.0), row("b", 2000, "B", 1.0),
            row("c", 2001, "A", 20.0), row("d", 2000, "A", null));
        SeriesTable s = read(t, "year", "g");
        assertEquals(2, s.groups().size());
        assertEquals("B", s.groups().get(0).groupName());
        assertArrayEquals(new double[]{1, 2}, s.groups().get(0).column(0));
        assertArrayEquals(new double[]{Double.NaN, 20}, s.groups().get(1).column(0));
        assertEquals("year 2000 of group \"A\"", s.groups().get(1).describeRow(0));
    }

    @Test
    void duplicateTimesAreNamed() {
        BufferedDataTable t = StubExecutionContext.table(SPEC, row("a", 2000, "A", 1.0), row("b", 2000, "A", 2.0));
        var e = assertThrows(IllegalArgumentException.class, () -> read(t, "year", null));
        assertTrue(e.getMessage().contains("year 2000 (rows \"a\", \"b\")"), e.getMessage());
        assertTrue(e.getMessage().contains("choose a group column"), e.getMessage());
    }

    @Test
    void gapsInYearsAreNamed() {
        BufferedDataTable t = StubExecutionContext.table(SPEC, row("a", 2000, "A", 1.0), row("b", 2003, "A", 2.0));
        var e = assertThrows(IllegalArgumentException.class, () -> read(t, "year", null));
        assertTrue(e.getMessage().contains("no row for year 2001, 2002"), e.getMessage());
    }

    @Test
    void textAndDateTimesAreRead() throws Exception {
        DataTableSpec spec = new DataTableSpec(new String[]{"t", "x"}, new DataType[]{StringCell.TYPE, DoubleCell.TYPE});
        BufferedDataTable t = StubExecutionContext.table(spec,
            new DefaultRow("a", new StringCell("2001-02"), new DoubleCell(2)),
            new DefaultRow("b", new StringCell("2001-01"), new DoubleCell(1)));
        assertArrayEquals(new double[]{1, 2}, read(t, "t", null).groups().get(0).column(0));
        BufferedDataTable bad = StubExecutionContext.table(spec,
            new DefaultRow("a", new StringCell("2001-01"), new DoubleCell(2)),
            new DefaultRow("b", new StringCell("2001-03"), new DoubleCell(1)));
        assertThrows(IllegalArgumentException.class, () -> read(bad, "t", null));

        DataTableSpec dspec = new DataTableSpec(new String[]{"t", "x"},
            new DataType[]{LocalDateCellFactory.TYPE, DoubleCell.TYPE});
        BufferedDataTable d = StubExecutionContext.table(dspec,
            new DefaultRow("a", LocalDateCellFactory.create(LocalDate.of(2001, 5, 2)), new DoubleCell(2)),
            new DefaultRow("b", LocalDateCellFactory.create(LocalDate.of(2001, 1, 9)), new DoubleCell(1)));
        SeriesTable s = read(d, "t", null);
        assertEquals("date 2001-01-09", s.groups().get(0).describeRow(0));
    }

    @Test
    void missingValuePolicies() throws Exception {
        BufferedDataTable t = StubExecutionContext.table(SPEC, row("a", 2000, "A", 1.0), row("b", 2001, "A", null),
            row("c", 2002, "A", 3.0), row("d", 2003, "A", 4.0), row("e", 2004, "A", null));
        SeriesTable.Group g = read(t, "year", null).groups().get(0);
        double[] x = g.column(0);
        var e = assertThrows(IllegalArgumentException.class,
            () -> MissingValues.select(MissingValuePolicy.FAIL, g, new String[]{"x"}, x));
        assertTrue(e.getMessage().startsWith("\"x\" is missing at year 2001."), e.getMessage());
        MissingValues.Selection s = MissingValues.select(MissingValuePolicy.LONGEST_COMPLETE_STRETCH, g,
            new String[]{"x"}, x);
        assertEquals(2, s.start());
        assertEquals(4, s.end());
        assertTrue(s.warning().contains("year 2002 to year 2003 (2 of 5 rows)"), s.warning());
        assertNull(MissingValues.select(MissingValuePolicy.KEEP, g, new String[]{"x"}, x).warning());
    }

    @Test
    void longestStretchTieTakesTheEarliest() {
        double n = Double.NaN;
        assertArrayEquals(new int[]{0, 2}, MissingValues.longestCompleteStretch(5, new double[]{1, 2, n, 4, 5}));
        assertArrayEquals(new int[]{3, 5}, MissingValues.longestCompleteStretch(5, new double[]{1, 2, n, 4, 5},
            new double[]{n, 1, 1, 1, 1}));
        assertArrayEquals(new int[]{0, 0}, MissingValues.longestCompleteStretch(2, new double[]{n, n}));
    }

    @Test
    void specChecksSayWhatToChange() throws Exception {
        var filter = CommonSettings.createColumnsModel();
        assertArrayEquals(new String[]{"x"}, SpecChecks.chosenColumns(SPEC, filter, "year", null));
        var e = assertThrows(InvalidSettingsException.class, () -> SpecChecks.timeColumn(SPEC, "when"));
        assertEquals("The time column \"when\" is not in the input table. Choose another column (or none) for"
            + " \"Time column\".", e.getMessage());
        DataTableSpec noNumbers = new DataTableSpec(new String[]{"s"}, new DataType[]{StringCell.TYPE});
        e = assertThrows(InvalidSettingsException.class, () -> SpecChecks.chosenColumns(noNumbers, filter));
        assertEquals("No numeric column chosen in \"Columns\": the input table has no numeric column.",
            e.getMessage());
        assertThrows(InvalidSettingsException.class, () -> SpecChecks.groupColumn(SPEC, "year", "year"));
        assertEquals(MissingValuePolicy.FAIL, MissingValuePolicy.fromSetting("fail", MissingValuePolicy.values()));
        assertThrows(InvalidSettingsException.class,
            () -> MissingValuePolicy.fromSetting("Keep as missing", MissingValuePolicy.FAIL));
    }

    @Test
    void resultTablePutsTheGroupFirst() throws Exception {
        var exec = StubExecutionContext.create();
        BufferedDataTable t = StubExecutionContext.table(SPEC, row("a", 2000, "A", 1.0));
        SeriesTable.Group g = read(t, null, "g").groups().get(0);
        var b = new ResultTableBuilder(exec, SPEC.getColumnSpec("g"),
            new DataTableSpec(new String[]{"g"}, new DataType[]{DoubleCell.TYPE}).getColumnSpec(0));
        b.add(g, new DoubleCell(5));
        BufferedDataTable out = b.build();
        assertArrayEquals(new String[]{"Group (g)", "g"}, out.getDataTableSpec().getColumnNames());
        List<DataCell> cells = out.iterator().next().stream().toList();
        assertEquals(new StringCell("A"), cells.get(0));
    }

    @Test
    void settingsAddedLaterKeepTheirDefaultForOldWorkflows() throws Exception {
        NodeSettingsSet set = new NodeSettingsSet();
        var old = set.add(new org.knime.core.node.defaultnodesettings.SettingsModelInteger("lags", 0), "Lags");
        var added = set.addLater(new org.knime.core.node.defaultnodesettings.SettingsModelBoolean("trend", true),
            "trend", "Trend");
        org.knime.core.node.NodeSettings s = new org.knime.core.node.NodeSettings("model");
        s.addInt("lags", 2);
        set.validate(s);
        set.loadFrom(s);
        assertEquals(2, old.getIntValue());
        assertTrue(added.getBooleanValue());
        s.addString("trend", "yes");
        var e = assertThrows(InvalidSettingsException.class, () -> set.validate(s));
        assertEquals("Option \"Trend\": Boolean for key \"trend\" not found.", e.getMessage());
    }
}
