package org.packbench.connect;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.packbench.i18n.Message;
import org.packbench.marketplace.remote.RemoteTrouble;
import org.packbench.marketplace.remote.RemoteTrouble.Kind;

/**
 * What an answer that came whole but was no success means, the same for every marketplace: 429 is
 * throttling, 5xx the marketplace's own trouble (both with their {@code Retry-After}), 401 and 403
 * a key or token that does not hold, any other 4xx a refusal. The adapters say in words what the
 * marketplace refused and why; the rest of the sentences are here.
 */
final class HttpTroubles {
    private final Clock clock;

    HttpTroubles(Clock clock) {
        this.clock = clock;
    }

    /** The kind an HTTP status stands for; anything not 2xx, 4xx or 429 counts as the server's. */
    static Kind kindOf(int status) {
        if (status == 429) {
            return Kind.THROTTLED;
        }
        if (status == 401 || status == 403) {
            return Kind.UNAUTHORIZED;
        }
        if (status >= 400 && status < 500) {
            return Kind.REJECTED;
        }
        return Kind.SERVER;
    }

    /**
     * The trouble an answer that was no success stands for, by its status.
     *
     * @param code the marketplace's own error code from the body, or ""
     * @param reason the marketplace's words for it, shown as they came ("" when none)
     * @param refused the sentence for a refusal (other 4xx)
     * @param unauthorized the sentence for 401 and 403
     */
    RemoteTrouble byStatus(
            Call call, ApiAnswer answer, String code, String reason, Message refused, Message unauthorized) {
        int status = answer.status();
        String shown = reason.isBlank() ? "HTTP " + status : "HTTP " + status + ", " + reason;
        return switch (kindOf(status)) {
            case THROTTLED -> throttled(call, status, code, shown, retryAfter(answer));
            case UNAUTHORIZED -> new RemoteTrouble(Kind.UNAUTHORIZED, status, code, Optional.empty(), unauthorized);
            case REJECTED -> new RemoteTrouble(Kind.REJECTED, status, code, Optional.empty(), refused);
            default -> server(call, status, code, shown, retryAfter(answer));
        };
    }

    /** Too many requests: the marketplace's reason ("HTTP 429", "error 6, …") and when to come back, if it said. */
    RemoteTrouble throttled(Call call, int status, String code, String reason, Optional<Duration> wait) {
        Message message = wait.map(w ->
                        Message.of("connect.throttled.wait", call.marketplace(), call.action(), reason, w.toSeconds()))
                .orElseGet(() -> Message.of("connect.throttled", call.marketplace(), call.action(), reason));
        return new RemoteTrouble(Kind.THROTTLED, status, code, wait, message);
    }

    /** The marketplace's own trouble. */
    RemoteTrouble server(Call call, int status, String code, String reason, Optional<Duration> wait) {
        return new RemoteTrouble(
                Kind.SERVER,
                status,
                code,
                wait,
                Message.of("connect.server", call.marketplace(), call.action(), reason));
    }

    /** An answer PackBench cannot read: counted as the marketplace's trouble, since sending again may get a good one. */
    RemoteTrouble unreadable(Call call, ApiAnswer answer, String why) {
        return new RemoteTrouble(
                Kind.SERVER,
                answer.status(),
                "",
                Optional.empty(),
                Message.of("connect.unreadable", call.marketplace(), call.action(), why));
    }

    Optional<Duration> retryAfter(ApiAnswer answer) {
        return RetryAfter.parse(answer.header("Retry-After"), clock);
    }
}
