package org.tradeecon.knime.nodes.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.tradeecon.knime.testsupport.Tolerance.assertRelative;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.StubExecutionContext;
import org.tradeecon.knime.testsupport.NodeTestSupport.TableBuilder;
import org.tradeecon.knime.testsupport.NodeTestSupport;

/**
 * The Series Transform node through the KNIME stand-in. Every expected value is a closed form stated beside it
 * (ln(e^2) = 2, ln(-(-3e8) / 1e8) = ln 3, 6 / 4 = 1.5, ...); where the result is not exact in binary the tolerance
 * is 1e-15 relative (a few ulps), otherwise the comparison is exact.
 */
class TransformNodeModelTest {
    private static final double N = Double.NaN;
    private static final double REL = 1e-15;

    /** Year (int), Value, Balance, China, World (doubles), Country (text): the paper's raw inputs, made up. */
    private static TableBuilder paper() {
        return new TableBuilder().column("Year", IntCell.TYPE).column("Value", DoubleCell.TYPE)
            .column("Balance", DoubleCell.TYPE).column("China", DoubleCell.TYPE).column("World", DoubleCell.TYPE)
            .column("Country", StringCell.TYPE)
            .row(2004, 2.5, -3e8, 6.0, 4.0, "CN")
            .row(2005, Math.exp(2), -1e8, 1.0, 3.0, "CN")
            .row(2006, 1.0, -2.5e10, 0.0, 8.0, "CN");
    }

    private static NodeSettings defaults() {
        return NodeModelTestAccess.saveSettings(new TransformNodeModel());
    }

    /** @return settings for {@code operation} on column x, appending {@code newColumn}, with the divisor 1 */
    private static NodeSettings settings(final String operation, final String x, final String newColumn) {
        NodeSettings s = defaults();
        s.addString(TransformSettings.CFG_OPERATION, operation);
        s.addString(TransformSettings.CFG_COLUMN, x);
        s.addString(TransformSettings.CFG_NEW_COLUMN, newColumn);
        return s;
    }

    private static TransformNodeModel model(final NodeSettingsRO s) throws InvalidSettingsException {
        return NodeTestSupport.loaded(TransformNodeModel::new, s);
    }

    private static BufferedDataTable run(final NodeSettingsRO s, final BufferedDataTable in) throws Exception {
        return NodeModelTestAccess.execute(model(s), StubExecutionContext.create(), in)[0];
    }

    private static double[] column(final NodeSettingsRO s, final BufferedDataTable in, final String name)
        throws Exception {
        return NodeTestSupport.doubles(run(s, in), name);
    }

    private static String configureError(final NodeSettingsRO s, final DataTableSpec spec) {
        return assertThrows(InvalidSettingsException.class, () -> NodeModelTestAccess.configure(model(s), spec))
            .getMessage();
    }

    private static String executeError(final NodeSettingsRO s, final BufferedDataTable in) {
        return assertThrows(IllegalArgumentException.class, () -> run(s, in)).getMessage();
    }

    // ---- the four operations against closed forms

    @Test
    void scaleWithDivisorOneIsAnExactCopyUnderANewName() throws Exception {
        BufferedDataTable out = run(settings("x / divisor", "Value", "FDIGDP"), paper().table());
        assertArrayEquals(NodeTestSupport.doubles(out, "Value"), NodeTestSupport.doubles(out, "FDIGDP"), 0.0);
        assertEquals(List.of("Year", "Value", "Balance", "China", "World", "Country", "FDIGDP"),
            List.of(out.getDataTableSpec().getColumnNames()));
        assertEquals(DoubleCell.TYPE, out.getDataTableSpec().getColumnSpec("FDIGDP").getType());
    }

    @Test
    void scaleDividesByTheDivisor() throws Exception {
        NodeSettings s = settings("x / divisor", "China", "c");
        s.addDouble(TransformSettings.CFG_DIVISOR, 4.0);
        // 6 / 4 = 1.5, 1 / 4 = 0.25, 0 / 4 = 0: exact in binary
        assertArrayEquals(new double[]{1.5, 0.25, 0.0}, column(s, paper().table(), "c"), 0.0);
    }

