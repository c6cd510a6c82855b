package org.packbench.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.packbench.TestFiles;
import org.packbench.app.TemplateLibrary;
import org.packbench.catalog.CatalogReader;
import org.packbench.catalog.CatalogReading;
import org.packbench.catalog.Marketplace;
import org.packbench.catalog.Sku;
import org.packbench.gs1.Sscc;
import org.packbench.label.LabelDocument;
import org.packbench.label.compose.LabelComposer;
import org.packbench.label.template.LabelTemplate;
import org.packbench.marketplace.LabelValues;
import org.packbench.marketplace.Parcel;
import org.packbench.marketplace.ozon.LogisticContent;
import org.packbench.marketplace.vk.Dac;

/**
 * Every writer's bytes for every bundled template, filled from the sample catalog at 203 dpi, are
 * the bytes recorded in {@code writer-bytes-203dpi.txt}: a refactoring of the writers changes no
 * byte a printer, a PDF reader or the label log sees. Set {@code -Dpackbench.recordWriterBytes=path}
 * to write the list afresh when a change of output is meant.
 */
public class WriterBytesTest {
    private static final int DPI = 203;
    /** A calibrated printer: every optional line of the job header is written. */
    private static final PrinterSettings CALIBRATED =
            new PrinterSettings(DPI, OptionalInt.of(18), OptionalInt.of(4), 1.5, 0.5, 3);

    @Test
    void everyWriterWritesTheRecordedBytesForEveryTemplate() throws IOException {
        Map<String, String> hashes = currentHashes();
        String actual = String.join(
                        "\n",
                        hashes.entrySet().stream()
                                .map(e -> e.getKey() + " " + e.getValue())
                                .toList()) + "\n";
        String record = System.getProperty("packbench.recordWriterBytes");
        if (record != null) {
            Files.writeString(Path.of(record), actual);
        }
        try (InputStream in = WriterBytesTest.class.getResourceAsStream("writer-bytes-203dpi.txt")) {
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual);
        }
    }

    private static Map<String, String> currentHashes() {
        Map<String, String> out = new TreeMap<>();
        for (LabelTemplate t : TemplateLibrary.bundled().all()) {
            LabelDocument doc = new LabelComposer(BundledTypeface.get()).compose(t, values(t), DPI);
            String id = t.id();
            for (LabelFormat f : LabelFormat.values()) {
                byte[] bytes = f.write(doc);
                out.put(id + " " + f.code(), sha256(f == LabelFormat.PDF ? withoutFileId(bytes) : bytes));
                out.put(id + " " + f.code() + "-payload", f.payloadSha256(doc, bytes));
            }
            out.put(
                    id + " zpl-calibrated",
                    sha256(new ZplWriter().write(doc, CALIBRATED).getBytes(StandardCharsets.UTF_8)));
            out.put(
                    id + " zpl-uncompressed",
                    sha256(new ZplWriter(new RasterWriter(), false)
                            .write(doc, CALIBRATED)
                            .getBytes(StandardCharsets.UTF_8)));
            out.put(id + " tspl-calibrated", sha256(new TsplWriter().write(doc, CALIBRATED)));
            out.put(id + " pdf-3-pages", sha256(withoutFileId(new PdfWriter().write(List.of(doc, doc, doc)))));
            out.put(id + " png-preview-300", sha256(new RasterWriter().png(doc, 300)));
        }
        return out;
    }

    /** Sample values for a template of any kind, as the recorded bytes were made with. */
    public static Map<String, String> values(LabelTemplate t) {
        if (t.kind() == LabelTemplate.Kind.LOGISTIC) {
            return LogisticContent.values(
                    Sscc.compose(0, "4607123", 42),
                    LogisticContent.parse(Optional.of("(02)04607123000014(37)12")),
                    "ООО «Ромашка»");
        }
        if (t.kind() == LabelTemplate.Kind.MARKING) {
            return new TreeMap<>(org.packbench.marking.MarkingLabelValues.of(
                    org.packbench.marking.MarkingCodeReader.read(
                            "010460731098027321Qx7mP2vLc9Tz4\u001D91EE07\u001D92"
                                    + "MDEGCCqGSM49AwEHA0IABQ+4/ZkTbLh3Rt9yWv=Xk1pQ",
                            Optional.empty()),
                    Optional.of("Чехол для телефона силиконовый"),
                    "L00000042"));
        }
        Marketplace m = Marketplace.parse(t.marketplace()).orElse(Marketplace.OTHER);
        List<Sku> skus = new CatalogReader(List.of())
                .read(TestFiles.sample("catalog.csv")).validRows().stream()
                        .map(CatalogReading.Row::sku)
                        .toList();
        Sku sku = skus.stream()
                .filter(s -> TemplateLibrary.fits(t, s.marketplace()))
                .findFirst()
                .orElse(skus.get(0));
        Map<String, String> values = new TreeMap<>(LabelValues.of(
                sku,
                new Parcel("VK-20261125-0042", "RU123456789VK", m),
                Optional.of(new Dac("DAC7Q2M9XK4P", LocalDate.of(2026, 10, 1))),
                42));
        values.put("ozon_code", "OZN1234567890");
        return values;
    }

    /**
     * PDFBox derives the trailer's file identifier from the time of writing, so two runs differ
     * there and nowhere else; the identifier is the one part left out of the comparison.
     */
    private static byte[] withoutFileId(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        return text.replaceAll("/ID \\[<[0-9A-F]+> <[0-9A-F]+>\\]", "/ID []").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
