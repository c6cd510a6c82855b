package org.packbench.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import org.packbench.app.Version;

/**
 * The API's OpenAPI 3.0 description, written by hand next to this class ({@code openapi.json}) and
 * served with the running version filled in, so a client generated from it names the build it met.
 */
final class OpenApiDocument {
    static final String RESOURCE = "/org/packbench/serve/openapi.json";

    private OpenApiDocument() {}

    static String read(ObjectMapper json) {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            ObjectNode doc = (ObjectNode) json.readTree(in);
            ((ObjectNode) doc.get("info")).put("version", Version.current());
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + " is not JSON", e);
        }
    }
}
