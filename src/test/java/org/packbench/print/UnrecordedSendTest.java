package org.packbench.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bytes of a job reached the printer, and then "sent" could not be written: the warehouse's
 * server went away at that moment, and the sender's three tries failed. The job stays in sending
 * under this very process's name. It must not hold its printer until the bench is restarted: once
 * its sender has let go of it, it is settled by the printer's counter like a crashed process's job
 * (printed, so never sent again), and the labels after it print.
 */
class UnrecordedSendTest {
    @TempDir
    Path dir;

    private QueueBench q;
    private TestPrinter printer;
    /** How many of the next "sent" records the database refuses. */
    private final AtomicInteger refusals = new AtomicInteger();

    private PrintJobs jobs;

    @BeforeEach
    void bench() throws Exception {
        q = new QueueBench(dir);
        printer = TestPrinter.zpl();
        q.addPrinter("zebra", PrinterLanguage.ZPL, printer.uri());
        jobs = (PrintJobs) Proxy.newProxyInstance(
                PrintJobs.class.getClassLoader(), new Class<?>[] {PrintJobs.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sent") && refusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                        throw new IllegalStateException("the database server at 127.0.0.1 does not answer");
                    }
                    try {
                        return method.invoke(q.jobs, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @AfterEach
    void stop() throws Exception {
        printer.close();
    }

    private long queued(int n) {
        byte[] label = ("^XA^FO20,20^A0N,30,30^FDJOB " + n + "^FS^XZ\n").getBytes(StandardCharsets.US_ASCII);
        return q.bench
                .printQueue()
                .enqueue("zebra", OptionalLong.empty(), 1, label)
                .id();
    }

    private DeliverNow deliverNow() {
        return new DeliverNow(jobs, q.bench.printers(), new Transports(), Duration.ofSeconds(20));
    }

    @Test
    void theNextRetryHereSettlesItAsPrintedAndSendsTheNextLabel() {
        long first = queued(1);
        long second = queued(2);
        refusals.set(3);
        assertThrows(IllegalStateException.class, () -> deliverNow().jobs(List.of(first)));
        assertEquals(JobStatus.SENDING, q.job(first).status(), "the printed job could not be recorded");
        assertEquals(1, printer.labels().size());
        assertEquals(
                List.of(),
                new InterruptedJobs(q.jobs).of("zebra"),
                "not judged by a counter that may not have counted the label yet");

        List<DeliverNow.Delivery> done = deliverNow().jobs(List.of(second));

        assertEquals(JobStatus.SENT, q.job(first).status());
        assertTrue(
                q.job(first).lastError().contains("1000 to 1001"), q.job(first).lastError());
        assertEquals(JobStatus.SENT, q.job(second).status(), done.toString());
        assertEquals(List.of("JOB 1", "JOB 2"), texts(), "each label printed once");
    }

    @Test
    @SuppressWarnings("try") // the worker is only opened and closed: it runs while the block waits
    void theBackgroundWorkerSettlesItAndGoesOn() {
        long first = queued(3);
        long second = queued(4);
        refusals.set(3);
        try (QueueWorker worker = new QueueWorker(
                        jobs,
                        q.bench.printers(),
                        new Transports(),
                        new Backoff(Duration.ofMillis(10), Duration.ofMillis(100)),
                        Duration.ofMillis(50))
                .start()) {
            QueueBench.await("the label after it printed", () -> q.job(second).status() == JobStatus.SENT);
        }
        assertEquals(JobStatus.SENT, q.job(first).status());
        assertEquals(List.of("JOB 3", "JOB 4"), texts(), "each label printed once");
    }

    @Test
    void aJobItsSenderStillHasInHandIsLeftAlone() {
        long sending = queued(5);
        assertTrue(q.jobs.claim(sending, SenderId.current().token(), printer.counter())
                .isPresent());
        SendsInHand.take(sending);
        try {
            assertEquals(List.of(), new InterruptedJobs(q.jobs).of("zebra"));
        } finally {
            SendsInHand.letGo(sending);
        }
        assertEquals(
                List.of(sending),
                new InterruptedJobs(q.jobs)
                        .of("zebra").stream().map(PrintJob::id).toList());
    }

    @Test
    void aSecondSenderThatCannotClaimTheJobLeavesTheFirstOnesHoldAlone() throws Exception {
        long sending = queued(6);
        // The worker's lane has it in hand and has claimed it ...
        assertTrue(SendsInHand.take(sending));
        try {
            assertTrue(q.jobs.claim(sending, SenderId.current().token(), printer.counter())
                    .isPresent());
            // ... when the packer's "send now" for the same job comes in.
            try (TcpTransport t = new TcpTransport("127.0.0.1", printer.port(), PrinterLanguage.ZPL)) {
                JobSender.Result now =
                        new JobSender(q.jobs, SenderId.current()).deliver(q.job(sending), t, JobStatus.FAILED);
                assertEquals(JobSender.Outcome.TAKEN, now.outcome());
            }
            assertEquals(
                    List.of(),
                    new InterruptedJobs(q.jobs).of("zebra"),
                    "still the lane's: settling it now could queue a label that is printing");
            assertEquals(0, printer.labels().size());
        } finally {
            SendsInHand.letGo(sending);
        }
    }

    private List<String> texts() {
        return printer.labels().stream()
                .map(l -> l.replaceAll("(?s).*\\^FD(.*?)\\^FS.*", "$1"))
                .toList();
    }
}
