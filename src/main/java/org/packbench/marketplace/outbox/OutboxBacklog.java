package org.packbench.marketplace.outbox;

import java.util.Collection;

/**
 * What the marketplaces have not yet been told, counted as a person reads it: pushes still on
 * their way (waiting for their time or their label, or being sent now), and pushes that failed and
 * wait for a person to retry them. Delivered and cancelled pushes owe nothing.
 */
public record OutboxBacklog(int waiting, int failed) {
    public static final OutboxBacklog NONE = new OutboxBacklog(0, 0);

    public OutboxBacklog {
        if (waiting < 0 || failed < 0) {
            throw new IllegalArgumentException("backlog " + waiting + "/" + failed);
        }
    }

    public static OutboxBacklog of(Collection<Push> pushes) {
        int waiting = 0;
        int failed = 0;
        for (Push p : pushes) {
            switch (p.state()) {
                case WAITING, SENDING -> waiting++;
                case FAILED -> failed++;
                default -> {}
            }
        }
        return new OutboxBacklog(waiting, failed);
    }

    /** Nothing on its way and nothing failed: nothing to show. */
    public boolean isEmpty() {
        return waiting == 0 && failed == 0;
    }

    /** A person must act: at least one push will not be sent again by itself. */
    public boolean needsPerson() {
        return failed > 0;
    }
}
