package org.packbench.journal;

import java.util.Arrays;

/** What happened to a label: the events a supervisor answers for. */
public enum LogEvent {
    RENDERED("rendered"),
    REFUSED("refused"),
    PRINTED("printed"),
    REPRINTED("reprinted"),
    VOIDED("voided"),
    SCANNED("scanned"),
    /**
     * A Честный ЗНАК code went out on an order (a posting packed item by item): its scan data is the
     * code's identity, (01)GTIN(21)serial, never its crypto-tail.
     */
    MARKED("marked");

    private final String code;

    LogEvent(String code) {
        this.code = code;
    }

    /** The word kept in the log and written in exports; stable, as scripts filter on it. */
    public String code() {
        return code;
    }

    public static LogEvent of(String code) {
        return Arrays.stream(values())
                .filter(e -> e.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown log event " + code));
    }
}
