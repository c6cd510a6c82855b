package org.packbench.convert.ozon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.packbench.render.DotImage;
import org.packbench.render.PrinterSettings;

/** A converted page goes out in the recorded bytes in both printer languages, with and without calibration. */
class ThermalFormatBytesTest {
    private static final LabelSize LABEL = new LabelSize(75, 120);

    @Test
    void zplPagesAreTheRecordedBytes() throws Exception {
        assertEquals(
                "e574ed18d619ee0342d249a9852adcf09890c6dfcff5e7a46a4a76a0dcc60cc9",
                sha256(ThermalFormat.ZPL.page(raster(), LABEL, PrinterSettings.of(203))));
        assertEquals(
                "44db4b2d4cf9e504992a9f4225c738cb54888601171c50200fd8c2344098d070",
                sha256(ThermalFormat.ZPL.page(raster(), LABEL, calibrated())));
    }

    @Test
    void tsplPagesAreTheRecordedBytes() throws Exception {
        assertEquals(
                "ab654ad9583ed17498e3759d5947f483496084b09401c0ddfccd60ee0e1e6fc7",
                sha256(ThermalFormat.TSPL.page(raster(), LABEL, PrinterSettings.of(203))));
        assertEquals(
                "0191e0fe58c31913acca539f28f54b307ed8ddc899dd156a9640002e40ea0017",
                sha256(ThermalFormat.TSPL.page(raster(), LABEL, calibrated())));
    }

    private static PrinterSettings calibrated() {
        return new PrinterSettings(203, OptionalInt.of(17), OptionalInt.of(3), 2.25, 1, 2);
    }

    /** A 75×120 mm label at 203 dpi with a few bars and a block, so compression has runs to find. */
    private static DotImage raster() {
        DotImage r = DotImage.blank(0, 0, 600, 960);
        for (int x = 40; x < 560; x += 7) {
            r.fillOnLabel(x, 100, 3, 200);
        }
        r.fillOnLabel(100, 500, 333, 111);
        r.set(599, 959);
        return r;
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
