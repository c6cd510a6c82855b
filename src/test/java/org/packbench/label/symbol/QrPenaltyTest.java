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
}
