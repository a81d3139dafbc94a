package org.tradeecon.knime.nodes.common.view;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.port.image.ImagePortObjectSpec;

/**
 * The image output port of the nodes with a view: the view's pages drawn one below the other into one PNG (what
 * KNIME users put into reports, e.g. with an Image To Table or a report node). It comes after the node's tables,
 * so the tables keep their port numbers.
 */
public final class ChartsPort {
    /** Marks the constructor of a node model with a charts port. */
    public static final ChartsPort CHARTS = new ChartsPort();

    /** Width of the image in pixels. */
    public static final int WIDTH = 900;
    /** Height of each page's charts in pixels. */
    public static final int PAGE_HEIGHT = 620;
    /** At most this many pages are drawn (a pairwise run can have hundreds); the image says how many are left out. */
    public static final int MAX_PAGES = 12;

    private static final int TITLE = 30;
    private static final ImagePortObjectSpec SPEC = new ImagePortObjectSpec(PNGImageContent.TYPE);

    private ChartsPort() {
    }

    /** @return {@code n} table port types */
    public static PortType[] tables(final int n) {
        PortType[] t = new PortType[n];
        Arrays.fill(t, BufferedDataTable.TYPE);
        return t;
    }

    /** @return {@code n} table port types and the image port type */
    public static PortType[] withImage(final int n) {
        PortType[] t = Arrays.copyOf(tables(n), n + 1);
        t[n] = ImagePortObject.TYPE; // PortType[] already: the copy can hold it
        return t;
    }

    /** @return the tables' specs followed by the image port's spec */
    public static PortObjectSpec[] appendSpec(final PortObjectSpec[] tables) {
        // a new array: the one configure returned may be a DataTableSpec[], which cannot hold the image's spec
        PortObjectSpec[] out = new PortObjectSpec[tables.length + 1];
        System.arraycopy(tables, 0, out, 0, tables.length);
        out[tables.length] = SPEC;
        return out;
    }

    /** @return the tables followed by the charts of {@code view} as a PNG */
    public static PortObject[] appendImage(final PortObject[] tables, final ViewContent view) throws IOException {
        PortObject[] out = new PortObject[tables.length + 1]; // execute returned a BufferedDataTable[]
        System.arraycopy(tables, 0, out, 0, tables.length);
        out[tables.length] = new ImagePortObject(new PNGImageContent(png(view)), SPEC);
        return out;
    }

    /** @return the pages of {@code view} (at most {@link #MAX_PAGES}), each under its title, as PNG bytes */
    static byte[] png(final ViewContent view) throws IOException {
        List<ViewPage> pages = view.pages().subList(0, Math.min(MAX_PAGES, view.pages().size()));
        int left = view.pages().size() - pages.size();
        int height = Math.max(1, pages.size()) * (TITLE + PAGE_HEIGHT) + (left > 0 ? TITLE : 0);
        BufferedImage img = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            g.setFont(g.getFont().deriveFont(Font.BOLD, 15f));
            g.setColor(Color.BLACK);
            if (pages.isEmpty()) {
                g.drawString("No charts: the node has no result to draw.", 10, 20);
            }
            int y = 0;
            for (ViewPage p : pages) {
                g.setFont(g.getFont().deriveFont(Font.BOLD, 15f));
                g.setColor(Color.BLACK);
                g.drawString(p.title(), 10, y + 20);
                Graphics2D pg = (Graphics2D)g.create(0, y + TITLE, WIDTH, PAGE_HEIGHT);
                try {
                    FigurePainter.paintPage(p, pg, WIDTH, PAGE_HEIGHT);
                } finally {
                    pg.dispose();
                }
                y += TITLE + PAGE_HEIGHT;
            }
            if (left > 0) {
                g.setFont(g.getFont().deriveFont(Font.PLAIN, 13f));
                g.setColor(Color.BLACK);
                g.drawString(left + " more page" + (left == 1 ? " is" : "s are") + " in the node's view.", 10,
                    y + 20);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
