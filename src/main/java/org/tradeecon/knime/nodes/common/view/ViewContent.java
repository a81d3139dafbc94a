package org.tradeecon.knime.nodes.common.view;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/**
 * What a node's view shows after an execution: its pages. Kept by the node model and saved in the node's
 * internals folder as {@value #FILE_NAME} (KNIME's own settings XML), so the view works after the workflow is
 * reopened without executing again.
 *
 * @param pages the pages, in the order the view offers them
 */
public record ViewContent(List<ViewPage> pages) {
    /** Before any execution, and after a reset. */
    public static final ViewContent EMPTY = new ViewContent(List.of());
    /** The file in the node's internals folder. */
    public static final String FILE_NAME = "view.xml";

    /** Copies the list. */
    public ViewContent {
        pages = List.copyOf(pages);
    }

    /** @return true when there is nothing to show */
    public boolean isEmpty() {
        return pages.isEmpty();
    }

    /** Writes the content into {@code dir}/{@value #FILE_NAME}; writes nothing when empty. */
    public void save(final File dir) throws IOException {
        if (isEmpty()) {
            return;
        }
        NodeSettings s = new NodeSettings("view");
        save(s);
        try (OutputStream out = Files.newOutputStream(new File(dir, FILE_NAME).toPath())) {
            s.saveToXML(out);
        }
    }

    /** @return the content saved in {@code dir}, or {@link #EMPTY} when there is none (a node saved unexecuted) */
    public static ViewContent load(final File dir) throws IOException {
        File f = new File(dir, FILE_NAME);
        if (!f.isFile()) {
            return EMPTY;
        }
        try (InputStream in = Files.newInputStream(f.toPath())) {
            return load(NodeSettings.loadFromXML(in));
        } catch (IOException | InvalidSettingsException | IllegalArgumentException e) {
            throw new IOException("The saved view of this node cannot be read (" + e.getMessage()
                + "); execute the node again to redraw it.", e);
        }
    }

    void save(final NodeSettingsWO s) {
        s.addInt("pages", pages.size());
        for (int p = 0; p < pages.size(); p++) {
            ViewPage page = pages.get(p);
            NodeSettingsWO ps = s.addNodeSettings("page_" + p);
            ps.addString("title", page.title());
            ps.addStringArray("text", page.text().toArray(String[]::new));
            ps.addInt("figures", page.figures().size());
            for (int f = 0; f < page.figures().size(); f++) {
                saveFigure(page.figures().get(f), ps.addNodeSettings("figure_" + f));
            }
        }
    }

    static ViewContent load(final NodeSettingsRO s) throws InvalidSettingsException {
        List<ViewPage> pages = new ArrayList<>();
        int n = s.getInt("pages");
        for (int p = 0; p < n; p++) {
            NodeSettingsRO ps = s.getNodeSettings("page_" + p);
            List<Figure> figures = new ArrayList<>();
            int nf = ps.getInt("figures");
            for (int f = 0; f < nf; f++) {
                figures.add(loadFigure(ps.getNodeSettings("figure_" + f)));
            }
            pages.add(new ViewPage(ps.getString("title"), Arrays.asList(ps.getStringArray("text")), figures));
        }
        return new ViewContent(pages);
    }

    private static void saveFigure(final Figure figure, final NodeSettingsWO s) {
        s.addString("title", figure.title());
        if (figure instanceof Figure.LineChart c) {
            s.addString("type", "lines");
            s.addString("x_label", c.xLabel());
            s.addDoubleArray("x", c.x());
            s.addBoolean("zero_line", c.zeroLine());
            s.addStringArray("names", c.lines().stream().map(Figure.Line::name).toArray(String[]::new));
            for (int i = 0; i < c.lines().size(); i++) {
                s.addDoubleArray("y_" + i, c.lines().get(i).y());
            }
        } else if (figure instanceof Figure.Correlogram c) {
            s.addString("type", "correlogram");
            s.addDoubleArray("values", c.values());
            s.addDouble("band", c.band());
        } else if (figure instanceof Figure.HeatMap h) {
            s.addString("type", "heat_map");
            s.addString("row_label", h.rowLabel());
            s.addString("column_label", h.columnLabel());
            s.addStringArray("rows", h.rows().toArray(String[]::new));
            s.addStringArray("columns", h.columns().toArray(String[]::new));
            for (int r = 0; r < h.values().length; r++) {
                s.addDoubleArray("values_" + r, h.values()[r]);
            }
        }
    }

    private static Figure loadFigure(final NodeSettingsRO s) throws InvalidSettingsException {
        String title = s.getString("title");
        String type = s.getString("type");
        switch (type) {
            case "lines": {
                String[] names = s.getStringArray("names");
                List<Figure.Line> lines = new ArrayList<>();
                for (int i = 0; i < names.length; i++) {
                    lines.add(new Figure.Line(names[i], s.getDoubleArray("y_" + i)));
                }
                return new Figure.LineChart(title, s.getString("x_label"), s.getDoubleArray("x"), lines,
                    s.getBoolean("zero_line"));
            }
            case "correlogram":
                return new Figure.Correlogram(title, s.getDoubleArray("values"), s.getDouble("band"));
            case "heat_map": {
                String[] rows = s.getStringArray("rows");
                double[][] values = new double[rows.length][];
                for (int r = 0; r < rows.length; r++) {
                    values[r] = s.getDoubleArray("values_" + r);
                }
                return new Figure.HeatMap(title, s.getString("row_label"), s.getString("column_label"),
                    Arrays.asList(rows), Arrays.asList(s.getStringArray("columns")), values);
            }
            default:
                throw new InvalidSettingsException("unknown chart type \"" + type + "\"");
        }
    }
}
