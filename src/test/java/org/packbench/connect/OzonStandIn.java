package org.packbench.connect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.packbench.connect.StandInServer.Answer;
import org.packbench.connect.StandInServer.Request;
import org.packbench.convert.ozon.OzonTestPdfs;
import org.packbench.marketplace.ozon.Posting;

/**
 * Ozon's Seller API (the FBS routes PackBench calls) on 127.0.0.1, shaped like the public
 * reference: the exemplar routes keep each posting's units (ids made at the first create-or-get),
 * the codes last set (the full set replaces what was there; INVALID_POSTING_STATE once the posting
 * left packaging) and their check ({@code validation_in_process} once, then {@code ship_available},
 * or {@code ship_not_available} naming each refused code), and a posting with marked products
 * ships only when checked and with its units' ids; postings awaiting packaging are listed by cutoff ({@code shipment_date}) with
 * {@code limit}/{@code offset} and a {@code count}, shipping moves a posting from
 * {@code awaiting_packaging} to {@code awaiting_deliver} (and refuses it after that with
 * {@code POSTING_ALREADY_SHIPPED}), labels are a real PDF, one 75×120 mm page per posting with its
 * number as Code 128. Every request must carry the account's {@code Client-Id} and {@code Api-Key}.
 */
public final class OzonStandIn implements AutoCloseable {
    public static final String UNFULFILLED = HttpOzonSeller.UNFULFILLED;
    public static final String GET = HttpOzonSeller.GET;
    public static final String SHIP = HttpOzonSeller.SHIP;
    public static final String LABEL = HttpOzonSeller.LABEL;
    public static final String EXEMPLARS = HttpOzonSeller.EXEMPLARS;
    public static final String SET_EXEMPLARS = HttpOzonSeller.SET_EXEMPLARS;
    public static final String EXEMPLAR_STATUS = HttpOzonSeller.EXEMPLAR_STATUS;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String clientId;
    private final String apiKey;
    private final Map<String, Posting> postings = new LinkedHashMap<>();
    private final Map<String, Integer> shipped = new HashMap<>();
    /** Products (by sku) whose units need a Честный ЗНАК code each. */
    private final java.util.Set<Long> marked = new java.util.HashSet<>();
    /** Codes (by a part of them) that Ozon's check refuses, with the error code it gives. */
    private final Map<String, String> refusedCodes = new LinkedHashMap<>();
    /** Per posting: each product's units' ids, made at the first create-or-get. */
    private final Map<String, Map<Long, List<Long>>> exemplars = new HashMap<>();
    /** Per posting: the code set for each unit id, as the last exemplar/set gave it. */
    private final Map<String, Map<Long, String>> codes = new HashMap<>();
    /** Per posting: status answers still "validation_in_process" before the verdict. */
    private final Map<String, Integer> checking = new HashMap<>();

    private final Map<String, Integer> sets = new HashMap<>();
    private long nextExemplar = 3_000_000_001L;
    private final StandInServer server;

    public OzonStandIn(String clientId, String apiKey) {
        this.clientId = clientId;
        this.apiKey = apiKey;
        this.server = new StandInServer("ozon", this::answer);
    }

    /** {@code http://127.0.0.1:PORT}, for {@link HttpOzonSeller}. */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** Holds {@code posting} as it is (its status included), replacing one of the same number. */
    public void add(Posting posting) {
        synchronized (this) {
            postings.put(posting.number(), posting);
        }
    }

    /** A posting awaiting packaging. */
    public Posting add(String number, Instant inProcessAt, Instant shipmentDate, List<Posting.Product> products) {
        Posting p = new Posting(
                number, Posting.AWAITING_PACKAGING, inProcessAt, Optional.ofNullable(shipmentDate), products);
        add(p);
        return p;
    }

    /** The posting as the stand-in holds it now. */
    public synchronized Optional<Posting> posting(String number) {
        return Optional.ofNullable(postings.get(number));
    }

    /** Ship calls that took effect for this posting. */
    public synchronized int shipped(String number) {
        return shipped.getOrDefault(number, 0);
    }

    /** The units of product {@code sku}, in any posting, each need a Честный ЗНАК code. */
    public synchronized void needsMarks(long sku) {
        marked.add(sku);
    }

    /** Ozon's check refuses any code containing {@code part}, with {@code errorCode}. */
    public synchronized void refuseCode(String part, String errorCode) {
        refusedCodes.put(part, errorCode);
    }

