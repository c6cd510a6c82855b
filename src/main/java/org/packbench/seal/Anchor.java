package org.packbench.seal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The log's head as it stood at a moment, kept in a file outside the database and sealed with the
 * bench key: how far the log had come ({@code seq}, and the hash of that entry), where its unkeyed
 * part ends, and whether a supervisor had existed. Someone who deletes the log's last entries, all
 * of them, or the accounts in the database file cannot take the anchor back with them.
 *
 * <p>It only moves forward: a later anchor keeps the legacy end it was first written with, never
 * goes back to an earlier entry, and never forgets a supervisor.
 */
public record Anchor(long legacySeq, String legacyHash, long seq, String head, boolean supervisorSeen, Instant at) {
    private static final String PURPOSE = "packbench-anchor-1";
    private static final String FIRST_LINE = "packbench anchor 1";

    /** What was found where the anchor should be. */
    public enum State {
        /** Read, and its seal holds. */
        SOUND,
        /** No anchor file. */
        MISSING,
        /** A file that is not an anchor sealed with this bench's key. */
        FORGED
    }

    /** The anchor file as read: its state and, when sound, the anchor. */
    public record Reading(State state, Optional<Anchor> anchor) {
        public static Reading missing() {
            return new Reading(State.MISSING, Optional.empty());
        }
    }

    /** The first anchor of a freshly sealed log. */
    public static Anchor of(DatabaseSeal seal, long seq, String head, Instant at) {
        return new Anchor(seal.legacySeq(), seal.legacyHash(), seq, head, seal.supervisorSeen(), at);
    }

    /**
     * This anchor moved on to entry {@code toSeq} at {@code now}; an anchor already further on
     * keeps its own head and time (two processes may write it in either order), and a supervisor
     * once seen is never forgotten.
     */
    public Anchor advancedTo(long toSeq, String toHead, boolean supervisor, Instant now) {
        if (toSeq < seq) {
            return new Anchor(legacySeq, legacyHash, seq, head, supervisorSeen || supervisor, at);
        }
        return new Anchor(legacySeq, legacyHash, toSeq, toHead, supervisorSeen || supervisor, now);
    }

    /** The file's text: one {@code name=value} per line and the seal last. */
    public String text(BenchKey key) {
        StringBuilder b = new StringBuilder(FIRST_LINE).append('\n');
        fields().forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        return b.append("seal=")
                .append(key.seal(PURPOSE, fields().values().toArray(String[]::new)))
                .append('\n')
                .toString();
    }

    /** The anchor in {@code text}, when it is one and its seal holds under {@code key}. */
    public static Reading read(String text, BenchKey key) {
        Map<String, String> values = new LinkedHashMap<>();
        String[] lines = text.split("\n");
        if (lines.length == 0 || !lines[0].strip().equals(FIRST_LINE)) {
            return new Reading(State.FORGED, Optional.empty());
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        try {
            Anchor a = new Anchor(
                    Long.parseLong(values.get("legacy_seq")),
                    values.get("legacy_hash"),
                    Long.parseLong(values.get("seq")),
                    values.get("head"),
                    Boolean.parseBoolean(values.get("supervisor_seen")),
                    Instant.parse(values.get("at")));
            if (a.legacyHash == null
                    || a.head == null
                    || !key.holds(
                            values.get("seal"), PURPOSE, a.fields().values().toArray(String[]::new))) {
                return new Reading(State.FORGED, Optional.empty());
            }
            return new Reading(State.SOUND, Optional.of(a));
        } catch (NumberFormatException | NullPointerException | DateTimeParseException e) {
            return new Reading(State.FORGED, Optional.empty());
        }
    }

    private Map<String, String> fields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("legacy_seq", Long.toString(legacySeq));
        m.put("legacy_hash", legacyHash);
        m.put("seq", Long.toString(seq));
        m.put("head", head);
        m.put("supervisor_seen", Boolean.toString(supervisorSeen));
        m.put("at", at.toString());
        return m;
    }
}
