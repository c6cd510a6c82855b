package org.packbench.label.symbol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A symbol masked again is, module for module, the symbol the encoder makes with that mask. */
class QrMasksTest {
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:|abcdefxyzАБВЖЯабвжя№";

    private static QRCode encode(String text, int mask) throws WriterException {
        Map<EncodeHintType, Object> hints = mask < 0
                ? Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")
                : Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.QR_MASK_PATTERN, mask);
        return Encoder.encode(text, ErrorCorrectionLevel.M, hints);
    }

    private static String randomText(SplittableRandom r) {
        // Lengths up to 400 characters reach version 10 and beyond, where the version areas are.
        int length = r.nextInt(1, r.nextBoolean() ? 60 : 400);
        StringBuilder b = new StringBuilder(length);
        boolean digitsOnly = r.nextInt(5) == 0;
        for (int i = 0; i < length; i++) {
            b.append(digitsOnly ? (char) ('0' + r.nextInt(10)) : ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static boolean same(ByteMatrix a, ByteMatrix b) {
        return Arrays.deepEquals(a.getArray(), b.getArray());
    }

    @Test
    void everyMaskMadeFromOneEncodingIsTheEncodersOwnSymbolAndTheLowestPenaltyIsItsPick() throws WriterException {
        SplittableRandom r = new SplittableRandom(180_04);
        Set<Integer> versions = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String text = randomText(r);
            QRCode once = encode(text, r.nextInt(8));
            versions.add(once.getVersion().getVersionNumber());
            for (int mask = 0; mask < 8; mask++) {
                assertTrue(
                        same(encode(text, mask).getMatrix(), QrMasks.under(once, mask)),
                        "mask " + mask + " of " + text);
            }
            assertEquals(
                    encode(text, -1).getMaskPattern(),
                    QrMasks.ranked(once).get(0).mask(),
                    text);
        }
        assertTrue(versions.contains(1) && versions.stream().anyMatch(v -> v >= 7), "versions covered: " + versions);
    }

    @Test
    void theFormatBitsAreTheStandardsOwnForLevelMAndMaskZero() {
        // ISO/IEC 18004 Annex C: level M (00), mask 000 gives 101010000010010 after the XOR.
        assertEquals(0b101010000010010, QrMasks.formatBits(0b00, 0));
    }
}
