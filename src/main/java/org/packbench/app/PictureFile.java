package org.packbench.app;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    private PictureFile() {}

    public static Picture read(Path file, int dpi, double maxWidthMm, double maxHeightMm) {
        BufferedImage img;
        try {
            img = ImageIO.read(new ByteArrayInputStream(InputFile.read(file, InputFile.Kind.PICTURE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (img == null) {
            throw new ProblemException("picture.notAnImage", file);
        }
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
