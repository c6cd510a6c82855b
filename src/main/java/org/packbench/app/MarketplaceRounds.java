package org.packbench.app;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.packbench.marketplace.account.MarketplaceAccount;
import org.packbench.marketplace.account.MarketplaceKind;
import org.packbench.marketplace.remote.RemoteTrouble;

/**
 * What a running bench does with the marketplaces by itself, the window and {@code serve} alike:
 * delivers the outbox, and brings every Ozon account's postings awaiting packaging into the order
 * list every few minutes, so a posting scanned at Упаковка is already known.
 */
public final class MarketplaceRounds implements AutoCloseable {
    /** Ozon's postings every five minutes: a new one has 30 minutes for its label. */
    public static final Duration SYNC_EVERY = Duration.ofMinutes(5);

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MarketplaceRounds.class);

    private final Workbench bench;
    private final OutboxWorker worker;
    private final ScheduledExecutorService timer;

    private MarketplaceRounds(Workbench bench) {
        this.bench = bench;
        this.worker = bench.outboxWorker().start();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ozon-order-sync");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::syncAll, 0, SYNC_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    static MarketplaceRounds start(Workbench bench) {
        return new MarketplaceRounds(bench);
    }

    private void syncAll() {
        MarketplaceLinks links = bench.links();
        try {
            for (MarketplaceAccount a : bench.marketplaceAccounts()) {
                if (a.kind() != MarketplaceKind.OZON) {
                    continue;
                }
                try {
                    OrderSync.Synced s = bench.orderSync().ozon(a, links.ozon(a));
                    LOG.info("ozon sync {}: {} postings, {} new", a.name(), s.postings(), s.added());
                } catch (RemoteTrouble e) {
                    LOG.warn(
                            "ozon sync {} failed; tried again in {} minutes: {}",
                            a.name(),
                            SYNC_EVERY.toMinutes(),
                            e.getMessage());
                }
            }
        } catch (RuntimeException e) {
            // The database gone for a moment must not end the schedule.
            LOG.warn("ozon sync failed; tried again in {} minutes: {}", SYNC_EVERY.toMinutes(), e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        worker.stop();
    }
}
