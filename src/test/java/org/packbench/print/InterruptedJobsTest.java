package org.packbench.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job left in sending by a process that died: settled by the printer's label counter, never sent
 * again blindly nor dropped; left alone while its sender lives.
 */
class InterruptedJobsTest {
    /** No process has this id, so its jobs are a crashed sender's. */
    private static final String DEAD = "2147483000@1";

    @TempDir
    Path dir;

    private QueueBench q;
    private TestPrinter printer;

    @BeforeEach
    void bench() throws Exception {
        q = new QueueBench(dir);
        printer = TestPrinter.zpl();
        q.addPrinter("zebra", PrinterLanguage.ZPL, printer.uri());
    }

    @AfterEach
    void stop() throws Exception {
        printer.close();
    }

    private static byte[] label(int n) {
        return ("^XA^FO20,20^A0N,30,30^FDJOB " + n + "^FS^XZ\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** A job a crashed process marked sending with the counter it read; {@code delivered} says whether its bytes got out. */
    private long crashedWhileSending(int n, long counter, boolean delivered) throws Exception {
        long id = q.bench
                .printQueue()
                .enqueue("zebra", OptionalLong.empty(), 1, label(n))
                .id();
        assertTrue(q.jobs.claim(id, DEAD, counter).isPresent());
        if (delivered) {
            try (TcpTransport t = new TcpTransport("127.0.0.1", printer.port(), PrinterLanguage.ZPL)) {
                t.send(label(n));
                t.status();
            }
        }
        return id;
    }

    @Test
    void aJobThePrinterCountedIsSentAndNotPrintedTwice() throws Exception {
        long id = crashedWhileSending(1, printer.counter(), true);
        List<DeliverNow.Delivery> done = q.deliverNow().all();
        assertEquals(JobStatus.SENT, q.job(id).status());
        assertTrue(q.job(id).lastError().contains("1000 to 1001"), q.job(id).lastError());
        assertEquals(1, done.size());
        assertEquals(1, printer.labels().size());
    }

    @Test
    void aJobThePrinterDidNotCountIsQueuedAgainAndPrintedOnce() throws Exception {
        long id = crashedWhileSending(2, printer.counter(), false);
        q.deliverNow().all();
        assertEquals(JobStatus.SENT, q.job(id).status());
        assertEquals(1, printer.labels().size());
        assertEquals(2, q.job(id).attempts());
    }

    @Test
    void withoutACounterTheJobIsUnknownAndSentOnlyWhenThePackerSaysSo() throws Exception {
        long id = crashedWhileSending(3, -1, false);
        List<DeliverNow.Delivery> settling = q.deliverNow().all();
        assertEquals(JobStatus.UNKNOWN, q.job(id).status());
        assertEquals(
                List.of(JobStatus.UNKNOWN),
                settling.stream().map(DeliverNow.Delivery::status).toList());
        assertEquals(0, printer.labels().size(), "found in doubt, not resent by the call that found it");
        // The packer looked at the printer and asks for it: queue retry JOB.
        q.deliverNow().jobs(List.of(id));
        assertEquals(JobStatus.SENT, q.job(id).status());
        assertEquals(1, printer.labels().size());
    }

    @Test
    void aPartlyMovedCounterCannotTellEither() throws Exception {
        long id = q.bench
                .printQueue()
                .enqueue("zebra", OptionalLong.empty(), 3, label(4))
                .id();
        assertTrue(q.jobs.claim(id, DEAD, printer.counter() - 1).isPresent());
        q.deliverNow().all();
        assertEquals(JobStatus.UNKNOWN, q.job(id).status());
        assertTrue(q.job(id).lastError().contains("999 to 1000"), q.job(id).lastError());
    }

    @Test
    void aPausedPrinterCannotTellYetSoNothingMoreGoesToItUntilItCan() throws Exception {
        long stuck = crashedWhileSending(5, printer.counter(), false);
        long next = q.bench
                .printQueue()
                .enqueue("zebra", OptionalLong.empty(), 1, label(6))
                .id();
        printer.paused = true;
        List<DeliverNow.Delivery> done = q.deliverNow().all();
        assertEquals(JobStatus.SENDING, q.job(stuck).status());
        assertEquals(JobStatus.SENDING, done.get(0).status());
        assertTrue(done.get(0).detail().contains("paused"), done.get(0).detail());
        assertEquals(0, printer.labels().size());
        printer.paused = false;
        q.deliverNow().all();
        assertEquals(JobStatus.SENT, q.job(stuck).status());
        assertEquals(JobStatus.SENT, q.job(next).status());
        assertEquals(2, printer.labels().size());
    }

    @Test
    @SuppressWarnings("try") // the worker is only opened and closed: it runs while the block waits
    void theBackgroundWorkerSettlesThemToo() throws Exception {
        long printed = crashedWhileSending(7, printer.counter(), true);
        long later = q.bench
                .printQueue()
                .enqueue("zebra", OptionalLong.empty(), 1, label(8))
                .id();
        try (QueueWorker worker = q.fastWorker()) {
            QueueBench.await("both done", () -> q.job(later).status() == JobStatus.SENT);
        }
        assertEquals(JobStatus.SENT, q.job(printed).status());
        assertEquals(2, printer.labels().size());
    }

    @Test
    void aJobOfASenderStillRunningIsLeftAlone() throws Exception {
        long id = q.bench
                .printQueue()
                .enqueue("zebra", OptionalLong.empty(), 1, label(9))
                .id();
        assertTrue(q.jobs.claim(id, QueueBench.anotherLiveSender(), printer.counter())
                .isPresent());
        assertEquals(List.of(), new InterruptedJobs(q.jobs).of("zebra"));
        long next = q.bench
                .printQueue()
                .enqueue("zebra", OptionalLong.empty(), 1, label(10))
                .id();
        DeliverNow impatient =
                new DeliverNow(q.jobs, q.bench.printers(), new Transports(), java.time.Duration.ofMillis(300));
        List<DeliverNow.Delivery> done = impatient.jobs(List.of(next));
        assertEquals(JobStatus.FAILED, done.get(0).status());
        assertTrue(
                done.get(0).detail().contains("another PackBench"), done.get(0).detail());
        assertEquals(JobStatus.SENDING, q.job(id).status());
        assertEquals(0, printer.labels().size(), "two senders never interleave labels on one printer");
    }
}
