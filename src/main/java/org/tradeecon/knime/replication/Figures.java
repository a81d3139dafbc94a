package org.tradeecon.knime.replication;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.io.IOException;
import java.text.DecimalFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.tradeecon.knime.engine.datasource.CompletenessReport;

/**
 * Figures 1–4 of the paper, and two supplementary figures of the series available offline, drawn with JFreeChart
 * as PNG and SVG. A figure is drawn only when every one of its series has a value in every year of its window;
 * otherwise it is reported as unavailable with the reason (no line is interpolated across a gap).
 */
public final class Figures {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 450;
    /** Years of the paper's figures 1, 3 and 4. */
    private static final int FIGURE_LAST_YEAR = PaperVariables.LNY_LAST_YEAR;

    /** ATP groups in which the US has a deficit with China (Figure 3). */
    public static final List<String> DEFICIT_GROUPS = List.of("04", "03", "09");
    /** ATP groups with a US surplus (Figure 4). */
    public static final List<String> SURPLUS_GROUPS = List.of("06", "08", "05", "02");

    /**
     * One figure and what became of it.
     *
     * @param id file stem, e.g. "figure1"
     * @param title the paper's caption
     * @param files the files written (PNG, SVG), empty when not drawn
     * @param unavailableReason empty when drawn, else why not
     */
    public record Figure(String id, String title, List<Path> files, String unavailableReason) {

        /** @return whether the figure was drawn */
        public boolean isDrawn() {
            return unavailableReason.isEmpty();
        }
    }

    static {
        // Charts are drawn without a display (CI, servers); respect an explicit setting.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Figures() {
    }

    /**
     * Draws every figure that the data allow.
     *
     * @param data raw series
     * @param variables the paper's variables
     * @param dir output directory (must exist)
     * @return the six figures in order (1–4, then S1, S2)
     * @throws IOException if a file cannot be written
     */
    public static List<Figure> draw(final SourceData data, final PaperVariables variables, final Path dir)
        throws IOException {
        String offline = data.live() ? "" : Outcome.NOT_AVAILABLE_OFFLINE;
        List<Figure> out = new ArrayList<>();
        Map<String, AnnualSeries> deficit = new LinkedHashMap<>();
        deficit.put("US-China ATP trade deficit", scaled(data.atpBalanceChina(), -1e-9));
        out.add(lines(dir, "figure1", "Figure 1. US-China high-tech trade deficit, 2004-2016", "USD billion",
            deficit, FIGURE_LAST_YEAR, offline));
        Map<String, AnnualSeries> ratio = new LinkedHashMap<>();
        PaperVariables.Variable r = variables.get(PaperVariables.RATIO);
        ratio.put("RATIO", fromVariable(r));
        out.add(lines(dir, "figure2",
            "Figure 2. US high-tech exports to China / US high-tech exports to the world, 2004-2018", "ratio", ratio,
            r.lastYear(), offline));
        out.add(lines(dir, "figure3", "Figure 3. ATP groups with a US deficit with China (balance), 2004-2016",
            "USD billion", groups(data, DEFICIT_GROUPS), FIGURE_LAST_YEAR, offline));
        out.add(lines(dir, "figure4", "Figure 4. ATP groups with a US surplus with China (balance), 2004-2016",
            "USD billion", groups(data, SURPLUS_GROUPS), FIGURE_LAST_YEAR, offline));
        // Not figures of the paper: the two series the offline snapshot does have, so the report shows the data.
        for (String name : List.of(PaperVariables.PATENT, PaperVariables.FDIGDP)) {
            PaperVariables.Variable v = variables.get(name);
            Map<String, AnnualSeries> one = new LinkedHashMap<>();
            one.put(name, fromVariable(v));
            String id = name.equals(PaperVariables.PATENT) ? "figureS1" : "figureS2";
            out.add(lines(dir, id, "Supplementary figure (not in the paper): " + name + ", " + v.firstYear() + "-"
                + v.lastYear(), name.equals(PaperVariables.PATENT) ? "ln(applications)" : "% of GDP", one,
                v.lastYear(), ""));
        }
        return out;
    }

    private static Map<String, AnnualSeries> groups(final SourceData data, final List<String> codes) {
        Map<String, AnnualSeries> m = new LinkedHashMap<>();
        for (String code : codes) {
            AnnualSeries s = data.atpBalanceChinaByGroup().get(code);
            String name = code + " " + data.atpGroupNames().getOrDefault(code, "");
            m.put(name.trim(), s == null ? AnnualSeries.empty(name, "USD", "not in the source") : scaled(s, 1e-9));
        }
        return m;
    }

    private static AnnualSeries fromVariable(final PaperVariables.Variable v) {
        Map<Integer, Double> m = new java.util.TreeMap<>();
        double[] x = v.values();
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i])) {
                m.put(v.firstYear() + i, x[i]);
            }
        }
        return new AnnualSeries(v.name(), "", v.definition(), new java.util.TreeMap<>(m));
    }

    private static AnnualSeries scaled(final AnnualSeries s, final double factor) {
        java.util.TreeMap<Integer, Double> m = new java.util.TreeMap<>();
        s.values().forEach((year, value) -> m.put(year, value * factor));
        return new AnnualSeries(s.name(), s.unit(), s.source(), m);
    }

    private static Figure lines(final Path dir, final String id, final String title, final String yLabel,
        final Map<String, AnnualSeries> series, final int lastYear, final String offlineReason) throws IOException {
        List<String> gaps = new ArrayList<>();
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (Map.Entry<String, AnnualSeries> e : series.entrySet()) {
            XYSeries xy = new XYSeries(e.getKey());
            List<Integer> missing = new ArrayList<>();
            for (int year = PaperVariables.FIRST_YEAR; year <= lastYear; year++) {
                double v = e.getValue().get(year);
                if (Double.isNaN(v)) {
                    missing.add(year);
                } else {
                    xy.add(year, v);
                }
            }
            if (!missing.isEmpty()) {
                gaps.add(e.getKey() + ": no value for " + CompletenessReport.ranges(missing));
            }
            dataset.addSeries(xy);
        }
        if (!gaps.isEmpty()) {
            String reason = offlineReason.isEmpty() ? "not computable: " + String.join("; ", gaps) : offlineReason;
            return new Figure(id, title, List.of(), reason);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "year", yLabel, dataset, PlotOrientation.VERTICAL,
            series.size() > 1, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        NumberAxis years = (NumberAxis)plot.getDomainAxis();
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setNumberFormatOverride(new DecimalFormat("0"));
        ((NumberAxis)plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setRenderer(renderer);
        Path png = dir.resolve(id + ".png");
        ChartUtils.saveChartAsPNG(png.toFile(), chart, WIDTH, HEIGHT);
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle(WIDTH, HEIGHT));
        Path svg = dir.resolve(id + ".svg");
        Files.writeString(svg, g.getSVGDocument(), StandardCharsets.UTF_8);
        return new Figure(id, title, List.of(png, svg), "");
    }
}
