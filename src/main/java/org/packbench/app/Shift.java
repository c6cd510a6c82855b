package org.packbench.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.packbench.journal.ShiftRecords;

/**
 * The shift strip of Упаковка: labels this bench printed today, its last ten labels, and the one
 * "повторить последнюю" would print again. Read from the log, so it survives a restart.
 */
public final class Shift {
    public static final int LATEST = 10;

    private final ShiftRecords records;
    private final Supplier<String> bench;
    private final Clock clock;

    public Shift(ShiftRecords records, Supplier<String> bench, Clock clock) {
        this.records = records;
        this.bench = bench;
        this.clock = clock;
    }

    /** Today's count and the latest labels, as the strip shows them. */
    public record Today(int printed, List<ShiftRecords.ShiftLabel> latest) {
        public Today {
            latest = List.copyOf(latest);
        }
    }

    public Today today() {
        // "Today" is the bench's own calendar day, where the clock's zone says the bench is.
        LocalDate day = LocalDate.now(clock);
        return new Today(
                records.printedSince(
                        bench.get(), day.atStartOfDay(clock.getZone()).toInstant()),
                records.latest(bench.get(), LATEST));
    }

    /** The last label of this bench that went to a printer, for "повторить последнюю". */
    public Optional<PackingState.LastLabel> lastPrinted() {
        return records.latest(bench.get(), LATEST).stream()
                .filter(l -> l.jobId() > 0)
                .findFirst()
                .map(l -> new PackingState.LastLabel(
                        l.labelId(), l.jobId(), l.order(), l.tracking(), l.sku(), l.printer()));
    }
}
