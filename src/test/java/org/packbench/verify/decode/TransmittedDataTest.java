package org.packbench.verify.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packbench.label.symbol.Code128;

/**
 * Only the check character's stray GS is taken off: a GS the symbol really carries stays, and
 * nothing is taken off a reading without FNC1-as-GS, where ZXing leaves no stray GS.
 */
class TransmittedDataTest {
    private static final char GS = '\u001D';

    /** Data in the encoder's notation ({@link Code128#FNC1}) whose symbol has check character {@code check}. */
    private static String dataWithCheck(String prefix, String suffix, int check) {
        for (int n = 0; n < 100_000; n++) {
            String data = prefix + n + suffix;
            if (Code128.checkValue(Code128.codewords(data)) == check) {
                return data;
            }
        }
        throw new AssertionError("no data with check character " + check);
    }

    /** The symbol drawn by our encoder, 3 pixels a module, with 10 modules of quiet zone each side, read by ZXing. */
    private static Result read(String data, boolean assumeGs1) throws Exception {
        boolean[] modules = Code128.modules(Code128.codewords(data));
        int module = 3;
        int quiet = 10 * module;
        BufferedImage img = new BufferedImage(modules.length * module + 2 * quiet, 60, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int m = (x - quiet) / module;
                boolean dark = x >= quiet && m < modules.length && modules[m];
                img.getRaster().setSample(x, y, 0, dark ? 0 : 255);
            }
        }
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128));
        if (assumeGs1) {
            // ZXing looks for the key only: ASSUME_GS1 = false turns FNC1 into GS all the same.
            hints.put(DecodeHintType.ASSUME_GS1, Boolean.TRUE);
        }
        return new MultiFormatReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(img))), hints);
    }

    @Test
    void theCheckCharactersGsIsTakenOff() throws Exception {
        String data = dataWithCheck(Code128.FNC1 + "21SN", "", 102);

        Result r = read(data, true);

        assertEquals("]C121" + data.substring(3) + GS, r.getText(), "ZXing's reading, with the stray GS");
        assertEquals("]C121" + data.substring(3), TransmittedData.of(r, true));
    }

    @Test
    void aGsTheSymbolCarriesStaysWhenTheCheckCharacterIs102() throws Exception {
        // An FNC1 after the last element: wasteful, but data all the same.
        String data = dataWithCheck(Code128.FNC1 + "21SN", String.valueOf(Code128.FNC1), 102);

        Result r = read(data, true);

        String elements = "]C121" + data.substring(3, data.length() - 1);
        assertEquals(elements + GS + GS, r.getText());
        assertEquals(elements + GS, TransmittedData.of(r, true));
    }

    @Test
    void aGsTheSymbolCarriesStaysWhateverElseTheCheckCharacterIs() throws Exception {
        String data = dataWithCheck(Code128.FNC1 + "21SN", String.valueOf(Code128.FNC1), 7);

        Result r = read(data, true);

        String expected = "]C121" + data.substring(3, data.length() - 1) + GS;
        assertEquals(expected, TransmittedData.of(r, true));
    }

    @Test
    void withoutFnc1AsGsZxingLeavesNothingToTakeOff() throws Exception {
        String data = dataWithCheck("RU", "VK", 102);

        Result r = read(data, false);

        assertEquals(data, r.getText());
        assertEquals(data, TransmittedData.of(r, false));
    }
}
