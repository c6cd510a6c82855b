package org.packbench.render;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.packbench.label.Dots;

/**
 * The frame of one TSPL label job, the same for every TSPL this app sends: the label's size, gap,
 * reference point, density and speed, and CLS before the drawing; PRINT with the copies after it.
 * Every line ends in CR LF.
 */
public final class TsplJob {
    private TsplJob() {}

    public static void begin(ByteArrayOutputStream out, double widthMm, double heightMm, PrinterSettings settings) {
        int dpi = settings.dpi();
        line(out, "SIZE " + mm(widthMm) + " mm," + mm(heightMm) + " mm");
        line(out, "GAP 2 mm,0 mm");
        line(out, "DIRECTION 1");
        line(out, "REFERENCE " + Dots.of(settings.xOffsetMm(), dpi) + "," + Dots.of(settings.yOffsetMm(), dpi));
        // TSPL density runs 0–15 where our darkness runs 0–30.
        settings.darkness().ifPresent(d -> line(out, "DENSITY " + Math.round(d / 2.0)));
        settings.speed().ifPresent(s -> line(out, "SPEED " + s));
        line(out, "CLS");
    }

    public static void end(ByteArrayOutputStream out, PrinterSettings settings) {
        line(out, "PRINT 1," + settings.copies());
    }

    /**
     * {@code BITMAP x,y,widthBytes,height,0,data} with {@code packed} rows of our 1-bit dots. The
     * TSPL manual's bitmap bits are the other way round from ours: a 1 bit leaves paper white and
     * a 0 bit prints, so every byte goes out inverted ({@code packed} is inverted in place).
     */
    public static void bitmap(ByteArrayOutputStream out, int x, int y, int rowBytes, int height, byte[] packed) {
        for (int i = 0; i < packed.length; i++) {
            packed[i] = (byte) ~packed[i];
        }
        write(out, "BITMAP " + x + "," + y + "," + rowBytes + "," + height + ",0,");
        out.writeBytes(packed);
        write(out, "\r\n");
    }

    /** One command and its CR LF. */
    public static void line(ByteArrayOutputStream out, String command) {
        write(out, command + "\r\n");
    }

    /** Millimetres with at most two decimals and a dot, whatever the locale. */
    public static String mm(double v) {
        return BigDecimal.valueOf(Math.round(v * 100) / 100.0)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
