package org.packbench.marking;

import java.time.Instant;
import java.util.Optional;

/**
 * The marking codes used on parcels, kept by the database so that a code is used once on any bench
 * sharing it (the store's unique key refuses the second, even between processes).
 */
public interface MarkingRecords {
    /**
     * Where a code went.
     *
     * @param line the order line it was counted on; 0 when not known (used before lines were kept)
     */
    record Use(String identity, String order, Instant at, String bench, int line) {
        public Use(String identity, String order, Instant at, String bench) {
            this(identity, order, at, bench, 0);
        }

        /** The GTIN of {@code (01)GTIN(21)serial}. */
        public String gtin() {
            return identity.substring(2, 16);
        }

        public String serial() {
            return identity.substring(18);
        }
    }

    /** The codes used from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    java.util.List<Use> between(Instant from, Instant to);

    /** The use of the code with this {@link MarkingCode#identity()}, if it was used. */
    Optional<Use> use(String identity);

    /**
     * Records the code as used on {@code order} in the caller's unit of work; refused ({@code
     * marks.used}) when it is already, here or on another bench.
     */
    default void record(MarkingCode code, String order, Instant at, String bench) {
        record(code, order, 0, at, bench);
    }

    /** {@link #record(MarkingCode, String, Instant, String)}, on the order's line {@code line}. */
    void record(MarkingCode code, String order, int line, Instant at, String bench);

    /** The codes used on {@code order}, in the order they were recorded. */
    java.util.List<Use> ofOrder(String order);
}
