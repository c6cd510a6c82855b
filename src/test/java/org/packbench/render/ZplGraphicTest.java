package org.packbench.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ZplGraphicTest {

    @Test
    void repeatCountsUseTwentiesThenUnits() {
        assertEquals("H", ZplGraphic.count(2));
        assertEquals("Y", ZplGraphic.count(19));
        assertEquals("g", ZplGraphic.count(20));
        assertEquals("gG", ZplGraphic.count(21));
        assertEquals("hK", ZplGraphic.count(45));
        assertEquals("z", ZplGraphic.count(400));
        assertEquals("zY", ZplGraphic.count(419));
    }

    @Test
    void rowsUseCommaAndColonButNeverBang() {
        DotImage img = DotImage.blank(0, 0, 32, 4);
        img.fillOnLabel(0, 1, 32, 1);
        img.fillOnLabel(0, 2, 4, 1);
        img.fillOnLabel(0, 3, 4, 1);
        // white row, black row (spelt out: "!" is read two ways), F then white, the same again.
        assertEquals(",NFF,:", ZplGraphic.compressed(img));
        assertEquals("00000000FFFFFFFFF0000000F0000000", ZplGraphic.hex(img));
    }

    @Test
    void runsLongerThanOnePrefixAreSplit() {
        DotImage img = DotImage.blank(0, 0, 8 * 500, 1);
        img.fillOnLabel(4, 0, 8 * 500 - 8, 1);
        String data = ZplGraphic.compressed(img);
        assertArrayEquals(img.packed(), ZplCommands.expand(data, 500, 1));
        assertTrue(data.length() < 12, data);
    }

    @Test
    void randomPicturesSurviveTheRoundTrip() {
        Random random = new Random(42);
        for (int n = 0; n < 200; n++) {
            int w = 1 + random.nextInt(300);
            int h = 1 + random.nextInt(20);
            DotImage img = DotImage.blank(0, 0, w, h);
            double density = random.nextDouble();
            for (int y = 0; y < h; y++) {
                boolean copy = y > 0 && random.nextInt(4) == 0;
                for (int x = 0; x < w; x++) {
                    if (copy ? img.get(x, y - 1) : random.nextDouble() < density * density) {
                        img.set(x, y);
                    }
                }
            }
            assertArrayEquals(
                    img.packed(), ZplCommands.expand(ZplGraphic.compressed(img), img.rowBytes(), h), "image " + n);
            assertArrayEquals(img.packed(), ZplCommands.expand(ZplGraphic.hex(img), img.rowBytes(), h));
        }
    }

    @Test
    void theFieldCarriesTheUncompressedByteCounts() {
        DotImage img = DotImage.blank(0, 0, 20, 3);
        assertEquals("^GFA,9,9,3,,::", ZplGraphic.field(img, true));
        assertEquals("^GFA,9,9,3,000000000000000000", ZplGraphic.field(img, false));
    }
}
