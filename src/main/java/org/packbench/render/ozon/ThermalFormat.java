package org.packbench.render.ozon;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.packbench.label.Dots;
import org.packbench.render.DotImage;
import org.packbench.render.PrinterSettings;
import org.packbench.render.ZplGraphic;

/**
 * The printer languages a converted page goes out in. Each page is one whole-label picture: the
 * raster the barcode check passed is sent as it is, so the printer burns exactly those dots.
 */
public enum ThermalFormat {
    /** One ^XA…^XZ per page: ^PW/^LL for the label, one ^FO0,0^GFA with the whole raster. */
    ZPL("zpl") {
        @Override
        byte[] page(DotImage raster, LabelSize label, PrinterSettings settings) {
            int dpi = settings.dpi();
            StringBuilder z = new StringBuilder();
            z.append("^XA\n");
            z.append("^PW").append(raster.width()).append('\n');
            z.append("^LL").append(raster.height()).append('\n');
            // Always set, so that a home offset left by an earlier job cannot move this label.
            z.append("^LH").append(Dots.of(settings.xOffsetMm(), dpi)).append(',')
                    .append(Dots.of(settings.yOffsetMm(), dpi)).append('\n');
            settings.darkness().ifPresent(d -> z.append("^MD").append(d).append('\n'));
            settings.speed().ifPresent(s -> z.append("^PR").append(s).append('\n'));
            z.append("^FO0,0").append(ZplGraphic.field(raster, true)).append("^FS\n");
            z.append("^PQ").append(settings.copies()).append('\n');
            z.append("^XZ\n");
            return z.toString().getBytes(StandardCharsets.US_ASCII);
        }
    },
    /** SIZE/GAP/CLS, one BITMAP with the whole raster, PRINT, per page. */
    TSPL("tspl") {
        @Override
        byte[] page(DotImage raster, LabelSize label, PrinterSettings settings) {
            int dpi = settings.dpi();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            line(out, "SIZE " + LabelSize.mm(label.widthMm()) + " mm," + LabelSize.mm(label.heightMm()) + " mm");
            line(out, "GAP 2 mm,0 mm");
            line(out, "DIRECTION 1");
            line(out, "REFERENCE " + Dots.of(settings.xOffsetMm(), dpi) + "," + Dots.of(settings.yOffsetMm(), dpi));
            // TSPL density runs 0–15 where our darkness runs 0–30, as in TsplWriter.
            settings.darkness().ifPresent(d -> line(out, "DENSITY " + Math.round(d / 2.0)));
            settings.speed().ifPresent(s -> line(out, "SPEED " + s));
            line(out, "CLS");
            // TSPL bitmap bits are the other way round from ours: 1 leaves the paper white.
            byte[] bits = raster.packed();
            for (int i = 0; i < bits.length; i++) {
                bits[i] = (byte) ~bits[i];
            }
            write(out, "BITMAP 0,0," + raster.rowBytes() + "," + raster.height() + ",0,");
            out.writeBytes(bits);
            write(out, "\r\n");
            line(out, "PRINT 1," + settings.copies());
            return out.toByteArray();
        }
    };

    private final String code;

    ThermalFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ThermalFormat> parse(String text) {
        for (ThermalFormat f : values()) {
            if (f.code.equals(text == null ? "" : text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** One label: {@code raster} fills it from its top-left dot. */
    abstract byte[] page(DotImage raster, LabelSize label, PrinterSettings settings);

    private static void line(ByteArrayOutputStream out, String s) {
        write(out, s + "\r\n");
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }
}
