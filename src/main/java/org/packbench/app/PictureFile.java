package org.packbench.app;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.packbench.i18n.ProblemException;
import org.packbench.label.Dots;

/**
 * A logo or a sign for a label, read from a PNG or JPEG and made the printer's: one pixel a dot at
 * the designer's resolution, black where the picture is darker than mid-grey. A picture larger
 * than the room given is scaled down first, since a thermal head prints a dot or nothing and a
 * picture of more pixels than dots cannot be printed at all.
 */
public final class PictureFile {
    /** The dots of the picture and the size in mm they take at the resolution asked. */
    public record Picture(boolean[][] pixels, double widthMm, double heightMm) {}

    /** A logo of 4,000 × 4,000 pixels is already far more than any label's dots. */
    static final long MAX_PIXELS = 16_000_000L;

    private PictureFile() {}

    /**
     * The picture in {@code bytes}, when it is a PNG or JPEG of at most {@code maxPixels}; its size
     * is read from the header first, so a small file that unpacks to a huge picture is refused
     * before it is unpacked.
     */
    static java.util.Optional<BufferedImage> decode(byte[] bytes, long maxPixels) {
        try (javax.imageio.stream.ImageInputStream in =
                ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            java.util.Iterator<javax.imageio.ImageReader> readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                return java.util.Optional.empty();
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > maxPixels) {
                    throw new ProblemException("picture.tooLarge", reader.getWidth(0), reader.getHeight(0), maxPixels);
                }
                return java.util.Optional.ofNullable(reader.read(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    public static Picture read(Path file, int dpi, double maxWidthMm, double maxHeightMm) {
        byte[] bytes = InputFile.read(file, InputFile.Kind.PICTURE);
        BufferedImage img =
                decode(bytes, MAX_PIXELS).orElseThrow(() -> new ProblemException("picture.notAnImage", file));
        int maxW = Math.max(1, Dots.of(maxWidthMm, dpi));
        int maxH = Math.max(1, Dots.of(maxHeightMm, dpi));
        double scale = Math.min(1.0, Math.min((double) maxW / img.getWidth(), (double) maxH / img.getHeight()));
        int w = Math.max(1, (int) Math.floor(img.getWidth() * scale));
        int h = Math.max(1, (int) Math.floor(img.getHeight() * scale));
        BufferedImage sized = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = sized.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(img, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return new Picture(dark(sized), Dots.toMm(w, dpi), Dots.toMm(h, dpi));
    }

    /** Dark (true) and light pixels, split at mid-grey; a transparent pixel is light. */
    static boolean[][] dark(BufferedImage img) {
        boolean[][] px = new boolean[img.getHeight()][img.getWidth()];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int argb = img.getRGB(x, y);
                int a = argb >>> 24;
                int lum = ((argb >> 16 & 0xFF) * 299 + (argb >> 8 & 0xFF) * 587 + (argb & 0xFF) * 114) / 1000;
                px[y][x] = a > 127 && lum < 128;
            }
        }
        return px;
    }
}
