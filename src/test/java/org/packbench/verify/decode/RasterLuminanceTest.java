package org.packbench.verify.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.packbench.render.DotImage;

/** A packed 1-bit print raster reads as the same grey levels row by row as the raster drawn as greyscale. */
class RasterLuminanceTest {
    @Test
    void packedRowsReadExactlyAsTheGreyscaleCopyAtEveryRegion() {
        Random rnd = new Random(11);
        for (int i = 0; i < 300; i++) {
            int w = 1 + rnd.nextInt(120);
            int h = 1 + rnd.nextInt(40);
            DotImage dots = DotImage.blank(0, 0, w, h);
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < w; c++) {
                    if (rnd.nextBoolean()) {
                        dots.set(c, r);
                    }
                }
            }
            BufferedImage packed = dots.toBufferedImage();
            BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            grey.getGraphics().drawImage(packed, 0, 0, null);
            int left = rnd.nextInt(w);
            int top = rnd.nextInt(h);
            int rw = 1 + rnd.nextInt(w - left);
            int rh = 1 + rnd.nextInt(h - top);
            RasterLuminance fast = new RasterLuminance(packed, left, top, rw, rh);
            RasterLuminance plain = new RasterLuminance(grey, left, top, rw, rh);
            for (int y = 0; y < rh; y++) {
                assertArrayEquals(plain.getRow(y, null), fast.getRow(y, null), "case " + i + " row " + y);
            }
            assertArrayEquals(plain.getMatrix(), fast.getMatrix(), "case " + i);
        }
    }
}
