package org.packbench.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.oned.Code128Writer;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the formatter writes for ZXing is what a real decoder reads back and the parser accepts. */
class ZxingRoundTripTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "(01)09506000134352(17)201225(10)ABC123",
                "(01)09506000134352(10)ABC123(21)X1(17)201225",
                "(00)123456789012345675(02)12345678901231(37)12(10)LOT>7"
            })
    void gs1128EncodedWithTheZxingFnc1MarkerDecodesToTheSameElements(String bracketed) throws Exception {
        ElementString elements = Gs1Parser.parseBracketed(bracketed);
        BitMatrix matrix = new Code128Writer()
                .encode(
                        Gs1Formatter.withFnc1(elements, Gs1Formatter.ZXING_FNC1),
                        BarcodeFormat.CODE_128,
                        800,
                        120,
                        Map.of(EncodeHintType.MARGIN, 20));
        BinaryBitmap bitmap = new BinaryBitmap(
                new HybridBinarizer(new BufferedImageLuminanceSource(MatrixToImageWriter.toBufferedImage(matrix))));
        // With ASSUME_GS1 ZXing turns FNC1 separators into GS and puts "]C1" in front of the text;
        // without it the separators are silently dropped.
        String scan = new MultiFormatReader()
                .decode(bitmap, Map.of(DecodeHintType.ASSUME_GS1, true))
                .getText();
        assertEquals(elements, Gs1Parser.parseScanData(scan));
    }
}
