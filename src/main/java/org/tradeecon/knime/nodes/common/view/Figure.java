package org.tradeecon.knime.nodes.common.view;

import java.util.List;

/**
 * One chart of a node view: plain numbers and labels, so that it can be saved with the node and drawn again after
 * the workflow is reopened ({@link ViewContent}). Drawn by {@link FigurePainter}.
 */
public sealed interface Figure permits Figure.LineChart, Figure.Correlogram, Figure.HeatMap {
    /** @return the title above the chart */
    String title();

    /**
     * Lines over a common x axis (years, or observation numbers).
     *
     * @param xLabel the x axis' name, e.g. "Year"
     * @param x the x values, increasing
     * @param lines the lines, each with one y value per x (NaN where there is none)
     * @param zeroLine whether to draw y = 0 (residuals)
     */
    record LineChart(String title, String xLabel, double[] x, List<Line> lines, boolean zeroLine) implements Figure {
        /** @throws IllegalArgumentException if a line's length differs from the x axis' */
        public LineChart {
            for (Line l : lines) {
                if (l.y().length != x.length) {
                    throw new IllegalArgumentException("Line \"" + l.name() + "\" has " + l.y().length
                        + " values for " + x.length + " x values.");
                }
            }
            lines = List.copyOf(lines);
        }
    }

    /**
     * @param name the legend entry
     * @param y the values
     */
    record Line(String name, double[] y) {
    }

    /**
     * Autocorrelations (or partial ones) at lags 1..K as bars, with the white-noise band.
     *
     * @param values the coefficients at lags 1, 2, ..., K
     * @param band the half-width of the band drawn at plus and minus this value
     */
    record Correlogram(String title, double[] values, double band) implements Figure {
    }

    /**
     * A matrix of p-values as coloured cells: strong colour for small p (rejection), pale for large; NaN = not tested.
     *
     * @param rowLabel what rows are, e.g. "cause"
     * @param columnLabel what columns are, e.g. "effect"
     * @param rows row names
     * @param columns column names
     * @param values values[r][c] in [0, 1], or NaN
     */
    record HeatMap(String title, String rowLabel, String columnLabel, List<String> rows, List<String> columns,
        double[][] values) implements Figure {
        /** @throws IllegalArgumentException if the matrix does not match the names */
        public HeatMap {
            if (values.length != rows.size()) {
                throw new IllegalArgumentException(values.length + " rows of values for " + rows.size() + " names.");
            }
            for (double[] r : values) {
                if (r.length != columns.size()) {
                    throw new IllegalArgumentException(r.length + " values in a row for " + columns.size()
                        + " columns.");
                }
            }
            rows = List.copyOf(rows);
            columns = List.copyOf(columns);
        }
    }
}