    @Test
    void lnOfXOverDivisor() throws Exception {
        NodeSettings s = settings("ln(x / divisor)", "Value", "PATENT");
        double[] patent = column(s, paper().table(), "PATENT");
        assertRelative(Math.log(2.5), patent[0], REL, "ln(2.5)");
        assertRelative(2.0, patent[1], REL, "ln(e^2) = 2");
        assertEquals(0.0, patent[2], 0.0, "ln(1) = 0");

        s.addDouble(TransformSettings.CFG_DIVISOR, 2.5);
        // ln(2.5 / 2.5) = 0, ln(e^2 / 2.5) = 2 - ln 2.5, ln(1 / 2.5) = -ln 2.5
        double[] scaled = column(s, paper().table(), "PATENT");
        assertEquals(0.0, scaled[0], 0.0);
        assertRelative(2 - Math.log(2.5), scaled[1], REL, "ln(e^2 / 2.5)");
        assertRelative(-Math.log(2.5), scaled[2], REL, "ln(1 / 2.5)");
    }

    /** The paper's lny: the log of the US deficit (a negative balance) in USD 100 million. */
    @Test
    void lnOfMinusXOverDivisorIsTheLogOfADeficit() throws Exception {
        NodeSettings s = settings("ln(-x / divisor)", "Balance", "lny");
        s.addDouble(TransformSettings.CFG_DIVISOR, 1e8);
        double[] lny = column(s, paper().table(), "lny");
        // -(-3e8) / 1e8 = 3 and -(-1e8) / 1e8 = 1 exactly, so ln 3 and ln 1 = 0 exactly; -(-2.5e10) / 1e8 = 250
        assertEquals(Math.log(3), lny[0], 0.0, "ln(-(-3e8) / 1e8) = ln 3");
        assertEquals(0.0, lny[1], 0.0, "ln(-(-1e8) / 1e8) = 0");
        assertRelative(Math.log(250), lny[2], REL, "ln(-(-2.5e10) / 1e8) = ln 250");
    }

    /** The paper's RATIO: exports to China over exports to the world. */
    @Test
    void ratioOfTwoColumns() throws Exception {
        NodeSettings s = settings("x / y", "China", "RATIO");
        s.addString(TransformSettings.CFG_SECOND_COLUMN, "World");
        s.addDouble(TransformSettings.CFG_DIVISOR, 0.0); // not used by x / y
        double[] ratio = column(s, paper().table(), "RATIO");
        assertEquals(1.5, ratio[0], 0.0, "6 / 4 = 1.5");
        assertRelative(1.0 / 3, ratio[1], REL, "1 / 3");
        assertEquals(0.0, ratio[2], 0.0, "0 / 8 = 0");
    }

    @Test
    void integerAndLongColumnsAreNumeric() throws Exception {
        TableBuilder b = new TableBuilder().column("i", IntCell.TYPE).column("l", LongCell.TYPE)
            .row(6, new LongCell(4L));
        NodeSettings s = settings("x / y", "i", "r");
        s.addString(TransformSettings.CFG_SECOND_COLUMN, "l");
        assertArrayEquals(new double[]{1.5}, column(s, b.table(), "r"), 0.0);
    }

    @Test
    void flowVariablesMayGiveTheShortNames() throws Exception {
        NodeSettings s = settings("ln_neg", "Balance", "lny");
        s.addDouble(TransformSettings.CFG_DIVISOR, 1e8);
        assertEquals(Math.log(3), column(s, paper().table(), "lny")[0], 0.0);
        NodeSettings r = settings("RATIO", "China", "r");
        r.addString(TransformSettings.CFG_SECOND_COLUMN, "World");
        assertEquals(1.5, column(r, paper().table(), "r")[0], 0.0);
        assertEquals(2.0, column(settings(" Ln ", "Value", "p"), paper().table(), "p")[1], 2 * REL);
        assertEquals(2.5, column(settings("scale", "Value", "v"), paper().table(), "v")[0], 0.0);
    }

    // ---- missing values, rows and progress

