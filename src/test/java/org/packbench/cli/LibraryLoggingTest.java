package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;

/**
 * stderr of the command line carries PackBench's own messages only: a supplier's PDF set in
 * Helvetica, a font it does not embed, makes PDFBox fall back to another font and warn about it,
 * and that warning must not reach a script reading stderr. Run as a program of its own, the way
 * {@code ./packbench} runs, because the library logs to the process's stderr, not to picocli's.
 */
class LibraryLoggingTest {
    @TempDir
    Path dir;

    /** A 58×40 mm label whose text is set in Helvetica, not embedded: PDFBox must find a stand-in. */
    private Path helveticaLabel() throws IOException {
        Path file = dir.resolve("helvetica.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(164.4f, 113.4f));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                cs.newLineAtOffset(5, 90);
                cs.showText("Net weight: 38 g");
                cs.endText();
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** {@code packbench ARGS} in a JVM of its own, on the test's class path; stdout and stderr apart. */
    private Result packbench(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(
                java,
                "-Dfile.encoding=UTF-8",
                "-Djava.awt.headless=true",
                "-Duser.home=" + dir.resolve("home"),
                "-cp",
                System.getProperty("java.class.path"),
                "org.packbench.Main"));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "packbench did not finish");
        return new Result(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    record Result(int exit, String out, String err) {}

    @Test
    void verifyPdfWritesNoPdfboxLineToStderr() throws Exception {
        String db = dir.resolve("bench.db").toString();
        assertEquals(
                0,
                CliRun.of(
                                "catalog",
                                "import",
                                TestFiles.sampleFile(dir, "catalog.csv").toString(),
                                "--db",
                                db)
                        .exit());

        Result r = packbench("verify", "pdf", helveticaLabel().toString(), "--sku", "PB-7-001", "--db", db);

        // The audit ran and read the Helvetica text: the weight matches, the name is missing.
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("38 g"), r.out());
        List<String> fromLibraries = r.err()
                .lines()
                .filter(l -> l.contains("org.apache.pdfbox")
                        || l.contains("org.apache.fontbox")
                        || l.contains("COMMONS-LOGGING")
                        || l.contains("fallback font"))
                .toList();
        assertEquals(List.of(), fromLibraries, "stderr: " + r.err());
        assertEquals("", r.err(), "stderr carries nothing when the audit itself has nothing to say");
    }
}
