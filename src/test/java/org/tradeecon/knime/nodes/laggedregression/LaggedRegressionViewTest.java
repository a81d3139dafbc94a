package org.tradeecon.knime.nodes.laggedregression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.StubExecutionContext;
import org.tradeecon.knime.testsupport.ReferenceCsv;
import org.tradeecon.knime.engine.timeseries.Autocorrelation;
import org.tradeecon.knime.testsupport.NodeTestSupport;
import org.tradeecon.knime.testsupport.NodeTestSupport.TableBuilder;
import org.tradeecon.knime.nodes.common.view.Figure;
import org.tradeecon.knime.nodes.common.view.ViewPage;
import org.tradeecon.knime.nodes.common.view.ViewTestImages;

/**
 * The Lagged-Dependent Regression view draws exactly the node's third output (fitted values and residuals, whose
 * numbers the node tests check against statsmodels) over the estimation sample, and the residuals' ACF
 * (engine.timeseries, tested against statsmodels and R). The paper's Eq. (2) design on annual.csv.
 */
class LaggedRegressionViewTest {
    @Test
    void drawsTheFitOfTheEstimationSample() throws Exception {
        double[][] a = ReferenceCsv.columns("/reference/regression/annual.csv", "year",
            "us_atp_exports_world_usd", "fdi_pct_gdp", "ln_patent_nonresident");
        TableBuilder b = new TableBuilder().column("year", IntCell.TYPE).column("lny", DoubleCell.TYPE)
            .column("FDIGDP", DoubleCell.TYPE).column("PATENT", DoubleCell.TYPE);
        for (int i = 0; i < a[0].length; i++) {
            b.row((int)a[0][i], Math.log(a[1][i]), a[2][i], a[3][i]);
        }
        NodeSettings s = NodeModelTestAccess.saveSettings(new LaggedRegressionNodeModel());
        s.addString(LaggedRegressionSettings.CFG_DEPENDENT, "lny");
        NodeTestSupport.includeOnly(s, LaggedRegressionSettings.CFG_REGRESSORS, "FDIGDP", "PATENT");
        s.addString("time_column", "year");
        LaggedRegressionNodeModel m = new LaggedRegressionNodeModel();
        NodeModelTestAccess.loadSettings(m, s);
        BufferedDataTable[] out = NodeModelTestAccess.execute(m, StubExecutionContext.create(), b.table());

        double[] fittedColumn = NodeTestSupport.doubles(out[2], "Fitted value");
        int[] used = IntStream.range(0, fittedColumn.length).filter(i -> !Double.isNaN(fittedColumn[i])).toArray();
        double[] fitted = Arrays.stream(used).mapToDouble(i -> fittedColumn[i]).toArray();
        double[] residuals = Arrays.stream(used).mapToDouble(i -> NodeTestSupport.doubles(out[2], "Residual")[i])
            .toArray();
        double[] years = Arrays.stream(used).mapToDouble(i -> a[0][i]).toArray();
        double[] lny = Arrays.stream(used).mapToDouble(i -> Math.log(a[1][i])).toArray();

        assertEquals(1, m.viewContent().pages().size());
        ViewPage p = m.viewContent().pages().get(0);
        assertTrue(p.text().get(0).startsWith("Dependent variable lny, year " + (int)years[0] + " to year "
            + (int)years[years.length - 1] + " (" + used.length + " observations)"), p.text().get(0));
        Figure.LineChart fit = (Figure.LineChart)p.figures().get(0);
        assertArrayEquals(years, fit.x());
        assertArrayEquals(lny, fit.lines().get(0).y(), 1e-12, "actual = fitted + residual = lny");
        assertArrayEquals(fitted, fit.lines().get(1).y());
        Figure.LineChart res = (Figure.LineChart)p.figures().get(1);
        assertArrayEquals(residuals, res.lines().get(0).y());
        assertTrue(res.zeroLine());
        double[] r = Autocorrelation.acf(residuals, Autocorrelation.defaultMaxLag(residuals.length));
        assertArrayEquals(Arrays.copyOfRange(r, 1, r.length), ((Figure.Correlogram)p.figures().get(2)).values());
        ViewTestImages.assertDraws(p, "lagged-dependent-regression");
    }
}
