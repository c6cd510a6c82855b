package org.packbench.render;

import java.util.OptionalInt;

/**
 * What a thermal writer needs to know about the printer beyond the label itself.
 *
 * @param dpi       the printer's resolution; it must equal the document's, since barcode modules
 *                  are whole dots of the resolution the layout was made for and are never scaled
 * @param darkness  0 (lightest) … 30 (darkest), or empty to keep the printer's own setting
 * @param speed     print speed in inches per second, or empty to keep the printer's own setting
 * @param xOffsetMm shifts the whole label right (printer calibration), never negative because
 *                  neither ^LH nor REFERENCE take negative values
 * @param yOffsetMm shifts the whole label down, never negative
 * @param copies    how many identical labels to print, at least 1
 */
public record PrinterSettings(
        int dpi, OptionalInt darkness, OptionalInt speed, double xOffsetMm, double yOffsetMm, int copies) {

    public PrinterSettings {
        if (dpi <= 0) {
            throw new IllegalArgumentException("dpi must be positive: " + dpi);
        }
        darkness.ifPresent(d -> {
            if (d < 0 || d > 30) {
                throw new IllegalArgumentException("darkness must be 0…30: " + d);
            }
        });
        speed.ifPresent(s -> {
            if (s < 1 || s > 14) {
                throw new IllegalArgumentException("speed must be 1…14 inches per second: " + s);
            }
        });
        if (xOffsetMm < 0 || yOffsetMm < 0) {
            throw new IllegalArgumentException("offsets cannot be negative: " + xOffsetMm + ", " + yOffsetMm);
        }
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be at least 1: " + copies);
        }
    }

    /** One copy at {@code dpi}, the printer's own darkness and speed, no offset. */
    public static PrinterSettings of(int dpi) {
        return new PrinterSettings(dpi, OptionalInt.empty(), OptionalInt.empty(), 0, 0, 1);
    }

    public PrinterSettings withCopies(int n) {
        return new PrinterSettings(dpi, darkness, speed, xOffsetMm, yOffsetMm, n);
    }

    public PrinterSettings withDarkness(int d) {
        return new PrinterSettings(dpi, OptionalInt.of(d), speed, xOffsetMm, yOffsetMm, copies);
    }

    public PrinterSettings withSpeed(int ips) {
        return new PrinterSettings(dpi, darkness, OptionalInt.of(ips), xOffsetMm, yOffsetMm, copies);
    }

    public PrinterSettings withOffset(double xMm, double yMm) {
        return new PrinterSettings(dpi, darkness, speed, xMm, yMm, copies);
    }
}
