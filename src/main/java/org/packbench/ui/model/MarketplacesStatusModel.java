package org.packbench.ui.model;

import org.packbench.marketplace.outbox.Outbox;
import org.packbench.marketplace.outbox.OutboxBacklog;

/**
 * The window's word on the marketplaces: how many pushes are still on their way and how many
 * failed, shown on every screen while there are any, red while a person must act. What counts as
 * which is {@link OutboxBacklog}'s; this words it and picks the tone.
 */
public final class MarketplacesStatusModel {
    private final Outbox outbox;
    private final UiText text;
    private final Work work;
    private final StatusLine line = new StatusLine();
    /** At most one look is under way (a database server away takes its timeout); drawing thread only. */
    private boolean looking;

    public MarketplacesStatusModel(Outbox outbox, UiText text, Work work) {
        this.outbox = outbox;
        this.text = text;
        this.work = work;
    }

    /** Empty when nothing is waiting or failed: the window then shows nothing. */
    public StatusLine line() {
        return line;
    }

    /** Reads the outbox again, off the drawing thread; a look asked for during one is skipped. */
    public void look() {
        if (looking) {
            return;
        }
        looking = true;
        work.run(
                () -> OutboxBacklog.of(outbox.list(false)),
                backlog -> {
                    looking = false;
                    show(backlog);
                },
                t -> {
                    looking = false;
                    line.warn(text.get("marketplaces.bar.unreadable", text.failure(t)));
                });
    }

    private void show(OutboxBacklog backlog) {
        if (backlog.isEmpty()) {
            line.clear();
        } else if (backlog.needsPerson()) {
            line.error(text.get("marketplaces.bar.failed", backlog.waiting(), backlog.failed()));
        } else {
            line.plain(text.get("marketplaces.bar.waiting", backlog.waiting()));
        }
    }
}
