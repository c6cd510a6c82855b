package org.packbench.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.packbench.seal.Encoding;

/**
 * One entry of the label log, self-contained, chained to the entry before it by that entry's hash.
 *
 * <p>The hash covers every field but itself, in a fixed order with each value length-prefixed, so
 * no two different entries share an encoding; changing any value, the sequence number or the link
 * changes the hash.
 */
public record LogEntry(long seq, Instant at, String bench, String user, LogFacts facts, String prevHash, String hash) {
    /** The hash before the first entry. */
    public static final String GENESIS = "0".repeat(64);
    /** Milliseconds always written, so that the stored text sorts as the time does. */
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static final String FORMAT = "packbench-log-1";

    /**
     * The next entry after one whose hash is {@code prevHash}, hashed as before the bench key
     * ({@link #hashOf}); the bench itself writes through {@link LogChain#next}. The time is kept to
     * the millisecond.
     */
    public static LogEntry next(long seq, Instant at, String bench, String user, LogFacts facts, String prevHash) {
        Instant ms = at.truncatedTo(ChronoUnit.MILLIS);
        return new LogEntry(seq, ms, bench, user, facts, prevHash, hashOf(seq, ms, bench, user, facts, prevHash));
    }

    /** The time as kept in the store and hashed. */
    public static String stamp(Instant at) {
        return STAMP.format(at);
    }

    public String stamp() {
        return stamp(at);
    }

    public LogEvent event() {
        return facts.event();
    }

    /**
     * The hash as versions before the bench key wrote it: plain SHA-256 of the entry's encoding,
     * which anyone holding the database file can compute again. Entries up to the database's
     * sealed legacy end keep it (see {@link LogChain}); later ones are keyed.
     */
    public static String hashOf(long seq, Instant at, String bench, String user, LogFacts f, String prevHash) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(Encoding.lengthPrefixed(FORMAT, fields(seq, at, bench, user, f, prevHash))
                                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Every value an entry's hash covers but the format word, in their fixed order. The template
     * version comes last and only when it is not 0: entries written before templates had versions
     * (and every entry of a bundled template) hash exactly as they always did, so old chains still
     * verify, and since each value is length-prefixed an entry with the version can never encode
     * as one without it.
     */
    static String[] fields(long seq, Instant at, String bench, String user, LogFacts f, String prevHash) {
        String[] fields = {
            Long.toString(seq),
            stamp(at),
            bench,
            user,
            f.event().code(),
            Long.toString(f.labelId()),
            f.printer(),
            f.template(),
            f.sku(),
            f.marketplace(),
            f.order(),
            f.tracking(),
            f.sscc(),
            f.payloadSha256(),
            f.checks(),
            f.readback(),
            Integer.toString(f.copies()),
            f.reason(),
            f.verdict(),
            f.scanData(),
            prevHash
        };
        if (f.templateVersion() == 0) {
            return fields;
        }
        String[] versioned = java.util.Arrays.copyOf(fields, fields.length + 1);
        versioned[fields.length] = Integer.toString(f.templateVersion());
        return versioned;
    }
}
