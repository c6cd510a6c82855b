package org.packbench.verify.decode;

import com.google.zxing.LuminanceSource;
import java.awt.image.BufferedImage;

/** The pictures a {@link SymbolDecoder} reads, each as ZXing's grey levels (0 black … 255 white). */
public final class Luminance {
    private Luminance() {}

    /**
     * A region of a raster: a packed 1-bit print raster is read lazily, row by row as the reader
     * asks (a linear symbol decodes from a few rows); greyscale as stored; colour as its luma.
     */
    public static LuminanceSource ofRegion(BufferedImage image, int left, int top, int width, int height) {
        return new RasterLuminance(image, left, top, width, height);
    }

    /**
     * A region drawn only as far as the reader looks at it: each row it asks for, drawn alone by
     * {@code drawing}, or the whole region once when it asks for all of it (a 2D symbol). A linear
     * symbol decodes from a row or two of its middle, and a batch spent a tenth of its time
     * drawing the other rows of each zone.
     */
    public static LuminanceSource drawnAsRead(int width, int height, DrawnLuminance.Drawing drawing) {
        return new DrawnLuminance(width, height, drawing);
    }

    /**
     * Rows of 8-bit grey that the reader may also turn a quarter, so that a thorough search reads
     * bars printed upright.
     */
    public static LuminanceSource ofGrey(byte[] pixels, int width, int height) {
        return new GreyLuminance(pixels, width, height, true);
    }

    /** Rows of 8-bit grey read as they lie: a search that only looks along the rows. */
    public static LuminanceSource ofGreyAsItLies(byte[] pixels, int width, int height) {
        return new GreyLuminance(pixels, width, height, false);
    }
}
