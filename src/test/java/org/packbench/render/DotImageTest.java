package org.packbench.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Laying one image over another blackens exactly the dots that are black in either, wherever it is placed. */
class DotImageTest {
    private static DotImage random(Random rnd, int x, int y, int w, int h, double black) {
        DotImage img = DotImage.blank(x, y, w, h);
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                if (rnd.nextDouble() < black) {
                    img.set(c, r);
                }
            }
        }
        return img;
    }

    @Test
    void orIsTheUnionDotByDotAtAnyOffsetAlignedOrNotAndClippedAtTheEdges() {
        Random rnd = new Random(20261125);
        for (int i = 0; i < 500; i++) {
            DotImage canvas =
                    random(rnd, rnd.nextInt(5), rnd.nextInt(5), 1 + rnd.nextInt(70), 1 + rnd.nextInt(20), 0.1);
            DotImage over = random(
                    rnd,
                    rnd.nextInt(90) - 20,
                    rnd.nextInt(30) - 5,
                    1 + rnd.nextInt(40),
                    1 + rnd.nextInt(12),
                    rnd.nextDouble());
            DotImage expected =
                    DotImage.ofPacked(canvas.x(), canvas.y(), canvas.width(), canvas.height(), canvas.packed());
            for (int r = 0; r < canvas.height(); r++) {
                for (int c = 0; c < canvas.width(); c++) {
                    if (over.getOnLabel(canvas.x() + c, canvas.y() + r)) {
                        expected.set(c, r);
                    }
                }
            }
            canvas.or(over);
            assertEquals(expected, canvas, "case " + i + ": " + over + " over " + canvas);
        }
    }

    @Test
    void aGlyphPlacedAnywhereAddsExactlyItsDotsMovedThere() {
        Random rnd = new Random(20261205);
        for (int i = 0; i < 10_000; i++) {
            DotImage canvas =
                    random(rnd, rnd.nextInt(9) - 4, rnd.nextInt(5), 1 + rnd.nextInt(70), 1 + rnd.nextInt(20), 0.1);
            DotImage glyph = random(
                    rnd,
                    rnd.nextInt(9) - 4,
                    rnd.nextInt(9) - 4,
                    1 + rnd.nextInt(40),
                    1 + rnd.nextInt(12),
                    rnd.nextDouble());
            int atX = rnd.nextInt(90) - 20;
            int atY = rnd.nextInt(30) - 5;
            DotImage expected =
                    DotImage.ofPacked(canvas.x(), canvas.y(), canvas.width(), canvas.height(), canvas.packed());
            for (int r = 0; r < glyph.height(); r++) {
                for (int c = 0; c < glyph.width(); c++) {
                    if (glyph.get(c, r)) {
                        expected.set(atX + c - canvas.x(), atY + r - canvas.y());
                    }
                }
            }
            canvas.orAt(glyph, atX, atY);
            assertEquals(expected, canvas, "case " + i);
        }
    }

    @Test
    void aFilledRectangleBlackensExactlyItsDotsClippedToTheImage() {
        Random rnd = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            DotImage canvas =
                    random(rnd, rnd.nextInt(9) - 4, rnd.nextInt(5), 1 + rnd.nextInt(70), 1 + rnd.nextInt(20), 0.05);
            int x = rnd.nextInt(90) - 20;
            int y = rnd.nextInt(30) - 5;
            int w = rnd.nextInt(40);
            int h = rnd.nextInt(12);
            DotImage expected =
                    DotImage.ofPacked(canvas.x(), canvas.y(), canvas.width(), canvas.height(), canvas.packed());
            for (int r = y; r < y + h; r++) {
                for (int c = x; c < x + w; c++) {
                    expected.set(c - canvas.x(), r - canvas.y());
                }
            }
            canvas.fillOnLabel(x, y, w, h);
            assertEquals(expected, canvas, "case " + i + ": " + w + "x" + h + " at " + x + "," + y);
        }
    }

    @Test
    void theImageForReadingShowsTheSameDotsAsTheImageForFiles() {
        Random rnd = new Random(1805);
        for (int i = 0; i < 300; i++) {
            int w = 1 + rnd.nextInt(90);
            int h = 1 + rnd.nextInt(40);
            DotImage dots = DotImage.blank(rnd.nextInt(50), rnd.nextInt(50), w, h);
            int count = rnd.nextInt(w * h + 1);
            for (int k = 0; k < count; k++) {
                dots.set(rnd.nextInt(w), rnd.nextInt(h));
            }
            java.awt.image.BufferedImage forFiles = dots.toBufferedImage();
            java.awt.image.BufferedImage forReading = dots.toImageForReading();
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    assertEquals(forFiles.getRGB(x, y), forReading.getRGB(x, y), "case " + i + " at " + x + "," + y);
                }
            }
        }
    }
}
