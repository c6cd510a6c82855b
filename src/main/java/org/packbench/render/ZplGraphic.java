package org.packbench.render;

/**
 * A 1-bit image as a ZPL ^GFA graphic field. Labels are mostly white, so by default the rows go
 * out in ZPL's ASCII compression (ZPL II Programming Guide, ^GF and "Alternative Data
 * Compression Scheme"): a run of one hex digit is prefixed by a repeat count written with
 * G–Y (1–19) and g–z (20–400), {@code ,} fills the rest of a row with 0 and {@code :} repeats
 * the previous row. A watermark screen or a text block shrinks to a fraction of its plain hex this
 * way.
 *
 * <p>The guide's third shortcut, {@code !} ("fill the line with ones"), is never written:
 * interpreters disagree on whether that means 1 bits or the hex digit 1 (Zebrash, behind
 * zpl-renderer-js, fills with 0x11), and a dark row end costs at most two characters without it.
 */
public final class ZplGraphic {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** The longest run one count prefix can say: z (400) plus Y (19). */
    private static final int MAX_RUN = 419;

    private ZplGraphic() {}

    /** {@code ^GFA,b,c,d,data}: b and c are the uncompressed byte count, d the bytes per row. */
    public static String field(DotImage image, boolean compress) {
        StringBuilder out = new StringBuilder();
        appendField(out, image, compress);
        return out.toString();
    }

    /** {@link #field} written straight into a job being built. */
    static void appendField(StringBuilder out, DotImage image, boolean compress) {
        if (compress) {
            out.append(CompressedFields.of(image));
            return;
        }
        field(out, image, false);
    }

    private static void field(StringBuilder out, DotImage image, boolean compress) {
        int total = image.rowBytes() * image.height();
        out.append("^GFA,")
                .append(total)
                .append(',')
                .append(total)
                .append(',')
                .append(image.rowBytes())
                .append(',');
        if (compress) {
            compressed(image, out);
        } else {
            out.append(hex(image));
        }
    }

    /** The plain hex rows, two digits a byte. */
    public static String hex(DotImage image) {
        StringBuilder out = new StringBuilder(image.rowBytes() * image.height() * 2);
        byte[] bits = image.packed();
        for (byte b : bits) {
            out.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
        return out.toString();
    }

    /** The rows in ZPL ASCII compression. */
    public static String compressed(DotImage image) {
        StringBuilder out = new StringBuilder();
        compressed(image, out);
        return out.toString();
    }

    /** The rows in ZPL ASCII compression, appended to {@code out}. */
    static void compressed(DotImage image, StringBuilder out) {
        byte[] bits = image.packed();
        int rowBytes = image.rowBytes();
        // Written into one array and appended once: a char at a time into the builder was most
        // of the cost of a text's field. No row comes out longer than its plain hex (a count
        // prefix stands for two digits or more), and ':' or ',' is one char.
        char[] field = new char[image.height() * Math.max(1, rowBytes * 2)];
        int length = 0;
        int previous = -1;
        for (int r = 0; r < image.height(); r++) {
            int from = r * rowBytes;
            // Most rows of a label graphic are blank or repeat the row above; they are decided on
            // the bytes, without spelling the row out in hex first.
            if (previous >= 0
                    && java.util.Arrays.equals(bits, from, from + rowBytes, bits, previous, previous + rowBytes)) {
                field[length++] = ':';
            } else if (blank(bits, from, rowBytes)) {
                field[length++] = ',';
            } else {
                length = compressRow(bits, from, rowBytes, field, length);
            }
            previous = from;
        }
        out.append(field, 0, length);
    }

    private static boolean blank(byte[] bits, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (bits[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** The hex digit of nibble {@code n} of the row (two a byte, high first). */
    private static char digit(byte[] bits, int from, int n) {
        byte b = bits[from + (n >> 1)];
        return HEX[(n & 1) == 0 ? (b >> 4) & 0xF : b & 0xF];
    }

    /** Writes one row at {@code at} in {@code field}; returns where the next goes. */
    private static int compressRow(byte[] bits, int from, int rowBytes, char[] field, int at) {
        int end = rowBytes * 2;
        boolean fill = false;
        // A row that ends in white stops early with a comma.
        if (digit(bits, from, end - 1) == '0') {
            int start = end;
            while (start > 0 && digit(bits, from, start - 1) == '0') {
                start--;
            }
            if (end - start > 1 || start == 0) {
                fill = true;
                end = start;
            }
        }
        int i = 0;
        while (i < end) {
            char c = digit(bits, from, i);
            int run = 1;
            while (i + run < end && run < MAX_RUN && digit(bits, from, i + run) == c) {
                run++;
            }
            if (run > 1) {
                int twenties = run / 20;
                int rest = run % 20;
                if (twenties > 0) {
                    field[at++] = (char) ('g' + twenties - 1);
                }
                if (rest > 0) {
                    field[at++] = (char) ('G' + rest - 1);
                }
            }
            field[at++] = c;
            i += run;
        }
        if (fill) {
            field[at++] = ',';
        }
        return at;
    }

    private static void appendCount(int n, StringBuilder out) {
        int twenties = n / 20;
        int rest = n % 20;
        if (twenties > 0) {
            out.append((char) ('g' + twenties - 1));
        }
        if (rest > 0) {
            out.append((char) ('G' + rest - 1));
        }
    }

    /** The repeat prefix for {@code n} (2…419): tens of twenty in g–z, the rest in G–Y. */
    static String count(int n) {
        StringBuilder out = new StringBuilder(2);
        appendCount(n, out);
        return out.toString();
    }

    /**
     * The compressed fields of the rasters the raster cache hands out again and again (a
     * template's fixed words, a day's product names), kept by the raster's identity: a cached
     * raster is never changed, so its field is the same text every time. Compressing every row of
     * every text was a sixth of a logistic label's making.
     */
    private static final class CompressedFields {
        private static final int ENTRIES = 512;

        private record Same(DotImage image) {
            @Override
            public boolean equals(Object o) {
                return o instanceof Same s && s.image == image;
            }

            @Override
            public int hashCode() {
                return System.identityHashCode(image);
            }
        }

        private static final BoundedCache<Same, String> FIELDS = new BoundedCache<>(ENTRIES);

        static String of(DotImage image) {
            return FIELDS.get(new Same(image), () -> {
                StringBuilder b = new StringBuilder();
                field(b, image, true);
                return b.toString();
            });
        }
    }
}
