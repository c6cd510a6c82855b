package org.packbench.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.packbench.app.LabelRequest;
import org.packbench.render.LabelFormat;

/**
 * The body of {@code POST /labels}: the same choice as {@code packbench print}'s options, under the
 * same names in snake case. Only its shape is checked here; whether the SKU, template and printer
 * exist is for the label service to say, as it says it to the CLI.
 */
record LabelPostBody(
        String printer,
        String sku,
        String template,
        String order,
        String tracking,
        int copies,
        Optional<String> reprintReason,
        Optional<String> dac,
        Optional<String> ozonCode) {

    static LabelPostBody parse(String body, ObjectMapper json) {
        JsonNode root;
        try {
            root = json.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new ApiRefusal(400, "serve.body.json", e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ApiRefusal(
                    400, "serve.body.json", root == null || root.isMissingNode() ? "empty" : root.getNodeType());
        }
        return new LabelPostBody(
                required(root, "printer"),
                required(root, "sku"),
                required(root, "template"),
                required(root, "order"),
                required(root, "tracking"),
                copies(root),
                optional(root, "reprint_reason"),
                optional(root, "dac"),
                optional(root, "ozon_code"));
    }

    /** The label in the printer's language and resolution; with a reason it replaces the parcel's live label. */
    LabelRequest request(LabelFormat format, int dpi) {
        LabelRequest r = new LabelRequest(sku, template, order, tracking, dac, format, dpi, ozonCode);
        return reprintReason.map(r::asReprint).orElse(r);
    }

    private static String required(JsonNode root, String field) {
        JsonNode v = root.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new ApiRefusal(400, "serve.body.missing", field);
        }
        return v.asText().strip();
    }

    private static Optional<String> optional(JsonNode root, String field) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw new ApiRefusal(400, "serve.body.notText", field);
        }
        // A blank reason is no reason: the label service then refuses the second label as it would without one.
        return Optional.of(v.asText().strip()).filter(s -> !s.isEmpty());
    }

    private static int copies(JsonNode root) {
        JsonNode v = root.get("copies");
        if (v == null || v.isNull()) {
            return 1;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new ApiRefusal(400, "serve.body.notInteger", "copies");
        }
        // The range (1 to 999) is the print service's rule, said the same way to the CLI.
        return v.intValue();
    }
}
