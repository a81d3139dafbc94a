package org.tradeecon.knime.knimestub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnName;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * The stand-in against a settings.xml written by the real knime-core (see the README beside the resource): it must
 * read every model kind from it and write byte-identical XML back. These tests also pass against a real KNIME.
 */
class StubFidelityTest {
    private static final String RESOURCE = "example-settings.xml";

    private static String original() throws IOException {
        try (InputStream in = StubFidelityTest.class.getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static NodeSettingsRO load() throws IOException {
        try (InputStream in = StubFidelityTest.class.getResourceAsStream(RESOURCE)) {
            return NodeSettings.loadFromXML(in);
        }
    }

    private static String xml(final NodeSettings s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.saveToXML(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void wholeFileRoundTripIsByteIdentical() throws IOException {
        assertEquals(original(), xml((NodeSettings)load()));
    }

    @Test
    void settingsModelsReadRealKnimeValuesAndWriteTheSameTree() throws Exception {
        NodeSettingsRO model = load().getNodeSettings("model");
        var column = new SettingsModelColumnName("column", null);
        var factor = new SettingsModelDoubleBounded("factor", 1.0, -1000.0, 1000.0);
        var mode = new SettingsModelString("mode", null);
        var digits = new SettingsModelInteger("digits", 0);
        var keepMissing = new SettingsModelBoolean("keep_missing", false);
        var columns = new SettingsModelColumnFilter2("columns", DoubleValue.class);
        List<SettingsModel> all = List.of(column, factor, mode, digits, keepMissing, columns);
        for (SettingsModel m : all) {
            m.validateSettings(model);
            m.loadSettingsFrom(model);
        }
        assertEquals("x", column.getColumnName());
        assertEquals(3.0, factor.getDoubleValue());
        assertEquals("append", mode.getStringValue());
        assertEquals(3, digits.getIntValue());
        assertTrue(keepMissing.getBooleanValue());

        NodeSettings written = new NodeSettings("model");
        all.forEach(m -> m.saveSettingsTo(written));
        assertEquals(((NodeSettings)model).toString(), written.toString());
    }

    @Test
    void gettersAreTypeStrictWithKnimeMessages() throws Exception {
        NodeSettingsRO model = load().getNodeSettings("model");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> model.getInt("factor"));
        assertEquals("Int for key \"factor\" not found.", e.getMessage());
        assertThrows(InvalidSettingsException.class, () -> model.getLong("digits"));
        assertEquals(7, model.getInt("factor", 7));
    }

    @Test
    void boundedModelRejectsOutOfRangeValues() {
        NodeSettings s = new NodeSettings("model");
        s.addInt("n", 12);
        var n = new SettingsModelIntegerBounded("n", 1, 0, 10);
        assertThrows(InvalidSettingsException.class, () -> n.validateSettings(s));
        assertThrows(IllegalArgumentException.class, () -> n.setIntValue(11));
    }

    @Test
    void emptyColumnFilterIncludesAllCompatibleColumnsAndNamedListsWin() throws Exception {
        DataTableSpec spec = new DataTableSpec(new String[]{"a", "s", "b"},
            new org.knime.core.data.DataType[]{DoubleCell.TYPE, StringCell.TYPE, IntCell.TYPE});
        var f = new SettingsModelColumnFilter2("columns", DoubleValue.class);
        assertArrayEquals(new String[]{"a", "b"}, f.applyTo(spec).getIncludes());

        NodeSettings s = new NodeSettings("model");
        f.saveSettingsTo(s);
        s.getNodeSettings("columns").addStringArray("included_names", "b", "gone");
        s.getNodeSettings("columns").addStringArray("excluded_names", "a");
        f.loadSettingsFrom(s);
        var r = f.applyTo(spec);
        assertArrayEquals(new String[]{"b"}, r.getIncludes());
        assertArrayEquals(new String[]{"a"}, r.getExcludes());
        assertArrayEquals(new String[]{"gone"}, r.getRemovedFromIncludes());
    }

    @Test
    void lineBreaksAndNullsSurviveXml() throws Exception {
        NodeSettings s = new NodeSettings("root");
        s.addString("text", "a\nb & <c>");
        s.addString("none", null);
        s.addDoubleArray("d", 1.5, Double.NaN);
        NodeSettingsRO back = org.knime.core.node.NodeModelTestAccess.xmlRoundTrip(s);
        assertEquals("a\nb & <c>", back.getString("text"));
        assertEquals(null, back.getString("none"));
        assertTrue(back.containsKey("none"));
        assertArrayEquals(new double[]{1.5, Double.NaN}, back.getDoubleArray("d"));
        assertTrue(xml(s).contains("a%%00010b &amp; &lt;c&gt;"));
    }
}