    @Test
    void aMissingInputGivesAMissingResultAndOneWarning() throws Exception {
        TableBuilder b = new TableBuilder().column("Year", IntCell.TYPE).column("x", DoubleCell.TYPE)
            .column("y", DoubleCell.TYPE)
            .row(2004, 4.0, 2.0).row(2005, null, 2.0).row(2006, 8.0, null).row(2007, null, null).row(2008, 1.0, 4.0);
        TransformNodeModel m = model(settings("x / divisor", "x", "z"));
        BufferedDataTable out = NodeModelTestAccess.execute(m, StubExecutionContext.create(), b.table())[0];
        assertArrayEquals(new double[]{4, N, 8, N, 1}, NodeTestSupport.doubles(out, "z"), 0.0);
        assertArrayEquals(new double[]{2004, 2005, 2006, 2007, 2008}, NodeTestSupport.doubles(out, "Year"), 0.0);
        assertEquals("2 rows have a missing value in \"x\": the result is missing there.",
            NodeModelTestAccess.warning(m));

        NodeSettings r = settings("x / y", "x", "z");
        r.addString(TransformSettings.CFG_SECOND_COLUMN, "y");
        m = model(r);
        out = NodeModelTestAccess.execute(m, StubExecutionContext.create(), b.table())[0];
        assertArrayEquals(new double[]{2, N, N, N, 0.25}, NodeTestSupport.doubles(out, "z"), 0.0);
        assertEquals("3 rows have a missing value in \"x\" or \"y\": the result is missing there.",
            NodeModelTestAccess.warning(m));
        assertEquals("1 row has a missing value in \"x\": the result is missing there.",
            TransformNodeModel.missingWarning(1, "x", null));
    }

    @Test
    void noWarningWithoutMissingValuesAndAnEmptyTableGivesAnEmptyTable() throws Exception {
        TransformNodeModel m = model(settings("x / divisor", "Value", "v"));
        NodeModelTestAccess.execute(m, StubExecutionContext.create(), paper().table());
        assertNull(NodeModelTestAccess.warning(m));
        BufferedDataTable empty = new TableBuilder().column("Value", DoubleCell.TYPE).table();
        assertEquals(0, NodeModelTestAccess.execute(m, StubExecutionContext.create(), empty)[0].size());
    }

    @Test
    void reportsProgressAndCanBeCancelled() throws Exception {
        NodeSettings s = settings("ln(x / divisor)", "Value", "p");
        ExecutionContext exec = StubExecutionContext.create();
        NodeModelTestAccess.execute(model(s), exec, paper().table());
        assertEquals(1.0, StubExecutionContext.progress(exec), 0.0);
        assertEquals(List.of("Row 1 of 3", "Row 2 of 3", "Row 3 of 3"), StubExecutionContext.messages(exec));

        ExecutionContext cancelled = StubExecutionContext.cancelAfterChecks(2);
        assertThrows(CanceledExecutionException.class,
            () -> NodeModelTestAccess.execute(model(s), cancelled, paper().table()));
        assertEquals(3, StubExecutionContext.checkCount(cancelled), "checked before every row");
    }

    // ---- execute-time errors: row, column, value and what to do

    @Test
    void lnOfANonPositiveValueNamesTheRowAndSuggestsTheNegativeLog() {
        assertEquals("Row \"Row0\": \"Balance\" is -3.0E8, so x / divisor = -3.0E8 is not positive and has no "
            + "logarithm. For a series that is negative throughout (e.g. a deficit recorded as a negative balance) "
            + "choose the operation \"ln(-x / divisor)\"; otherwise filter out such rows (e.g. with a Row Filter "
            + "node).", executeError(settings("ln(x / divisor)", "Balance", "lny"), paper().table()));
        assertEquals("Row \"Row2\": \"China\" is 0.0, so x / divisor = 0.0 is not positive and has no logarithm. "
            + "Either filter out such rows (e.g. with a Row Filter node) or replace the value.",
            executeError(settings("ln(x / divisor)", "China", "c"), paper().table()));
        NodeSettings neg = settings("ln(-x / divisor)", "Value", "v");
        neg.addDouble(TransformSettings.CFG_DIVISOR, 100.0);
        assertEquals("Row \"Row0\": \"Value\" is 2.5, so -x / divisor = -0.025 is not positive and has no logarithm."
            + " \"ln(-x / divisor)\" is for a series that is negative throughout; for a positive series choose "
            + "\"ln(x / divisor)\", otherwise filter out such rows (e.g. with a Row Filter node).",
            executeError(neg, paper().table()));
    }

