package org.packbench.cli;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.packbench.label.LabelDocument;
import org.packbench.render.PdfWriter;
import org.packbench.render.PrinterSettings;
import org.packbench.render.RasterWriter;
import org.packbench.render.TsplWriter;
import org.packbench.render.ZplWriter;

/** Times one piece of work repeatedly after a warm-up, and reports operations per second. */
final class WriterBench {
    private WriterBench() {}

    record Figure(String name, long operations, double seconds) {
        double perSecond() {
            return operations / seconds;
        }

        double msEach() {
            return seconds * 1000 / operations;
        }
    }

    /** Runs {@code work} for {@code seconds} after a warm-up of the same length. */
    static Figure time(String name, double seconds, Supplier<Object> work) {
        long sink = 0;
        long warmEnd = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < warmEnd) {
            sink += work.get().hashCode();
        }
        long n = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long now;
        do {
            sink += work.get().hashCode();
            n++;
            now = System.nanoTime();
        } while (now < end);
        if (sink == 42) {
            System.err.print("");
        }
        return new Figure(name, n, (now - start) / 1e9);
    }

    /** The four writers on one document. */
    static Map<String, Supplier<Object>> writers(LabelDocument doc) {
        PrinterSettings plain = new PrinterSettings(doc.dpi(), OptionalInt.empty(), OptionalInt.empty(), 0, 0, 1);
        ZplWriter zpl = new ZplWriter();
        TsplWriter tspl = new TsplWriter();
        PdfWriter pdf = new PdfWriter();
        RasterWriter raster = new RasterWriter();
        return new java.util.LinkedHashMap<>(Map.of(
                "zpl", () -> zpl.write(doc, plain).getBytes(StandardCharsets.UTF_8),
                "tspl", () -> tspl.write(doc, plain),
                "pdf", () -> pdf.write(doc),
                "png", () -> raster.printPng(doc)));
    }
}
