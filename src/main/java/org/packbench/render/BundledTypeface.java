package org.packbench.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.packbench.label.Typeface;

/** PT Sans as shipped in {@code fonts/} and packed into the jar. Loaded once. */
public final class BundledTypeface {
    private static final String FOLDER = "/org/packbench/fonts/";
    private static volatile Typeface instance;

    private BundledTypeface() {}

    public static Typeface get() {
        Typeface t = instance;
        if (t == null) {
            synchronized (BundledTypeface.class) {
                if (instance == null) {
                    instance = new Typeface("PT Sans", read("PTSans-Regular.ttf"), read("PTSans-Bold.ttf"));
                }
                t = instance;
            }
        }
        return t;
    }

    private static byte[] read(String name) {
        try (InputStream in = BundledTypeface.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the font " + name + " is missing from this build (fonts/)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
