package org.packbench.render;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

/** ZXing reading a rendered label region, as the readback check and a scanner would. */
final class Decoding {
    private Decoding() {}

    /** Decodes one symbol of {@code format} from a crop of {@code image} padded with white. */
    static String decode(BufferedImage image, BarcodeFormat format, int x, int y, int w, int h) {
        int x0 = Math.max(0, x);
        int y0 = Math.max(0, y);
        int x1 = Math.min(image.getWidth(), x + w);
        int y1 = Math.min(image.getHeight(), y + h);
        BufferedImage crop = new BufferedImage(x1 - x0 + 40, y1 - y0 + 40, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = crop.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, crop.getWidth(), crop.getHeight());
        g.drawImage(image.getSubimage(x0, y0, x1 - x0, y1 - y0), 20, 20, null);
        g.dispose();
        LuminanceSource source = new BufferedImageLuminanceSource(crop);
        MultiFormatReader reader = new MultiFormatReader();
        reader.setHints(Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(format), DecodeHintType.TRY_HARDER, true));
        try {
            Result r = reader.decode(new BinaryBitmap(new HybridBinarizer(source)));
            return r.getText();
        } catch (NotFoundException e) {
            throw new AssertionError(format + " not found in " + w + "x" + h + " at " + x + "," + y, e);
        }
    }

    /** Decodes the whole image. */
    static String decode(BufferedImage image, BarcodeFormat format) {
        return decode(image, format, 0, 0, image.getWidth(), image.getHeight());
    }
}
