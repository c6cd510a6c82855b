package org.packbench.connect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.marketplace.remote.RemoteTrouble;
import org.packbench.marketplace.remote.RemoteTrouble.Kind;
import org.packbench.marketplace.vk.VkMarket;
import org.packbench.marketplace.vk.VkOrderRef;

/**
 * VK's API over HTTP: {@code POST /method/NAME} with a form body that carries the community token
 * and the API version, so the token is never part of a URL. VK answers its own errors with HTTP 200
 * and an {@code error} object, and its logistics API with RFC 7807 problem documents; both, and
 * plain HTTP failures, become a {@link RemoteTrouble} of the kind that decides whether to retry.
 */
public final class HttpVkMarket implements VkMarket {
    public static final String DEFAULT_BASE_URL = "https://api.vk.com";
    public static final String VERSION = "5.199";

    static final String EDIT_ORDER = "market.editOrder";
    static final String GET_ORDER = "market.getOrderById";

    private static final String MARKETPLACE = "VK";
    /** 5: user authorization failed; 15: access denied; 27, 28: group or application authorization failed. */
    private static final Set<Integer> UNAUTHORIZED = Set.of(5, 15, 27, 28);
    /** 6: too many requests per second; 9: flood control; 29: rate limit reached. */
    private static final Set<Integer> THROTTLED = Set.of(6, 9, 29);
    /** 1: unknown error, try later; 10: internal server error. */
    private static final Set<Integer> SERVER = Set.of(1, 10);

    private final BaseUrl base;
    private final char[] token;
    private final HttpExchange exchange;
    private final HttpTroubles troubles;

    /**
     * @param baseUrl {@link #DEFAULT_BASE_URL}, or a stand-in's {@code http://127.0.0.1:PORT}
     * @param groupToken the community's access token, copied; the caller may wipe its array afterwards
     * @param readTimeout how long an answer's head may take; the whole answer may take twice it
     * @param clock for a {@code Retry-After} given as a date
     */
    public HttpVkMarket(String baseUrl, char[] groupToken, HttpClient http, Duration readTimeout, Clock clock) {
        this.base = BaseUrl.of(baseUrl);
        if (groupToken.length == 0 || !HeaderValue.plain(groupToken)) {
            throw new IllegalArgumentException("a VK token is printable ASCII without spaces");
        }
        this.token = groupToken.clone();
        this.exchange = new HttpExchange(http, readTimeout);
        this.troubles = new HttpTroubles(clock);
    }

    /** VK's own address. */
    public HttpVkMarket(char[] groupToken, HttpClient http, Duration readTimeout, Clock clock) {
        this(DEFAULT_BASE_URL, groupToken, http, readTimeout, clock);
    }

    @Override
    public void setTracking(VkOrderRef order, String trackNumber) {
        if (trackNumber.length() > TRACK_NUMBER_MAX) {
            throw new ProblemException("connect.vk.trackTooLong", trackNumber.length(), TRACK_NUMBER_MAX);
        }
        Map<String, String> form = ids(order);
        form.put("track_number", trackNumber);
        Call call = new Call(MARKETPLACE, Message.of("connect.action.vk.setTracking", order.toString()));
        JsonNode response = call(call, EDIT_ORDER, form);
        if (!(response.canConvertToInt() && response.asInt() == 1)) {
            throw unreadable(call, "response is " + response + ", not 1");
        }
    }

    @Override
    public Optional<String> tracking(VkOrderRef order) {
        Call call = new Call(MARKETPLACE, Message.of("connect.action.vk.tracking", order.toString()));
        JsonNode response = call(call, GET_ORDER, ids(order));
        JsonNode found = response.get("order");
        if (found == null || !found.isObject()) {
            throw unreadable(call, "response has no order");
        }
        JsonNode track = found.get("track_number");
        if (track == null || track.isNull() || track.asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(track.asText());
    }

    private static Map<String, String> ids(VkOrderRef order) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("user_id", Long.toString(order.userId()));
        form.put("order_id", Long.toString(order.orderId()));
        return form;
    }

