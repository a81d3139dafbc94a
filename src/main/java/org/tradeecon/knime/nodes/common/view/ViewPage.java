package org.tradeecon.knime.nodes.common.view;

import java.util.List;

/**
 * One page of a node view, usually one tested series or one model: a title, a few lines of text in words (the
 * decision, the lag, the sample) and its charts.
 *
 * @param title e.g. the series' name
 * @param text lines shown above the charts
 * @param figures the charts, drawn two per row
 */
public record ViewPage(String title, List<String> text, List<Figure> figures) {
    /** Copies the lists. */
    public ViewPage {
        text = List.copyOf(text);
        figures = List.copyOf(figures);
    }
}
