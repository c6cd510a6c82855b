package org.packbench.connect;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.packbench.connect.StandInServer.Answer;
import org.packbench.connect.StandInServer.Request;
import org.packbench.marketplace.vk.VkOrderRef;

/**
 * VK's API for a community's market orders on 127.0.0.1: {@code POST /method/market.editOrder}
 * and {@code /method/market.getOrderById} with form bodies, errors as VK sends them (HTTP 200 with
 * an {@code error} object). The community token must come in the body ({@code access_token}), the
 * version as {@code v}; a request with a query string is refused, so a token in a URL fails a test.
 */
public final class VkStandIn implements AutoCloseable {
    public static final String EDIT_ORDER = HttpVkMarket.EDIT_ORDER;
    public static final String GET_ORDER = HttpVkMarket.GET_ORDER;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int TRACK_MAX = 60;

    private final String token;
    private final Map<VkOrderRef, Optional<String>> orders = new LinkedHashMap<>();
    private final Map<VkOrderRef, Integer> edits = new HashMap<>();
    private final StandInServer server;

    public VkStandIn(String token) {
        this.token = token;
        this.server = new StandInServer("vk", this::answer);
    }

    /** {@code http://127.0.0.1:PORT}, for {@link HttpVkMarket}. */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** An order of the community, without a track number. */
    public synchronized void addOrder(VkOrderRef order) {
        orders.put(order, Optional.empty());
    }

    /** The order's track number as VK holds it now. */
    public synchronized Optional<String> trackNumber(VkOrderRef order) {
        return orders.getOrDefault(order, Optional.empty());
    }

    /** {@code market.editOrder} calls that took effect for this order. */
    public synchronized int edits(VkOrderRef order) {
        return edits.getOrDefault(order, 0);
    }

    /** Requests that reached {@code method} ({@link #EDIT_ORDER}, {@link #GET_ORDER}), faulted or not. */
    public int requests(String method) {
        return server.requests(path(method));
    }

    /** The next requests to {@code method} meet these faults, one each. */
    public void fail(String method, Fault... faults) {
        server.fail(path(method), List.of(faults));
    }

    public void fail(String method, int times, Fault fault) {
        server.fail(path(method), Collections.nCopies(times, fault));
    }

    public void randomFaults(double rate, long seed, List<Fault> among) {
        server.randomFaults(rate, seed, among);
    }

    /** VK's own error: HTTP 200, {@code {"error": {"error_code", "error_msg", "request_params"}}}. */
    public static Fault error(int code, String message) {
        return Fault.status(200, "application/json", errorBody(code, message, "market.editOrder"), Map.of());
    }

    /** An RFC 7807 problem document, as VK's logistics API answers. */
    public static Fault problem(int status, String title, String detail) {
        ObjectNode doc = JSON.objectNode();
        doc.put("type", "https://api.vk.com/problems/" + status);
        doc.put("title", title);
        doc.put("status", status);
        doc.put("detail", detail);
        return Fault.status(status, "application/problem+json", doc.toString(), Map.of());
    }

    private static String path(String method) {
        return "/method/" + method;
    }

    private Answer answer(Request request) {
        synchronized (this) {
            String method =
                    request.path().startsWith("/method/") ? request.path().substring(8) : "";
            if (!request.query().isEmpty()) {
                return Answer.json(400, "{\"error\":\"parameters travel in the body, never in the URL\"}");
            }
            Map<String, String> form = form(request.text());
            if (!token.equals(form.get("access_token"))) {
                return vkError(5, "User authorization failed: invalid access_token (4).", method);
            }
            if (!form.containsKey("v")) {
                return vkError(8, "Invalid request: v is required", method);
            }
            VkOrderRef order;
            try {
                order = new VkOrderRef(Long.parseLong(form.get("user_id")), Long.parseLong(form.get("order_id")));
            } catch (RuntimeException e) {
                return vkError(
                        100, "One of the parameters specified was missing or invalid: user_id, order_id", method);
            }
            if (!orders.containsKey(order)) {
                return vkError(100, "One of the parameters specified was missing or invalid: order not found", method);
            }
            return switch (method) {
                case EDIT_ORDER -> edit(order, form);
                case GET_ORDER -> get(order);
                default -> vkError(3, "Unknown method passed", method);
            };
        }
    }

    private Answer edit(VkOrderRef order, Map<String, String> form) {
        String track = form.get("track_number");
        if (track != null) {
            if (track.length() > TRACK_MAX) {
                return vkError(
                        100,
                        "One of the parameters specified was missing or invalid: track_number is too long",
                        EDIT_ORDER);
            }
            orders.put(order, track.isEmpty() ? Optional.empty() : Optional.of(track));
        }
        edits.merge(order, 1, Integer::sum);
        return Answer.json(200, "{\"response\":1}");
    }

    private Answer get(VkOrderRef order) {
        ObjectNode answer = JSON.objectNode();
        ObjectNode o = answer.putObject("response").putObject("order");
        o.put("id", order.orderId());
        o.put("group_id", 1);
        o.put("user_id", order.userId());
        o.put("display_order_id", order.toString());
        o.put("status", 1);
        o.put("date", 1_700_000_000L);
        orders.get(order).ifPresent(t -> o.put("track_number", t));
        return Answer.json(200, answer.toString());
    }

    private static Answer vkError(int code, String message, String method) {
        return Answer.json(200, errorBody(code, message, method));
    }

    private static String errorBody(int code, String message, String method) {
        ObjectNode answer = JSON.objectNode();
        ObjectNode error = answer.putObject("error");
        error.put("error_code", code);
        error.put("error_msg", message);
        ArrayNode params = error.putArray("request_params");
        params.addObject().put("key", "method").put("value", method);
        params.addObject().put("key", "v").put("value", HttpVkMarket.VERSION);
        return answer.toString();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(name, value);
        }
        return form;
    }

    @Override
    public void close() {
        server.close();
    }
}
