package org.packbench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.packbench.app.Workbench;
import org.packbench.print.DeliverNow;
import org.packbench.print.JobStatus;
import org.packbench.print.PrintQueue;
import org.packbench.print.PrinterBytes;
import org.packbench.print.PrinterLanguage;
import org.packbench.print.PrinterProfile;
import org.packbench.print.TransportUri;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code packbench bench print-jobs}: print jobs per second through the durable queue to a port-9100
 * printer that this command starts on 127.0.0.1 (and stops). Each job is committed with its bytes,
 * marked sending with the printer's counter (committed), sent after a ~HS status check, marked sent
 * (committed), on a fresh database with synchronous=FULL, so every figure includes three fsyncs a job.
 */
@Command(
        name = "print-jobs",
        description = "Print jobs per second through the durable queue to a local port-9100 printer.")
final class PrintBench extends CommandBase implements Callable<Integer> {
    @Option(names = "--jobs", defaultValue = "1000")
    int jobs;

    @Override
    public Integer call() throws Exception {
        Path dir = BenchFolder.create();
        try (Sink printer = new Sink()) {
            Workbench bench = Workbench.open(dir.resolve("print.db"), root().clock());
            PrinterProfile profile = new PrinterProfile(
                    "bench",
                    PrinterLanguage.ZPL,
                    203,
                    Optional.empty(),
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    OptionalInt.empty(),
                    OptionalInt.empty(),
                    TransportUri.parse("tcp://127.0.0.1:" + printer.port()));
            bench.printers().add(profile);
            byte[] label = PrinterBytes.of(BenchLabels.vk("vk-product-58x40", 203), profile, 1);
            PrintQueue queue = bench.printQueue();
            DeliverNow deliver = bench.deliverNow();
            out().printf(
                            "print jobs to a local port-9100 printer, %d jobs of %d bytes (vk-product-58x40 ZPL)%n",
                            jobs, label.length);

            // A batch: all queued first, then delivered over one connection (queue retry --all, the worker).
            long t0 = System.nanoTime();
            for (int i = 0; i < jobs; i++) {
                queue.enqueue("bench", OptionalLong.empty(), 1, label);
            }
            long t1 = System.nanoTime();
            List<DeliverNow.Delivery> done = deliver.all();
            long t2 = System.nanoTime();
            check(done, printer, jobs);
            figure("enqueue", jobs, t1 - t0);
            figure("deliver", jobs, t2 - t1);
            figure("batch, end to end", jobs, t2 - t0);

            // One label at a time, queued then delivered at once (print --wait): a connection per job.
            int single = Math.max(1, jobs / 4);
            List<DeliverNow.Delivery> each = new ArrayList<>();
            long t3 = System.nanoTime();
            for (int i = 0; i < single; i++) {
                each.addAll(deliver.jobs(List.of(
                        queue.enqueue("bench", OptionalLong.empty(), 1, label).id())));
            }
            long t4 = System.nanoTime();
            check(each, printer, jobs + single);
            figure("one by one (--wait)", single, t4 - t3);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    private void figure(String what, int n, long nanos) {
        double s = nanos / 1e9;
        out().printf("  %-20s %8.0f jobs/s  %7.2f ms each%n", what, n / s, s * 1000 / n);
    }

    private void check(List<DeliverNow.Delivery> done, Sink printer, long expected) {
        if (done.stream().anyMatch(d -> d.status() != JobStatus.SENT) || printer.labels.get() != expected) {
            throw new IllegalStateException(
                    "the bench printer got " + printer.labels.get() + " labels, expected " + expected);
        }
    }

    /**
     * A printer on 127.0.0.1 that reads everything, counts formats (^XZ), and answers ~HS (ready)
     * and the Link-OS label counter, as a Zebra on its raw port does.
     */
    static final class Sink implements AutoCloseable {
        final AtomicLong labels = new AtomicLong();
        /** When the printer counted each recent format, by its count (a ring: a bench waits for the last few). */
        private final long[] countedAt = new long[1024];

        private final Object counted = new Object();
        private final ServerSocket server;
        private final List<Socket> open = new ArrayList<>();

        Sink() throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread t = new Thread(this::accept, "bench-printer");
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return server.getLocalPort();
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    synchronized (open) {
                        open.add(s);
                    }
                    Thread t = new Thread(() -> serve(s), "bench-printer-connection");
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void serve(Socket s) {
            try (s;
                    InputStream in = s.getInputStream();
                    OutputStream out = s.getOutputStream()) {
                byte[] buf = new byte[64 * 1024];
                int a = 0;
                int b = 0;
                boolean sgd = false;
                int n;
                while ((n = in.read(buf)) >= 0) {
                    for (int i = 0; i < n; i++) {
                        int c = buf[i];
                        if (sgd && c == '\n') {
                            sgd = false;
                            out.write(("\"" + labels.get() + "\"\r\n").getBytes(StandardCharsets.US_ASCII));
                            out.flush();
                        } else if (a == '~' && b == 'H' && c == 'S') {
                            out.write(
                                    ("\u0002030,0,0,0320,000,0,0,0,000,0,0,0\u0003\r\n\u0002001,0,0,0,0,2,6,0,00000000,1,000"
                                                    + "\u0003\r\n\u00021234,0\u0003\r\n")
                                            .getBytes(StandardCharsets.US_ASCII));
                            out.flush();
                        } else if (a == '^' && b == 'X' && c == 'Z') {
                            long now = System.nanoTime();
                            synchronized (counted) {
                                countedAt[(int) (labels.incrementAndGet() % countedAt.length)] = now;
                                counted.notifyAll();
                            }
                        } else if (a == '!' && b == ' ' && c == 'U') {
                            sgd = true;
                        }
                        a = b;
                        b = c;
                    }
                }
            } catch (IOException e) {
                // The bench is over, or the queue closed its connection.
            }
        }

        /**
         * Waits, without taking a processor from the bench under test, until the printer has
         * counted {@code formats} formats in all, and answers when it counted the last of them
         * ({@link System#nanoTime}): the moment the label was whole at the printer, taken on the
         * printer's own reading thread, not when the waiting thread next ran.
         *
         * @throws IllegalStateException when the count is not reached within {@code patienceNanos}
         */
        long awaitFormats(long formats, long patienceNanos) throws InterruptedException {
            long deadline = System.nanoTime() + patienceNanos;
            synchronized (counted) {
                while (labels.get() < formats) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new IllegalStateException(
                                "the bench printer has " + labels.get() + " formats, expected " + formats);
                    }
                    java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(counted, left);
                }
                return countedAt[(int) (formats % countedAt.length)];
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
            synchronized (open) {
                for (Socket s : open) {
                    s.close();
                }
            }
        }
    }
}
