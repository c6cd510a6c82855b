package org.packbench.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an export file says of the log: its period, the hashes its chain hangs between, its count,
 * and its rows. A PDF gives no rows back: its table shows only some columns and a shortened hash.
 *
 * @param startHash the hash before the period's first entry
 * @param headHash  the hash of the period's last entry
 * @param entries   the count the file states
 */
public record ExportedLog(
        LocalDate first, LocalDate last, String startHash, String headHash, long entries, List<Row> rows) {
    public ExportedLog {
        rows = List.copyOf(rows);
    }

    /**
     * One entry as the file shows it.
     *
     * @param cells the text of each column by {@link org.packbench.journal.LogColumn#key()}, as
     *              {@link org.packbench.journal.LogColumn#text} gives it: times in the bench's zone
     */
    public record Row(long seq, String hash, Map<String, String> cells) {
        public Row {
            // Compact: a year of log read back is millions of cells.
            cells = Map.copyOf(cells);
        }
    }
}
