package org.tradeecon.knime.nodes.common.view;

import java.util.ArrayList;
import java.util.List;

import org.tradeecon.knime.engine.timeseries.Autocorrelation;
import org.tradeecon.knime.engine.timeseries.Differencing;

/** The charts of one tested series: the series in levels, at a difference, and its correlograms. */
public final class SeriesCharts {
    private SeriesCharts() {
    }

    /**
     * @param name the series' name
     * @param axis the x value of each observation (years, or 1, 2, ...)
     * @param axisLabel the x axis' name
     * @param x the observations used by the test
     * @param shownDifference the difference to draw beside the levels (0 = none)
     * @param correlogramOrder the difference whose ACF and PACF are drawn (0 = levels)
     * @return the figures; the correlograms are left out (and a line of text says why) when they cannot be drawn
     */
    public static Charts of(final String name, final double[] axis, final String axisLabel, final double[] x,
        final int shownDifference, final int correlogramOrder) {
        List<Figure> figures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        figures.add(line(name + " in levels", axisLabel, axis, name, x));
        if (shownDifference > 0) {
            figures.add(line(name + ", " + differenceName(shownDifference), axisLabel, axis,
                "\u0394" + (shownDifference > 1 ? "^" + shownDifference : "") + " " + name,
                difference(x, shownDifference)));
        }
        double[] tested = dropLeading(difference(x, correlogramOrder), correlogramOrder);
        String of = correlogramOrder == 0 ? name : name + ", " + differenceName(correlogramOrder);
        try {
            int lags = Autocorrelation.defaultMaxLag(tested.length);
            double band = Autocorrelation.whiteNoiseBand(tested.length);
            figures.add(new Figure.Correlogram("ACF of " + of, drop0(Autocorrelation.acf(tested, lags)), band));
            figures.add(new Figure.Correlogram("PACF of " + of, drop0(Autocorrelation.pacf(tested, lags)), band));
        } catch (IllegalArgumentException e) {
            notes.add("Correlograms of " + of + " not drawn: " + e.getMessage());
        }
        return new Charts(figures, notes);
    }

    /**
     * @param figures the charts
     * @param notes lines of text to add to the page (why a chart is missing)
     */
    public record Charts(List<Figure> figures, List<String> notes) {
    }

    /** @return a one-line chart */
    public static Figure.LineChart line(final String title, final String axisLabel, final double[] axis,
        final String name, final double[] y) {
        return new Figure.LineChart(title, axisLabel, axis, List.of(new Figure.Line(name, y)), false);
    }

    private static String differenceName(final int d) {
        return switch (d) {
            case 1 -> "first difference";
            case 2 -> "second difference";
            default -> "difference of order " + d;
        };
    }

    /** @return the d-th difference, NaN for the first d observations (d = 0: a copy) */
    private static double[] difference(final double[] x, final int d) {
        double[] y = x.clone();
        for (int i = 0; i < d; i++) {
            y = Differencing.difference(y, 1);
        }
        return y;
    }

    private static double[] dropLeading(final double[] y, final int n) {
        double[] out = new double[Math.max(0, y.length - n)];
        System.arraycopy(y, Math.min(n, y.length), out, 0, out.length);
        return out;
    }

    private static double[] drop0(final double[] r) {
        double[] out = new double[r.length - 1];
        System.arraycopy(r, 1, out, 0, out.length);
        return out;
    }
}
