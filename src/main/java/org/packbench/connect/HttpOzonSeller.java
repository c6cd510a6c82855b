package org.packbench.connect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.packbench.i18n.Message;
import org.packbench.marketplace.ozon.Exemplars;
import org.packbench.marketplace.ozon.OzonSeller;
import org.packbench.marketplace.ozon.Posting;
import org.packbench.marketplace.remote.RemoteTrouble;
import org.packbench.marketplace.remote.RemoteTrouble.Kind;

/**
 * Ozon's Seller API (FBS) over HTTP: JSON both ways, the account's {@code Client-Id} and
 * {@code Api-Key} as headers. The key is kept as characters and made a string only for the header
 * of each request; it never appears in a URL, a message or {@link #toString()}.
 */
public final class HttpOzonSeller implements OzonSeller {
    public static final String DEFAULT_BASE_URL = "https://api-seller.ozon.ru";

    static final String UNFULFILLED = "/v3/posting/fbs/unfulfilled/list";
    static final String GET = "/v3/posting/fbs/get";
    static final String SHIP = "/v4/posting/fbs/ship";
    static final String LABEL = "/v2/posting/fbs/package-label";
    static final String EXEMPLARS = "/v6/fbs/posting/product/exemplar/create-or-get";
    static final String SET_EXEMPLARS = "/v6/fbs/posting/product/exemplar/set";
    static final String EXEMPLAR_STATUS = "/v5/fbs/posting/product/exemplar/status";
    /** The most postings one page of {@code unfulfilled/list} holds, as Ozon documents it. */
    public static final int MAX_PAGE = 1000;

    private static final String MARKETPLACE = "Ozon";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Ozon's error words that have a sentence of their own in the bundle ("connect.ozon.reason." + word). */
    private static final Set<String> KNOWN_REASONS =
            Set.of("POSTING_ALREADY_SHIPPED", "POSTING_ALREADY_CANCELLED", "INVALID_POSTING_STATE");

    private final BaseUrl base;
    private final String clientId;
    private final char[] apiKey;
    private final HttpExchange exchange;
    private final HttpTroubles troubles;

    /**
     * @param baseUrl {@link #DEFAULT_BASE_URL}, or a stand-in's {@code http://127.0.0.1:PORT}
     * @param apiKey copied; the caller may wipe its array afterwards
     * @param readTimeout how long an answer's head may take; the whole answer may take twice it
     * @param clock for a {@code Retry-After} given as a date
     */
    public HttpOzonSeller(
            String baseUrl, String clientId, char[] apiKey, HttpClient http, Duration readTimeout, Clock clock) {
        this.base = BaseUrl.of(baseUrl);
        if (clientId.isBlank() || !HeaderValue.plain(clientId)) {
            throw new IllegalArgumentException("a Client-Id is printable ASCII without spaces");
        }
        if (apiKey.length == 0 || !HeaderValue.plain(apiKey)) {
            // The key itself is not named: it may be nearly right.
            throw new IllegalArgumentException("an Api-Key is printable ASCII without spaces");
        }
        this.clientId = clientId;
        this.apiKey = apiKey.clone();
        this.exchange = new HttpExchange(http, readTimeout);
        this.troubles = new HttpTroubles(clock);
    }

