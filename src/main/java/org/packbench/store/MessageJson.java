package org.packbench.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.packbench.i18n.Message;

/**
 * A {@link Message} kept in a column as its key and arguments, so that a reason recorded by one
 * bench is shown later in the reader's language, not in the writer's. Numbers stay numbers, so
 * they are formatted as numbers again; a message inside the message (what was asked, a
 * marketplace's reason) is kept as a message too, so it is not frozen in English; anything else is
 * kept as its text.
 */
final class MessageJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MessageJson() {}

    static String write(Message m) {
        return node(m).toString();
    }

    private static ObjectNode node(Message m) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("key", m.key());
        ArrayNode args = o.putArray("args");
        for (Object a : m.args()) {
            if (a instanceof Long || a instanceof Integer) {
                args.add(((Number) a).longValue());
            } else if (a instanceof Message nested) {
                args.add(node(nested));
            } else {
                args.add(String.valueOf(a));
            }
        }
        return o;
    }

    static Optional<Message> read(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(message(MAPPER.readTree(text)));
        } catch (JsonProcessingException e) {
            return Optional.of(Message.of("outbox.problem.unreadable", text));
        }
    }

    private static Message message(JsonNode o) {
        List<Object> args = new ArrayList<>();
        for (JsonNode a : o.path("args")) {
            if (a.isIntegralNumber()) {
                args.add(a.asLong());
            } else if (a.isObject()) {
                args.add(message(a));
            } else {
                args.add(a.asText());
            }
        }
        return Message.of(o.path("key").asText(), args.toArray());
    }
}
