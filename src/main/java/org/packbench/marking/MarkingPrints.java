package org.packbench.marking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The marking codes printed as labels. A code is printed once on any bench sharing the database:
 * a second print is a reprint and carries its reason (a torn or smudged sticker), so the count of
 * stickers for one item is always explained.
 */
public interface MarkingPrints {
    /**
     * One print of a code.
     *
     * @param reprintReason empty for the first print
     */
    record Printed(String identity, long labelId, Instant at, String bench, Optional<String> reprintReason) {}

    /** The first print of the code with this {@link MarkingCode#identity()}, if it was printed. */
    Optional<Printed> first(String identity);

    /** Every print of the code, the first one first. */
    List<Printed> all(String identity);

    /**
     * Records that label {@code labelId} carries {@code code}, in the caller's unit of work.
     * Without a reprint reason it is refused ({@code marks.printedBefore}) when the code was printed
     * already, here or on another bench.
     */
    void record(MarkingCode code, long labelId, Optional<String> reprintReason, Instant at, String bench);

    /** Takes back the print of label {@code labelId}: the label was refused, so no sticker carries its code. */
    void forget(long labelId);
}
