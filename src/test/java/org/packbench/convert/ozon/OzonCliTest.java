package org.packbench.convert.ozon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BarcodeFormat;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.cli.OzonCommand;
import org.packbench.cli.PackbenchCommand;
import org.packbench.convert.ozon.OzonTestPdfs.Page;
import picocli.CommandLine;

/** {@code packbench ozon convert}: the contract's names, exit codes, and nothing written on refusal. */
class OzonCliTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    /** The command line Main builds, with the ozon command added if it is not registered yet. */
    private static Run run(String... args) {
        CommandLine cl = PackbenchCommand.commandLine(
                (db, locale) -> {
                    throw new AssertionError("the GUI must not start");
                },
                Clock.systemUTC());
        if (!cl.getSubcommands().containsKey("ozon")) {
            cl.addSubcommand(new OzonCommand());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    private Path pdf(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void convertsToZplAndDescribesThePagesAsJson() throws Exception {
        Path in = pdf("fbs.pdf", OzonTestPdfs.fbsLabel());
        Path out = dir.resolve("out/fbs.zpl");

        Run r = run(
                "ozon",
                "convert",
                in.toString(),
                "--printer-dpi",
                "203",
                "--format",
                "zpl",
                "--out",
                out.toString(),
                "--json");

        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err(), "a label within every limit converts without a word on stderr");
        List<PrinterOutput.Label> labels = PrinterOutput.zpl(Files.readAllBytes(out));
        assertEquals(Optional.of(OzonTestPdfs.POSTING), Scan.read(labels.get(0).dots(), BarcodeFormat.CODE_128));
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.get("valid").asBoolean());
        assertEquals(1, json.get("pages").size());
        assertEquals("75x120", json.get("pages").get(0).get("label_mm").asText());
        assertEquals(2, json.get("barcodes_checked").asInt());
    }

    @Test
    void tsplWithAnExplicitSize() throws Exception {
        Path in = pdf("fbs.pdf", OzonTestPdfs.fbsLabel());
        Path out = dir.resolve("fbs.tspl");

        Run r = run(
                "ozon",
                "convert",
                in.toString(),
                "--printer-dpi",
                "300",
                "--format",
                "tspl",
                "--out",
                out.toString(),
                "--size",
                "100x150");

        assertEquals(0, r.exit(), r.err());
        List<PrinterOutput.Label> labels = PrinterOutput.tspl(Files.readAllBytes(out));
        assertTrue(
                labels.get(0).header().startsWith("SIZE 100 mm,150 mm"),
                labels.get(0).header());
        assertEquals(Optional.of(OzonTestPdfs.POSTING), Scan.read(labels.get(0).dots(), BarcodeFormat.CODE_128));
    }

    @Test
    void aBarcodeThatWouldNotSurviveExitsOneAndWritesNothing() throws Exception {
        Path in = pdf(
                "fine.pdf",
                OzonTestPdfs.pdf(List.of(
                        Page.fbs("11112222-0003-1"),
                        new Page(
                                75,
                                120,
                                "11112222-0003-2",
                                OzonTestPdfs.FINE_X_MM,
                                "https://ozon.ru/p/11112222-0003-2"))));
        Path out = dir.resolve("fine.zpl");

        Run r = run(
                "ozon",
                "convert",
                in.toString(),
                "--printer-dpi",
                "203",
                "--format",
                "zpl",
                "--out",
                out.toString(),
                "--json");

        assertEquals(1, r.exit());
        assertFalse(Files.exists(out));
        assertTrue(
                r.err().contains("11112222-0003-2")
                        && r.err().contains("Code 128")
                        && r.err().contains("2"),
                r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("ozon.barcode.lost", json.get("code").asText());
        assertEquals(2, json.get("lost").get(0).get("page").asInt());
        assertEquals("CODE_128", json.get("lost").get(0).get("format").asText());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPageWithNoBarcodeAtAllIsRefusedByItsNumberAndNothingIsWritten() throws Exception {
        Path in = pdf(
                "with-pick-list.pdf",
                OzonTestPdfs.pdf(List.of(Page.fbs("12345678-0005-1"), Page.textOnly(), Page.fbs("12345678-0005-2"))));
        Path out = dir.resolve("out/labels.zpl");

        Run r = run(
                "ozon",
                "convert",
                in.toString(),
                "--printer-dpi",
                "203",
                "--format",
                "zpl",
                "--out",
                out.toString(),
                "--json");

        assertEquals(1, r.exit(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("error: page 2: no barcode at all"), lines.get(0));
        assertEquals(
                "ozon.page.noBarcode",
                new ObjectMapper().readTree(r.out()).get("code").asText());
        assertFalse(Files.exists(out.getParent()), "nothing was written, not even a part file");
    }

    @Test
    void aFileThatIsNotAPdfExitsOne() throws Exception {
        Path in = pdf(
                "label.pdf", "%PDF-1.7 but truncated right here".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Path out = dir.resolve("x.zpl");

        Run r = run(
                "ozon", "convert", in.toString(), "--printer-dpi", "203", "--format", "zpl", "--out", out.toString());

        assertEquals(1, r.exit());
        assertTrue(r.err().contains("ozon.pdf.unreadable") || r.err().contains("PDF"), r.err());
        assertFalse(Files.exists(out));
        assertEquals(
                1,
                run(
                                "ozon",
                                "convert",
                                dir.resolve("missing.pdf").toString(),
                                "--printer-dpi",
                                "203",
                                "--format",
                                "zpl",
                                "--out",
                                out.toString())
                        .exit());
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        String in = pdf("fbs.pdf", OzonTestPdfs.fbsLabel()).toString();
        String out = dir.resolve("x.zpl").toString();
        assertEquals(
                2,
                run("ozon", "convert", in, "--printer-dpi", "203", "--format", "pdf", "--out", out)
                        .exit());
        assertEquals(
                2,
                run("ozon", "convert", in, "--printer-dpi", "205", "--format", "zpl", "--out", out)
                        .exit());
        assertEquals(
                2,
                run("ozon", "convert", in, "--printer-dpi", "203", "--format", "zpl", "--out", out, "--size", "big")
                        .exit());
        assertEquals(
                2, run("ozon", "convert", in, "--format", "zpl", "--out", out).exit());
        assertFalse(Files.exists(Path.of(out)));
    }
}
