package org.packbench.serve;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.packbench.app.LogAutoExport;
import org.packbench.app.Workbench;
import org.packbench.print.QueueWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code packbench serve}: a bench without a screen. It does what the GUI does in the background
 * (delivers the print queue, writes the end-of-day log export) and answers the local HTTP API, all
 * through the same {@link Workbench} services the GUI and the CLI use.
 */
public final class HeadlessService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HeadlessService.class);

    private final QueueWorker worker;
    private final org.packbench.app.MarketplaceRounds marketplaces;
    private final ScheduledExecutorService exports;
    private final Javalin http;
    private final ApiToken token;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private boolean closed;

    private HeadlessService(
            QueueWorker worker,
            org.packbench.app.MarketplaceRounds marketplaces,
            ScheduledExecutorService exports,
            Javalin http,
            ApiToken token) {
        this.worker = worker;
        this.marketplaces = marketplaces;
        this.exports = exports;
        this.http = http;
        this.token = token;
    }

    /**
     * Starts the worker, the export schedule and the API on {@code 127.0.0.1:port} (0: any free port).
     * The token is read from, or made in, {@code tokenFile} before anything listens.
     */
    public static HeadlessService start(Workbench bench, int port, Path tokenFile) {
        ApiToken token = ApiToken.loadOrCreate(tokenFile);
        // Named in the delivery lock, so a command-line print says who will send its job.
        bench.deliveredBy("packbench serve");
        QueueWorker worker = bench.queueWorker();
        org.packbench.app.MarketplaceRounds marketplaces = bench.startMarketplaceRounds();
        ScheduledExecutorService exports = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "end-of-day-export");
            t.setDaemon(true);
            return t;
        });
        // As the GUI: at start (the bench may have been off at midnight), then every few minutes.
        exports.scheduleWithFixedDelay(
                () -> exportDueDays(bench), 0, LogAutoExport.EVERY.toMillis(), TimeUnit.MILLISECONDS);
        try {
            Javalin http = new HttpApi(bench, token).start(port);
            return new HeadlessService(worker, marketplaces, exports, http, token);
        } catch (RuntimeException e) {
            exports.shutdownNow();
            marketplaces.close();
            worker.close();
            throw e;
        }
    }

    private static void exportDueDays(Workbench bench) {
        try {
            bench.autoExport().runDue().forEach(p -> LOG.info("end-of-day export written: {}", p));
        } catch (RuntimeException e) {
            // A failure must not end the schedule: the folder may be back by the next run.
            LOG.warn(
                    "end-of-day export failed; it is tried again in {} minutes: {}",
                    LogAutoExport.EVERY.toMinutes(),
                    e.toString());
        }
    }

    /** The port the API listens on, on 127.0.0.1. */
    public int port() {
        return http.port();
    }

    public Path tokenFile() {
        return token.file();
    }

    /** Returns once {@link #close()} has finished, from whichever thread called it (a shutdown hook). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    private void awaitExport() {
        try {
            if (!exports.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.warn("the end-of-day export did not finish within a minute; stopping without it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops taking requests first (one under way finishes), then the export schedule, then the worker,
     * whose send under way is cut off and goes back to queued for the next start.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            http.stop();
            // Not interrupted: an export being written finishes, rather than leaving a half file behind.
            exports.shutdown();
            awaitExport();
            // A push being sent is left leased; the next start takes it again after asking the marketplace.
            marketplaces.close();
            worker.close();
        } finally {
            stopped.countDown();
        }
    }
}
