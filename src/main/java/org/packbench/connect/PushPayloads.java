package org.packbench.connect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.packbench.i18n.ProblemException;
import org.packbench.marketplace.outbox.Push;

/** The JSON a push carries, read and written in one place. */
public final class PushPayloads {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PushPayloads() {}

    static JsonNode read(Push push) {
        try {
            return JSON.readTree(push.payload());
        } catch (JsonProcessingException e) {
            throw new ProblemException("outbox.payload.unreadable", push.id());
        }
    }

    /** A posting's label to fetch, and the printer it goes to. */
    static String label(String posting, String printer) {
        return JSON.createObjectNode()
                .put("posting_number", posting)
                .put("printer", printer)
                .toString();
    }

    public static String tracking(String order, String trackNumber) {
        return JSON.createObjectNode()
                .put("order", order)
                .put("track_number", trackNumber)
                .toString();
    }
}
