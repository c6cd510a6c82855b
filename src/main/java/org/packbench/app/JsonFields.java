package org.packbench.app;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.packbench.journal.LogColumn;
import org.packbench.journal.LogEntry;
import org.packbench.marketplace.LabelValues;
import org.packbench.print.PrintJob;

/**
 * What a program reads about a print job or a log entry: the field names and values that
 * {@code --json} prints and the HTTP API of {@code serve} answers, kept in one place so that a
 * script moved from the command line to the API finds the same fields.
 */
public final class JsonFields {
    private JsonFields() {
    }

    /** A print job, without its bytes. */
    public static Map<String, Object> job(PrintJob j) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("job_id", j.id());
        m.put("created_at", j.createdAt().toString());
        m.put("printer", j.printer());
        m.put("label_id", j.labelId().isPresent() ? LabelValues.labelId(j.labelId().getAsLong()) : null);
        m.put("copies", j.copies());
        m.put("bytes", j.byteCount());
        m.put("status", j.status().code());
        m.put("attempts", j.attempts());
        m.put("last_error", j.lastError());
        m.put("updated_at", j.updatedAt().toString());
        m.put("reprint_of", j.reprintOf().isPresent() ? j.reprintOf().getAsLong() : null);
        m.put("reason", j.reason());
        return m;
    }

    /** A log entry under the export's column keys; its time as UTC ISO-8601, as the hash covers it. */
    public static Map<String, Object> logEntry(LogEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (LogColumn c : LogColumn.values()) {
            Object v = c.value(e);
            m.put(c.key(), v instanceof Instant i ? i.toString() : v);
        }
        return m;
    }
}