    /** The codes the last {@code exemplar/set} gave the posting, unit by unit in id order. */
    public synchronized List<String> codes(String number) {
        return new java.util.TreeMap<>(codes.getOrDefault(number, Map.of()))
                .values().stream().toList();
    }

    /** The units' ids of {@code sku} in the posting, once create-or-get made them. */
    public synchronized List<Long> exemplarIds(String number, long sku) {
        return exemplars.getOrDefault(number, Map.of()).getOrDefault(sku, List.of());
    }

    /** {@code exemplar/set} calls that took effect for this posting. */
    public synchronized int sets(String number) {
        return sets.getOrDefault(number, 0);
    }

    /** Requests that reached {@code route} (one of the constants), faulted or not. */
    public int requests(String route) {
        return server.requests(route);
    }

    /** The next requests to {@code route} meet these faults, one each. */
    public void fail(String route, Fault... faults) {
        server.fail(route, List.of(faults));
    }

    /** The next {@code times} requests to {@code route} meet {@code fault}. */
    public void fail(String route, int times, Fault fault) {
        server.fail(route, Collections.nCopies(times, fault));
    }

    /** Each request meets one of {@code among} with probability {@code rate}, drawn from {@code seed}. */
    public void randomFaults(double rate, long seed, List<Fault> among) {
        server.randomFaults(rate, seed, among);
    }

    /** An Ozon error answer: {@code {"code": code, "message": message, "details": []}}. */
    public static Fault error(int status, int code, String message) {
        return Fault.status(status, "application/json", errorBody(code, message), Map.of());
    }

    // Called by the server under its lock, one request at a time; the stand-in's own lock guards
    // the postings against the test thread.
    private Answer answer(Request request) {
        synchronized (this) {
            if (!request.method().equals("POST")) {
                return refuse(405, 12, "method not allowed");
            }
            if (!request.header("Client-Id").orElse("").equals(clientId)
                    || !request.header("Api-Key").orElse("").equals(apiKey)) {
                return refuse(401, 16, "Client-Id and Api-Key do not match an account");
            }
            JsonNode body;
            try {
                body = JSON.readTree(request.body());
            } catch (IOException e) {
                return refuse(400, 3, "invalid request body");
            }
            if (body == null || !body.isObject()) {
                return refuse(400, 3, "invalid request body");
            }
            return switch (request.path()) {
                case UNFULFILLED -> unfulfilled(body);
                case GET -> get(body);
                case SHIP -> ship(body);
                case LABEL -> label(body);
                case EXEMPLARS -> createOrGet(body);
                case SET_EXEMPLARS -> setExemplars(body);
                case EXEMPLAR_STATUS -> exemplarStatus(body);
                default -> refuse(404, 5, "Not Found");
            };
        }
    }

    private Answer unfulfilled(JsonNode body) {
        JsonNode filter = body.path("filter");
        Instant from;
        Instant to;
        try {
            from = OffsetDateTime.parse(filter.path("cutoff_from").asText()).toInstant();
            to = OffsetDateTime.parse(filter.path("cutoff_to").asText()).toInstant();
        } catch (DateTimeParseException e) {
            return refuse(400, 3, "filter.cutoff_from and filter.cutoff_to are required");
        }
        int limit = body.path("limit").asInt(0);
        int offset = body.path("offset").asInt(-1);
        if (limit < 1 || limit > 1000 || offset < 0) {
            return refuse(400, 3, "limit must be 1 to 1000 and offset 0 or more");
        }
        String status = filter.path("status").asText("");
        Comparator<Posting> order = Comparator.comparing(
                        (Posting p) -> p.shipmentDate().orElseThrow())
                .thenComparing(Posting::number);
        if (body.path("dir").asText("ASC").equalsIgnoreCase("DESC")) {
            order = order.reversed();
        }
        List<Posting> matching = postings.values().stream()
                .filter(p -> status.isEmpty() || p.status().equals(status))
                .filter(p -> p.shipmentDate().isPresent()
                        && !p.shipmentDate().get().isBefore(from)
                        && !p.shipmentDate().get().isAfter(to))
                .sorted(order)
                .toList();
        ObjectNode answer = JSON.createObjectNode();
        ObjectNode result = answer.putObject("result");
        ArrayNode list = result.putArray("postings");
        matching.stream().skip(offset).limit(limit).forEach(p -> list.add(json(p)));
        result.put("count", matching.size());
        return ok(answer);
    }

