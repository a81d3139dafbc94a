package org.tradeecon.knime.nodes.census;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        s.addString(CensusAtpReaderNodeModel.CFG_CREDENTIALS, "census");
        var key = CensusAtpReaderNodeModel.createApiKeyModel();
        key.setStringValue("k-secret");
        key.saveSettingsTo(s);
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

    private static String xml(final NodeSettings s) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        s.saveToXML(out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theKeyIsSavedEncryptedAndNeverInPlainText() throws Exception {
        NodeSettings s = defaults();
        var key = CensusAtpReaderNodeModel.createApiKeyModel();
        key.setStringValue("SECRET-KEY-4242");
        key.saveSettingsTo(s);
        CensusAtpReaderNodeModel m = model(s);
        String saved = xml(NodeModelTestAccess.saveSettings(m));
        assertFalse(saved.contains("SECRET-KEY-4242"), saved);
        assertTrue(saved.contains("key=\"" + CensusAtpReaderNodeModel.CFG_API_KEY_ENCRYPTED + "\" type=\"xpassword\""),
            saved);
        assertFalse(saved.contains("\"" + CensusAtpReaderNodeModel.CFG_LEGACY_API_KEY + "\""), saved);
        // the dialog writes the same (no plain copy either)
        var dialog = NodeModelTestAccess.createDialog(new CensusAtpReaderNodeFactory());
        NodeModelTestAccess.loadDialog(dialog, NodeModelTestAccess.saveSettings(m));
        assertFalse(xml(NodeModelTestAccess.saveDialog(dialog)).contains("SECRET-KEY-4242"));
        // live before 2010: a plain error at once, without the key
        s.addBoolean(OnlineSourceSettings.CFG_LIVE, true);
        CensusAtpReaderNodeModel live = model(s);
        Exception e = assertThrows(Exception.class,
            () -> NodeModelTestAccess.execute(live, StubExecutionContext.create()));
        assertTrue(e.getMessage().contains("start in January 2010, so 2004–2009 cannot be read"), e.getMessage());
        org.tradeecon.knime.engine.datasource.HttpFetcherTest.assertNoSecret(e, "SECRET-KEY-4242");
    }

    @Test
    void anOldPlainTextKeyIsMigratedWarnedAndNeverWrittenAgain() throws Exception {
        NodeSettings old = new NodeSettings("model"); // as saved by 0.1: no credentials, encrypted key or refresh
        old.addString(CensusAtpReaderNodeModel.CFG_PARTNER, "5700");
        old.addInt(OnlineSourceSettings.CFG_FROM, 2004);
        old.addInt(OnlineSourceSettings.CFG_TO, 2018);
        old.addBoolean(OnlineSourceSettings.CFG_LIVE, false);
        old.addInt(OnlineSourceSettings.CFG_TIMEOUT, 30);
        old.addString(OnlineSourceSettings.CFG_CACHE, "");
        old.addString(CensusAtpReaderNodeModel.CFG_LEGACY_API_KEY, "LEGACY-KEY-7777");
        CensusAtpReaderNodeModel m = model((NodeSettings)NodeModelTestAccess.xmlRoundTrip(old));
        NodeModelTestAccess.configure(m);
        String w = NodeModelTestAccess.warning(m);
        assertTrue(w.contains("held the Census API key in plain text") && w.contains("was moved to the encrypted"), w);
        assertFalse(w.contains("LEGACY-KEY-7777"), w);
        String saved = xml(NodeModelTestAccess.saveSettings(m));
        assertFalse(saved.contains("LEGACY-KEY-7777"), saved);
        assertFalse(saved.contains("\"" + CensusAtpReaderNodeModel.CFG_LEGACY_API_KEY + "\""), saved);
    }

    @Test
    void theKeyMayComeFromCredentials() throws Exception {
        NodeSettings s = defaults();
        s.addBoolean(OnlineSourceSettings.CFG_LIVE, true);
        s.addString(CensusAtpReaderNodeModel.CFG_CREDENTIALS, "census");
        CensusAtpReaderNodeModel m = model(s);
        Exception none = assertThrows(Exception.class,
            () -> NodeModelTestAccess.execute(m, StubExecutionContext.create()));
        assertTrue(none.getMessage().contains("there are no credentials named \"census\""), none.getMessage());
        NodeModelTestAccess.setCredentials(m, org.knime.core.node.workflow.StubCredentials.provider("census", "",
            "CRED-KEY-5555"));
        Exception e = assertThrows(Exception.class,
            () -> NodeModelTestAccess.execute(m, StubExecutionContext.create()));
        assertTrue(e.getMessage().contains("January 2010"), e.getMessage()); // the key was found; years refused
        org.tradeecon.knime.engine.datasource.HttpFetcherTest.assertNoSecret(e, "CRED-KEY-5555");
        assertFalse(xml(NodeModelTestAccess.saveSettings(m)).contains("CRED-KEY-5555"));
    }

    @Test
    void aUserFileIsTheThirdSourceAndOverridesLive(@org.junit.jupiter.api.io.TempDir final java.nio.file.Path dir)
        throws Exception {
        // SYNTHETIC TEST DATA (formula in SyntheticCensusAtpFile), China 2004-2009 with groups, no world rows
        java.nio.file.Path f = dir.resolve("synthetic.csv");
        java.util.List<String> lines = new java.util.ArrayList<>(
            org.tradeecon.knime.engine.datasource.SyntheticCensusAtpFile.lines(2004, 2009, true));
        lines.removeIf(l -> l.startsWith("WORLD"));
        java.nio.file.Files.write(f, lines);
        NodeSettings s = defaults();
        s.addBoolean(OnlineSourceSettings.CFG_LIVE, true); // ignored: the file wins, no request, no key needed
        s.addString(CensusAtpReaderNodeModel.CFG_FILE, f.toString());
        CensusAtpReaderNodeModel m = model(s);
        BufferedDataTable t = NodeModelTestAccess.execute(m, StubExecutionContext.create())[0];
        assertEquals(15 * 11, t.size());
        double[] exports = NodeTestSupport.doubles(t, "US exports (USD)");
        assertEquals(org.tradeecon.knime.engine.datasource.SyntheticCensusAtpFile.chinaExports(2004), exports[0], 0);
        assertTrue(Double.isNaN(exports[6 * 11])); // 2010: not in the file, missing
        String w = NodeModelTestAccess.warning(m);
        assertTrue(w.contains("missing 2010–2018") && w.contains("user Census ATP file synthetic.csv"), w);

        // the world: the file has no WORLD rows, so the bundled world snapshot fills them (2004 = 201,561 million)
        s.addString(CensusAtpReaderNodeModel.CFG_PARTNER, "WORLD");
        BufferedDataTable world = NodeModelTestAccess.execute(model(s), StubExecutionContext.create())[0];
        assertEquals(201561000000.0, NodeTestSupport.doubles(world, "US exports (USD)")[0], 0);

        // a bad file stops the node naming the row
        lines.add(lines.get(1));
        java.nio.file.Files.write(f, lines);
        s.addString(CensusAtpReaderNodeModel.CFG_PARTNER, "5700");
        CensusAtpReaderNodeModel bad = model(s);
        Exception e = assertThrows(Exception.class,
            () -> NodeModelTestAccess.execute(bad, StubExecutionContext.create()));
        assertTrue(e.getMessage().contains("rows 1 and 67 are both China (5700) 2004 ATP group TOTAL"),
            e.getMessage());
        // a path that is no file is refused when configured
        s.addString(CensusAtpReaderNodeModel.CFG_FILE, dir.resolve("absent.csv").toString());
        CensusAtpReaderNodeModel absent = model(s);
        Exception c = assertThrows(InvalidSettingsException.class, () -> NodeModelTestAccess.configure(absent));
        assertTrue(c.getMessage().contains("is not a file"), c.getMessage());
    }
}
