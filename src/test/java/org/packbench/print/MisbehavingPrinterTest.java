package org.packbench.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 item 7: a send that did not complete is never taken for sent. A printer that resets
 * half-way through a job leaves it unconfirmed (its fate unknown); one that accepts and never
 * reads makes the send give up instead of hanging.
 */
class MisbehavingPrinterTest {
    private static byte[] job(int bytes) {
        StringBuilder z = new StringBuilder("^XA^FO20,20^GFA,");
        while (z.length() < bytes - 4) {
            z.append("FF");
        }
        return z.append("^XZ").toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aPrinterThatResetsAfter3000Of5642BytesLeavesTheSendUnconfirmed() throws Exception {
        try (TestPrinter printer = TestPrinter.zpl();
                TcpTransport tcp = new TcpTransport("127.0.0.1", printer.port(), PrinterLanguage.ZPL)) {
            assertTrue(tcp.status().isPresent(), "a printer that answers ~HS");
            printer.resetAfterBytes = 3000;
            UnconfirmedSendException e = assertThrows(UnconfirmedSendException.class, () -> tcp.send(job(5642)));
            assertTrue(e.getMessage().contains("whether it printed is unknown"), e.getMessage());
            assertEquals(0, printer.labels().size(), "half a job prints nothing");
        }
    }

    @Test
    void aPrinterThatNeverReadsEndsTheSendInsteadOfHangingIt() throws Exception {
        try (TestPrinter printer = TestPrinter.zpl();
                TcpTransport tcp = new TcpTransport(
                        "127.0.0.1",
                        printer.port(),
                        PrinterLanguage.ZPL,
                        Duration.ofSeconds(3),
                        Duration.ofMillis(500),
                        Duration.ofSeconds(1))) {
            printer.neverReads = true;
            IOException e = assertThrows(IOException.class, () -> tcp.send(job(16 * 1024 * 1024)));
            assertTrue(
                    e.getMessage().contains("does not read") || e instanceof UnconfirmedSendException, e.getMessage());
            printer.neverReads = false;
        }
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @Test
    void printWaitToAPrinterThatResetsMidJobExitsOneWithTheJobUnknownNotSent() throws Exception {
        String db = dir.resolve("m.db").toString();
        try (TestPrinter printer = TestPrinter.zpl()) {
            assertEquals(
                    0,
                    org.packbench.cli.CliRun.of(
                                    "catalog",
                                    "import",
                                    org.packbench.TestFiles.sampleFile(dir, "catalog.csv")
                                            .toString(),
                                    "--db",
                                    db)
                            .exit());
            assertEquals(
                    0,
                    org.packbench.cli.CliRun.of("dac", "add", "DAC7Q2M9XK4P", "--issued", "2026-10-01", "--db", db)
                            .exit());
            assertEquals(
                    0,
                    org.packbench.cli.CliRun.of(
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
            printer.resetAfterBytes = 2000;
            org.packbench.cli.CliRun run = org.packbench.cli.CliRun.of(
                    "print",
                    "--printer",
                    "zebra",
                    "--sku",
                    "PB-7-001",
                    "--template",
                    "vk-product-58x40",
                    "--order",
                    "VK-1",
                    "--tracking",
                    "RU100000001VK",
                    "--wait",
                    "--json",
                    "--db",
                    db);
            assertEquals(1, run.exit(), run.err());
            assertEquals(
                    "unknown",
                    new com.fasterxml.jackson.databind.ObjectMapper()
                            .readTree(run.out())
                            .path("status")
                            .asText(),
                    "never 'sent' for a job the printer did not take whole: " + run.err() + run.out());
        }
    }

    @Test
    void aHealthyPrinterConfirmsAndTheJobPrintsOnce() throws Exception {
        try (TestPrinter printer = TestPrinter.zpl();
                TcpTransport tcp = new TcpTransport("127.0.0.1", printer.port(), PrinterLanguage.ZPL)) {
            assertTrue(tcp.status().isPresent());
            tcp.send(job(5642));
            assertEquals(1, printer.labels().size());
        }
    }
}
