package org.packbench.verify;

import com.google.zxing.LuminanceSource;
import java.awt.image.BufferedImage;
import org.packbench.verify.decode.Luminance;

/**
 * The 1-bit print raster as the readback reads it: a symbol's zone at a time. The whole label's
 * raster serves when it is drawn anyway (the packer sees it); a batch draws what the reader looks
 * at of each zone, and no more.
 */
public interface PrintRaster {
    /** The label's size in dots. */
    int width();

    int height();

    /**
     * The dots of the label-dot rectangle ({@code x}, {@code y}, {@code width}, {@code height}),
     * which lies inside the label, as the reader's grey levels.
     */
    LuminanceSource zone(int x, int y, int width, int height);

    /** The whole label's raster, drawn once. */
    static PrintRaster whole(BufferedImage raster) {
        return new PrintRaster() {
            @Override
            public int width() {
                return raster.getWidth();
            }

            @Override
            public int height() {
                return raster.getHeight();
            }

            @Override
            public LuminanceSource zone(int x, int y, int width, int height) {
                return Luminance.ofRegion(raster, x, y, width, height);
            }
        };
    }
}
