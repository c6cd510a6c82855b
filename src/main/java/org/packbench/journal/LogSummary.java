package org.packbench.journal;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** The counts a supervisor reads first: per event, and per SKU and marketplace. */
public final class LogSummary {
    /** One SKU on one marketplace, with its count of each event. */
    public record Line(String sku, String marketplace, Map<LogEvent, Long> counts) {
        public long count(LogEvent e) {
            return counts.getOrDefault(e, 0L);
        }
    }

    private final Map<LogEvent, Long> totals = new EnumMap<>(LogEvent.class);
    private final Map<String, Line> lines = new TreeMap<>();
    private long entries;

    public void accept(LogEntry e) {
        entries++;
        totals.merge(e.event(), 1L, Long::sum);
        LogFacts f = e.facts();
        if (!f.sku().isEmpty()) {
            lines.computeIfAbsent(
                            f.sku() + "\u0000" + f.marketplace(),
                            k -> new Line(f.sku(), f.marketplace(), new EnumMap<>(LogEvent.class)))
                    .counts()
                    .merge(e.event(), 1L, Long::sum);
        }
    }

    public long entries() {
        return entries;
    }

    public long count(LogEvent e) {
        return totals.getOrDefault(e, 0L);
    }

    /** By SKU, then marketplace. */
    public Iterable<Line> lines() {
        return lines.values();
    }
}
