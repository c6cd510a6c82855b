package org.packbench.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.packbench.TestFiles;
import org.packbench.cli.CliRun;

/**
 * Files built to stall, flood or exhaust the bench, given to the two commands that read PDFs from
 * elsewhere. Each ends within 20 s (the bound, kept here as a timeout), with exit 1, one
 * line on stderr naming the file and the limit it went past, and no file written.
 */
class HostilePdfCliTest {
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

    /** Each file, and words of the one line it must end in. */
    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                Arguments.of("form fan-out", HostilePdfs.formFanOut(), "more than 10000 times"),
                Arguments.of("5,000 pages", HostilePdfs.pages(5_000), "more than 1000 pages"),
                Arguments.of(
                        "a page of 200 MB deflated", HostilePdfs.inflatingContent(200), "inflates to more than 100 MB"),
                Arguments.of("5,000 saved graphics states", HostilePdfs.savedStates(5_000), "more than 256 levels"),
                Arguments.of("5,000 nested forms", HostilePdfs.nestedForms(5_000), "more than 32 levels"),
                Arguments.of("a form drawing itself", HostilePdfs.selfDrawingForm(), "more than 32 levels"),
                Arguments.of("arrays 100,000 deep", HostilePdfs.nestedArrays(100_000), "too deeply"),
                Arguments.of("page tree listing itself", HostilePdfs.pageTreeListingItself(), "refers back to itself"),
                Arguments.of("page tree in a circle", HostilePdfs.pageTreeInACircle(), "refers back to itself"),
                Arguments.of(
                        "picture claiming 100,000²",
                        HostilePdfs.lyingPicture(100_000, 100_000),
                        "100000 × 100000 pixels"),
                Arguments.of("JPEG claiming 60,000²", HostilePdfs.lyingJpeg(), "60000 × 60000 pixels"),
                Arguments.of("media box NaN by 1e30", HostilePdfs.mediaBox("[0 0 NaN 1e30]"), "page 1 measures"),
                Arguments.of("media box of nothing", HostilePdfs.mediaBox("[0 0 0 0]"), "page 1 measures 0 × 0 mm"),
                Arguments.of("media box of 1e30²", HostilePdfs.mediaBox("[0 0 1e30 1e30]"), "page 1 measures"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void ozonConvertRefusesInOneLineAndWritesNothing(String name, byte[] pdf, String says) throws IOException {
        Path in = write(pdf);
        Path out = dir.resolve("out").resolve("labels.zpl");

        CliRun r = CliRun.of(
                "ozon",
                "convert",
                in.toString(),
                "--printer-dpi",
                "203",
                "--format",
                "zpl",
                "--out",
                out.toString(),
                "--db",
                db);

        assertRefusedInOneLine(r, in, says);
        assertFalse(Files.exists(out.getParent()), "nothing was written, not even a part file: " + out.getParent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void verifyPdfRefusesInOneLine(String name, byte[] pdf, String says) throws IOException {
        Path in = write(pdf);
        List<Path> before = files();

        CliRun r = CliRun.of("verify", "pdf", in.toString(), "--sku", "PB-7-001", "--db", db);

        assertRefusedInOneLine(r, in, says);
        assertEquals("", r.out());
        assertEquals(before, files());
    }

    private static void assertRefusedInOneLine(CliRun r, Path in, String says) {
        assertEquals(1, r.exit(), r.out() + r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        String line = lines.get(0);
        assertTrue(line.startsWith("error: " + in + " is refused: "), line);
        assertTrue(line.contains(says), line);
    }

    private Path write(byte[] pdf) throws IOException {
        Path p = dir.resolve("supplier.pdf");
        Files.write(p, pdf);
        return p;
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.sorted().toList();
        }
    }
}
