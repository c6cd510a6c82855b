package org.packbench.verify.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.packbench.label.Symbology;
import org.packbench.label.symbol.Code128;

/** Every picture reads to the same transmitted data, whichever of the decoder's reads is asked. */
class SymbolDecoderTest {
    private static final String GS1_DATA = Code128.FNC1 + "00046071230000001271";
    private static final String SENT = "]C100046071230000001271";
    private final SymbolDecoder decoder = new SymbolDecoder();

    @Test
    void aGs1SymbolReadsWithItsIdentifierFromGreyColourAndPackedPictures() {
        for (int type :
                new int[] {BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_BYTE_BINARY}) {
            BufferedImage img = drawn(GS1_DATA, type);
            Decoded d = decoder.readOne(
                            Luminance.ofRegion(img, 0, 0, img.getWidth(), img.getHeight()), Symbology.GS1_128)
                    .orElseThrow();
            assertEquals(SENT, d.text(), "image type " + type);
            assertEquals(BarcodeFormat.CODE_128, d.format());
            assertEquals("]C1", d.symbologyIdentifier().orElseThrow());
        }
    }

    @Test
    void theSearchesOfAWholePictureReadTheSameText() {
        BufferedImage img = drawn(GS1_DATA, BufferedImage.TYPE_BYTE_GRAY);
        byte[] grey = (byte[]) img.getRaster().getDataElements(0, 0, img.getWidth(), img.getHeight(), null);
        List<Decoded> all = decoder.readAll(
                Luminance.ofGreyAsItLies(grey, img.getWidth(), img.getHeight()), List.of(BarcodeFormat.CODE_128));
        assertEquals(SENT, all.get(0).text());
        List<Decoded> page = decoder.searchPage(
                Luminance.ofGrey(grey, img.getWidth(), img.getHeight()),
                List.of(BarcodeFormat.CODE_128),
                List.of(BarcodeFormat.QR_CODE),
                (p, r) -> true);
        assertEquals(List.of(SENT), page.stream().map(Decoded::text).toList());
    }

    @Test
    void aStripAFewRowsHighReadsAgain() {
        BufferedImage img = drawn(GS1_DATA, BufferedImage.TYPE_BYTE_GRAY);
        assertTrue(decoder.readStrip(Luminance.ofRegion(img, 0, 20, img.getWidth(), 9), BarcodeFormat.CODE_128)
                .filter(d -> d.text().equals(SENT))
                .isPresent());
    }

    @Test
    void nothingIsReadFromWhitePaper() {
        BufferedImage white = new BufferedImage(200, 60, BufferedImage.TYPE_BYTE_GRAY);
        white.getGraphics().fillRect(0, 0, 200, 60);
        assertTrue(decoder.readOne(Luminance.ofRegion(white, 0, 0, 200, 60), Symbology.CODE128)
                .isEmpty());
    }

    /** Our encoder's modules, 3 pixels each, with 10 modules of quiet zone on each side. */
    private static BufferedImage drawn(String data, int type) {
        boolean[] modules = Code128.modules(Code128.codewords(data));
        int module = 3;
        int quiet = 10 * module;
        BufferedImage img = new BufferedImage(modules.length * module + 2 * quiet, 60, type);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int m = (x - quiet) / module;
                boolean dark = x >= quiet && m < modules.length && modules[m];
                img.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return img;
    }
}
