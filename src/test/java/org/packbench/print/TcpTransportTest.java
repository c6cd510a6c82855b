package org.packbench.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The raw-port transport against the test printer: bytes, ~HS flags, the counter, TSPL status, offline. */
class TcpTransportTest {
    private static final Duration SHORT = Duration.ofMillis(300);

    private static TcpTransport transport(TestPrinter p, PrinterLanguage language) {
        return new TcpTransport("127.0.0.1", p.port(), language, Duration.ofSeconds(2), SHORT);
    }

    @Test
    void zplStatusFlagsAndTheLabelCounter() throws Exception {
        try (TestPrinter printer = TestPrinter.zpl();
                TcpTransport t = transport(printer, PrinterLanguage.ZPL)) {
            PrinterStatus ready = t.status().orElseThrow();
            assertTrue(ready.ready());
            assertEquals(1000, ready.labelsPrinted());
            t.send("^XA^FO10,10^FDONE^FS^PQ2^XZ\n".getBytes(StandardCharsets.US_ASCII));
            assertEquals(1002, t.status().orElseThrow().labelsPrinted());
            printer.paperOut = true;
            printer.headOpen = true;
            printer.paused = true;
            assertEquals(
                    List.of(PrinterProblems.PAPER_OUT, PrinterProblems.HEAD_OPEN, PrinterProblems.PAUSED),
                    t.status().orElseThrow().problems());
            printer.paperOut = false;
            printer.headOpen = false;
            printer.paused = false;
            printer.formatsWaiting = 1;
            assertEquals(List.of(PrinterProblems.BUSY), t.status().orElseThrow().problems());
            assertEquals(1, printer.connectionCount(), "status and jobs share one connection");
        }
    }

    @Test
    void firmwareWithoutTheCounterStillGivesItsFlags() throws Exception {
        try (TestPrinter printer = TestPrinter.zpl();
                TcpTransport t = transport(printer, PrinterLanguage.ZPL)) {
            printer.answersCounter = false;
            printer.paperOut = true;
            PrinterStatus s = t.status().orElseThrow();
            assertEquals(List.of(PrinterProblems.PAPER_OUT), s.problems());
            assertEquals(-1, s.labelsPrinted());
            // The unanswered counter query is not asked again, nor read as the next ~HS answer.
            printer.paperOut = false;
            assertTrue(t.status().orElseThrow().ready());
        }
    }

    @Test
    @SuppressWarnings("try") // closing the connection inside the block is the point: the next status opens a new one
    void aDeviceThatNeverAnswersGivesNoStatusAndIsNotAskedAgainOnThatConnection() throws Exception {
        try (TestPrinter printer = TestPrinter.zpl();
                TcpTransport t = transport(printer, PrinterLanguage.ZPL)) {
            printer.answersStatus = false;
            assertTrue(t.status().isEmpty());
            assertTrue(t.status().isEmpty());
            assertEquals(1, printer.statusQueries());
            t.send("^XA^FDSTILL^FS^XZ".getBytes(StandardCharsets.US_ASCII));
            t.close();
            printer.answersStatus = true;
            assertEquals(1001, t.status().orElseThrow().labelsPrinted(), "a new connection asks again");
        }
    }

    @Test
    void tsplStatusByte() throws Exception {
        try (TestPrinter printer = new TestPrinter(TestPrinter.Language.TSPL, 0);
                TcpTransport t = transport(printer, PrinterLanguage.TSPL)) {
            assertTrue(t.status().orElseThrow().ready());
            printer.paperOut = true;
            assertEquals(
                    List.of(PrinterProblems.PAPER_OUT), t.status().orElseThrow().problems());
            byte[] job = "SIZE 58 mm,40 mm\r\nCLS\r\nPRINT 1,3\r\n".getBytes(StandardCharsets.US_ASCII);
            t.send(job);
            t.status();
            assertEquals(3, printer.counter());
            assertArrayEquals(job, printer.data());
        }
    }

    @Test
    void pdfPrintersAreNotAsked() throws Exception {
        try (TestPrinter printer = TestPrinter.zpl();
                TcpTransport t = transport(printer, PrinterLanguage.PDF)) {
            assertTrue(t.status().isEmpty());
            assertEquals(0, printer.statusQueries());
        }
    }

    @Test
    void anOfflinePrinterIsAnIoErrorAndReachableAgainWhenBack() throws Exception {
        try (TestPrinter printer = TestPrinter.zpl();
                TcpTransport t = transport(printer, PrinterLanguage.ZPL)) {
            assertTrue(t.status().isPresent());
            printer.offline();
            assertThrows(IOException.class, t::status);
            assertThrows(IOException.class, () -> t.send("^XA^XZ".getBytes(StandardCharsets.US_ASCII)));
            printer.online();
            assertTrue(t.status().orElseThrow().ready());
            t.send("^XA^FDBACK^FS^XZ".getBytes(StandardCharsets.US_ASCII));
            assertEquals(1001, t.status().orElseThrow().labelsPrinted());
        }
    }

    @Test
    void backoffDoublesUpToItsCap() {
        Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
        assertEquals(Duration.ofSeconds(1), b.after(1));
        assertEquals(Duration.ofSeconds(2), b.after(2));
        assertEquals(Duration.ofSeconds(16), b.after(5));
        assertEquals(Duration.ofSeconds(30), b.after(6));
        assertEquals(Duration.ofSeconds(30), b.after(100));
    }
}
