package org.tradeecon.knime.nodes.census;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.StubExecutionContext;
import org.tradeecon.knime.nodes.NodeTestSupport;
import org.tradeecon.knime.nodes.common.OnlineSourceSettings;

/**
 * The US Census ATP Trade Reader through the KNIME stand-in, offline only (live mode is never used by tests; the
 * live client is tested against a local stub server in CensusAtpClientTest). Expected values are those of the
 * bundled snapshot (provenance in /work/shared/data/README.md).
 */
class CensusAtpReaderNodeModelTest {

    private static NodeSettings defaults() {
        return NodeTestSupport.defaults(CensusAtpReaderNodeModel::new);
    }

    private static CensusAtpReaderNodeModel model(final NodeSettings s) throws InvalidSettingsException {
        return NodeTestSupport.loaded(CensusAtpReaderNodeModel::new, s);
    }

    @Test
    void settingsSurviveXmlRoundTrip() throws Exception {
        NodeSettings s = defaults();
        s.addString(CensusAtpReaderNodeModel.CFG_PARTNER, "1220");
        s.addBoolean(OnlineSourceSettings.CFG_LIVE, true);
        s.addInt(OnlineSourceSettings.CFG_TIMEOUT, 10);
        s.addString(CensusAtpReaderNodeModel.CFG_API_KEY, "k");
        NodeSettingsRO back = NodeModelTestAccess.xmlRoundTrip(s);
        assertEquals(s.toString(), NodeModelTestAccess.saveSettings(model((NodeSettings)back)).toString());
    }

    @Test
    void chinaSnapshotIsPartialAndWarned() throws Exception {
        CensusAtpReaderNodeModel m = model(defaults());
        BufferedDataTable t = NodeModelTestAccess.execute(m, StubExecutionContext.create())[0];
        assertEquals(15 * 11, t.size());
        double[] exports = NodeTestSupport.doubles(t, "US exports (USD)");
        assertEquals(35700000000.0, exports[13 * 11], 0); // 2017 TOTAL
        assertEquals(16300000000.0, exports[13 * 11 + 8], 0); // 2017 group 08
        assertTrue(Double.isNaN(exports[0]));
        String w = NodeModelTestAccess.warning(m);
        assertTrue(w.contains("China (5700) exports TOTAL: missing 2004–2016, 2018"), w);
    }

    @Test
    void worldTotalsAreComplete() throws Exception {
        NodeSettings s = defaults();
        s.addString(CensusAtpReaderNodeModel.CFG_PARTNER, "world");
        s.addInt(OnlineSourceSettings.CFG_FROM, 2017);
        s.addInt(OnlineSourceSettings.CFG_TO, 2017);
        BufferedDataTable t = NodeModelTestAccess.execute(model(s), StubExecutionContext.create())[0];
        assertEquals(353798278633.0, NodeTestSupport.doubles(t, "US exports (USD)")[0], 0);
        assertEquals(464472746000.0, NodeTestSupport.doubles(t, "US imports (USD)")[0], 0);
    }

    @Test
    void otherPartnersNeedLiveMode() throws Exception {
        NodeSettings s = defaults();
        s.addString(CensusAtpReaderNodeModel.CFG_PARTNER, "1220");
        var e = assertThrows(InvalidSettingsException.class, () -> model(s));
        assertTrue(e.getMessage().contains("switch on live reading"), e.getMessage());
        s.addBoolean(OnlineSourceSettings.CFG_LIVE, true);
        NodeModelTestAccess.configure(model(s)); // valid live; never executed in tests
        NodeSettings bad = defaults();
        bad.addString(CensusAtpReaderNodeModel.CFG_PARTNER, "China");
        bad.addBoolean(OnlineSourceSettings.CFG_LIVE, true);
        e = assertThrows(InvalidSettingsException.class, () -> model(bad));
        assertTrue(e.getMessage().startsWith("\"Partner\" is \"CHINA\": use a 4-digit Census country code"),
            e.getMessage());
    }
}
