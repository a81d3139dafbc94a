package org.tradeecon.knime.nodes.unitroot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeViewTestAccess;
import org.knime.core.node.StubExecutionContext;
import org.tradeecon.knime.engine.timeseries.Autocorrelation;
import org.tradeecon.knime.engine.timeseries.Differencing;
import org.tradeecon.knime.testsupport.PaperData;
import org.tradeecon.knime.nodes.common.view.Figure;
import org.tradeecon.knime.nodes.common.view.ResultsNodeView;
import org.tradeecon.knime.nodes.common.view.ViewPage;
import org.tradeecon.knime.nodes.common.view.ViewTestImages;

/**
 * The Unit Root Test view: after execute it shows, per series, the result in words and charts of exactly the
 * numbers tested (levels, first difference, ACF and PACF from engine.timeseries, itself tested against
 * statsmodels and R); it survives saving the workflow, and a reset empties it.
 */
class UnitRootViewTest {
    private static UnitRootNodeModel executed(final double[] ln) throws Exception {
        UnitRootNodeModel m = PaperData.onYearlyValue(UnitRootNodeModel::new);
        BufferedDataTable in = PaperData.yearly(PaperData.FIRST_YEAR, ln).table();
        NodeModelTestAccess.execute(m, StubExecutionContext.create(), in);
        return m;
    }

    @Test
    void showsTheTestedSeriesAndItsCorrelograms() throws Exception {
        double[] ln = PaperData.series("lnpatent_2004_2017");
        UnitRootNodeModel m = executed(ln);
        assertEquals(1, m.viewContent().pages().size());
        ViewPage p = m.viewContent().pages().get(0);
        assertEquals("\"value\"", p.title());
        assertTrue(p.text().get(0).contains("(ADF), year 2004 to year 2017: statistic "), p.text().get(0));
        assertTrue(p.text().stream().anyMatch(t -> t.startsWith("Decision: ")), p.text().toString());
        assertEquals(4, p.figures().size());
        Figure.LineChart levels = (Figure.LineChart)p.figures().get(0);
        double[] years = new double[ln.length];
        Arrays.setAll(years, i -> PaperData.FIRST_YEAR + i);
        assertArrayEquals(years, levels.x());
        assertArrayEquals(ln, levels.lines().get(0).y());
        assertArrayEquals(Differencing.difference(ln, 1), ((Figure.LineChart)p.figures().get(1)).lines().get(0).y());
        Figure.Correlogram acf = (Figure.Correlogram)p.figures().get(2);
        double[] r = Autocorrelation.acf(ln, Autocorrelation.defaultMaxLag(ln.length));
        assertArrayEquals(Arrays.copyOfRange(r, 1, r.length), acf.values());
        assertEquals(Autocorrelation.whiteNoiseBand(ln.length), acf.band());
        assertTrue(((Figure.Correlogram)p.figures().get(3)).title().startsWith("PACF"));
        ViewTestImages.assertDraws(p, "unit-root-test");
    }

    @Test
    void viewFollowsExecuteSaveLoadAndReset(@TempDir final Path dir) throws Exception {
        UnitRootNodeModel m = executed(PaperData.series("lnpatent_2004_2017"));
        ResultsNodeView<UnitRootNodeModel> view =
            (ResultsNodeView<UnitRootNodeModel>)new UnitRootNodeFactory().createNodeView(0, m);
        assertNotNull(NodeViewTestAccess.refresh(view));
        assertFalse(NodeViewTestAccess.showsNoData(view));
        assertEquals("\"value\"", view.shownPage().title());

        NodeModelTestAccess.saveInternals(m, dir.toFile());
        UnitRootNodeModel reopened = new UnitRootNodeModel();
        NodeModelTestAccess.loadInternals(reopened, dir.toFile());
        ViewPage saved = m.viewContent().pages().get(0);
        ViewPage loaded = reopened.viewContent().pages().get(0);
        assertEquals(saved.title(), loaded.title());
        assertEquals(saved.text(), loaded.text());
        assertEquals(saved.figures().size(), loaded.figures().size());
        assertArrayEquals(((Figure.Correlogram)saved.figures().get(2)).values(),
            ((Figure.Correlogram)loaded.figures().get(2)).values());

        NodeModelTestAccess.reset(m);
        NodeViewTestAccess.refresh(view);
        assertTrue(NodeViewTestAccess.showsNoData(view), "after a reset the view has nothing to show");
    }
}
