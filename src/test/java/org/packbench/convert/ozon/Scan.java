package org.packbench.convert.ozon;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.packbench.render.DotImage;

/** A scanner aimed at printed dots: ZXing on the raster read back from the printer language. */
final class Scan {
    private Scan() {}

    static Optional<String> read(DotImage dots, BarcodeFormat format) {
        BufferedImage label = dots.toBufferedImage();
        // White paper around the label, as under a scanner.
        BufferedImage paper =
                new BufferedImage(label.getWidth() + 40, label.getHeight() + 40, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = paper.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, paper.getWidth(), paper.getHeight());
        g.drawImage(label, 20, 20, null);
        g.dispose();
        // decode(image, hints): the one-argument decode forgets hints set before it.
        Map<DecodeHintType, Object> hints =
                Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(format), DecodeHintType.TRY_HARDER, true);
        try {
            return Optional.of(new MultiFormatReader()
                    .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(paper))), hints)
                    .getText());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
