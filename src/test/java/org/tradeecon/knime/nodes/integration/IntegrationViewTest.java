package org.tradeecon.knime.nodes.integration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.StubExecutionContext;
import org.tradeecon.knime.engine.timeseries.Autocorrelation;
import org.tradeecon.knime.engine.timeseries.Differencing;
import org.tradeecon.knime.testsupport.NodeTestSupport;
import org.tradeecon.knime.nodes.common.view.Figure;
import org.tradeecon.knime.nodes.common.view.ViewPage;
import org.tradeecon.knime.nodes.common.view.ViewTestImages;
import org.tradeecon.knime.testsupport.PaperData;

/**
 * The Order of Integration view: the series at the order found and the correlograms of that difference, computed by
 * engine.timeseries (tested against statsmodels and R), and one line per step in words.
 */
class IntegrationViewTest {
    @Test
    void showsTheSeriesAtTheOrderFound() throws Exception {
        double[] ln = PaperData.series("lnpatent_2004_2017");
        IntegrationNodeModel m = PaperData.onYearlyValue(IntegrationNodeModel::new);
        BufferedDataTable in = PaperData.yearly(PaperData.FIRST_YEAR, ln).table();
        BufferedDataTable[] out = NodeModelTestAccess.execute(m, StubExecutionContext.create(), in);
        int d = (int)NodeTestSupport.doubles(out[0], "Order of integration (d)")[0];
        assertTrue(d >= 1, "ln patents are not stationary in levels (the paper's Table II, and our own tests)");

        ViewPage p = m.viewContent().pages().get(0);
        assertTrue(p.text().get(0).contains("I(" + d + ")"), p.text().get(0));
        assertEquals(d + 1, p.text().stream().filter(t -> t.startsWith("Difference ")).count(), "one line a step");
        double[] dx = ln;
        for (int i = 0; i < d; i++) {
            dx = Differencing.difference(dx, 1);
        }
        assertArrayEquals(dx, ((Figure.LineChart)p.figures().get(1)).lines().get(0).y());
        double[] tested = Arrays.copyOfRange(dx, d, dx.length);
        double[] r = Autocorrelation.acf(tested, Autocorrelation.defaultMaxLag(tested.length));
        Figure.Correlogram acf = (Figure.Correlogram)p.figures().get(2);
        assertArrayEquals(Arrays.copyOfRange(r, 1, r.length), acf.values());
        assertEquals(Autocorrelation.whiteNoiseBand(tested.length), acf.band());
        ViewTestImages.assertDraws(p, "order-of-integration");
    }
}
