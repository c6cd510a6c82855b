package org.packbench.print.devices;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.i18n.ProblemException;
import org.packbench.print.SerialTransport;

/** SerialTransport against a socat pty pair standing for a serial printer and its cable. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SerialTransportDeviceTest {
    private static final Duration READ = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private SocatPair pair;
    private SerialTransport transport;

    @AfterEach
    void tearDown() throws Exception {
        if (transport != null) {
            transport.close();
        }
        if (pair != null) {
            pair.close();
        }
    }

    @Test
    void labelArrivesByteForByte() throws Exception {
        pair = SocatPair.start(dir);
        // The link path, as a bench is configured with /dev/serial/by-id/…: the transport resolves it.
        transport = new SerialTransport(pair.a().toString(), 9600);
        byte[] label = label("Молоко 3,2% 930 мл", 0);
        try (SocatPair.Peer printer = SocatPair.peer(pair.b())) {
            var got = printer.read(label.length, READ);
            transport.send(label);
            assertArrayEquals(label, got.get());
        }
    }

    @Test
    void largeGraphicLabelArrivesWhole() throws Exception {
        pair = SocatPair.start(dir);
        transport = new SerialTransport(pair.a().toString(), 115200);
        // Larger than every kernel buffer on the way, so the transport must keep writing as the far end drains.
        byte[] label = label("GRAPHIC", 300_000);
        try (SocatPair.Peer printer = SocatPair.peer(pair.b())) {
            var got = printer.read(label.length, READ);
            transport.send(label);
            assertArrayEquals(label, got.get());
        }
    }

    @Test
    void reopensAfterTheAdapterWasUnpluggedAndPluggedBack() throws Exception {
        pair = SocatPair.start(dir);
        transport = new SerialTransport(pair.a().toString(), 9600);
        byte[] first = label("first", 0);
        try (SocatPair.Peer printer = SocatPair.peer(pair.b())) {
            var got = printer.read(first.length, READ);
            transport.send(first);
            assertArrayEquals(first, got.get());
        }

        pair.replug();

        byte[] second = label("second", 0);
        try (SocatPair.Peer printer = SocatPair.peer(pair.b())) {
            var got = printer.read(second.length, READ);
            transport.send(second);
            assertArrayEquals(second, got.get());
        }
    }

    @Test
    void stalledPrinterFailsAfterTheWriteTimeout() throws Exception {
        pair = SocatPair.start(dir);
        transport = new SerialTransport(pair.a().toString(), 115200, Duration.ofSeconds(1));
        pair.pause();
        long start = System.nanoTime();
        IOException e = assertThrows(IOException.class, () -> transport.send(new byte[4 << 20]));
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertTrue(e.getMessage().contains("took no data for 1 s"), e.getMessage());
        assertTrue(
                e instanceof org.packbench.print.UnconfirmedSendException,
                "part of the job was on the line: it may have printed, so it is unknown, never resent whole");
        assertTrue(e.getCause() instanceof ProblemException, "the cause carries the message for the GUI");
        assertTrue(seconds < 10, "gave up after " + seconds + " s");
        pair.resume();

        // The printer is back: the next job opens the port afresh.
        byte[] label = label("after the stall", 0);
        try (SocatPair.Peer printer = SocatPair.peer(pair.b())) {
            printer.read(1 << 24, Duration.ofSeconds(1)).get(); // what socat still held from the failed job
            var got = printer.read(label.length, READ);
            transport.send(label);
            assertArrayEquals(label, got.get());
        }
    }

    @Test
    void missingPortFailsWithItsName() {
        transport = new SerialTransport(dir.resolve("ttyUSB7").toString(), 9600);
        IOException e = assertThrows(IOException.class, () -> transport.send(label("x", 0)));
        assertTrue(e.getMessage().contains("ttyUSB7"), e.getMessage());
    }

    @Test
    void refusesNonsenseSettings() {
        ProblemException e = assertThrows(ProblemException.class, () -> new SerialTransport("/dev/ttyUSB0", 7));
        assertEquals("devices.serial.badBaud", e.problem().key());
        assertThrows(ProblemException.class, () -> new SerialTransport(" ", 9600));
    }

    /** ZPL with UTF-8 Cyrillic text, every byte value once (a ~DG graphic can hold any), and optional bulk. */
    static byte[] label(String text, int graphicBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("^XA^CI28^FO20,20^A0N,30,30^FD" + text + "^FS").getBytes(StandardCharsets.UTF_8));
        out.writeBytes("~DGR:G.GRF,256,1,".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 256; i++) {
            out.write(i);
        }
        for (int i = 0; i < graphicBytes; i++) {
            out.write((i * 31 + i / 7) & 0xFF);
        }
        out.writeBytes("^XZ\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