    @Override
    public PostingPage unfulfilled(Instant cutoffFrom, Instant cutoffTo, int offset, int limit) {
        if (limit < 1 || limit > MAX_PAGE || offset < 0) {
            throw new IllegalArgumentException(
                    "a page of 1 to " + MAX_PAGE + " from offset 0 or more: " + limit + " from " + offset);
        }
        if (cutoffTo.isBefore(cutoffFrom)) {
            throw new IllegalArgumentException("cutoff " + cutoffFrom + " is after " + cutoffTo);
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("dir", "ASC");
        ObjectNode filter = body.putObject("filter");
        filter.put("cutoff_from", cutoffFrom.toString());
        filter.put("cutoff_to", cutoffTo.toString());
        filter.put("status", Posting.AWAITING_PACKAGING);
        body.put("limit", limit);
        body.put("offset", offset);
        ObjectNode with = body.putObject("with");
        with.put("analytics_data", false);
        with.put("barcodes", false);
        with.put("financial_data", false);
        with.put("translit", false);
        Call call = call(Message.of("connect.action.ozon.unfulfilled", cutoffFrom.toString(), cutoffTo.toString()));
        ApiAnswer answer = post(call, UNFULFILLED, body);
        try {
            JsonNode result = OzonJson.field(answer.json(), "result");
            JsonNode list = OzonJson.field(result, "postings");
            if (!list.isArray()) {
                throw new OzonJson.Unreadable("result.postings is no list");
            }
            List<Posting> postings = new ArrayList<>();
            for (JsonNode p : list) {
                postings.add(OzonJson.posting(p));
            }
            return new PostingPage(postings, hasNext(result, offset, limit, postings.size()));
        } catch (JsonProcessingException | OzonJson.Unreadable e) {
            throw troubles.unreadable(call, answer, reason(e));
        }
    }

    /**
     * Whether another page may follow. Ozon's v3 answer carries {@code count} (documented as the
     * counter of elements) and, in later versions, {@code has_next}: {@code has_next} is taken when
     * present; otherwise a full page, or a count beyond this page, means one more page is asked for
     * (an empty last page costs one call, a missed page would cost an order).
     */
    private static boolean hasNext(JsonNode result, int offset, int limit, int got) {
        JsonNode hasNext = result.get("has_next");
        if (hasNext != null && hasNext.isBoolean()) {
            return hasNext.booleanValue();
        }
        JsonNode count = result.get("count");
        boolean beyond = count != null && count.canConvertToLong() && count.longValue() > (long) offset + got;
        return got >= limit || (beyond && got > 0);
    }

    @Override
    public Posting posting(String postingNumber) {
        requireNumber(postingNumber);
        ObjectNode body = JSON.createObjectNode();
        body.put("posting_number", postingNumber);
        Call call = call(Message.of("connect.action.ozon.posting", postingNumber));
        ApiAnswer answer = post(call, GET, body);
        try {
            return OzonJson.posting(OzonJson.field(answer.json(), "result"));
        } catch (JsonProcessingException | OzonJson.Unreadable e) {
            throw troubles.unreadable(call, answer, reason(e));
        }
    }

    @Override
    public List<String> ship(String postingNumber, List<ShipPackage> packages) {
        requireNumber(postingNumber);
        if (packages.isEmpty()) {
            throw new IllegalArgumentException("a posting is shipped in one package at least");
        }
        ObjectNode body = JSON.createObjectNode();
        ArrayNode packs = body.putArray("packages");
        for (ShipPackage pack : packages) {
            if (pack.products().isEmpty()) {
                throw new IllegalArgumentException("a package holds one product at least");
            }
            ArrayNode products = packs.addObject().putArray("products");
            for (ShipItem item : pack.products()) {
                if (item.quantity() < 1) {
                    throw new IllegalArgumentException("a quantity is 1 or more: " + item);
                }
                ObjectNode product =
                        products.addObject().put("product_id", item.productId()).put("quantity", item.quantity());
                if (!item.exemplarIds().isEmpty()) {
                    // As Ozon names them on its ship calls: int64 ids written as strings.
                    ArrayNode ids = product.putArray("exemplarsIds");
                    item.exemplarIds().forEach(id -> ids.add(Long.toString(id)));
                }
            }
        }
        body.put("posting_number", postingNumber);
        body.putObject("with").put("additional_data", true);
        Call call = call(Message.of("connect.action.ozon.ship", postingNumber));
        ApiAnswer answer = post(call, SHIP, body);
        try {
            JsonNode result = OzonJson.field(answer.json(), "result");
            if (!result.isArray() || result.isEmpty()) {
                throw new OzonJson.Unreadable("result is no list of postings");
            }
            List<String> made = new ArrayList<>();
            for (JsonNode n : result) {
                if (!n.isTextual() || n.asText().isBlank()) {
                    throw new OzonJson.Unreadable("result holds something other than a posting number");
                }
                made.add(n.asText());
            }
            return List.copyOf(made);
        } catch (JsonProcessingException | OzonJson.Unreadable e) {
            throw troubles.unreadable(call, answer, reason(e));
        }
    }

    @Override
    public byte[] packageLabel(List<String> postingNumbers) {
        if (postingNumbers.isEmpty() || postingNumbers.size() > LABELS_PER_CALL) {
            throw new IllegalArgumentException(
                    "Ozon makes labels for 1 to " + LABELS_PER_CALL + " postings a call: " + postingNumbers.size());
        }
        postingNumbers.forEach(HttpOzonSeller::requireNumber);
        ObjectNode body = JSON.createObjectNode();
        ArrayNode numbers = body.putArray("posting_number");
        postingNumbers.forEach(numbers::add);
        Call call = call(Message.of("connect.action.ozon.label", String.join(", ", postingNumbers)));
        ApiAnswer answer = post(call, LABEL, body);
        if (answer.bodyStartsWith("%PDF-")) {
            return answer.body();
        }
        if (answer.mediaType().equals("application/pdf")) {
            throw troubles.unreadable(call, answer, "application/pdf that is no PDF");
        }
        // The reference also describes the PDF wrapped in JSON as base64 file_content.
        try {
            JsonNode content = OzonJson.field(answer.json(), "file_content");
            byte[] pdf = Base64.getMimeDecoder().decode(content.asText());
            if (pdf.length < 5 || !new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
                throw new OzonJson.Unreadable("file_content is no PDF");
            }
            return pdf;
        } catch (JsonProcessingException | OzonJson.Unreadable | IllegalArgumentException e) {
            throw troubles.unreadable(call, answer, reason(e));
        }
    }

    @Override
    public List<Exemplars.Product> exemplars(String postingNumber) {
        requireNumber(postingNumber);
        ObjectNode body = JSON.createObjectNode();
        body.put("posting_number", postingNumber);
        Call call = call(Message.of("connect.action.ozon.exemplars", postingNumber));
        ApiAnswer answer = post(call, EXEMPLARS, body);
        try {
            return OzonJson.exemplars(answer.json());
        } catch (JsonProcessingException | OzonJson.Unreadable e) {
            throw troubles.unreadable(call, answer, reason(e));
        }
    }

    @Override
    public void setExemplars(String postingNumber, List<Exemplars.Filled> units) {
        requireNumber(postingNumber);
        if (units.isEmpty()) {
            throw new IllegalArgumentException("a posting has one unit at least");
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("multi_box_qty", 1);
        body.put("posting_number", postingNumber);
        ArrayNode products = body.putArray("products");
        java.util.Map<Long, ArrayNode> byProduct = new java.util.LinkedHashMap<>();
        for (Exemplars.Filled unit : units) {
            ArrayNode exemplars = byProduct.computeIfAbsent(unit.productId(), id -> {
                ObjectNode product = products.addObject();
                product.put("product_id", id);
                return product.putArray("exemplars");
            });
            ObjectNode exemplar = exemplars.addObject();
            exemplar.put("exemplar_id", unit.exemplarId());
            // No customs declaration or batch number is known at the bench: said absent, as Ozon asks.
            exemplar.put("gtd", "");
            exemplar.put("is_gtd_absent", true);
            exemplar.put("rnpt", "");
            exemplar.put("is_rnpt_absent", true);
            ArrayNode marks = exemplar.putArray("marks");
            unit.mark().ifPresent(m -> marks.addObject().put("mark", m).put("mark_type", Exemplars.MANDATORY_MARK));
        }
        Call call = call(Message.of("connect.action.ozon.setExemplars", postingNumber));
        post(call, SET_EXEMPLARS, body);
    }

    @Override
    public Exemplars.Status exemplarStatus(String postingNumber) {
        requireNumber(postingNumber);
        ObjectNode body = JSON.createObjectNode();
        body.put("posting_number", postingNumber);
        Call call = call(Message.of("connect.action.ozon.exemplarStatus", postingNumber));
        ApiAnswer answer = post(call, EXEMPLAR_STATUS, body);
        try {
            return OzonJson.exemplarStatus(answer.json());
        } catch (JsonProcessingException | OzonJson.Unreadable e) {
            throw troubles.unreadable(call, answer, reason(e));
        }
    }

    private Call call(Message action) {
        return new Call(MARKETPLACE, action);
    }

    /** Posts {@code body} to {@code path}; an answer that is no success becomes its trouble. */
    private ApiAnswer post(Call call, String path, ObjectNode body) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(base.resolve(path))
                    .header("Client-Id", clientId)
                    .header("Api-Key", new String(apiKey))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json, application/pdf")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a request body of plain values could not be written", e);
        }
        ApiAnswer answer = exchange.send(call, request);
        if (!answer.successful()) {
            throw refusal(call, path, answer);
        }
        return answer;
    }

    private RemoteTrouble refusal(Call call, String path, ApiAnswer answer) {
        String code = "";
        String said = "";
        try {
            JsonNode error = answer.json();
            code = error.path("code").isValueNode() ? error.path("code").asText() : "";
            said = error.path("message").isValueNode()
                    ? error.path("message").asText().strip()
                    : "";
        } catch (JsonProcessingException e) {
            // An error page instead of Ozon's error body (a proxy's, a gateway's): the status says enough.
        }
        int status = answer.status();
        if (path.equals(LABEL) && status >= 400 && status < 500 && notReadyYet(said)) {
            return new RemoteTrouble(
                    Kind.SERVER,
                    status,
                    code,
                    troubles.retryAfter(answer),
                    Message.of("connect.ozon.labelNotReady", call.action()));
        }
        Object words = said.isEmpty()
                ? Message.of("connect.ozon.noReason")
                : KNOWN_REASONS.contains(said) ? Message.of("connect.ozon.reason." + said) : said;
        String codeShown = code.isEmpty() ? "—" : code;
        Message refused = Message.of("connect.ozon.rejected", call.action(), words, status, codeShown);
        Message unauthorized = Message.of("connect.ozon.unauthorized", clientId, status, said.isEmpty() ? "—" : said);
        return troubles.byStatus(call, answer, code, said, refused, unauthorized);
    }

    /** Ozon's answer while a label is still being made ("The next postings aren't ready"): to be asked again. */
    private static boolean notReadyYet(String said) {
        String text = said.toLowerCase(Locale.ROOT);
        return text.contains("aren't ready") || text.contains("are not ready") || text.contains("not_ready");
    }

    private static void requireNumber(String postingNumber) {
        if (postingNumber == null || postingNumber.isBlank()) {
            throw new IllegalArgumentException("a posting number is required");
        }
    }

    private static String reason(Exception e) {
        if (e instanceof JsonProcessingException json) {
            return json.getOriginalMessage();
        }
        return e.getMessage();
    }

    @Override
    public String toString() {
        return "HttpOzonSeller[" + base + ", Client-Id " + clientId + "]";
    }
}
