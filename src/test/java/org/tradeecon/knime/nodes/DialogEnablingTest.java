package org.tradeecon.knime.nodes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.tradeecon.knime.nodes.granger.GrangerNodeFactory;
import org.tradeecon.knime.nodes.integration.IntegrationNodeFactory;
import org.tradeecon.knime.nodes.laggedregression.LaggedRegressionNodeFactory;
import org.tradeecon.knime.nodes.mapper.CategoryMapperNodeFactory;
import org.tradeecon.knime.nodes.unitroot.UnitRootNodeFactory;
import org.tradeecon.knime.nodes.worldbank.WorldBankReaderNodeFactory;
import org.tradeecon.knime.testsupport.NodeTestSupport;

/**
 * Options that do not apply to the current choice are disabled when the dialog opens on the node's settings, not
 * only after the user changes a choice. (KNIME loads each setting's saved enabled flag, which the node model
 * always saves as "enabled"; before the fix every option was enabled on opening in real KNIME 5.12.)
 */
class DialogEnablingTest {
    private static final DataTableSpec SPEC = new NodeTestSupport.TableBuilder().column("Year", IntCell.TYPE)
        .column("lny", DoubleCell.TYPE).column("RATIO", DoubleCell.TYPE).spec();

    /** @return the node's dialog, opened on the node's settings (defaults unless {@code key} = {@code value}) */
    private static NodeDialogPane opened(final NodeFactory<?> f, final String key, final Object value)
        throws Exception {
        NodeSettings s = NodeModelTestAccess.saveSettings(f.createNodeModel());
        if (value instanceof Boolean b) {
            s.addBoolean(key, b);
        } else if (value != null) {
            s.addString(key, (String)value);
        }
        NodeDialogPane dialog = NodeModelTestAccess.createDialog(f);
        DataTableSpec[] specs = new DataTableSpec[NodeModelTestAccess.nrInPorts(f.createNodeModel())];
        if (specs.length > 0) {
            specs[0] = SPEC;
        }
        NodeModelTestAccess.loadDialog(dialog, s, specs);
        return dialog;
    }

    @Test
    void grangerAllPairsDisablesThePair() throws Exception {
        NodeDialogPane d = opened(new GrangerNodeFactory(), null, null);
        assertFalse(NodeTestSupport.isEnabled(d, "Cause (X)"));
        assertFalse(NodeTestSupport.isEnabled(d, "Effect (Y)"));
        assertTrue(NodeTestSupport.isEnabled(d, "Lag (p)"));
        assertFalse(NodeTestSupport.isEnabled(d, "Maximum lag (P)"), "fixed lag: no maximum");
        assertFalse(NodeTestSupport.isEnabled(d, "Extra lags (maximal order of integration d)"), "Toda-Yamamoto off");

        NodeDialogPane onePair = opened(new GrangerNodeFactory(), "pairs", "One pair: cause X -> effect Y");
        assertTrue(NodeTestSupport.isEnabled(onePair, "Cause (X)"));
        assertTrue(NodeTestSupport.isEnabled(onePair, "Effect (Y)"));
    }

    @Test
    void unitRootShowsOnlyTheChosenTestsOptions() throws Exception {
        NodeDialogPane adf = opened(new UnitRootNodeFactory(), null, null);
        assertTrue(NodeTestSupport.isEnabled(adf, "Lag selection"));
        assertFalse(NodeTestSupport.isEnabled(adf, "KPSS bandwidth"));
        assertFalse(NodeTestSupport.isEnabled(adf, "KPSS lags"));
        assertFalse(NodeTestSupport.isEnabled(adf, "Sample for the chosen lag"), "fixed lag: nothing is searched");

        NodeDialogPane kpss = opened(new UnitRootNodeFactory(), "test", "KPSS (stationarity)");
        assertTrue(NodeTestSupport.isEnabled(kpss, "KPSS bandwidth"));
        assertFalse(NodeTestSupport.isEnabled(kpss, "KPSS lags"), "automatic bandwidth: no lag number");
        assertFalse(NodeTestSupport.isEnabled(kpss, "Lag selection"));
        assertFalse(NodeTestSupport.isEnabled(kpss, "Number of lags"));
        assertFalse(NodeTestSupport.isEnabled(kpss, "Phillips-Perron bandwidth"));
        assertFalse(NodeTestSupport.isEnabled(kpss, "Trimming (Zivot-Andrews)"));
        assertFalse(NodeTestSupport.isEnabled(adf, "Break (Zivot-Andrews)"));
        assertTrue(NodeTestSupport.isEnabled(adf, "p-value method"));
    }

