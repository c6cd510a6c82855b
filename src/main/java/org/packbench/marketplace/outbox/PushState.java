package org.packbench.marketplace.outbox;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a push stands. */
public enum PushState {
    /** Not yet accepted: due at its next attempt, or waiting for its label to print. */
    WAITING,
    /** A worker is calling the marketplace with it now (leased until a moment; past it, waiting again). */
    SENDING,
    /** The marketplace acknowledged it. */
    DELIVERED,
    /** The marketplace refused it, or its account is gone: a person must look ({@code outbox retry}). */
    FAILED,
    /** Not to be sent: its label was voided or replaced before it went. */
    CANCELLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PushState> parse(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
