package org.packbench.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.packbench.gs1.ElementString;
import org.packbench.gs1.Gs1Formatter;
import org.packbench.gs1.Sscc;
import org.packbench.label.LabelDocument;
import org.packbench.label.compose.LabelComposer;
import org.packbench.label.template.LabelTemplate;
import org.packbench.label.template.TemplateReader;
import org.packbench.render.BundledTypeface;
import org.packbench.render.RasterWriter;
import org.packbench.verify.Readback;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code packbench bench gs1-128}: one GS1-128 symbol after another, each a new SSCC, encoded by
 * the app's own Code 128 encoder and placed as on a label, rasterised to the 1-bit print raster
 * and decoded again by the readback, as every logistic label is before it is issued. The figure
 * set beside {@code zint --batch} writing the same symbols to PNG (docs/bench/peers.sh), so the
 * symbol is drawn the way zint draws it by default: 2-dot modules at 203 dpi, 12.5 mm bars
 * (zint's 50 modules), the bracketed line under them.
 */
@Command(name = "gs1-128", description = "GS1-128 SSCC symbols encoded, rasterised and read back: ms per symbol.")
final class SymbolBench extends CommandBase implements Callable<Integer> {
    /** A GS1 company prefix of the Russian range; the serials count up under it as an allocator hands them out. */
    private static final String COMPANY_PREFIX = "4607123";

    @Option(
            names = "--symbols",
            defaultValue = "1000",
            description = "Symbols timed, each a new SSCC (after as many for warm-up).")
    int symbols;

    @Option(names = "--dpi", defaultValue = "203")
    int dpi;

    @Option(names = "--module-mm", defaultValue = "0.25", description = "Module width in mm, rounded to whole dots.")
    double moduleMm;

    @Option(
            names = "--data-out",
            paramLabel = "FILE",
            description =
                    "Also write the timed element strings, one a line as [00]…, for another encoder (zint --batch).")
    Path dataOut;

    @Option(names = "--json")
    boolean json;

    /** Time in nanoseconds of each step for one symbol, and whether it read back. */
    private record Timed(long encodeNs, long rasterNs, long readbackNs, Readback.Result result) {
        long totalNs() {
            return encodeNs + rasterNs + readbackNs;
        }
    }

    @Override
    public Integer call() throws IOException {
        if (symbols < 1) {
            err().println("error: --symbols must be 1 or more, not " + symbols);
            return 2;
        }
        LabelTemplate template = new TemplateReader(f -> null).read(templateJson());
        LabelComposer composer = new LabelComposer(BundledTypeface.get());
        RasterWriter writer = new RasterWriter();
        Readback readback = new Readback();

        // Warm-up on other serials than the timed ones: a timed symbol's line must not be in a cache already.
        for (int i = 0; i < symbols; i++) {
            Timed t = one(composer, template, writer, readback, sscc(symbols + 1L + i));
            if (!t.result().ok()) {
                return notReadBack(sscc(symbols + 1L + i), t.result());
            }
        }
        List<Sscc> timed = new ArrayList<>(symbols);
        for (int i = 0; i < symbols; i++) {
            timed.add(sscc(1L + i));
        }
        if (dataOut != null) {
            StringBuilder lines = new StringBuilder();
            timed.forEach(s -> lines.append("[00]").append(s.digits()).append('\n'));
            Files.writeString(dataOut, lines, StandardCharsets.US_ASCII);
        }
        long[] total = new long[symbols];
        long encode = 0;
        long raster = 0;
        long decode = 0;
        int readBack = 0;
        for (int i = 0; i < symbols; i++) {
            Timed t = one(composer, template, writer, readback, timed.get(i));
            if (!t.result().ok()) {
                return notReadBack(timed.get(i), t.result());
            }
            readBack += t.result().symbols().size();
            total[i] = t.totalNs();
            encode += t.encodeNs();
            raster += t.rasterNs();
            decode += t.readbackNs();
        }
        Arrays.sort(total);
        report(total, encode, raster, decode, readBack);
        return 0;
    }

    private Timed one(
            LabelComposer composer, LabelTemplate template, RasterWriter writer, Readback readback, Sscc sscc) {
        ElementString elements = ElementString.of(sscc.element());
        long t0 = System.nanoTime();
        LabelDocument doc = composer.compose(
                template,
                Map.of("gs1", Gs1Formatter.elementString(elements), "gs1_hri", Gs1Formatter.hri(elements)),
                dpi);
        long t1 = System.nanoTime();
        BufferedImage printRaster = writer.printRaster(doc);
        long t2 = System.nanoTime();
        Readback.Result result = readback.check(doc, printRaster);
        long t3 = System.nanoTime();
        return new Timed(t1 - t0, t2 - t1, t3 - t2, result);
    }

    private int notReadBack(Sscc sscc, Readback.Result result) {
        String why = result.findings().isEmpty()
                ? ""
                : ": " + result.findings().get(0).message().in(locale());
        err().println("error: the GS1-128 symbol of SSCC " + sscc.bracketed() + " at " + dpi + " dpi did not read back"
                + why);
        return 1;
    }

    private void report(long[] sortedNs, long encodeNs, long rasterNs, long readbackNs, int readBack) {
        double n = symbols;
        double mean = (encodeNs + rasterNs + readbackNs) / n / 1e6;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("benchmark", "gs1-128");
        m.put("symbols", symbols);
        m.put("read_back", readBack);
        m.put("dpi", dpi);
        m.put("module_mm", moduleMm);
        m.put("mean_ms", round(mean));
        m.put("p50_ms", round(percentile(sortedNs, 0.50)));
        m.put("p99_ms", round(percentile(sortedNs, 0.99)));
        m.put("encode_ms", round(encodeNs / n / 1e6));
        m.put("raster_ms", round(rasterNs / n / 1e6));
        m.put("readback_ms", round(readbackNs / n / 1e6));
        if (json) {
            out().println(Json.write(m));
            return;
        }
        out().printf(
                        Locale.ROOT,
                        "GS1-128 at %d dpi, %.2f mm module: %d SSCC symbols encoded, rasterised and read back "
                                + "(%d read back), after a warm-up of %d others%n",
                        dpi,
                        moduleMm,
                        symbols,
                        readBack,
                        symbols);
        out().printf(
                        Locale.ROOT,
                        "  per symbol   mean %.3f ms  p50 %.3f ms  p99 %.3f ms%n",
                        mean,
                        percentile(sortedNs, 0.50),
                        percentile(sortedNs, 0.99));
        out().printf(
                        Locale.ROOT,
                        "  mean of each step: encode and place %.3f ms, rasterise %.3f ms, read back %.3f ms%n",
                        encodeNs / n / 1e6,
                        rasterNs / n / 1e6,
                        readbackNs / n / 1e6);
    }

    private static Sscc sscc(long serial) {
        return Sscc.compose(0, COMPANY_PREFIX, serial);
    }

    private static double percentile(long[] sortedNs, double q) {
        return sortedNs[Math.min(sortedNs.length - 1, (int) (sortedNs.length * q))] / 1e6;
    }

    private static double round(double ms) {
        return Math.round(ms * 1000) / 1000.0;
    }

    /** One GS1-128 symbol with its bracketed line, its 10-module quiet zones inside the label. */
    private String templateJson() {
        return String.format(
                Locale.ROOT,
                """
                { "id": "bench-gs1-128", "width_mm": 60, "height_mm": 20, "elements": [
                  { "type": "gs1-128", "id": "sscc", "data": "{gs1}", "x": 1, "y": 1, "w": 58, "h": 18,
                    "module_mm": %s, "bar_height_mm": 12.5 } ] }
                """,
                moduleMm);
    }
}
