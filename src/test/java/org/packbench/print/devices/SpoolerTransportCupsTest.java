package org.packbench.print.devices;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SpoolerTransport through a real CUPS: a private cupsd with a raw queue and a Zebra driver queue
 * (CUPS's own sample ZPL driver), both sending to a socket printer the test listens on.
 *
 * <p>Why a socket printer and not a file: device URI {@code file:} with a raw queue writes nothing
 * in CUPS 2.4, because a raw job gets no filter and file: has no backend, so nothing copies the
 * spool file out. The socket backend is also what a raw queue for a network label printer uses.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class SpoolerTransportCupsTest {
    private static final Duration JOB = Duration.ofSeconds(60);
    private static final int ZEBRA_DPI = 203;

    @TempDir
    static Path dir;

    private static PrivateCups cups;
    private static CapturePrinter printer;

    @BeforeAll
    static void startCups() throws Exception {
        printer = new CapturePrinter();
        cups = PrivateCups.start(dir.resolve("cups"));
        cups.lpadmin("-p", "packbench-raw", "-E", "-v", printer.uri(), "-m", "raw");
    }

    @AfterAll
    static void stopCups() throws Exception {
        if (cups != null) {
            cups.close();
        }
        if (printer != null) {
            printer.close();
        }
    }

    @Test
    void rawQueuePassesTheLabelByteForByte() throws Exception {
        byte[] label = SerialTransportDeviceTest.label("Молоко 3,2% 930 мл", 20_000);
        Child done = child("send", "packbench-raw", "raw", file("label.zpl", label));
        assertEquals(0, done.exit, done.output);
        assertArrayEquals(label, printer.nextJob(JOB), cups::log);
    }

    @Test
    void unknownQueueNamesTheQueuesThereAre() throws Exception {
        Child done = child("send", "no-such-queue", "raw", file("x.zpl", new byte[] {'^', 'X', 'A'}));
        assertEquals(SpoolerChild.PROBLEM, done.exit, done.output);
        assertTrue(done.output.contains("devices.spooler.unknownQueue"), done.output);
        assertTrue(done.output.contains("packbench-raw"), done.output);
    }

    @Test
    void queueThatRejectsJobsIsReportedPaused() throws Exception {
        cups.run("cupsreject", "-h", cups.server(), "packbench-raw");
        try {
            Child rejecting = child("status", "packbench-raw");
            assertTrue(rejecting.output.contains("STATUS Optional[PrinterStatus[problems=[paused]"), rejecting.output);
        } finally {
            cups.run("cupsaccept", "-h", cups.server(), "packbench-raw");
        }
        Child accepting = child("status", "packbench-raw");
        assertTrue(accepting.output.contains("STATUS Optional.empty"), accepting.output);
    }

    @Test
    void landscapePdfLabelPrintsAtItsSizeUnturned() throws Exception {
        printsAtItsSize("packbench-zebra-2x1", "w144h72", 144, 72);
    }

    @Test
    void portraitPdfLabelPrintsAtItsSizeUnturned() throws Exception {
        printsAtItsSize("packbench-zebra-2x4", "w144h288", 144, 288);
    }

    /**
     * A label with a box near its top-left corner and a small one near the bottom-right, through
     * CUPS's Zebra ZPL driver set for that label stock. Where the boxes land in the ZPL graphic
     * shows the size, the scale (none), the turn (none) and that nothing was cropped.
     */
    private void printsAtItsSize(String queue, String stock, float width, float height) throws Exception {
        DeviceTools.require("printing a PDF through a CUPS driver", "gs");
        cups.lpadmin(
                "-p", queue, "-E", "-v", printer.uri(), "-m", "drv:///sample.drv/zebra.ppd", "-o", "PageSize=" + stock);
        float[] corner = {18, 18, 36, 18};
        float[] far = {width - 24, height - 18, 16, 12};
        Child done = child("send", queue, "pdf", file(queue + ".pdf", pdf(width, height, corner, far)));
        assertEquals(0, done.exit, done.output);

        ZplGraphic g = ZplGraphic.first(printer.nextJob(JOB));
        assertEquals(dots(width), g.widthDots(), 8, "width in dots" + g.sketch());
        assertEquals(dots(height), g.heightDots(), 3, "height in dots" + g.sketch());
        for (float[] box : List.of(corner, far)) {
            float x = box[0];
            float top = box[1];
            float midX = x + box[2] / 2;
            float midY = top + box[3] / 2;
            assertTrue(
                    ink(g, midX, midY) && ink(g, x + 3, top + 3) && ink(g, x + box[2] - 3, top + box[3] - 3),
                    "box at " + x + "," + top + " pt is printed where the PDF has it" + g.sketch());
            assertFalse(
                    ink(g, x - 5, midY)
                            || ink(g, x + box[2] + 5, midY)
                            || ink(g, midX, top - 5)
                            || ink(g, midX, top + box[3] + 5),
                    "box at " + x + "," + top + " pt is not larger" + g.sketch());
        }
    }

    private static int dots(float points) {
        return Math.round(points * ZEBRA_DPI / 72);
    }

    private static boolean ink(ZplGraphic g, float xPoints, float yPoints) {
        return g.black(dots(xPoints), dots(yPoints));
    }

    @Test
    void pdfOfAnotherSizeIsRefusedBeforeItWastesLabels() throws Exception {
        cups.lpadmin(
                "-p",
                "packbench-zebra-small",
                "-E",
                "-v",
                printer.uri(),
                "-m",
                "drv:///sample.drv/zebra.ppd",
                "-o",
                "PageSize=w144h72");
        Child done = child(
                "send", "packbench-zebra-small", "pdf", file("big.pdf", pdf(288, 432, new float[] {10, 10, 50, 50})));
        assertEquals(SpoolerChild.PROBLEM, done.exit, done.output);
        assertTrue(done.output.contains("devices.spooler.wrongStock"), done.output);
        assertTrue(done.output.contains("4.00x6.00"), "names the queue's matching size: " + done.output);
    }

    /** A one-page PDF of the given size in points with filled boxes {x, top, width, height}, measured from the top-left. */
    private static byte[] pdf(float width, float height, float[]... boxes) throws IOException {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                for (float[] box : boxes) {
                    content.addRect(box[0], height - box[1] - box[3], box[2], box[3]);
                }
                content.fill();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static String file(String name, byte[] content) throws IOException {
        Path path = dir.resolve(name);
        Files.write(path, content);
        return path.toString();
    }

    private record Child(int exit, String output) {}

    private static Child child(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8",
                "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                SpoolerChild.class.getName()));
        command.addAll(List.of(args));
        Path output = Files.createTempFile(dir, "child", ".out");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("CUPS_SERVER", cups.server());
        // The user's own lpoptions and client.conf must not reach the test's jobs.
        builder.environment().put("HOME", dir.toString());
        builder.environment().remove("PRINTER");
        builder.environment().remove("LPDEST");
        Process process = builder.start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the child JVM hung: " + Files.readString(output));
        }
        return new Child(process.exitValue(), Files.readString(output));
    }
}
