package org.packbench.serve;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.packbench.i18n.Message;

/**
 * An RFC 7807 problem document: what went wrong, for a program ({@code type}, {@code status},
 * {@code code}) and for a person ({@code detail} in English, {@code detail_ru} in Russian, from
 * the same {@link Message} the GUI and the CLI show).
 *
 * @param extra members beyond RFC 7807's, e.g. the findings of a refused label
 */
record Problem(int status, Message detail, Map<String, Object> extra) {
    static final String CONTENT_TYPE = "application/problem+json";
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    Problem {
        extra = Map.copyOf(extra);
    }

    Problem(int status, Message detail) {
        this(status, detail, Map.of());
    }

    /**
     * The document. Its {@code type} names the problem by the message key, the same word the GUI and
     * the CLI use, so a program can tell "already issued" from "unknown SKU" without reading prose.
     */
    Map<String, Object> body(String instance) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "urn:packbench:problem:" + detail.key());
        m.put("title", title(status));
        m.put("status", status);
        m.put("detail", detail.english());
        m.put("detail_ru", detail.in(RUSSIAN));
        m.put("code", detail.key());
        m.put("instance", instance);
        m.putAll(new java.util.TreeMap<>(extra));
        return m;
    }

    /** The title of a problem type, here the reason phrase of its status, as RFC 7807 suggests for generic types. */
    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 422 -> "Unprocessable Content";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Client Error";
        };
    }
}
