package org.packbench.marketplace.remote;

import java.time.Duration;
import java.util.Optional;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;

/**
 * A marketplace call that did not get its answer. What the outbox does next depends only on
 * {@link #kind()}: a refusal waits for a person, everything else is tried again later.
 */
public final class RemoteTrouble extends ProblemException {
    private static final long serialVersionUID = 1L;

    /** Why the call failed, in the terms that decide whether to try again. */
    public enum Kind {
        /** No connection, or one reset before the whole answer came. */
        UNREACHABLE(true),
        /** The connection or the answer took longer than allowed. */
        TIMEOUT(true),
        /** 429: too many requests; the marketplace may say when to come back. */
        THROTTLED(true),
        /** 5xx, or an answer that could not be read: the marketplace's own trouble. */
        SERVER(true),
        /** 401 or 403: the key or token is wrong or lacks the right; a supervisor must fix the account. */
        UNAUTHORIZED(false),
        /** 4xx with the marketplace's reason: sending the same again cannot succeed. */
        REJECTED(false);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }

    private final Kind kind;
    private final int status;
    private final String code;
    private final transient Optional<Duration> retryAfter;

    /**
     * @param status the HTTP status, 0 when none came
     * @param code the marketplace's own error code (Ozon's {@code code}, VK's {@code error_code}), or ""
     */
    public RemoteTrouble(Kind kind, int status, String code, Optional<Duration> retryAfter, Message message) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.code = code == null ? "" : code;
        this.retryAfter = retryAfter;
    }

    /** A call that broke below HTTP (no connection, a reset, a timeout): the cause is kept for the error log. */
    public RemoteTrouble(Kind kind, Message message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = 0;
        this.code = "";
        this.retryAfter = Optional.empty();
    }

    public Kind kind() {
        return kind;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** What a 429 or 503 said about when to come back, if anything. */
    public Optional<Duration> retryAfter() {
        return retryAfter == null ? Optional.empty() : retryAfter;
    }
}
