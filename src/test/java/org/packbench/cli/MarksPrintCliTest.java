package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.print.TestPrinter;

/**
 * {@code marks print}: the marking system's codes printed as GS1 DataMatrix labels, each read back
 * with its exact bytes, logged, printed once, and found again after a crash.
 */
class MarksPrintCliTest {
    private static final char GS = '\u001D';
    /** PB-7-002's GTIN-13 4607310980273 as a GTIN-14. */
    private static final String LONG = "010460731098027321Qx7mP2vLc9Tz4" + GS + "91EE07" + GS + "92"
            + "MDEGCCqGSM49AwEHA0IABQ+4/ZkTbLh3Rt9yWv=Xk1pQ";

    private static final String LONG_88 = "010460731098027321Zr5%kW;9192a1" + GS + "91AB12" + GS + "92"
            + "MDEGCCqGSM49AwEHA0IABQ+4/ZkTbLh3Rt9yWv=Xk1pQMDEGCCqGSM49AwEHA0IABQ+4/ZkTbLh3Rt9yWv=Xk1++";
    private static final String SHORT = "010460731098027321h93<k!" + GS + "93dGVz";

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void catalog() {
        db = dir.resolve("bench.db").toString();
        assertEquals(
                0,
                CliRun.of(
                                "catalog",
                                "import",
                                TestFiles.sampleFile(dir, "catalog.csv").toString(),
                                "--db",
                                db)
                        .exit());
    }

    @Test
    void aFileOfCodesBecomesOnePdfPageEachReadBackWithItsExactBytes() throws Exception {
        Path codes = file("codes.txt", "КМ\r\n" + LONG + "\r\n\r\n" + LONG_88 + "\r\n\"" + SHORT + "\"\r\n");
        Path pdf = dir.resolve("codes.pdf");

        CliRun r = CliRun.of(
                "marks", "print", codes.toString(), "--format", "pdf", "--out", pdf.toString(), "--json", "--db", db);

        assertEquals(0, r.exit(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(3, j.get("issued").asInt());
        assertEquals(List.of("]d2" + LONG, "]d2" + LONG_88, "]d2" + SHORT), codesIn(pdf));
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            // 58 × 40 mm, the default marking label.
            assertEquals(58 / 25.4 * 72, d.getPage(0).getMediaBox().getWidth(), 0.5);
            assertEquals(40 / 25.4 * 72, d.getPage(0).getMediaBox().getHeight(), 0.5);
        }
        assertEquals(3, count("SELECT COUNT(*) FROM label WHERE template = 'marking-58x40' AND status = 'issued'"));
        assertEquals(3, count("SELECT COUNT(*) FROM marking_print WHERE reprint_reason IS NULL"));
        // The code is kept byte for byte, GS included.
        assertEquals(1, count("SELECT COUNT(*) FROM marking_print WHERE code = '" + LONG_88.replace("'", "''") + "'"));
        // The label log names each item by GTIN and serial; the crypto-tail stays out of it.
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM log_entry WHERE readback = 'mark=ok (01)04607310980273(21)Qx7mP2vLc9Tz4'"));
        assertEquals(0, count("SELECT COUNT(*) FROM log_entry WHERE readback LIKE '%MDEGCC%'"));

        CliRun again = CliRun.of(
                "marks", "print", codes.toString(), "--format", "pdf", "--out", pdf.toString(), "--json", "--db", db);
        assertEquals(0, again.exit(), again.err());
        assertEquals(
                3,
                new ObjectMapper().readTree(again.out()).get("already_issued").asInt());
        assertEquals(3, count("SELECT COUNT(*) FROM label"));
    }

    @Test
    void aCodePrintedBeforeIsRefusedAndPrintsAgainOnlyWithAReason() throws Exception {
        assertEquals(0, print(file("first.txt", LONG + "\n"), "first.zpl").exit());
        Path second = file("second.txt", SHORT + "\n" + LONG + "\n");

        CliRun refused = print(second, "second.zpl");

        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("was already printed on label L"), refused.err());
        assertTrue(refused.err().contains("--reprint-reason"), refused.err());
        assertEquals(1, count("SELECT COUNT(*) FROM marking_print WHERE identity LIKE '%Qx7mP2vLc9Tz4'"));

        CliRun reprinted = CliRun.of(
                "marks",
                "print",
                second.toString(),
                "--format",
                "zpl",
                "--out",
                dir.resolve("again.zpl").toString(),
                "--reprint-reason",
                "наклейка порвана",
                "--json",
                "--db",
                db);

        assertEquals(0, reprinted.exit(), reprinted.err());
        JsonNode j = new ObjectMapper().readTree(reprinted.out());
        assertEquals(1, j.get("issued").asInt(), "the reprint");
        assertEquals(1, j.get("already_issued").asInt(), "the short code, issued by the refused run");
        assertEquals(2, count("SELECT COUNT(*) FROM marking_print WHERE identity LIKE '%Qx7mP2vLc9Tz4'"));
        assertEquals(
                1,
                count(
                        "SELECT COUNT(*) FROM marking_print WHERE identity LIKE '%Qx7mP2vLc9Tz4' AND reprint_reason = 'наклейка порвана'"));
    }

