package org.packbench.connect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** An answer that came whole: its status, headers and body, and the body read as JSON on request. */
final class ApiAnswer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;
    private final HttpHeaders headers;
    private final byte[] body;

    ApiAnswer(int status, HttpHeaders headers, byte[] body) {
        this.status = status;
        this.headers = headers;
        this.body = body.clone();
    }

    int status() {
        return status;
    }

    boolean successful() {
        return status >= 200 && status < 300;
    }

    Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The media type without its parameters, in lower case ("application/json"); "" when none was named. */
    String mediaType() {
        String type = header("Content-Type").orElse("");
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    byte[] body() {
        return body.clone();
    }

    boolean bodyStartsWith(String ascii) {
        byte[] prefix = ascii.getBytes(StandardCharsets.US_ASCII);
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The body as JSON; a body that is not JSON (or is empty) is refused with the parser's reason. */
    JsonNode json() throws JsonProcessingException {
        if (body.length == 0) {
            throw new EmptyBody();
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            // Reading from an array in memory: no I/O can fail.
            throw new UncheckedIOException(e);
        }
    }

    /** Nothing came where JSON was due. */
    static final class EmptyBody extends JsonProcessingException {
        private static final long serialVersionUID = 1L;

        EmptyBody() {
            super("the answer was empty");
        }
    }
}
