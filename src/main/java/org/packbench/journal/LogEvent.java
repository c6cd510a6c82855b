package org.packbench.journal;

import java.util.Arrays;

/** What happened to a label: the events a supervisor answers for. */
public enum LogEvent {
    RENDERED("rendered"),
    REFUSED("refused"),
    PRINTED("printed"),
    REPRINTED("reprinted"),
    VOIDED("voided"),
    SCANNED("scanned");

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
