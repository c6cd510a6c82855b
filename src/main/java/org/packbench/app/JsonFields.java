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
    private JsonFields() {}

    /** A print job, without its bytes. */
    /**
     * A push of the outbox, as {@code outbox list --json} and {@code GET /outbox} show it: its reason
     * in {@code locale}; no secret is ever part of a push.
     */
    public static Map<String, Object> push(org.packbench.marketplace.outbox.Push p, java.util.Locale locale) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("id", p.id());
        m.put("kind", p.kind().code());
        m.put("subject", p.subject());
        m.put("account", p.account());
        m.put("state", p.state().code());
        m.put("attempts", p.attempts());
        m.put("label_id", p.labelId().isPresent() ? p.labelId().getAsLong() : null);
        m.put("created_at", p.createdAt().toString());
        m.put("next_at", p.nextAt().toString());
        m.put("delivered_at", p.deliveredAt().map(java.time.Instant::toString).orElse(null));
        m.put("ack", p.ack());
        m.put("problem", p.problem().map(x -> x.in(locale)).orElse(null));
        return m;
    }

    public static Map<String, Object> job(PrintJob j) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("job_id", j.id());
        m.put("created_at", j.createdAt().toString());
        m.put("printer", j.printer());
        m.put(
                "label_id",
                j.labelId().isPresent() ? LabelValues.labelId(j.labelId().getAsLong()) : null);
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
        // A program reads the id and the version apart; the template column shows them together.
        m.put(LogColumn.TEMPLATE.key(), e.facts().template());
        m.put("template_version", e.facts().templateVersion());
        return m;
    }

    /**
     * A batch run's summary, the same for {@code batch --json} and {@code POST /batches}: counts per
     * outcome, the faulty rows by line and column, and each row's outcome with its reasons in
     * {@code locale}'s words.
     */
    /** A marking code as {@code marks check --json} and {@code POST /marks/check} show it. */
    public static Map<String, Object> mark(org.packbench.marking.MarkingCode c) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("valid", true);
        m.put("gtin", c.gtin());
        m.put("serial", c.serial());
        m.put("form", c.shortForm() ? "short" : "long");
        m.put("verification_key", c.verificationKey().orElse(null));
        m.put("crypto_tail", c.cryptoTail().orElse(null));
        m.put("short_tail", c.shortTail().orElse(null));
        StringBuilder b =
                new StringBuilder("(01)").append(c.gtin()).append("(21)").append(c.serial());
        c.verificationKey().ifPresent(k -> b.append("(91)").append(k));
        c.cryptoTail().ifPresent(t -> b.append("(92)").append(t));
        c.shortTail().ifPresent(t -> b.append("(93)").append(t));
        m.put("bracketed", b.toString());
        return m;
    }

    public static Map<String, Object> batch(BatchRun.Summary s, java.util.Locale locale) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("rows", s.total());
        for (BatchRun.Outcome o : BatchRun.Outcome.values()) {
            m.put(o.name().toLowerCase(java.util.Locale.ROOT), s.count(o));
        }
        m.put(
                "invalid",
                s.invalid().stream()
                        .filter(org.packbench.catalog.ImportProblem::isError)
                        .map(p -> {
                            Map<String, Object> e = new java.util.LinkedHashMap<>();
                            e.put("line", p.line());
                            e.put("column", p.column());
                            e.put("value", p.value());
                            e.put("message", p.what().in(locale));
                            return e;
                        })
                        .toList());
        m.put("cancelled", s.cancelled());
        m.put(
                "results",
                s.rows().stream()
                        .map(r -> {
                            Map<String, Object> e = new java.util.LinkedHashMap<>();
                            e.put("line", r.line());
                            e.put("key", r.key());
                            e.put("outcome", r.outcome().name().toLowerCase(java.util.Locale.ROOT));
                            e.put("label_id", r.labelId());
                            if (r.jobId() > 0) {
                                e.put("job_id", r.jobId());
                            }
                            e.put(
                                    "reasons",
                                    r.reasons().stream().map(x -> x.in(locale)).toList());
                            return e;
                        })
                        .toList());
        return m;
    }
}
