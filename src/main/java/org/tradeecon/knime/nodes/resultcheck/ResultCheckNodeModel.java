package org.tradeecon.knime.nodes.resultcheck;

import static org.tradeecon.knime.nodes.resultcheck.ResultCheckSettings.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.tradeecon.knime.nodes.common.Cells;
import org.tradeecon.knime.nodes.common.PlannedNodeModel;
import org.tradeecon.knime.nodes.common.ResultCells;
import org.tradeecon.knime.nodes.common.SpecChecks;

/**
 * Compares cells of the input table with expected values (each with a tolerance and its source) and fails when
 * one differs: the test-workflow pattern of KNIME's Table Difference Checker, for results whose expected values
 * come from other software. The report table has one row per expected value.
 */
final class ResultCheckNodeModel extends PlannedNodeModel<ResultCheckNodeModel.Plan> {
    private static final DataTableSpec REPORT = new DataTableSpec(ResultCells.column("Line", IntCell.TYPE),
        ResultCells.column("Row", StringCell.TYPE), ResultCells.column("Column", StringCell.TYPE),
        ResultCells.column("Expected", StringCell.TYPE), ResultCells.column("Actual", StringCell.TYPE),
        ResultCells.column("Difference", DoubleCell.TYPE), ResultCells.column("Tolerance", StringCell.TYPE),
        ResultCells.column("Source of the expected value", StringCell.TYPE),
        ResultCells.column("Passed", BooleanCell.TYPE), ResultCells.column("Result", StringCell.TYPE));

    private final SettingsModelString m_expected = settings().add(createExpectedModel(), LABEL_EXPECTED);
    private final SettingsModelBoolean m_fail = settings().add(createFailModel(), LABEL_FAIL);

    ResultCheckNodeModel() {
        super(1);
    }

    /** The parsed expected values, each column checked against the input spec. */
    record Plan(List<Expectation> expectations, DataTableSpec[] outSpecs) implements PlannedNodeModel.Plan {
    }

    @Override
    protected Plan plan(final DataTableSpec in) throws InvalidSettingsException {
        SpecChecks.requireSpec(in);
        List<Expectation> all = Expectation.parse(m_expected.getStringValue());
        for (Expectation e : all) {
            requireColumn(in, e, e.column());
            if (e.row().contains("=")) {
                requireColumn(in, e, selectorColumn(e));
            }
        }
        return new Plan(all, new DataTableSpec[]{REPORT});
    }

    private static void requireColumn(final DataTableSpec in, final Expectation e, final String column)
        throws InvalidSettingsException {
        if (in.findColumnIndex(column) < 0) {
            throw new InvalidSettingsException("Line " + e.line() + ": the input table has no column \"" + column
                + "\".");
        }
    }

    private static String selectorColumn(final Expectation e) {
        return e.row().substring(0, e.row().indexOf('=')).strip();
    }

    private static String selectorValue(final Expectation e) {
        return e.row().substring(e.row().indexOf('=') + 1).strip();
    }

    @Override
    protected BufferedDataTable[] run(final Plan plan, final BufferedDataTable in, final ExecutionContext exec)
        throws Exception {
        DataTableSpec spec = in.getDataTableSpec();
        Map<Expectation, List<DataRow>> found = new HashMap<>();
        long index = 0;
        for (DataRow row : in) {
            exec.checkCanceled();
            index++;
            for (Expectation e : plan.expectations()) {
                if (selects(e, row, index, spec)) {
                    found.computeIfAbsent(e, k -> new ArrayList<>(1)).add(row);
                }
            }
        }
        BufferedDataContainer report = exec.createDataContainer(REPORT);
        int failed = 0;
        String firstFailure = null;
        for (Expectation e : plan.expectations()) {
            Outcome o = compare(e, found.getOrDefault(e, List.of()), spec);
            if (!o.passed()) {
                failed++;
                if (firstFailure == null) {
                    firstFailure = "line " + e.line() + " (row " + e.row() + ", column \"" + e.column() + "\"): "
                        + o.result();
                }
            }
            report.addRowToTable(new DefaultRow(RowKey.createRowKey((long)e.line()), new IntCell(e.line()),
                new StringCell(e.row()), new StringCell(e.column()), new StringCell(e.expected()),
                ResultCells.of(o.actual()), Cells.ofDouble(o.difference()), new StringCell(e.toleranceText()),
                new StringCell(e.source()), BooleanCell.BooleanCellFactory.create(o.passed()),
                new StringCell(o.result())));
        }
        report.close();
        int passed = plan.expectations().size() - failed;
        pushFlowVariableInt(VARIABLES + ".passed", passed);
        pushFlowVariableInt(VARIABLES + ".failed", failed);
        if (failed > 0) {
            String message = failed + " of " + plan.expectations().size() + " expected values differ; the first is "
                + firstFailure + ". The output table lists all of them.";
            if (m_fail.getBooleanValue()) {
                throw new Exception(message);
            }
            setWarningMessage(message);
        }
        return new BufferedDataTable[]{report.getTable()};
    }

    private static boolean selects(final Expectation e, final DataRow row, final long index, final DataTableSpec spec) {
        if (!e.row().contains("=")) {
            return Long.parseLong(e.row()) == index;
        }
        DataCell c = row.getCell(spec.findColumnIndex(selectorColumn(e)));
        return !c.isMissing() && text(c).equals(selectorValue(e));
    }

    /** Outcome of one comparison: the actual value as text (null if there is no cell), difference, verdict. */
    private record Outcome(String actual, double difference, boolean passed, String result) {
    }

    private static Outcome compare(final Expectation e, final List<DataRow> rows, final DataTableSpec spec) {
        if (rows.size() != 1) {
            return new Outcome(null, Double.NaN, false, rows.isEmpty()
                ? "no such row (the table has no row " + e.row() + ")"
                : rows.size() + " rows match " + e.row() + "; make the row selection unique");
        }
        DataCell cell = rows.get(0).getCell(spec.findColumnIndex(e.column()));
        String actual = cell.isMissing() ? Expectation.MISSING : text(cell);
        if (Expectation.MISSING.equalsIgnoreCase(e.expected()) || cell.isMissing()) {
            boolean same = Expectation.MISSING.equalsIgnoreCase(e.expected()) == cell.isMissing();
            return new Outcome(actual, Double.NaN, same, same ? "passed" : "expected " + e.expected()
                + ", found " + actual);
        }
        double want = Expectation.number(e.expected());
        if (Double.isNaN(want) || cell instanceof BooleanValue || !(cell instanceof DoubleValue)) {
            boolean same = actual.equals(e.expected());
            return new Outcome(actual, Double.NaN, same, same ? "passed" : "expected \"" + e.expected()
                + "\", found \"" + actual + "\"");
        }
        double got = ((DoubleValue)cell).getDoubleValue();
        double diff = got - want;
        boolean ok = e.accepts(want, got);
        return new Outcome(actual, diff, ok, ok ? "passed" : "actual minus expected is " + diff + " (allowed: "
            + e.toleranceText() + ")");
    }

    /** @return the cell as the user reads it: numbers in full precision, text as it is */
    private static String text(final DataCell c) {
        if (c instanceof BooleanValue b) {
            return Boolean.toString(b.getBooleanValue());
        }
        if (c instanceof StringValue s) {
            return s.getStringValue();
        }
        return c.toString();
    }
}
