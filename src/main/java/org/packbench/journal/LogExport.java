package org.packbench.journal;

import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Everything an export of a period holds, whatever its format.
 *
 * @param company    the seller, as set in {@code company.name}
 * @param startHash  the hash before the period's first entry: where the period's chain hangs
 * @param headHash   the hash of the period's last entry, printed in every export so that a rebuilt
 *                   chain can be caught later with {@code log verify --against}
 * @param chain      the whole log's check at the time of export
 * @param entries    the period's entries in sequence order; may be walked more than once
 */
public record LogExport(
        String company,
        LogPeriod period,
        Instant generatedAt,
        Locale locale,
        LogSummary summary,
        String startHash,
        String headHash,
        ChainCheck.Report chain,
        Entries entries) {

    /** The period's entries, read again on each walk so that 100,000 rows need not sit in memory. */
    @FunctionalInterface
    public interface Entries {
        void forEach(Consumer<LogEntry> each);
    }

    /** The name for a file of this export, such as {@code OOO-Romashka_LabelLog_2026-11-24.csv}. */
    public String fileName(String extension) {
        return ExportFileName.of(company, "LabelLog", period, extension);
    }
}
