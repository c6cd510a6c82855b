package org.packbench.print;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a print job is. {@code SENDING} is written (and committed) before the first byte leaves,
 * so a job found in it after a crash is known to be in doubt rather than silently lost or repeated;
 * {@code UNKNOWN} is a job in doubt that the printer could not settle, for the packer to decide.
 */
public enum JobStatus {
    QUEUED,
    SENDING,
    SENT,
    FAILED,
    CANCELLED,
    UNKNOWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<JobStatus> parse(String code) {
        for (JobStatus s : values()) {
            if (s.code().equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Still the packer's business: not yet printed for certain, and not given up. */
    public boolean open() {
        return this == QUEUED || this == SENDING || this == FAILED || this == UNKNOWN;
    }

    /** What {@code queue retry} may send again. */
    public boolean retryable() {
        return this == QUEUED || this == FAILED || this == UNKNOWN;
    }
}