    @Test
    void unitRootDfGlsPhillipsPerronZivotAndrewsOptions() throws Exception {
        NodeDialogPane gls = opened(new UnitRootNodeFactory(), "test", "DF-GLS (Elliott-Rothenberg-Stock)");
        assertTrue(NodeTestSupport.isEnabled(gls, "Lag selection"));
        assertTrue(NodeTestSupport.isEnabled(gls, "Deterministic terms"));
        assertFalse(NodeTestSupport.isEnabled(gls, "p-value method"), "ADF's p-value method");
        assertFalse(NodeTestSupport.isEnabled(gls, "Phillips-Perron bandwidth"));
        assertFalse(NodeTestSupport.isEnabled(gls, "KPSS bandwidth"));

        NodeDialogPane pp = opened(new UnitRootNodeFactory(), "test", "Phillips-Perron");
        assertTrue(NodeTestSupport.isEnabled(pp, "Phillips-Perron bandwidth"));
        assertFalse(NodeTestSupport.isEnabled(pp, "Phillips-Perron lags"), "rule-based bandwidth: no lag number");
        assertFalse(NodeTestSupport.isEnabled(pp, "Lag selection"));
        assertFalse(NodeTestSupport.isEnabled(pp, "Break (Zivot-Andrews)"));
        NodeDialogPane ppFixed = opened(new UnitRootNodeFactory(), "pp_bandwidth",
            "Fixed: Phillips-Perron lags (below)");
        assertFalse(NodeTestSupport.isEnabled(ppFixed, "Phillips-Perron lags"), "only when Phillips-Perron is chosen");
        NodeSettings both = NodeModelTestAccess.saveSettings(new UnitRootNodeFactory().createNodeModel());
        both.addString("test", "Phillips-Perron");
        both.addString("pp_bandwidth", "Fixed: Phillips-Perron lags (below)");
        NodeDialogPane ppWithLags = NodeModelTestAccess.createDialog(new UnitRootNodeFactory());
        NodeModelTestAccess.loadDialog(ppWithLags, both, new DataTableSpec[] {SPEC});
        assertTrue(NodeTestSupport.isEnabled(ppWithLags, "Phillips-Perron lags"));

        NodeDialogPane za = opened(new UnitRootNodeFactory(), "test", "Zivot-Andrews (one structural break)");
        assertTrue(NodeTestSupport.isEnabled(za, "Break (Zivot-Andrews)"));
        assertTrue(NodeTestSupport.isEnabled(za, "Trimming (Zivot-Andrews)"));
        assertTrue(NodeTestSupport.isEnabled(za, "Lag selection"));
        assertFalse(NodeTestSupport.isEnabled(za, "Deterministic terms"), "ZA always has a constant and a trend");
        assertFalse(NodeTestSupport.isEnabled(za, "Phillips-Perron bandwidth"));
    }

    @Test
    void integrationKpssOptionsFollowTheAgreementSwitch() throws Exception {
        assertFalse(NodeTestSupport.isEnabled(opened(new IntegrationNodeFactory(), null, null), "KPSS bandwidth"));
        assertTrue(NodeTestSupport.isEnabled(opened(new IntegrationNodeFactory(), "kpss_agreement", true),
            "KPSS bandwidth"));
    }

