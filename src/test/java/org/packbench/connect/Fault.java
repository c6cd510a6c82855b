package org.packbench.connect;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a stand-in does instead of answering a request properly. Every fault but
 * {@link EffectThenCut} leaves the stand-in's state as it was: the call did not take effect.
 */
public sealed interface Fault {

    /** An answer of this status, type, body and headers, as the marketplace would send it. */
    record Status(int status, String contentType, String body, Map<String, String> headers) implements Fault {
        public Status {
            headers = Map.copyOf(headers);
        }
    }

    /** No answer for this long (then the connection is closed): longer than the client waits. */
    record Delay(Duration delay) implements Fault {}

    /** Headers with a Content-Length, half a body, then the connection closed. */
    record Cut() implements Fault {}

    /** The call takes effect, then its answer is cut like {@link Cut}: the client cannot know it did. */
    record EffectThenCut() implements Fault {}

    static Fault status(int status, String contentType, String body, Map<String, String> headers) {
        return new Status(status, contentType, body, headers);
    }

    /** 429 with {@code Retry-After: value} (seconds or an HTTP-date). */
    static Fault throttled(String retryAfter) {
        return new Status(
                429,
                "application/json",
                "{\"code\":8,\"message\":\"too many requests\",\"details\":[]}",
                Map.of("Retry-After", retryAfter));
    }

    /** 429 without saying when to come back. */
    static Fault throttled() {
        return new Status(
                429, "application/json", "{\"code\":8,\"message\":\"too many requests\",\"details\":[]}", Map.of());
    }

    /** 500 with an error body. */
    static Fault serverError() {
        return new Status(
                500, "application/json", "{\"code\":13,\"message\":\"internal error\",\"details\":[]}", Map.of());
    }

    /** 503 with {@code Retry-After: value}. */
    static Fault unavailable(String retryAfter) {
        return new Status(
                503, "text/html", "<html><body>Service Unavailable</body></html>", Map.of("Retry-After", retryAfter));
    }

    /** 401 with a plain body, as a gateway in front of the API would answer a wrong key. */
    static Fault unauthorized() {
        return new Status(
                401, "application/json", "{\"code\":16,\"message\":\"Unauthorized\",\"details\":[]}", Map.of());
    }

    static Fault delay(Duration delay) {
        return new Delay(delay);
    }

    static Fault cut() {
        return new Cut();
    }

    static Fault effectThenCut() {
        return new EffectThenCut();
    }

    /**
     * Every fault a client is meant to ride out by trying again (for soak tests): 429, 500, 503, a
     * delay of {@code delay}, a cut, and a cut after the effect.
     */
    static List<Fault> retryable(Duration delay) {
        return List.of(throttled("1"), serverError(), unavailable("2"), delay(delay), cut(), effectThenCut());
    }
}
