package org.tradeecon.knime.nodes.common.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

import javax.imageio.ImageIO;

/** Test support for views: a page must draw, and is written as PNG under target/view-images for a look. */
public final class ViewTestImages {
    private ViewTestImages() {
    }

    /** @return how many pixels are not white */
    public static int inkedPixels(final BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                n += (img.getRGB(x, y) & 0xffffff) == 0xffffff ? 0 : 1;
            }
        }
        return n;
    }

    /** Draws the page at 960 x 720, asserts it is not blank, and writes target/view-images/NAME.png. */
    public static void assertDraws(final ViewPage page, final String name) throws IOException {
        BufferedImage img = FigurePainter.render(page, 960, 720);
        assertTrue(inkedPixels(img) > 5000, name + " draws its charts");
        File dir = new File("target/view-images");
        dir.mkdirs();
        ImageIO.write(img, "png", new File(dir, name + ".png"));
    }
}
