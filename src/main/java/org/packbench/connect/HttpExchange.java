package org.packbench.connect;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLHandshakeException;
import org.packbench.i18n.Message;
import org.packbench.marketplace.remote.RemoteTrouble;
import org.packbench.marketplace.remote.RemoteTrouble.Kind;

/**
 * Sends one request and waits for its whole answer, or says in {@link RemoteTrouble} terms why none
 * came: no connection (nothing was sent), a connection broken before the answer ended (whether the
 * call took effect is unknown), or no answer in time. The answer's head must come within the read
 * timeout and the whole answer within twice it, so a marketplace that stalls mid-body cannot hold
 * the caller either.
 */
final class HttpExchange {
    private final HttpClient client;
    private final Duration readTimeout;

    HttpExchange(HttpClient client, Duration readTimeout) {
        if (readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("the read timeout must be positive: " + readTimeout);
        }
        this.client = client;
        this.readTimeout = readTimeout;
    }

    ApiAnswer send(Call call, HttpRequest.Builder request) {
        HttpRequest built = request.timeout(readTimeout).build();
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(built, CappedBody.handler(CappedBody.LIMIT));
        try {
            HttpResponse<byte[]> response = pending.get(readTimeout.toMillis() * 2, TimeUnit.MILLISECONDS);
            return new ApiAnswer(response.statusCode(), response.headers(), response.body());
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw timeout(call, e);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new RemoteTrouble(
                    Kind.UNREACHABLE, Message.of("connect.interrupted", call.marketplace(), call.action()), e);
        } catch (ExecutionException e) {
            throw broken(call, built.uri(), e.getCause() == null ? e : e.getCause());
        }
    }

    private RemoteTrouble broken(Call call, URI uri, Throwable failure) {
        if (has(failure, HttpTimeoutException.class)) {
            return timeout(call, failure);
        }
        if (failure instanceof CappedBody.TooLarge) {
            return new RemoteTrouble(
                    Kind.SERVER,
                    Message.of("connect.unreadable", call.marketplace(), call.action(), failure.getMessage()),
                    failure);
        }
        if (has(failure, ConnectException.class) || has(failure, SSLHandshakeException.class)) {
            return new RemoteTrouble(
                    Kind.UNREACHABLE,
                    Message.of("connect.unreachable", call.marketplace(), call.action(), where(uri), said(failure)),
                    failure);
        }
        if (failure instanceof IOException) {
            return new RemoteTrouble(
                    Kind.UNREACHABLE,
                    Message.of("connect.cut", call.marketplace(), call.action(), said(failure)),
                    failure);
        }
        if (failure instanceof RuntimeException unexpected) {
            throw unexpected;
        }
        throw new IllegalStateException(failure);
    }

    private RemoteTrouble timeout(Call call, Throwable failure) {
        return new RemoteTrouble(
                Kind.TIMEOUT,
                Message.of("connect.timeout", call.marketplace(), call.action(), readTimeout.toMillis()),
                failure);
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Host and port only: a URL could one day carry more than the user should read. */
    private static String where(URI uri) {
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    private static String said(Throwable failure) {
        String text = failure.getMessage();
        return text == null || text.isBlank() ? failure.getClass().getSimpleName() : text;
    }
}