    @Test
    void aRatioWithYZeroNamesTheRow() {
        NodeSettings s = settings("x / y", "World", "r");
        s.addString(TransformSettings.CFG_SECOND_COLUMN, "China");
        assertEquals("Row \"Row2\": \"China\" (y) is 0.0, and \"x / y\" is undefined for y = 0. Filter out the rows "
            + "where \"China\" is 0 (e.g. with a Row Filter node) or replace such values.",
            executeError(s, paper().table()));
    }

    @Test
    void aNonFiniteInputIsAnErrorNotAResult() {
        TableBuilder b = new TableBuilder().column("x", DoubleCell.TYPE).column("y", DoubleCell.TYPE)
            .row(1.0, 1.0).row(N, 1.0);
        assertEquals("Row \"Row1\": \"x\" is NaN, not a finite number. Replace such values (e.g. with the Missing "
            + "Value node) or filter out the row.", executeError(settings("x / divisor", "x", "z"), b.table()));
        TableBuilder c = new TableBuilder().column("x", DoubleCell.TYPE).column("y", DoubleCell.TYPE)
            .row(1.0, Double.NEGATIVE_INFINITY);
        NodeSettings r = settings("x / y", "x", "z");
        r.addString(TransformSettings.CFG_SECOND_COLUMN, "y");
        assertEquals("Row \"Row0\": \"y\" is -Infinity, not a finite number. Replace such values (e.g. with the "
            + "Missing Value node) or filter out the row.", executeError(r, c.table()));
    }

    @Test
    void aResultTooLargeForADoubleIsAnError() {
        TableBuilder b = new TableBuilder().column("x", DoubleCell.TYPE).column("y", DoubleCell.TYPE)
            .row(1e300, 1e-300);
        NodeSettings s = settings("ln(x / divisor)", "x", "z");
        s.addDouble(TransformSettings.CFG_DIVISOR, 1e-10);
        assertEquals("Row \"Row0\": \"x / divisor\" of \"x\" = 1.0E300 and divisor 1.0E-10 is too large in magnitude "
            + "for a double (it overflows to infinity). Choose a divisor of a larger magnitude.",
            executeError(s, b.table()));
        NodeSettings r = settings("x / y", "x", "z");
        r.addString(TransformSettings.CFG_SECOND_COLUMN, "y");
        assertEquals("Row \"Row0\": \"x / y\" of \"x\" = 1.0E300 and \"y\" = 1.0E-300 is too large in magnitude for "
            + "a double (it overflows to infinity). Check these values.", executeError(r, b.table()));
    }

    // ---- configure-time errors: the option to change

    @Test
    void configureAppendsOneDoubleColumn() throws Exception {
        DataTableSpec out = NodeModelTestAccess.configure(model(settings("x / divisor", "Year", "t")),
            paper().spec())[0];
        assertEquals(List.of("Year", "Value", "Balance", "China", "World", "Country", "t"),
            List.of(out.getColumnNames()));
        assertEquals(DoubleCell.TYPE, out.getColumnSpec("t").getType());
    }

    /** Default settings on a table with an int Year column and double columns: nothing is guessed. */
    @Test
    void defaultSettingsComputeNothingUntilAColumnIsChosen() throws Exception {
        NodeSettings d = defaults();
        assertEquals("x / divisor", d.getString(TransformSettings.CFG_OPERATION));
        assertNull(d.getString(TransformSettings.CFG_COLUMN));
        assertNull(d.getString(TransformSettings.CFG_SECOND_COLUMN));
        assertEquals(1.0, d.getDouble(TransformSettings.CFG_DIVISOR), 0.0);
        assertEquals("", d.getString(TransformSettings.CFG_NEW_COLUMN));
        assertEquals("No column chosen for \"Column x\": choose one in the dialog.", configureError(d, paper().spec()));
        assertThrows(InvalidSettingsException.class, () -> run(d, paper().table()));
        d.addString(TransformSettings.CFG_COLUMN, "Value");
        assertEquals("\"New column name\" is empty: enter the name of the column to append.",
            configureError(d, paper().spec()));
    }