    private Answer get(JsonNode body) {
        Posting p = postings.get(body.path("posting_number").asText(""));
        if (p == null) {
            return refuse(404, 5, "POSTING_NOT_FOUND");
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.set("result", json(p));
        return ok(answer);
    }

    private Answer ship(JsonNode body) {
        String number = body.path("posting_number").asText("");
        Posting p = postings.get(number);
        if (p == null) {
            return refuse(404, 5, "POSTING_NOT_FOUND");
        }
        if (p.status().equals("cancelled")) {
            return refuse(400, 3, "POSTING_ALREADY_CANCELLED");
        }
        if (!p.status().equals(Posting.AWAITING_PACKAGING)) {
            return refuse(400, 3, "POSTING_ALREADY_SHIPPED");
        }
        JsonNode packages = body.path("packages");
        if (!packages.isArray() || packages.isEmpty()) {
            return refuse(400, 3, "packages are required");
        }
        Map<Long, Integer> wanted = new HashMap<>();
        p.products().forEach(item -> wanted.merge(item.sku(), item.quantity(), Integer::sum));
        Map<Long, Integer> packed = new HashMap<>();
        List<List<Posting.Product>> split = new ArrayList<>();
        for (JsonNode pack : packages) {
            List<Posting.Product> inside = new ArrayList<>();
            for (JsonNode item : pack.path("products")) {
                long sku = item.path("product_id").asLong();
                int quantity = item.path("quantity").asInt();
                Optional<Posting.Product> line =
                        p.products().stream().filter(x -> x.sku() == sku).findFirst();
                if (line.isEmpty() || quantity < 1) {
                    return refuse(400, 3, "PRODUCT_NOT_IN_POSTING");
                }
                packed.merge(sku, quantity, Integer::sum);
                inside.add(new Posting.Product(
                        sku, line.get().offerId(), line.get().name(), quantity));
            }
            if (inside.isEmpty()) {
                return refuse(400, 3, "a package has no products");
            }
            split.add(inside);
        }
        if (!packed.equals(wanted)) {
            return refuse(400, 3, "PRODUCT_QUANTITY_MISMATCH");
        }
        // A posting with items that need codes ships only once they were checked, its products
        // carrying their units' ids.
        if (p.products().stream().anyMatch(x -> marked.contains(x.sku()))) {
            if (!verdict(number).equals("ship_available")) {
                return refuse(400, 3, "EXEMPLARS_NOT_VALIDATED");
            }
            Map<Long, List<Long>> sent = new HashMap<>();
            for (JsonNode pack : packages) {
                for (JsonNode item : pack.path("products")) {
                    for (JsonNode id : item.path("exemplarsIds")) {
                        sent.computeIfAbsent(item.path("product_id").asLong(), k -> new ArrayList<>())
                                .add(Long.parseLong(id.asText()));
                    }
                }
            }
            for (Posting.Product item : p.products()) {
                if (marked.contains(item.sku())
                        && !sent.getOrDefault(item.sku(), List.of()).equals(exemplarIds(number, item.sku()))) {
                    return refuse(400, 3, "EXEMPLAR_IDS_MISMATCH");
                }
            }
        }
        // Taken: the first package stays this posting, each further one becomes a posting of its own.
        List<String> made = new ArrayList<>();
        String prefix = number.substring(0, number.lastIndexOf('-') + 1);
        for (int i = 0; i < split.size(); i++) {
            String madeNumber = i == 0 ? number : nextNumber(prefix);
            postings.put(
                    madeNumber,
                    new Posting(madeNumber, Posting.AWAITING_DELIVER, p.inProcessAt(), p.shipmentDate(), split.get(i)));
            made.add(madeNumber);
        }
        shipped.merge(number, 1, Integer::sum);
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode result = answer.putArray("result");
        made.forEach(result::add);
        ArrayNode additional = answer.putArray("additional_data");
        for (String m : made) {
            ObjectNode data = additional.addObject();
            data.put("posting_number", m);
            ArrayNode products = data.putArray("products");
            for (Posting.Product item : postings.get(m).products()) {
                products.addObject()
                        .put("product_id", item.sku())
                        .put("quantity", item.quantity())
                        .put("offer_id", item.offerId())
                        .put("name", item.name())
                        .put("price", "0.00")
                        .put("currency_code", "RUB");
            }
        }
        return ok(answer);
    }

    private Map<Long, List<Long>> units(Posting p) {
        return exemplars.computeIfAbsent(p.number(), n -> {
            Map<Long, List<Long>> made = new LinkedHashMap<>();
            for (Posting.Product item : p.products()) {
                List<Long> ids = made.computeIfAbsent(item.sku(), k -> new ArrayList<>());
                for (int i = 0; i < item.quantity(); i++) {
                    ids.add(nextExemplar++);
                }
            }
            return made;
        });
    }

    private Answer createOrGet(JsonNode body) {
        Posting p = postings.get(body.path("posting_number").asText(""));
        if (p == null) {
            return refuse(404, 5, "POSTING_NOT_FOUND");
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.put("multi_box_qty", 1);
        answer.put("posting_number", p.number());
        ArrayNode products = answer.putArray("products");
        Map<Long, String> set = codes.getOrDefault(p.number(), Map.of());
        for (Map.Entry<Long, List<Long>> e : units(p).entrySet()) {
            ObjectNode product = products.addObject();
            ArrayNode list = product.putArray("exemplars");
            for (long id : e.getValue()) {
                ObjectNode exemplar = list.addObject();
                exemplar.put("exemplar_id", id);
                exemplar.put("gtd", "");
                exemplar.put("is_gtd_absent", false);
                exemplar.put("is_rnpt_absent", false);
                ArrayNode marks = exemplar.putArray("marks");
                if (set.containsKey(id)) {
                    marks.addObject().put("mark", set.get(id)).put("mark_type", "mandatory_mark");
                }
                exemplar.put("rnpt", "");
            }
            product.put("has_imei", false);
            product.put("is_gtd_needed", false);
            product.put("is_jw_uin_needed", false);
            product.put("is_mandatory_mark_needed", marked.contains(e.getKey()));
            product.put("is_mandatory_mark_possible", marked.contains(e.getKey()));
            product.put("is_rnpt_needed", false);
            product.put("product_id", e.getKey());
            product.put("quantity", e.getValue().size());
        }
        return ok(answer);
    }

    private Answer setExemplars(JsonNode body) {
        Posting p = postings.get(body.path("posting_number").asText(""));
        if (p == null) {
            return refuse(404, 5, "POSTING_NOT_FOUND");
        }
        if (!p.status().equals(Posting.AWAITING_PACKAGING)) {
            return refuse(400, 3, "INVALID_POSTING_STATE");
        }
        Map<Long, List<Long>> theirs = units(p);
        Map<Long, String> given = new HashMap<>();
        for (JsonNode product : body.path("products")) {
            List<Long> ids = theirs.get(product.path("product_id").asLong());
            if (ids == null) {
                return refuse(400, 3, "PRODUCT_NOT_IN_POSTING");
            }
            for (JsonNode e : product.path("exemplars")) {
                long id = e.path("exemplar_id").asLong();
                if (!ids.contains(id)) {
                    return refuse(400, 3, "EXEMPLAR_NOT_FOUND");
                }
                if (!e.path("is_gtd_absent").asBoolean(false)
                        && e.path("gtd").asText("").isEmpty()) {
                    return refuse(400, 3, "GTD_REQUIRED");
                }
                for (JsonNode m : e.path("marks")) {
                    if (!m.path("mark_type").asText().equals("mandatory_mark")) {
                        return refuse(400, 3, "INVALID_MARK_TYPE");
                    }
                    given.put(id, m.path("mark").asText());
                }
            }
        }
        // Always the full set: what this call did not give, the posting no longer has.
        codes.put(p.number(), given);
        checking.put(p.number(), 1);
        sets.merge(p.number(), 1, Integer::sum);
        return ok(JSON.createObjectNode());
    }

    /** What the check of the posting's codes says once done: every marked unit with a code nobody refused. */
    private String verdict(String number) {
        Posting p = postings.get(number);
        Map<Long, String> set = codes.get(number);
        if (set == null || checking.getOrDefault(number, 0) > 0) {
            return set == null ? "update_available" : "validation_in_process";
        }
        for (Map.Entry<Long, List<Long>> e : units(p).entrySet()) {
            for (long id : e.getValue()) {
                String code = set.get(id);
                if (marked.contains(e.getKey()) && code == null
                        || code != null && refusal(code).isPresent()) {
                    return "ship_not_available";
                }
            }
        }
        return "ship_available";
    }

    private Optional<String> refusal(String code) {
        return refusedCodes.entrySet().stream()
                .filter(r -> code.contains(r.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private Answer exemplarStatus(JsonNode body) {
        String number = body.path("posting_number").asText("");
        Posting p = postings.get(number);
        if (p == null) {
            return refuse(404, 5, "POSTING_NOT_FOUND");
        }
        boolean inProcess = checking.getOrDefault(number, 0) > 0;
        String status = verdict(number);
        if (inProcess) {
            checking.merge(number, -1, Integer::sum);
        }
        Map<Long, String> set = codes.getOrDefault(number, Map.of());
        ObjectNode answer = JSON.createObjectNode();
        answer.put("posting_number", number);
        ArrayNode products = answer.putArray("products");
        for (Map.Entry<Long, List<Long>> e : units(p).entrySet()) {
            ObjectNode product = products.addObject();
            ArrayNode list = product.putArray("exemplars");
            for (long id : e.getValue()) {
                ObjectNode exemplar = list.addObject();
                exemplar.put("exemplar_id", id);
                exemplar.put("gtd", "");
                exemplar.put("gtd_check_status", "");
                exemplar.putArray("gtd_error_codes");
                exemplar.put("is_gtd_absent", true);
                exemplar.put("is_rnpt_absent", true);
                ArrayNode marks = exemplar.putArray("marks");
                String code = set.get(id);
                if (code != null) {
                    ObjectNode m = marks.addObject();
                    Optional<String> refused = refusal(code);
                    m.put("check_status", inProcess ? "processing" : refused.isPresent() ? "failed" : "passed");
                    ArrayNode errors = m.putArray("error_codes");
                    if (!inProcess) {
                        refused.ifPresent(errors::add);
                    }
                    m.put("mark", code);
                    m.put("mark_type", "mandatory_mark");
                }
                exemplar.put("rnpt", "");
                exemplar.put("rnpt_check_status", "");
                exemplar.putArray("rnpt_error_codes");
            }
            product.put("product_id", e.getKey());
        }
        answer.put("status", status);
        return ok(answer);
    }

    private String nextNumber(String prefix) {
        int n = 1;
        while (postings.containsKey(prefix + n)) {
            n++;
        }
        return prefix + n;
    }

    private Answer label(JsonNode body) {
        JsonNode numbers = body.path("posting_number");
        if (!numbers.isArray() || numbers.isEmpty() || numbers.size() > 20) {
            return refuse(400, 3, "posting_number holds 1 to 20 postings");
        }
        List<OzonTestPdfs.Page> pages = new ArrayList<>();
        for (JsonNode n : numbers) {
            Posting p = postings.get(n.asText());
            if (p == null) {
                return refuse(404, 5, "POSTING_NOT_FOUND");
            }
            if (!p.status().equals(Posting.AWAITING_DELIVER)) {
                return refuse(400, 3, "POSTINGS_NOT_IN_AWAITING_DELIVER: " + p.number());
            }
            pages.add(OzonTestPdfs.Page.fbs(p.number()));
        }
        return new Answer(200, "application/pdf", Map.of(), OzonTestPdfs.pdf(pages));
    }

    private static ObjectNode json(Posting p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("posting_number", p.number());
        String order =
                p.number().contains("-") ? p.number().substring(0, p.number().lastIndexOf('-')) : p.number();
        n.put("order_number", order);
        n.put("order_id", Math.abs((long) order.hashCode()));
        n.put("status", p.status());
        n.put("substatus", "posting_" + p.status());
        n.put("tracking_number", "");
        n.put("tpl_integration_type", "ozon");
        n.put("in_process_at", p.inProcessAt().toString());
        if (p.shipmentDate().isPresent()) {
            n.put("shipment_date", p.shipmentDate().get().toString());
        } else {
            n.putNull("shipment_date");
        }
        n.putNull("delivering_date");
        ArrayNode products = n.putArray("products");
        for (Posting.Product item : p.products()) {
            products.addObject()
                    .put("price", "990.0000")
                    .put("currency_code", "RUB")
                    .put("offer_id", item.offerId())
                    .put("name", item.name())
                    .put("sku", item.sku())
                    .put("quantity", item.quantity());
        }
        return n;
    }

    private static Answer ok(ObjectNode answer) {
        try {
            return Answer.json(200, JSON.writeValueAsString(answer));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Answer refuse(int status, int code, String message) {
        return Answer.json(status, errorBody(code, message));
    }

    private static String errorBody(int code, String message) {
        ObjectNode e = JSON.createObjectNode();
        e.put("code", code);
        e.put("message", message);
        e.putArray("details");
        return e.toString();
    }

    @Override
    public void close() {
        server.close();
    }
}
