import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * Draws the extension's 16x16 PNG icons with java.awt (headless, shapes only, no fonts needed).
 * Run from the project root: {@code java tools/Icons.java}. To add a node icon, add one entry to {@link #ICONS}:
 * a path and a drawing on a coloured rounded tile. The PNGs are committed; this tool is not part of the build.
 */
public final class Icons {
    private static final String NODES = "src/main/java/org/tradeecon/knime/nodes/";

    /** Path (from the project root) to drawing. */
    private static final Map<String, Consumer<Graphics2D>> ICONS = new LinkedHashMap<>();

    static {
        // category: a rising, wiggling time series on blue
        ICONS.put("icons/category.png", g -> {
            tile(g, new Color(0x2F6DB5));
            polyline(g, 3, 12, 6, 8, 8, 10, 10, 5, 13, 3);
        });
        // Differencing: a delta (triangle outline) on orange
        ICONS.put(NODES + "differencing/differencing.png", g -> {
            tile(g, new Color(0xD9822B));
            Path2D p = new Path2D.Double();
            p.moveTo(8, 3);
            p.lineTo(13, 12.5);
            p.lineTo(3, 12.5);
            p.closePath();
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(p);
        });
        // Unit Root Test: a series wandering around its level on teal
        ICONS.put(NODES + "unitroot/unitroot.png", g -> {
            tile(g, new Color(0x2A9D8F));
            polyline(g, 2, 9, 4, 5, 6, 11, 8, 6, 10, 10, 12, 5, 14, 8);
        });
        // Panel Unit Root Test: three series wandering around their levels, stacked, on teal
        ICONS.put(NODES + "panelunitroot/panelunitroot.png", g -> {
            tile(g, new Color(0x2A9D8F));
            polyline(g, 2, 4, 5, 2.5, 8, 4.5, 11, 2.5, 14, 4);
            polyline(g, 2, 8.5, 5, 7, 8, 9, 11, 7, 14, 8.5);
            polyline(g, 2, 13, 5, 11.5, 8, 13.5, 11, 11.5, 14, 13);
        });
        // Order of Integration: a staircase of differences on purple
        ICONS.put(NODES + "integration/integration.png", g -> {
            tile(g, new Color(0x7B4FA0));
            polyline(g, 3, 4, 6, 4, 6, 8, 9, 8, 9, 12, 13, 12);
        });
        // Lagged-Dependent Regression: a fitted line through points on green
        ICONS.put(NODES + "laggedregression/laggedregression.png", g -> {
            tile(g, new Color(0x3A8A4F));
            polyline(g, 3, 12.5, 13, 4.5);
            dot(g, 4, 9);
            dot(g, 8, 10);
            dot(g, 11, 4);
        });
        // Dynamic OLS: two parallel wandering lines (cointegrated series) on teal
        ICONS.put(NODES + "dols/dols.png", g -> {
            tile(g, new Color(0x1F7F86));
            polyline(g, 2.5, 9, 6, 6, 9, 7.5, 13.5, 3);
            polyline(g, 2.5, 13, 6, 10, 9, 11.5, 13.5, 7);
        });
        // Granger Causality: an arrow from one series to another on purple
        ICONS.put(NODES + "granger/granger.png", g -> {
            tile(g, new Color(0x6E4A9E));
            polyline(g, 3, 8, 12, 8);
            polyline(g, 9, 5, 12.5, 8, 9, 11);
            dot(g, 3, 4);
            dot(g, 3, 12);
        });
        // High-Tech Category Mapper: three codes (short lines) sorted into a box, on green
        ICONS.put(NODES + "mapper/mapper.png", g -> {
            tile(g, new Color(0x3C8D5A));
            polyline(g, 2.5, 4, 6, 4);
            polyline(g, 2.5, 8, 6, 8);
            polyline(g, 2.5, 12, 6, 12);
            polyline(g, 6, 4, 9.5, 8, 6, 12);
            g.drawRect(10, 5, 4, 6);
        });
        // World Bank Indicator Reader: a globe (circle, equator, meridian) on teal
        ICONS.put(NODES + "worldbank/worldbank.png", g -> {
            tile(g, new Color(0x1F7A8C));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(1.4f));
            g.drawOval(3, 3, 10, 10);
            g.drawOval(6, 3, 4, 10);
            polyline(g, 3, 8, 13, 8);
        });
        // US Census ATP Trade Reader: two pairs of bars (exports, imports) on dark red
        ICONS.put(NODES + "census/census.png", g -> {
            tile(g, new Color(0xA23B3B));
            g.setColor(Color.WHITE);
            g.fillRect(3, 7, 2, 6);
            g.fillRect(6, 4, 2, 9);
            g.fillRect(9, 9, 2, 4);
            g.fillRect(12, 5, 2, 8);
        });
        // Expected Results Check: a tick on slate grey
        ICONS.put(NODES + "resultcheck/resultcheck.png", g -> {
            tile(g, new Color(0x4F5D6B));
            polyline(g, 3.5, 8.5, 6.5, 11.5, 12.5, 4.5);
        });
    }

    /** A small white dot centred at (x, y). */
    static void dot(final Graphics2D g, final double x, final double y) {
        g.setColor(Color.WHITE);
        g.fill(new java.awt.geom.Ellipse2D.Double(x - 1.3, y - 1.3, 2.6, 2.6));
    }

    private Icons() {
    }

    /** A rounded tile filling the icon. */
    static void tile(final Graphics2D g, final Color c) {
        g.setColor(c);
        g.fillRoundRect(0, 0, 16, 16, 5, 5);
    }

    /** A white line through the points x0, y0, x1, y1, ... */
    static void polyline(final Graphics2D g, final double... xy) {
        Path2D p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(p);
    }

    public static void main(final String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        for (Map.Entry<String, Consumer<Graphics2D>> e : ICONS.entrySet()) {
            BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            e.getValue().accept(g);
            g.dispose();
            File f = new File(e.getKey());
            f.getParentFile().mkdirs();
            ImageIO.write(img, "png", f);
            System.out.println("wrote " + f);
        }
    }
}
