package org.tradeecon.knime.nodes.worldbank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.StubExecutionContext;
import org.tradeecon.knime.nodes.common.OnlineSourceSettings;
import org.tradeecon.knime.testsupport.NodeTestSupport;

/**
 * The World Bank Indicator Reader through the KNIME stand-in, offline only (live mode is never used by tests; the
 * live client is tested against a local stub server in WorldBankClientTest). Expected values are the bundled WDI
 * snapshot values (china_patent_nonresident.csv, provenance in /work/shared/data/README.md).
 */
class WorldBankReaderNodeModelTest {

    private static NodeSettings defaults() {
        return NodeTestSupport.defaults(WorldBankReaderNodeModel::new);
    }

    private static WorldBankReaderNodeModel model(final NodeSettings s) throws InvalidSettingsException {
        return NodeTestSupport.loaded(WorldBankReaderNodeModel::new, s);
    }

    @Test
    void settingsSurviveXmlRoundTrip() throws Exception {
        NodeSettings s = defaults();
        s.addString(WorldBankReaderNodeModel.CFG_COUNTRIES, "CHN, USA");
        s.addInt(OnlineSourceSettings.CFG_FROM, 2010);
        s.addBoolean(OnlineSourceSettings.CFG_LIVE, true);
        s.addString(OnlineSourceSettings.CFG_CACHE, "/tmp/x");
        NodeSettingsRO back = NodeModelTestAccess.xmlRoundTrip(s);
        assertEquals(s.toString(), NodeModelTestAccess.saveSettings(model((NodeSettings)back)).toString());
    }

    @Test
    void defaultsReadTheCompleteSnapshot() throws Exception {
        WorldBankReaderNodeModel m = model(defaults());
        assertArrayEquals(new String[]{"Country", "Year", "Indicator", "Value"},
            NodeModelTestAccess.configure(m)[0].getColumnNames());
        BufferedDataTable t = NodeModelTestAccess.execute(m, StubExecutionContext.create())[0];
        assertEquals(30, t.size());
        assertEquals(64598.0, NodeTestSupport.doubles(t, "Value")[0], 0);
        assertEquals(148187.0, NodeTestSupport.doubles(t, "Value")[14], 0);
        assertNull(NodeModelTestAccess.warning(m));
    }

    @Test
    void missingYearsAreWarnedNotFilled() throws Exception {
        NodeSettings s = defaults();
        s.addString(WorldBankReaderNodeModel.CFG_INDICATORS, "IP.PAT.NRES");
        s.addInt(OnlineSourceSettings.CFG_FROM, 2017);
        s.addInt(OnlineSourceSettings.CFG_TO, 2019);
        WorldBankReaderNodeModel m = model(s);
        BufferedDataTable t = NodeModelTestAccess.execute(m, StubExecutionContext.create())[0];
        assertTrue(Double.isNaN(NodeTestSupport.doubles(t, "Value")[2]));
        String w = NodeModelTestAccess.warning(m);
        assertTrue(w.contains("IP.PAT.NRES CHN: missing 2019"), w);
    }

    @Test
    void invalidSettingsAreRejected() {
        NodeSettings s = defaults();
        s.addString(WorldBankReaderNodeModel.CFG_COUNTRIES, " , ");
        var e = assertThrows(InvalidSettingsException.class, () -> model(s));
        assertEquals("\"Countries\" is empty: give at least one code.", e.getMessage());
        NodeSettings years = defaults();
        years.addInt(OnlineSourceSettings.CFG_FROM, 2019);
        e = assertThrows(InvalidSettingsException.class, () -> model(years));
        assertEquals("\"Last year\" (2018) is before \"First year\" (2019). Swap them.", e.getMessage());
        NodeSettings bad = defaults();
        bad.addString(WorldBankReaderNodeModel.CFG_INDICATORS, "IP.PAT.NRES; a/b");
        e = assertThrows(InvalidSettingsException.class, () -> model(bad));
        assertTrue(e.getMessage().contains("\"a/b\" is not a code"), e.getMessage());
    }

    @Test
    void wideLayoutHasOneColumnPerIndicator() throws Exception {
        NodeSettings s = defaults();
        s.addString(WorldBankReaderNodeModel.CFG_LAYOUT, TableLayout.WIDE.label());
        s.addInt(OnlineSourceSettings.CFG_TO, 2019);
        WorldBankReaderNodeModel m = model(s);
        assertArrayEquals(new String[]{"Country", "Year", "IP.PAT.NRES", "BX.KLT.DINV.WD.GD.ZS"},
            NodeModelTestAccess.configure(m)[0].getColumnNames());
        BufferedDataTable t = NodeModelTestAccess.execute(m, StubExecutionContext.create())[0];
        assertEquals(16, t.size()); // 2004-2019, one country
        assertEquals(2004, NodeTestSupport.doubles(t, "Year")[0], 0);
        // china_patent_nonresident.csv 2004 and china_fdi_pct_gdp.csv 2004 (the snapshot's values)
        assertEquals(64598.0, NodeTestSupport.doubles(t, "IP.PAT.NRES")[0], 0);
        assertEquals(3.4836411137, NodeTestSupport.doubles(t, "BX.KLT.DINV.WD.GD.ZS")[0], 0);
        assertTrue(Double.isNaN(NodeTestSupport.doubles(t, "IP.PAT.NRES")[15]), "2019 is not in the snapshot");
        assertTrue(NodeModelTestAccess.warning(m).contains("missing 2019"), NodeModelTestAccess.warning(m));
    }

    @Test
    void workflowsSavedBeforeTheLayoutSettingReadTheLongTable() throws Exception {
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        defaults().saveToXML(xml);
        // the settings as the node saved them before the layout existed: without the key (and its internals)
        String old = xml.toString(StandardCharsets.UTF_8)
            .replaceAll("(?s)<config key=\"layout_Internals\">.*?</config>\\s*", "")
            .replaceAll("(?m)^.*key=\"layout\".*\\R", "");
        assertFalse(old.contains("\"layout"), old);
        NodeSettings loaded = (NodeSettings)NodeSettings.loadFromXML(
            new ByteArrayInputStream(old.getBytes(StandardCharsets.UTF_8)));
        assertArrayEquals(new String[]{"Country", "Year", "Indicator", "Value"},
            NodeModelTestAccess.configure(model(loaded))[0].getColumnNames());
    }

    @Test
    void anIndicatorListedTwiceIsRejected() {
        NodeSettings s = defaults();
        s.addString(WorldBankReaderNodeModel.CFG_INDICATORS, "IP.PAT.NRES, IP.PAT.NRES");
        assertEquals("\"Indicators\" lists a code twice: give each code once.",
            assertThrows(InvalidSettingsException.class, () -> model(s)).getMessage());
    }
}
