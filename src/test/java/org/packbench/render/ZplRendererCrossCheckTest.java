package org.packbench.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.zxing.BarcodeFormat;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.packbench.label.BarcodeSymbol;
import org.packbench.label.Dots;
import org.packbench.label.LabelDocument;
import org.packbench.label.Rect;
import org.packbench.label.TextBlock;

/**
 * Our ZPL through someone else's ZPL interpreter: zpl-renderer-js (Zebrash compiled to
 * WebAssembly) under Node. It must draw our Cyrillic text pictures where we put them and a QR
 * that scans. The package is installed into target/ on first use, at a pinned version. Without
 * node and npm the test is skipped, unless PACKBENCH_REQUIRE_ALL=1 asks for every check to run.
 */
class ZplRendererCrossCheckTest {
    static final String PACKAGE = "zpl-renderer-js";
    static final String VERSION = "3.4.0";
    static final Path DIR = Path.of("target", "zpl-renderer");

    private static final String SCRIPT =
            """
            const { ready } = require("zpl-renderer-js");
            const fs = require("node:fs");
            const [, , input, output, widthMm, heightMm, dpmm] = process.argv;
            (async () => {
              const { api } = await ready;
              const png = await api.zplToBase64Async(fs.readFileSync(input, "utf8"),
                  Number(widthMm), Number(heightMm), Number(dpmm));
              fs.writeFileSync(output, Buffer.from(png, "base64"));
              process.exit(0);
            })().catch((e) => { console.error((e && e.stack) || String(e)); process.exit(1); });
            """;

    @Test
    void anIndependentRendererDrawsOurCyrillicAndAScannableQr() throws Exception {
        prepare();
        LabelDocument doc = TestDocuments.label(203);
        String zpl = new ZplWriter().write(doc, PrinterSettings.of(203));
        Files.writeString(DIR.resolve("label-203.zpl"), zpl, StandardCharsets.UTF_8);
        Files.writeString(DIR.resolve("render.cjs"), SCRIPT, StandardCharsets.UTF_8);
        Path png = DIR.resolve("label-203.png");
        Files.deleteIfExists(png);
        // 203 dpi is 8 dots a millimetre, the renderer's unit.
        run(List.of("node", "render.cjs", "label-203.zpl", "label-203.png", "58", "40", "8"), 120);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(doc.widthDots(), img.getWidth());
        assertEquals(doc.heightDots(), img.getHeight());

        BarcodeSymbol qr = doc.barcode("qr").orElseThrow();
        Rect q = qr.quietZone();
        // A margin around the quiet zone, as ^BQ firmware may start the symbol a few dots low.
        assertEquals(
                TestDocuments.QR_DATA,
                Decoding.decode(
                        img,
                        BarcodeFormat.QR_CODE,
                        Dots.of(q.x(), 203) - 8,
                        Dots.of(q.y(), 203) - 8,
                        Dots.of(q.width(), 203) + 16,
                        Dots.of(q.height(), 203) + 24));
        BarcodeSymbol ean = doc.barcode("ean").orElseThrow();
        Rect e = ean.quietZone();
        assertEquals(
                TestDocuments.EAN,
                Decoding.decode(
                        img,
                        BarcodeFormat.EAN_13,
                        Dots.of(e.x(), 203) - 4,
                        Dots.of(e.y(), 203) - 4,
                        Dots.of(e.width(), 203) + 8,
                        Dots.of(e.height(), 203) + 8));

        DotImage rendered = DotImage.fromImage(img, 0, 0);
        RasterWriter raster = new RasterWriter();
        for (TextBlock block : doc.texts()) {
            DotImage text = raster.text(block, 203);
            int ink = 0;
            int same = 0;
            for (int y = text.y(); y < text.y() + text.height(); y++) {
                for (int x = text.x(); x < text.x() + text.width(); x++) {
                    if (text.getOnLabel(x, y)) {
                        ink++;
                        if (rendered.get(x, y)) {
                            same++;
                        }
                    }
                }
            }
            assertTrue(ink > 200, block.elementId() + " has ink");
            assertTrue(same >= ink * 0.98, block.elementId() + ": " + same + " of " + ink + " text dots rendered");
        }
    }

    /** Node, npm and the pinned package, or a skip (a failure under PACKBENCH_REQUIRE_ALL=1). */
    private static void prepare() throws Exception {
        boolean required = "1".equals(System.getenv("PACKBENCH_REQUIRE_ALL"));
        for (String tool : List.of("node", "npm")) {
            if (!available(tool)) {
                unavailable(required, tool + " is not installed; the independent ZPL rendering check needs Node.js");
            }
        }
        Files.createDirectories(DIR);
        Path installed = DIR.resolve("node_modules").resolve(PACKAGE).resolve("package.json");
        if (!Files.exists(installed) || !Files.readString(installed).contains("\"version\": \"" + VERSION + "\"")) {
            try {
                run(
                        List.of(
                                "npm",
                                "install",
                                "--prefix",
                                ".",
                                "--no-save",
                                "--no-audit",
                                "--no-fund",
                                PACKAGE + "@" + VERSION),
                        600);
            } catch (AssertionError e) {
                unavailable(required, "npm could not install " + PACKAGE + "@" + VERSION + ": " + e.getMessage());
            }
        }
    }

    private static void unavailable(boolean required, String why) {
        if (required) {
            fail(why + " (PACKBENCH_REQUIRE_ALL=1)");
        }
        Assumptions.abort(why + "; set PACKBENCH_REQUIRE_ALL=1 to make this a failure");
    }

    private static boolean available(String tool) {
        try {
            Process p = new ProcessBuilder(tool, "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(command))
                .directory(DIR.toFile())
                .redirectErrorStream(true)
                .start();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
        }
        if (p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited " + p.exitValue() + ":\n"
                    + new String(output, StandardCharsets.UTF_8));
        }
    }
}
