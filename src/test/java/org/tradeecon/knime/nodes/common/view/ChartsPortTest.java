package org.tradeecon.knime.nodes.common.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeModelTestAccess;
import org.knime.core.node.StubExecutionContext;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.port.image.ImagePortObjectSpec;
import org.knime.core.node.port.image.ImagePorts;
import org.tradeecon.knime.nodes.unitroot.UnitRootNodeFactory;
import org.tradeecon.knime.testsupport.PaperData;

/**
 * The charts image port: after the tables, its spec at configure and a PNG of the view's pages after execute (the
 * pages themselves are tested in each node's view test).
 */
class ChartsPortTest {

    private static BufferedImage decode(final PortObject port) throws Exception {
        ImagePortObject image = assertInstanceOf(ImagePortObject.class, port);
        assertEquals(PNGImageContent.TYPE, image.getSpec().getDataType());
        byte[] png = ((PNGImageContent)ImagePorts.content(image)).getByteArray();
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void aNodeWithAViewSendsItsChartsAfterItsTables() throws Exception {
        org.knime.core.node.NodeModel model = PaperData.onYearlyValue(
            () -> (org.knime.core.node.NodeModel)new UnitRootNodeFactory().createNodeModel());
        BufferedDataTable in = PaperData.yearly(PaperData.FIRST_YEAR, PaperData.series("lnpatent_2004_2017")).table();
        PortObjectSpec[] specs = NodeModelTestAccess.configurePorts(model, in.getDataTableSpec());
        assertEquals(3, specs.length, "two tables, then the image");
        assertInstanceOf(ImagePortObjectSpec.class, specs[2]);
        PortObject[] out = NodeModelTestAccess.executePorts(model, StubExecutionContext.create(), in);
        assertInstanceOf(BufferedDataTable.class, out[0]);
        assertInstanceOf(BufferedDataTable.class, out[1]);
        BufferedImage img = decode(out[2]);
        assertEquals(ChartsPort.WIDTH, img.getWidth());
        assertEquals(30 + ChartsPort.PAGE_HEIGHT, img.getHeight(), "one page: its title and its charts");
        assertTrue(ViewTestImages.inkedPixels(img) > 5000, "the charts are drawn");
        new File("target/view-images").mkdirs();
        ImageIO.write(img, "png", new File("target/view-images/charts-port-unit-root.png"));
        assertEquals(2, NodeModelTestAccess.execute(model, StubExecutionContext.create(), in).length,
            "the stand-in's table view of the outputs leaves the image out");
    }

    @Test
    void manyPagesAreCappedAndSaySo() throws Exception {
        List<ViewPage> pages = new ArrayList<>();
        for (int i = 0; i < ChartsPort.MAX_PAGES + 3; i++) {
            pages.add(new ViewPage("page " + i, List.of("text " + i), List.of()));
        }
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(ChartsPort.png(new ViewContent(pages))));
        assertEquals(ChartsPort.MAX_PAGES * (30 + ChartsPort.PAGE_HEIGHT) + 30, img.getHeight());
        BufferedImage empty = ImageIO.read(new ByteArrayInputStream(ChartsPort.png(ViewContent.EMPTY)));
        assertEquals(30 + ChartsPort.PAGE_HEIGHT, empty.getHeight());
        assertTrue(ViewTestImages.inkedPixels(empty) > 0, "says that there is nothing to draw");
    }

    @Test
    void everyNodeWithAViewHasTheChartsPortLast() throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("factory-class=\"([^\"]+)\"")
            .matcher(java.nio.file.Files.readString(java.nio.file.Path.of("plugin.xml")));
        java.lang.reflect.Method count = org.knime.core.node.NodeModel.class.getDeclaredMethod("getNrOutPorts");
        java.lang.reflect.Method type = org.knime.core.node.NodeModel.class.getDeclaredMethod("getOutPortType",
            int.class);
        count.setAccessible(true);
        type.setAccessible(true);
        int viewed = 0;
        while (m.find()) {
            Object factory = Class.forName(m.group(1)).getDeclaredConstructor().newInstance();
            var model = ((org.knime.core.node.NodeFactory<?>)factory).createNodeModel();
            int n = (Integer)count.invoke(model);
            boolean charts = type.invoke(model, n - 1).equals(ImagePortObject.TYPE);
            assertEquals(factory instanceof ViewedNodeFactory, charts, m.group(1));
            viewed += charts ? 1 : 0;
        }
        assertEquals(9, viewed);
    }

    @Test
    void longTextLinesAreWrappedAtSpacesToTheWidth() {
        java.awt.Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        java.awt.FontMetrics fm = g.getFontMetrics();
        String word = "abcdefgh";
        String line = String.join(" ", java.util.Collections.nCopies(40, word));
        int width = fm.stringWidth(word + " " + word + " " + word); // three words per line
        List<String> wrapped = FigurePainter.wrap(List.of(line, "short"), fm, width);
        assertEquals(15, wrapped.size(), "40 words, three per line: 14 lines, then the short one");
        assertEquals(word + " " + word + " " + word, wrapped.get(0));
        assertEquals(word, wrapped.get(13));
        assertEquals("short", wrapped.get(14));
        assertTrue(wrapped.stream().allMatch(l -> fm.stringWidth(l) <= width));
        g.dispose();
    }
}
