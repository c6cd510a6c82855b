package org.packbench.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.packbench.journal.LogEntry;
import org.packbench.journal.LogEvent;
import org.packbench.journal.LogExport;
import org.packbench.journal.LogSummary;
import org.packbench.verify.dispatch.Verdict;

/**
 * The rows an export file holds, and the counts of exactly those rows. Each writer counts the
 * rows it writes rather than trusting a summary made on an earlier walk, so that every number in
 * a file describes that file.
 */
final class ExportRows {
    /** One SKU on one marketplace as the summaries show it. */
    record Line(
            String sku, String marketplace, long printed, long reprinted, long voided, long dispatched, long refused) {}

    private final LogSummary summary = new LogSummary();
    private final Map<String, Long> dispatchedBySku = new HashMap<>();
    private long dispatched;

    /**
     * Walks the export's entries up to the head hash it names. An entry appended while the file is
     * being written belongs to the next export: writing it would leave rows after the head the file
     * states, and a later check against the log would read that as tampering.
     */
    static void forEach(LogExport x, Consumer<LogEntry> each) {
        boolean[] done = {x.headHash().equals(x.startHash())};
        x.entries().forEach(e -> {
            if (!done[0]) {
                each.accept(e);
                done[0] = e.hash().equals(x.headHash());
            }
        });
    }

    /** The counts of a whole walk, for a writer that shows them before the rows. */
    static ExportRows count(LogExport x) {
        ExportRows rows = new ExportRows();
        forEach(x, rows::accept);
        return rows;
    }

    /** A dispatch scan that let the parcel onto the truck; every other verdict kept it back. */
    static boolean dispatched(LogEntry e) {
        return e.event() == LogEvent.SCANNED
                && Verdict.OK.code().equals(e.facts().verdict());
    }

    void accept(LogEntry e) {
        summary.accept(e);
        if (dispatched(e)) {
            dispatched++;
            dispatchedBySku.merge(key(e.facts().sku(), e.facts().marketplace()), 1L, Long::sum);
        }
    }

    long entries() {
        return summary.entries();
    }

    long count(LogEvent e) {
        return summary.count(e);
    }

    long dispatched() {
        return dispatched;
    }

    /** By SKU, then marketplace. */
    List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (LogSummary.Line l : summary.lines()) {
            lines.add(new Line(
                    l.sku(),
                    l.marketplace(),
                    l.count(LogEvent.PRINTED),
                    l.count(LogEvent.REPRINTED),
                    l.count(LogEvent.VOIDED),
                    dispatchedBySku.getOrDefault(key(l.sku(), l.marketplace()), 0L),
                    l.count(LogEvent.REFUSED)));
        }
        return lines;
    }

    private static String key(String sku, String marketplace) {
        return sku + "\u0000" + marketplace;
    }

    /**
     * A cell as the export's reader sees it. The event is in Russian in a Russian export (a
     * supervisor reads «Напечатано», not "printed"); an English export keeps the stable code,
     * which scripts filter on. Reading an export back matches entries by number and hash only, so
     * the word does not matter to {@code log verify --against}.
     */
    static Object value(
            org.packbench.journal.LogColumn column, org.packbench.journal.LogEntry e, java.util.Locale locale) {
        if (column == org.packbench.journal.LogColumn.EVENT && "ru".equals(locale.getLanguage())) {
            return ReportText.of(e.event()).russian();
        }
        return column.value(e);
    }

    /** {@link #value} as text, times in the bench's zone. */
    static String text(
            org.packbench.journal.LogColumn column,
            org.packbench.journal.LogEntry e,
            java.time.ZoneId zone,
            java.util.Locale locale) {
        return column == org.packbench.journal.LogColumn.EVENT
                ? (String) value(column, e, locale)
                : column.text(e, zone);
    }

    /** The stable code of an event as an export wrote it, in either language. */
    static String eventCode(String written) {
        for (LogEvent e : LogEvent.values()) {
            if (ReportText.of(e).russian().equals(written)) {
                return e.code();
            }
        }
        return written;
    }
}