    /**
     * Two processes print the same forty codes at once, one file in the other's reverse order:
     * every code ends on exactly one label, whichever run got it, and the other run names it as
     * printed before.
     */
    @Test
    void twoProcessesPrintingTheSameCodesPrintEachOnce() throws Exception {
        java.util.Random random = new java.util.Random(40);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            codes.add(org.packbench.marking.MarkingCodes.random(random, "04607310980273"));
        }
        List<String> reversed = new ArrayList<>(codes);
        java.util.Collections.reverse(reversed);
        Path a = file("a.txt", String.join("\n", codes) + "\n");
        Path b = file("b.txt", String.join("\n", reversed) + "\n");

        Process one = PackbenchProcess.start(
                Map.of(),
                "marks",
                "print",
                a.toString(),
                "--format",
                "zpl",
                "--out",
                dir.resolve("a.zpl").toString(),
                "--db",
                db);
        Process two = PackbenchProcess.start(
                Map.of(),
                "marks",
                "print",
                b.toString(),
                "--format",
                "zpl",
                "--out",
                dir.resolve("b.zpl").toString(),
                "--db",
                db);
        assertTrue(one.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(two.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));

        String printed = zpl("a.zpl") + zpl("b.zpl");
        assertEquals(40, printed.split("\\^XA", -1).length - 1, "one label per code in both outputs together");
        for (String code : codes) {
            String escaped = "_1" + code.replace("_", "__").replace(String.valueOf(GS), "_]");
            assertEquals(1, printed.split(java.util.regex.Pattern.quote(escaped), -1).length - 1, code);
        }
        assertEquals(40, count("SELECT COUNT(*) FROM marking_print WHERE reprint_reason IS NULL"));
        assertEquals(40, count("SELECT COUNT(*) FROM label WHERE status = 'issued'"));
    }

    private String zpl(String name) throws Exception {
        Path p = dir.resolve(name);
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }

    @Test
    void faultyLinesAreNamedAndNothingIsPrinted() throws Exception {
        Path codes = file("bad.txt", LONG + "\n" + "hello\n" + SHORT + "\n" + LONG + "\n");

        CliRun r = print(codes, "bad.zpl");

        assertEquals(1, r.exit());
        assertTrue(r.err().contains("line 2"), r.err());
        assertTrue(r.err().contains("line 4") && r.err().contains("line 1 of the file"), r.err());
        assertEquals(0, count("SELECT COUNT(*) FROM label"));
        assertTrue(Files.notExists(dir.resolve("bad.zpl")));
    }

    @Test
    void codesGoToA127PrinterOnceEachWithTheFnc1Escape() throws Exception {
        Path codes = file("codes.txt", LONG + "\n" + LONG_88 + "\n" + SHORT + "\n");
        try (TestPrinter printer = TestPrinter.zpl()) {
            assertEquals(
                    0,
                    CliRun.of(
                                    "printer",
                                    "add",
                                    "zebra",
                                    "--language",
                                    "zpl",
                                    "--dpi",
                                    "203",
                                    "--transport",
                                    printer.uri(),
                                    "--db",
                                    db)
                            .exit());

            CliRun r = CliRun.of("marks", "print", codes.toString(), "--printer", "zebra", "--db", db);
            CliRun again = CliRun.of("marks", "print", codes.toString(), "--printer", "zebra", "--db", db);

            assertEquals(0, r.exit(), r.err());
            assertEquals(0, again.exit(), again.err());
            List<String> labels = printer.labels();
            assertEquals(3, labels.size(), String.join("\n---\n", labels));
            for (String l : labels) {
                assertTrue(l.contains("^BXN,3,200,"), l);
                assertTrue(l.contains("^FD_1010460731098027321"), l);
            }
        }
    }

    @Test
    void aPdfOfCodesPrintsTheCodesItShows() throws Exception {
        Path pdf = dir.resolve("sheet.pdf");
        assertEquals(
                0,
                CliRun.of(
                                "marks",
                                "print",
                                file("codes.txt", LONG + "\n" + SHORT + "\n").toString(),
                                "--format",
                                "pdf",
                                "--out",
                                pdf.toString(),
                                "--template",
                                "marking-40x30",
                                "--db",
                                db)
                        .exit());
        String other = dir.resolve("other.db").toString();

        CliRun r = CliRun.of(
                "marks",
                "print",
                pdf.toString(),
                "--format",
                "pdf",
                "--out",
                dir.resolve("again.pdf").toString(),
                "--json",
                "--db",
                other);

        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("]d2" + LONG, "]d2" + SHORT), codesIn(dir.resolve("again.pdf")));
    }

    @Test
    void at300DpiAModuleIsFourDots() throws Exception {
        Path zpl = dir.resolve("codes.zpl");
        CliRun r = CliRun.of(
                "marks",
                "print",
                file("c.txt", LONG + "\n").toString(),
                "--format",
                "zpl",
                "--dpi",
                "300",
                "--out",
                zpl.toString(),
                "--template",
                "marking-30x20",
                "--db",
                db);

        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(zpl).contains("^BXN,4,200,"), Files.readString(zpl));
    }

    @Test
    void aProductLabelTemplateIsNotAMarkingLabel() throws Exception {
        CliRun r = print(file("c.txt", LONG + "\n"), "--template", "ozon-product-58x40");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("is not a marking code label"), r.err());
    }

    private CliRun print(Path codes, String out) {
        return CliRun.of(
                "marks",
                "print",
                codes.toString(),
                "--format",
                "zpl",
                "--out",
                dir.resolve(out).toString(),
                "--db",
                db);
    }

    private CliRun print(Path codes, String option, String value) {
        return CliRun.of(
                "marks",
                "print",
                codes.toString(),
                "--format",
                "zpl",
                "--out",
                dir.resolve("x.zpl").toString(),
                option,
                value,
                "--db",
                db);
    }

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** Every page's DataMatrix as a scanner sends it: its identifier, then its text. */
    private static List<String> codesIn(Path pdf) throws Exception {
        List<String> out = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(d);
            for (int i = 0; i < d.getNumberOfPages(); i++) {
                BufferedImage page = renderer.renderImageWithDPI(i, 300, ImageType.GRAY);
                Result r = aimedAtTheTopLeftSymbol(page);
                String text =
                        r.getText().startsWith(String.valueOf(GS)) ? r.getText().substring(1) : r.getText();
                out.add(r.getResultMetadata().get(ResultMetadataType.SYMBOLOGY_IDENTIFIER) + text);
            }
        }
        return out;
    }

    /**
     * The marking labels' symbol sits at the top left. ZXing's DataMatrix detector starts from the
     * middle of its picture, so the picture is cut to squares that have the symbol in the middle
     * whatever its size, as an imager is aimed at it.
     */
    private static Result aimedAtTheTopLeftSymbol(BufferedImage page) throws Exception {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, true);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.DATA_MATRIX));
        int mm = 300 * 10 / 254;
        for (int side : new int[] {22, 17, 11}) {
            int px = side * 300 * 10 / 254;
            BufferedImage square =
                    page.getSubimage(mm, mm, Math.min(px, page.getWidth() - mm), Math.min(px, page.getHeight() - mm));
            try {
                return new MultiFormatReader()
                        .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(square))), hints);
            } catch (com.google.zxing.NotFoundException e) {
                // a smaller square next
            }
        }
        throw com.google.zxing.NotFoundException.getNotFoundInstance();
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
