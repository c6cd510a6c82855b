package org.packbench.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The demo catalog shipped inside the app, offered on first run with an empty database. */
public final class DemoCatalog {
    private static final String RESOURCE = "/org/packbench/demo/catalog.csv";

    private DemoCatalog() {}

    public static byte[] bytes() {
        try (InputStream in = DemoCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the demo catalog is missing from this build: " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