    @Test
    void configureNamesTheOptionToChange() {
        DataTableSpec spec = paper().spec();
        assertEquals("No input table: connect a table to the input port.",
            configureError(settings("x / divisor", "Value", "v"), null));
        assertEquals("The column \"GDP\" chosen for \"Column x\" is not in the input table. Choose another column.",
            configureError(settings("ln(x / divisor)", "GDP", "v"), spec));
        assertEquals("The column x \"Country\" has type String; \"Column x\" needs one of: DoubleValue.",
            configureError(settings("ln(x / divisor)", "Country", "v"), spec));

        NodeSettings ratio = settings("x / y", "China", "r");
        assertEquals("No column chosen for \"Column y\": the operation \"x / y\" divides by it. Choose one in the "
            + "dialog.", configureError(ratio, spec));
        ratio.addString(TransformSettings.CFG_SECOND_COLUMN, "  ");
        assertEquals("No column chosen for \"Column y\": the operation \"x / y\" divides by it. Choose one in the "
            + "dialog.", configureError(ratio, spec));
        ratio.addString(TransformSettings.CFG_SECOND_COLUMN, "Total");
        assertEquals("The column \"Total\" chosen for \"Column y\" is not in the input table. Choose another column.",
            configureError(ratio, spec));
        ratio.addString(TransformSettings.CFG_SECOND_COLUMN, "Country");
        assertEquals("The column y \"Country\" has type String; \"Column y\" needs one of: DoubleValue.",
            configureError(ratio, spec));

        for (double bad : new double[]{0.0, -0.0, N, Double.POSITIVE_INFINITY}) {
            NodeSettings s = settings("ln(-x / divisor)", "Balance", "lny");
            s.addDouble(TransformSettings.CFG_DIVISOR, bad);
            assertEquals("\"Divisor\" is " + bad + ": it must be a finite number other than 0. Set it to 1 for no "
                + "scaling.", configureError(s, spec));
        }

        assertEquals("\"New column name\" is empty: enter the name of the column to append.",
            configureError(settings("x / divisor", "Value", " "), spec));
        assertEquals("The input table already has a column \"Value\". Enter another \"New column name\", or rename or "
            + "remove that column before this node (e.g. with a Column Rename or Column Filter node).",
            configureError(settings("x / divisor", "Balance", "Value"), spec));
    }

    @Test
    void optionsTheOperationDoesNotUseAreIgnored() throws Exception {
        NodeSettings s = settings("ln(x / divisor)", "Value", "p");
        s.addString(TransformSettings.CFG_SECOND_COLUMN, "not a column");
        NodeModelTestAccess.configure(model(s), paper().spec());
        NodeSettings r = settings("x / y", "China", "r");
        r.addString(TransformSettings.CFG_SECOND_COLUMN, "World");
        r.addDouble(TransformSettings.CFG_DIVISOR, N);
        NodeModelTestAccess.configure(model(r), paper().spec());
    }

    // ---- settings

    @Test
    void settingsSurviveSaveValidateLoadAndXml() throws Exception {
        NodeSettings s = settings("x / y", "China", "RATIO");
        s.addString(TransformSettings.CFG_SECOND_COLUMN, "World");
        s.addDouble(TransformSettings.CFG_DIVISOR, 1e8);
        NodeSettingsRO back = NodeModelTestAccess.xmlRoundTrip(s);
        NodeSettings saved = NodeModelTestAccess.saveSettings(model(back));
        assertEquals(s.toString(), saved.toString());
        assertEquals("World", saved.getString("second_column"));
        assertEquals(1e8, saved.getDouble("divisor"), 0.0);
    }

    @Test
    void invalidSettingsNameTheOption() {
        NodeSettings s = settings("sqrt", "Value", "v");
        var e = assertThrows(InvalidSettingsException.class,
            () -> NodeModelTestAccess.validateSettings(new TransformNodeModel(), s));
        assertEquals("\"sqrt\" is not a valid choice for \"Operation\". Choose one of: x / divisor, ln(x / divisor), "
            + "ln(-x / divisor), x / y.", e.getMessage());
        NodeSettings t = defaults();
        t.addString(TransformSettings.CFG_DIVISOR, "1");
        e = assertThrows(InvalidSettingsException.class, () -> model(t));
        assertEquals("Option \"Divisor\": Double for key \"divisor\" not found.", e.getMessage());
    }
}
