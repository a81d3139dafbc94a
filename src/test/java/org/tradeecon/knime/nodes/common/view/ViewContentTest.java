package org.tradeecon.knime.nodes.common.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view content survives saving with the workflow, and every kind of figure draws. */
class ViewContentTest {
    static ViewContent sample() {
        double[] years = {2004, 2005, 2006, 2007};
        return new ViewContent(List.of(
            new ViewPage("\"lny\"", List.of("line one", "line two"), List.of(
                new Figure.LineChart("lny in levels", "Year", years,
                    List.of(new Figure.Line("actual", new double[]{1, 2, Double.NaN, 4}),
                        new Figure.Line("fitted", new double[]{1.5, 2.5, 3.5, 4.5})), true),
                new Figure.Correlogram("ACF of lny", new double[]{0.5, -0.2}, 0.98))),
            new ViewPage("Granger", List.of(), List.of(new Figure.HeatMap("p-values", "cause", "effect",
                List.of("a", "b"), List.of("a", "b"), new double[][]{{Double.NaN, 0.01}, {0.7, Double.NaN}})))));
    }

    @Test
    void survivesSavingAndLoading(@TempDir final Path dir) throws IOException {
        ViewContent c = sample();
        c.save(dir.toFile());
        assertTrue(Files.isRegularFile(dir.resolve(ViewContent.FILE_NAME)));
        ViewContent back = ViewContent.load(dir.toFile());
        assertEquals(2, back.pages().size());
        ViewPage p = back.pages().get(0);
        assertEquals("\"lny\"", p.title());
        assertEquals(List.of("line one", "line two"), p.text());
        Figure.LineChart lines = (Figure.LineChart)p.figures().get(0);
        assertArrayEquals(new double[]{2004, 2005, 2006, 2007}, lines.x());
        assertEquals("fitted", lines.lines().get(1).name());
        assertTrue(Double.isNaN(lines.lines().get(0).y()[2]), "a gap stays a gap");
        assertTrue(lines.zeroLine());
        Figure.Correlogram acf = (Figure.Correlogram)p.figures().get(1);
        assertArrayEquals(new double[]{0.5, -0.2}, acf.values());
        assertEquals(0.98, acf.band());
        Figure.HeatMap h = (Figure.HeatMap)back.pages().get(1).figures().get(0);
        assertEquals(List.of("a", "b"), h.columns());
        assertEquals(0.7, h.values()[1][0]);
        assertTrue(Double.isNaN(h.values()[0][0]));
    }

    @Test
    void emptyContentWritesNothingAndReadsBackEmpty(@TempDir final Path dir) throws IOException {
        ViewContent.EMPTY.save(dir.toFile());
        assertFalse(Files.exists(dir.resolve(ViewContent.FILE_NAME)));
        assertTrue(ViewContent.load(dir.toFile()).isEmpty());
    }

    @Test
    void aDamagedFileSaysToExecuteAgain(@TempDir final Path dir) throws IOException {
        Files.writeString(dir.resolve(ViewContent.FILE_NAME), "<config>broken");
        IOException e = assertThrows(IOException.class, () -> ViewContent.load(dir.toFile()));
        assertTrue(e.getMessage().contains("execute the node again"), e.getMessage());
    }

    @Test
    void everyFigureDraws() {
        for (ViewPage p : sample().pages()) {
            BufferedImage img = FigurePainter.render(p, 960, 720);
            assertTrue(ViewTestImages.inkedPixels(img) > 2000, p.title() + " draws something");
        }
    }

    @Test
    void lineLengthsMustMatchTheAxis() {
        assertThrows(IllegalArgumentException.class, () -> new Figure.LineChart("t", "x", new double[]{1, 2},
            List.of(new Figure.Line("y", new double[]{1})), false));
    }

    @Test
    void ticksAreRoundAndInside() {
        assertEquals(List.of(2004.0, 2006.0, 2008.0, 2010.0, 2012.0, 2014.0, 2016.0, 2018.0),
            FigurePainter.ticks(2003.3, 2018.7));
        assertEquals(List.of(-1.0, -0.5, 0.0, 0.5, 1.0), FigurePainter.ticks(-1, 1));
    }

    @Test
    void smallPValuesAreDarkerThanLargeOnes() {
        assertTrue(brightness(FigurePainter.cellColour(0.001)) < brightness(FigurePainter.cellColour(0.05)));
        assertTrue(brightness(FigurePainter.cellColour(0.05)) < brightness(FigurePainter.cellColour(0.9)));
    }

    private static int brightness(final java.awt.Color c) {
        return c.getRed() + c.getGreen() + c.getBlue();
    }
}