    @Test
    void integrationOptionsFollowTheChosenTests() throws Exception {
        NodeDialogPane adf = opened(new IntegrationNodeFactory(), null, null);
        assertFalse(NodeTestSupport.isEnabled(adf, "Confirming test"), "no agreement required");
        assertTrue(NodeTestSupport.isEnabled(adf, "Finite-sample p-values (simulated, ADF and KPSS)"));
        assertTrue(NodeTestSupport.isEnabled(adf, "p-value method"));
        assertFalse(NodeTestSupport.isEnabled(adf, "Phillips-Perron bandwidth"));
        assertFalse(NodeTestSupport.isEnabled(adf, "Break (Zivot-Andrews)"));
        assertFalse(NodeTestSupport.isEnabled(adf, "Replications"), "simulation off");

        NodeDialogPane pp = opened(new IntegrationNodeFactory(), "test", "Phillips-Perron");
        assertTrue(NodeTestSupport.isEnabled(pp, "Phillips-Perron bandwidth"));
        assertFalse(NodeTestSupport.isEnabled(pp, "Lag selection"), "Phillips-Perron has no lagged differences");
        assertFalse(NodeTestSupport.isEnabled(pp, "Finite-sample p-values (simulated, ADF and KPSS)"));

        NodeSettings s = NodeModelTestAccess.saveSettings(new IntegrationNodeFactory().createNodeModel());
        s.addString("test", "Zivot-Andrews (one structural break)");
        s.addBoolean("kpss_agreement", true);
        s.addString("confirming_test", "Phillips-Perron");
        NodeDialogPane zaPp = NodeModelTestAccess.createDialog(new IntegrationNodeFactory());
        NodeModelTestAccess.loadDialog(zaPp, s, new DataTableSpec[] {SPEC});
        assertTrue(NodeTestSupport.isEnabled(zaPp, "Confirming test"));
        assertTrue(NodeTestSupport.isEnabled(zaPp, "Break (Zivot-Andrews)"));
        assertTrue(NodeTestSupport.isEnabled(zaPp, "Phillips-Perron bandwidth"), "the confirming test's options");
        assertTrue(NodeTestSupport.isEnabled(zaPp, "Deterministic terms"), "Phillips-Perron uses them");
        assertFalse(NodeTestSupport.isEnabled(zaPp, "KPSS bandwidth"));
        assertFalse(NodeTestSupport.isEnabled(zaPp, "p-value method"), "no ADF");
    }

    @Test
    void laggedRegressionNeweyWestOptionsOnlyForNeweyWest() throws Exception {
        NodeDialogPane d = opened(new LaggedRegressionNodeFactory(), null, null);
        assertFalse(NodeTestSupport.isEnabled(d, "Newey-West lag"));
    }

    @Test
    void readerTimeoutOnlyWhenLive() throws Exception {
        NodeDialogPane offline = opened(new WorldBankReaderNodeFactory(), null, null);
        assertFalse(NodeTestSupport.isEnabled(offline, "Timeout (seconds)"));
        assertTrue(NodeTestSupport.isEnabled(opened(new WorldBankReaderNodeFactory(), "live", true),
            "Timeout (seconds)"));
    }

    @Test
    void mapperConcordanceColumnsOnlyWithAConcordanceTable() throws Exception {
        DataTableSpec records = new NodeTestSupport.TableBuilder().column("Code", StringCell.TYPE)
            .column("Flow", StringCell.TYPE).spec();
        CategoryMapperNodeFactory f = new CategoryMapperNodeFactory();
        NodeSettings s = NodeModelTestAccess.saveSettings(f.createNodeModel());
        NodeDialogPane alone = NodeModelTestAccess.createDialog(f);
        NodeModelTestAccess.loadDialog(alone, s, records, null);
        assertFalse(NodeTestSupport.isEnabled(alone, "Concordance code column"));
        assertTrue(NodeTestSupport.isEnabled(alone, "Flow of all records (without flow column)"));

        NodeDialogPane both = NodeModelTestAccess.createDialog(f);
        s.addString("flow_column", "Flow");
        NodeModelTestAccess.loadDialog(both, s, records, records);
        assertTrue(NodeTestSupport.isEnabled(both, "Concordance code column"));
        assertFalse(NodeTestSupport.isEnabled(both, "Flow of all records (without flow column)"),
            "a flow column gives each record its flow");
    }
}
