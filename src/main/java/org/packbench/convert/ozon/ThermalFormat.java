package org.packbench.convert.ozon;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.packbench.render.DotImage;
import org.packbench.render.PrinterSettings;
import org.packbench.render.TsplJob;
import org.packbench.render.ZplGraphic;
import org.packbench.render.ZplJob;

/**
 * The printer languages a converted page goes out in. Each page is one whole-label picture: the
 * raster the barcode check passed is sent as it is, so the printer burns exactly those dots.
 */
public enum ThermalFormat {
    /** The ZPL job frame around one ^FO0,0^GFA with the whole raster, per page. */
    ZPL("zpl") {
        @Override
        byte[] page(DotImage raster, LabelSize label, PrinterSettings settings) {
            StringBuilder z = new StringBuilder();
            // No field data but the picture, so no ^CI28.
            ZplJob.begin(z, raster.width(), raster.height(), settings, false);
            z.append("^FO0,0").append(ZplGraphic.field(raster, true)).append("^FS\n");
            ZplJob.end(z, settings);
            return z.toString().getBytes(StandardCharsets.US_ASCII);
        }
    },
    /** The TSPL job frame around one BITMAP with the whole raster, per page. */
    TSPL("tspl") {
        @Override
        byte[] page(DotImage raster, LabelSize label, PrinterSettings settings) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TsplJob.begin(out, label.widthMm(), label.heightMm(), settings);
            TsplJob.bitmap(out, 0, 0, raster.rowBytes(), raster.height(), raster.packed());
            TsplJob.end(out, settings);
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
}