    /** Calls {@code method} and answers VK's {@code response}; anything else becomes its trouble. */
    private JsonNode call(Call call, String method, Map<String, String> params) {
        StringJoiner form = new StringJoiner("&");
        params.forEach((name, value) -> form.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        form.add("access_token=" + URLEncoder.encode(new String(token), StandardCharsets.UTF_8));
        form.add("v=" + VERSION);
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/method/" + method))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString(), StandardCharsets.UTF_8));
        ApiAnswer answer = exchange.send(call, request);
        if (answer.mediaType().equals("application/problem+json")) {
            throw problem(call, answer);
        }
        JsonNode json;
        try {
            json = answer.json();
        } catch (JsonProcessingException e) {
            if (!answer.successful()) {
                throw byStatus(call, answer);
            }
            throw troubles.unreadable(call, answer, e.getOriginalMessage());
        }
        JsonNode error = json.get("error");
        if (error != null && error.isObject()) {
            throw vkError(call, answer, error);
        }
        if (!answer.successful()) {
            throw byStatus(call, answer);
        }
        JsonNode response = json.get("response");
        if (response == null || response.isNull()) {
            throw troubles.unreadable(call, answer, "neither response nor error");
        }
        return response;
    }

    /** VK's {@code {"error": {"error_code": N, "error_msg": "…"}}}, by its code. */
    private RemoteTrouble vkError(Call call, ApiAnswer answer, JsonNode error) {
        JsonNode codeNode = error.path("error_code");
        String said = error.path("error_msg").asText("").strip();
        if (!codeNode.canConvertToInt()) {
            return troubles.unreadable(call, answer, "an error without error_code");
        }
        int code = codeNode.asInt();
        String reason = said.isEmpty() ? "error " + code : "error " + code + ", " + said;
        String codeText = Integer.toString(code);
        int status = answer.status();
        if (UNAUTHORIZED.contains(code)) {
            return new RemoteTrouble(
                    Kind.UNAUTHORIZED,
                    status,
                    codeText,
                    Optional.empty(),
                    Message.of("connect.vk.unauthorized", reason));
        }
        if (THROTTLED.contains(code)) {
            return troubles.throttled(call, status, codeText, reason, troubles.retryAfter(answer));
        }
        if (SERVER.contains(code)) {
            return troubles.server(call, status, codeText, reason, troubles.retryAfter(answer));
        }
        return new RemoteTrouble(
                Kind.REJECTED,
                status,
                codeText,
                Optional.empty(),
                Message.of("connect.vk.rejected", call.action(), reason));
    }

    /** An RFC 7807 problem document: its status decides the kind, its title and detail are the reason. */
    private RemoteTrouble problem(Call call, ApiAnswer answer) {
        JsonNode doc;
        try {
            doc = answer.json();
        } catch (JsonProcessingException e) {
            if (!answer.successful()) {
                return byStatus(call, answer);
            }
            return troubles.unreadable(call, answer, e.getOriginalMessage());
        }
        JsonNode statusNode = doc.path("status");
        int status = statusNode.canConvertToInt() && statusNode.asInt() >= 400 && statusNode.asInt() < 600
                ? statusNode.asInt()
                : answer.status();
        if (status < 400) {
            return troubles.unreadable(call, answer, "a problem document with status " + status);
        }
        String title = doc.path("title").asText("").strip();
        String detail = doc.path("detail").asText("").strip();
        String reason = title.isEmpty() ? detail : detail.isEmpty() ? title : title + ": " + detail;
        String shown = reason.isEmpty() ? "HTTP " + status : "HTTP " + status + ", " + reason;
        String type = doc.path("type").asText("");
        return switch (HttpTroubles.kindOf(status)) {
            case THROTTLED -> troubles.throttled(call, status, type, shown, troubles.retryAfter(answer));
            case UNAUTHORIZED -> new RemoteTrouble(
                    Kind.UNAUTHORIZED, status, type, Optional.empty(), Message.of("connect.vk.unauthorized", shown));
            case REJECTED -> new RemoteTrouble(
                    Kind.REJECTED,
                    status,
                    type,
                    Optional.empty(),
                    Message.of("connect.vk.rejected", call.action(), shown));
            default -> troubles.server(call, status, type, shown, troubles.retryAfter(answer));
        };
    }

    /** A failure with a body that is neither VK's error nor a problem document (a proxy's page). */
    private RemoteTrouble byStatus(Call call, ApiAnswer answer) {
        String shown = "HTTP " + answer.status();
        return troubles.byStatus(
                call,
                answer,
                "",
                "",
                Message.of("connect.vk.rejected", call.action(), shown),
                Message.of("connect.vk.unauthorized", shown));
    }

    private RemoteTrouble unreadable(Call call, String why) {
        return new RemoteTrouble(
                Kind.SERVER,
                200,
                "",
                Optional.empty(),
                Message.of("connect.unreadable", MARKETPLACE, call.action(), why));
    }

    @Override
    public String toString() {
        return "HttpVkMarket[" + base + ", API " + VERSION + "]";
    }
}
