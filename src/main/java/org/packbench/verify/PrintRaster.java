package org.packbench.verify;

import java.awt.image.BufferedImage;

/**
 * The 1-bit print raster as the readback reads it: a symbol's zone at a time. The whole label's
 * raster serves when it is drawn anyway (the packer sees it); a batch draws each zone alone.
 */
public interface PrintRaster {
    /** The label's size in dots. */
    int width();

    int height();

    /**
     * The dots of the label-dot rectangle ({@code x}, {@code y}, {@code width}, {@code height}),
     * which lies inside the label: an image and where the rectangle's top-left dot is in it.
     */
    Region region(int x, int y, int width, int height);

    record Region(BufferedImage image, int left, int top) {}

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
            public Region region(int x, int y, int width, int height) {
                return new Region(raster, x, y);
            }
        };
    }
}
