package org.packbench.app;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * A template's picture written into the template itself, as a {@code data:} address of a 1-bit
 * PNG. A template saved in the database is one JSON text that every bench reads; a picture beside
 * it in a folder would exist on the bench that saved it only.
 */
public final class InlinePicture {
    static final String PREFIX = "data:image/png;base64,";

    private InlinePicture() {}

    public static boolean isInline(String file) {
        return file.startsWith(PREFIX);
    }

    /** The picture as a {@code data:} address: black where {@code pixels} is true. */
    public static String of(boolean[][] pixels) {
        int rows = pixels.length;
        int cols = rows == 0 ? 0 : pixels[0].length;
        BufferedImage img = new BufferedImage(Math.max(1, cols), Math.max(1, rows), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                img.setRGB(x, y, pixels[y][x] ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return PREFIX + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    /** The pixels of a {@code data:} address written by {@link #of}. */
    public static boolean[][] read(String file) {
        if (!isInline(file)) {
            throw new IllegalArgumentException("not an inline PNG picture");
        }
        byte[] png;
        try {
            png = Base64.getDecoder().decode(file.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the picture's base64 text is damaged: " + e.getMessage(), e);
        }
        // At most a 300 mm label at 600 dpi: what the designer can have put there.
        BufferedImage img = PictureFile.decode(png, 7100L * 7100L)
                .orElseThrow(() -> new IllegalArgumentException("the picture is not a PNG image"));
        return PictureFile.dark(img);
    }
}
