package org.packbench.scan.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.print.devices.SocatPair;
import org.packbench.scan.SerialScanner;

/** SerialScanner against a socat pty pair; the test plays the scanner on the far end. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SerialScannerDeviceTest {
    private static final Charset CP1251 = Charset.forName("windows-1251");

    @TempDir
    Path dir;

    private SocatPair pair;
    private SerialScanner scanner;
    private final BlockingQueue<String> scans = new LinkedBlockingQueue<>();

    @AfterEach
    void tearDown() throws Exception {
        if (scanner != null) {
            scanner.close();
        }
        if (pair != null) {
            pair.close();
        }
    }

    @Test
    void deliversEachScanAsALine() throws Exception {
        pair = SocatPair.start(dir);
        scanner = started(new SerialScanner(pair.a().toString(), 9600, scans::add));
        String gs1 = "]C1010460700297727721ABC\u001D93XYZ";
        try (SocatPair.Peer device = SocatPair.peer(pair.b())) {
            device.write("4607002977277\r".getBytes(StandardCharsets.US_ASCII));
            device.write((gs1 + "\r").getBytes(StandardCharsets.UTF_8));
            // One scan split across two reads, two scans in one: the line is what counts.
            device.write("46070".getBytes(StandardCharsets.US_ASCII));
            Thread.sleep(300);
            device.write("02977277\rМолоко 3,2%\r".getBytes(StandardCharsets.UTF_8));
            assertEquals("4607002977277", next());
            assertEquals(gs1, next());
            assertEquals("4607002977277", next());
            assertEquals("Молоко 3,2%", next());
        }
    }

    @Test
    void configuredTerminatorAndWindows1251() throws Exception {
        pair = SocatPair.start(dir);
        scanner = started(
                new SerialScanner(pair.a().toString(), 9600, SerialScanner.terminator("CRLF"), CP1251, scans::add));
        try (SocatPair.Peer device = SocatPair.peer(pair.b())) {
            device.write("Сметана 20%\r\nOZN123\r\n".getBytes(CP1251));
            assertEquals("Сметана 20%", next());
            assertEquals("OZN123", next());
        }
    }

    @Test
    void crlfScannerOnACrBenchGivesCleanScans() throws Exception {
        pair = SocatPair.start(dir);
        scanner = started(new SerialScanner(pair.a().toString(), 9600, scans::add));
        try (SocatPair.Peer device = SocatPair.peer(pair.b())) {
            device.write("4607002977277\r\n4680000000011\r\n".getBytes(StandardCharsets.US_ASCII));
            assertEquals("4607002977277", next());
            assertEquals("4680000000011", next());
        }
    }

    @Test
    void terminatorSettings() {
        assertEquals("\r", SerialScanner.terminator("cr"));
        assertEquals("\n", SerialScanner.terminator("LF"));
        assertEquals("\r\n", SerialScanner.terminator("CRLF"));
        assertEquals("#\r", SerialScanner.terminator("#\\r"));
    }

    @Test
    void reconnectsAfterUnplugWithoutSpinning() throws Exception {
        pair = SocatPair.start(dir);
        scanner = started(new SerialScanner(pair.a().toString(), 9600, scans::add));
        try (SocatPair.Peer device = SocatPair.peer(pair.b())) {
            device.write("4607002977277\r".getBytes(StandardCharsets.US_ASCII));
            assertEquals("4607002977277", next());
        }

        pair.unplug();
        waitFor(() -> !scanner.connected(), "the scanner to notice the unplug");
        Thread reader = thread("serial-scanner " + pair.a());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuBefore = threads.getThreadCpuTime(reader.getId());
        Thread.sleep(2000);
        long cpuMillis = TimeUnit.NANOSECONDS.toMillis(threads.getThreadCpuTime(reader.getId()) - cpuBefore);
        assertTrue(cpuMillis < 300, "the scanner thread used " + cpuMillis + " ms of CPU in 2 s while unplugged");

        pair.plug();
        waitFor(scanner::connected, "the scanner to reconnect");
        try (SocatPair.Peer device = SocatPair.peer(pair.b())) {
            device.write("4680000000011\r".getBytes(StandardCharsets.US_ASCII));
            assertEquals("4680000000011", next());
        }
    }

    @Test
    void startsBeforeTheScannerIsPluggedIn() throws Exception {
        Path link = dir.resolve("a");
        scanner = started(new SerialScanner(link.toString(), 9600, scans::add));
        Thread.sleep(700);
        assertFalse(scanner.connected());
        pair = SocatPair.start(dir);
        waitFor(scanner::connected, "the scanner to connect once plugged in");
        try (SocatPair.Peer device = SocatPair.peer(pair.b())) {
            device.write("4607002977277\r".getBytes(StandardCharsets.US_ASCII));
            assertEquals("4607002977277", next());
        }
    }

    @Test
    void closeStopsTheThread() throws Exception {
        pair = SocatPair.start(dir);
        scanner = started(new SerialScanner(pair.a().toString(), 9600, scans::add));
        waitFor(scanner::connected, "the scanner to connect");
        String name = "serial-scanner " + pair.a();
        scanner.close();
        assertNull(threadOrNull(name), "the reader thread ended");
        assertFalse(scanner.connected());
    }

    private SerialScanner started(SerialScanner s) {
        s.start();
        return s;
    }

    private String next() throws InterruptedException {
        String scan = scans.poll(10, TimeUnit.SECONDS);
        if (scan == null) {
            throw new AssertionError("no scan arrived within 10 s");
        }
        return scan;
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private static Thread thread(String name) {
        Thread t = threadOrNull(name);
        if (t == null) {
            throw new AssertionError("no thread " + name);
        }
        return t;
    }

    private static Thread threadOrNull(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(name) && t.isAlive())
                .findFirst()
                .orElse(null);
    }
}
