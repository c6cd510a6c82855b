package org.packbench.connect;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.packbench.marketplace.ozon.Exemplars;
import org.packbench.marketplace.ozon.Posting;

/** Ozon's answers read into PackBench's terms: what a field must hold, and a posting with its products. */
final class OzonJson {
    private OzonJson() {}

    static Posting posting(JsonNode p) throws Unreadable {
        String number = text(p, "posting_number");
        String status = text(p, "status");
        Instant inProcessAt = instant(p, "in_process_at")
                .orElseThrow(() -> new Unreadable("posting " + number + " has no in_process_at"));
        Optional<Instant> shipmentDate = instant(p, "shipment_date");
        JsonNode list = field(p, "products");
        if (!list.isArray()) {
            throw new Unreadable("the products of posting " + number + " are no list");
        }
        List<Posting.Product> products = new ArrayList<>();
        for (JsonNode item : list) {
            JsonNode sku = field(item, "sku");
            JsonNode quantity = field(item, "quantity");
            if (!sku.canConvertToLong() || !quantity.canConvertToInt()) {
                throw new Unreadable("a product of posting " + number + " has no whole sku or quantity");
            }
            products.add(new Posting.Product(
                    sku.asLong(),
                    item.path("offer_id").asText(""),
                    item.path("name").asText(""),
                    quantity.asInt()));
        }
        return new Posting(number, status, inProcessAt, shipmentDate, products);
    }

    /**
     * {@code exemplar/create-or-get}'s answer. The v6 reference shows its fields at the top of the
     * answer; one wrapped in {@code result}, as Ozon's older answers are, is read the same.
     */
    static List<Exemplars.Product> exemplars(JsonNode answer) throws Unreadable {
        JsonNode root = answer.has("products") ? answer : field(answer, "result");
        JsonNode list = field(root, "products");
        if (!list.isArray()) {
            throw new Unreadable("products is no list");
        }
        List<Exemplars.Product> out = new ArrayList<>();
        for (JsonNode p : list) {
            JsonNode id = field(p, "product_id");
            if (!id.canConvertToLong()) {
                throw new Unreadable("a product has no whole product_id");
            }
            List<Long> ids = new ArrayList<>();
            for (JsonNode e : p.path("exemplars")) {
                JsonNode exemplar = field(e, "exemplar_id");
                if (!exemplar.canConvertToLong()
                        && !(exemplar.isTextual() && exemplar.asText().matches("[0-9]{1,19}"))) {
                    throw new Unreadable("an exemplar of product " + id.asLong() + " has no whole exemplar_id");
                }
                ids.add(exemplar.asLong());
            }
            out.add(new Exemplars.Product(
                    id.asLong(),
                    p.path("quantity").asInt(ids.size()),
                    p.path("is_mandatory_mark_needed").asBoolean(false),
                    p.path("is_mandatory_mark_possible").asBoolean(false),
                    ids));
        }
        return out;
    }

    /** {@code exemplar/status}'s answer: the posting's status and each code's check. */
    static Exemplars.Status exemplarStatus(JsonNode answer) throws Unreadable {
        JsonNode root = answer.has("status") ? answer : field(answer, "result");
        String status = text(root, "status");
        List<Exemplars.MarkCheck> marks = new ArrayList<>();
        for (JsonNode p : root.path("products")) {
            long product = p.path("product_id").asLong();
            for (JsonNode e : p.path("exemplars")) {
                long exemplar = e.path("exemplar_id").asLong();
                for (JsonNode m : e.path("marks")) {
                    List<String> errors = new ArrayList<>();
                    m.path("error_codes").forEach(c -> errors.add(c.asText()));
                    marks.add(new Exemplars.MarkCheck(
                            product,
                            exemplar,
                            m.path("mark").asText(""),
                            m.path("check_status").asText(""),
                            errors));
                }
            }
        }
        return new Exemplars.Status(status, marks);
    }

    static JsonNode field(JsonNode node, String name) throws Unreadable {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new Unreadable("no " + name);
        }
        return value;
    }

    static String text(JsonNode node, String name) throws Unreadable {
        JsonNode value = field(node, name);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new Unreadable(name + " is no text");
        }
        return value.asText();
    }

    static Optional<Instant> instant(JsonNode node, String name) throws Unreadable {
        JsonNode value = node.get(name);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value.asText()).toInstant());
        } catch (DateTimeParseException e) {
            throw new Unreadable(name + " is no date and time: " + value.asText());
        }
    }

    /** Why an answer that came could not be read. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String why) {
            super(why, null, false, false);
        }
    }
}
