package org.tradeecon.knime.nodes.common.view;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Draws {@link Figure}s and whole {@link ViewPage}s with plain Java2D. (Not JFreeChart: none of KNIME's core
 * bundles requires it, so a plain KNIME installation may lack it, and a missing required bundle would stop this
 * whole extension from loading.)
 */
public final class FigurePainter {
    /** Line colours (the ten of matplotlib's "tab10"), in an order whose first two differ also in greyscale. */
    private static final Color[] COLOURS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0x9467bd), new Color(0xff7f0e), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
        new Color(0xbcbd22), new Color(0x17becf)};
    private static final Color GRID = new Color(0xe6e6e6);
    private static final Color BAND = new Color(0x7f7f7f);
    private static final int TEXT_LINE = 18;
    private static final int LEGEND_LINE = 14;

    private FigurePainter() {
    }

    /** @return the page's text lines broken at spaces so that each fits {@code width} pixels */
    static List<String> wrap(final List<String> text, final FontMetrics fm, final int width) {
        List<String> out = new ArrayList<>();
        for (String line : text) {
            StringBuilder b = new StringBuilder();
            for (String word : line.split(" ")) {
                if (b.length() > 0 && fm.stringWidth(b + " " + word) > width) {
                    out.add(b.toString());
                    b.setLength(0);
                }
                b.append(b.length() > 0 ? " " : "").append(word);
            }
            out.add(b.toString());
        }
        return out;
    }

    /** Draws a page: title and text lines on top (wrapped to the width), then the charts two per row. */
    public static void paintPage(final ViewPage page, final Graphics2D g, final int width, final int height) {
        setUp(g);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(g.getFont().deriveFont(Font.PLAIN, 13f));
        List<String> lines = wrap(page.text(), g.getFontMetrics(), width - 20);
        int y = 4;
        for (String line : lines) {
            y += TEXT_LINE;
            g.drawString(line, 10, y);
        }
        int top = 12 + TEXT_LINE * lines.size();
        int n = page.figures().size();
        if (n == 0) {
            return;
        }
        int columns = n == 1 ? 1 : 2;
        int rows = (n + columns - 1) / columns;
        int cw = width / columns;
        int ch = Math.max(1, (height - top) / rows);
        for (int i = 0; i < n; i++) {
            paint(page.figures().get(i), g, new Rectangle(i % columns * cw, top + i / columns * ch, cw, ch));
        }
    }

    /** @return the page drawn into an image of the given size */
    public static BufferedImage render(final ViewPage page, final int width, final int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            paintPage(page, g, width, height);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Draws one figure inside the rectangle. */
    public static void paint(final Figure figure, final Graphics2D g, final Rectangle r) {
        setUp(g);
        g.setColor(Color.BLACK);
        g.setFont(g.getFont().deriveFont(Font.BOLD, 12f));
        centre(g, figure.title(), r.x + r.width / 2, r.y + 16);
        g.setFont(g.getFont().deriveFont(Font.PLAIN, 11f));
        if (figure instanceof Figure.LineChart c) {
            List<List<Integer>> legendRows = legendRows(c, g.getFontMetrics(), r.width - 76);
            int extra = Math.max(0, legendRows.size() - 1) * LEGEND_LINE;
            lines(c, g, new Rectangle(r.x + 58, r.y + 26, Math.max(1, r.width - 76),
                Math.max(1, r.height - 76 - extra)), legendRows);
        } else if (figure instanceof Figure.Correlogram c) {
            correlogram(c, g, new Rectangle(r.x + 58, r.y + 26, Math.max(1, r.width - 76),
                Math.max(1, r.height - 76)));
        } else if (figure instanceof Figure.HeatMap h) {
            heatMap(h, g, new Rectangle(r.x + 10, r.y + 26, Math.max(1, r.width - 20), Math.max(1, r.height - 36)));
        }
    }

    private static void lines(final Figure.LineChart c, final Graphics2D g, final Rectangle plot,
        final List<List<Integer>> legendRows) {
        double[] yr = range(c);
        double[] xr = {c.x().length == 0 ? 0 : c.x()[0], c.x().length == 0 ? 1 : c.x()[c.x().length - 1]};
        double xpad = xr[1] > xr[0] ? 0.03 * (xr[1] - xr[0]) : 0.5; // keep the end points off the frame
        xr = new double[]{xr[0] - xpad, xr[1] + xpad};
        Axes axes = new Axes(plot, xr, yr).integerX(c.x());
        axes.draw(g, c.xLabel(), true);
        if (c.zeroLine() && yr[0] < 0 && yr[1] > 0) {
            g.setColor(BAND);
            g.drawLine(plot.x, axes.py(0), plot.x + plot.width, axes.py(0));
        }
        Stroke old = g.getStroke();
        g.setStroke(new BasicStroke(1.8f));
        for (int i = 0; i < c.lines().size(); i++) {
            double[] y = c.lines().get(i).y();
            g.setColor(COLOURS[i % COLOURS.length]);
            Path2D path = new Path2D.Double();
            boolean pen = false;
            for (int t = 0; t < y.length; t++) {
                if (!Double.isFinite(y[t])) {
                    pen = false; // a gap stays a gap
                    continue;
                }
                double px = axes.pxd(c.x()[t]);
                double py = axes.pyd(y[t]);
                if (pen) {
                    path.lineTo(px, py);
                } else {
                    path.moveTo(px, py);
                    pen = true;
                }
                g.fill(new Rectangle2D.Double(px - 2, py - 2, 4, 4));
            }
            g.draw(path);
        }
        g.setStroke(old);
        legend(c, g, plot, legendRows);
    }

    /** @return the legend's entries (line indexes) per row of text; none when the title names the only line */
    private static List<List<Integer>> legendRows(final Figure.LineChart c, final FontMetrics fm, final int width) {
        List<List<Integer>> rows = new ArrayList<>();
        if (c.lines().size() == 1 && c.title().toLowerCase(Locale.ROOT)
            .contains(c.lines().get(0).name().toLowerCase(Locale.ROOT))) {
            return rows;
        }
        int x = 0;
        for (int i = 0; i < c.lines().size(); i++) {
            int w = 30 + fm.stringWidth(c.lines().get(i).name());
            if (rows.isEmpty() || x + w > width && x > 0) {
                rows.add(new ArrayList<>());
                x = 0;
            }
            rows.get(rows.size() - 1).add(i);
            x += w;
        }
        return rows;
    }

    private static void legend(final Figure.LineChart c, final Graphics2D g, final Rectangle plot,
        final List<List<Integer>> rows) {
        int y = plot.y + plot.height + 44;
        for (List<Integer> row : rows) {
            int x = plot.x + 8;
            for (int i : row) {
                g.setColor(COLOURS[i % COLOURS.length]);
                g.fillRect(x, y - 8, 14, 4);
                g.setColor(Color.BLACK);
                g.drawString(c.lines().get(i).name(), x + 18, y - 3);
                x += 30 + g.getFontMetrics().stringWidth(c.lines().get(i).name());
            }
            y += LEGEND_LINE;
        }
    }

    private static double[] range(final Figure.LineChart c) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Figure.Line l : c.lines()) {
            for (double v : l.y()) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (c.zeroLine()) {
            lo = Math.min(lo, 0);
            hi = Math.max(hi, 0);
        }
        if (!(lo <= hi)) {
            return new double[]{0, 1};
        }
        double pad = hi > lo ? 0.05 * (hi - lo) : Math.max(1e-12, Math.abs(hi) * 0.05 + 1e-300);
        return new double[]{lo - pad, hi + pad};
    }

    private static void correlogram(final Figure.Correlogram c, final Graphics2D g, final Rectangle plot) {
        int k = c.values().length;
        Axes axes = new Axes(plot, new double[]{0.5, k + 0.5}, new double[]{-1, 1});
        axes.draw(g, "Lag", false);
        for (int lag = 1; lag <= k; lag++) {
            g.setColor(Color.BLACK);
            centre(g, Integer.toString(lag), axes.px(lag), plot.y + plot.height + 14);
        }
        g.setColor(BAND);
        g.drawLine(plot.x, axes.py(0), plot.x + plot.width, axes.py(0));
        Stroke old = g.getStroke();
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{5f, 4f}, 0f));
        g.drawLine(plot.x, axes.py(c.band()), plot.x + plot.width, axes.py(c.band()));
        g.drawLine(plot.x, axes.py(-c.band()), plot.x + plot.width, axes.py(-c.band()));
        g.setStroke(old);
        double barWidth = Math.max(2, 0.5 * plot.width / k);
        for (int lag = 1; lag <= k; lag++) {
            double v = c.values()[lag - 1];
            if (!Double.isFinite(v)) {
                continue;
            }
            g.setColor(Math.abs(v) > c.band() ? COLOURS[1] : COLOURS[0]);
            double top = Math.min(axes.pyd(v), axes.pyd(0));
            g.fill(new Rectangle2D.Double(axes.pxd(lag) - barWidth / 2, top, barWidth,
                Math.abs(axes.pyd(v) - axes.pyd(0))));
        }
        g.setColor(Color.DARK_GRAY);
        g.drawString(String.format(Locale.ROOT, "dashed: \u00b1%.3f (95%% band for white noise)", c.band()),
            plot.x, plot.y + plot.height + 42);
    }

    private static void heatMap(final Figure.HeatMap h, final Graphics2D g, final Rectangle r) {
        FontMetrics fm = g.getFontMetrics();
        int labelW = 0;
        for (String s : h.rows()) {
            labelW = Math.max(labelW, fm.stringWidth(s));
        }
        labelW += 10;
        int top = r.y + 2 * fm.getHeight() + 4;
        int rows = h.rows().size();
        int cols = h.columns().size();
        if (rows == 0 || cols == 0) {
            return;
        }
        int legendH = 2 * fm.getHeight();
        int cw = Math.max(1, (r.width - labelW) / cols);
        int chh = Math.max(1, (r.height - (top - r.y) - legendH) / rows);
        g.setColor(Color.BLACK);
        g.drawString(h.columnLabel() + " \u2192", r.x + labelW, r.y + fm.getAscent());
        g.drawString(h.rowLabel() + " \u2193", r.x, r.y + fm.getHeight() + fm.getAscent());
        for (int c = 0; c < cols; c++) {
            centre(g, clip(fm, h.columns().get(c), cw - 4), r.x + labelW + c * cw + cw / 2, top - 4);
        }
        for (int row = 0; row < rows; row++) {
            int y = top + row * chh;
            g.setColor(Color.BLACK);
            g.drawString(h.rows().get(row), r.x, y + chh / 2 + fm.getAscent() / 2);
            for (int c = 0; c < cols; c++) {
                double p = h.values()[row][c];
                int x = r.x + labelW + c * cw;
                g.setColor(cellColour(p));
                g.fillRect(x, y, cw, chh);
                g.setColor(Color.WHITE);
                g.drawRect(x, y, cw, chh);
                String label = Double.isNaN(p) ? "not tested"
                    : p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
                g.setColor(Double.isNaN(p) || p > 0.2 ? Color.BLACK : Color.WHITE);
                centre(g, clip(fm, label, cw - 4), x + cw / 2, y + chh / 2 + fm.getAscent() / 2);
            }
        }
        g.setColor(Color.DARK_GRAY);
        g.drawString("p-value of the test (dark: small p, the null is rejected; grey: not tested)", r.x,
            top + rows * chh + fm.getHeight() + 2);
    }

    /** Dark red at p = 0, through orange, to pale yellow at p = 1; light grey for "not tested". */
    static Color cellColour(final double p) {
        if (Double.isNaN(p)) {
            return new Color(0xd9d9d9);
        }
        double t = Math.sqrt(Math.max(0, Math.min(1, p))); // spread the interesting small values
        int red = (int) Math.round(165 + t * (255 - 165));
        int green = (int) Math.round(0 + t * 245);
        int blue = (int) Math.round(38 + t * (204 - 38));
        return new Color(red, green, blue);
    }

    private static String clip(final FontMetrics fm, final String s, final int width) {
        if (fm.stringWidth(s) <= width) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && fm.stringWidth(t + "\u2026") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "\u2026";
    }

    private static void centre(final Graphics2D g, final String s, final int x, final int y) {
        g.drawString(s, x - g.getFontMetrics().stringWidth(s) / 2, y);
    }

    private static void setUp(final Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    /** Maps data to pixels and draws the frame, grid and tick labels. */
    private static final class Axes {
        private final Rectangle m_plot;
        private final double[] m_x;
        private final double[] m_y;
        private boolean m_integerX;

        Axes(final Rectangle plot, final double[] x, final double[] y) {
            m_plot = plot;
            m_x = x;
            m_y = y;
        }

        /** Ticks of the x axis only at whole numbers (when every x value is one). */
        Axes integerX(final double[] xs) {
            m_integerX = Arrays.stream(xs).allMatch(v -> v == Math.rint(v));
            return this;
        }

        double pxd(final double x) {
            return m_plot.x + (x - m_x[0]) / (m_x[1] - m_x[0]) * m_plot.width;
        }

        double pyd(final double y) {
            return m_plot.y + m_plot.height - (y - m_y[0]) / (m_y[1] - m_y[0]) * m_plot.height;
        }

        int px(final double x) {
            return (int) Math.round(pxd(x));
        }

        int py(final double y) {
            return (int) Math.round(pyd(y));
        }

        void draw(final Graphics2D g, final String xLabel, final boolean xTicks) {
            for (double t : ticks(m_y[0], m_y[1])) {
                g.setColor(GRID);
                g.drawLine(m_plot.x, py(t), m_plot.x + m_plot.width, py(t));
                g.setColor(Color.BLACK);
                String s = format(t);
                g.drawString(s, m_plot.x - 6 - g.getFontMetrics().stringWidth(s), py(t) + 4);
            }
            if (xTicks) {
                for (double t : ticks(m_x[0], m_x[1])) {
                    if (m_integerX && t != Math.rint(t)) {
                        continue; // lags and years have no half steps
                    }
                    g.setColor(GRID);
                    g.drawLine(px(t), m_plot.y, px(t), m_plot.y + m_plot.height);
                    g.setColor(Color.BLACK);
                    centre(g, format(t), px(t), m_plot.y + m_plot.height + 14);
                }
            }
            g.setColor(Color.GRAY);
            g.drawRect(m_plot.x, m_plot.y, m_plot.width, m_plot.height);
            g.setColor(Color.BLACK);
            centre(g, xLabel, m_plot.x + m_plot.width / 2, m_plot.y + m_plot.height + 28);
        }
    }

    /** @return 2 to 9 round tick values inside [lo, hi] (steps of 1, 2 or 5 times a power of ten) */
    static List<Double> ticks(final double lo, final double hi) {
        double span = hi - lo;
        List<Double> out = new ArrayList<>();
        if (!(span > 0) || !Double.isFinite(span)) {
            out.add(lo);
            return out;
        }
        double step = Math.pow(10, Math.floor(Math.log10(span / 5)));
        for (double m : new double[]{1, 2, 5, 10}) {
            if (span / (step * m) <= 8) {
                step *= m;
                break;
            }
        }
        for (double t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) {
            out.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return out;
    }

    private static String format(final double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return Long.toString((long) v); // years and counts without decimals or grouping
        }
        double a = Math.abs(v);
        if (a >= 1e5 || a < 1e-3) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.3g", v)).stripTrailingZeros().toPlainString();
    }
}
