package org.packbench.journal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The label log as it is read back: a period's entries, the whole chain from its first entry, and
 * how this bench makes each hash. Entries are written by the store inside each event's own
 * transaction, never through this port; the store implements it.
 */
public interface LabelLog {
    /** How each entry's hash is made on this bench. */
    LogChain chain();

    /** Entries from {@code from} (inclusive) to {@code to} (exclusive), in sequence order. */
    void forEach(Instant from, Instant to, Consumer<LogEntry> each);

    /** Every entry from the first, in sequence order, until {@code more} says stop. */
    void walk(Predicate<LogEntry> more);

    /** The newest {@code limit} entries, newest first. */
    List<LogEntry> latest(int limit);

    /** The entry just before {@code at}: where a period's part of the chain hangs. */
    Optional<LogEntry> lastBefore(Instant at);
}
