package org.packbench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample catalogs copied from shared/samples into src/test/resources/samples. */
public final class TestFiles {
    private TestFiles() {}

    public static byte[] sample(String name) {
        try (InputStream in = TestFiles.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /samples/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the sample to {@code dir} so that commands can be given a real file path. */
    public static Path sampleFile(Path dir, String name) {
        try {
            Path p = dir.resolve(name);
            Files.write(p, sample(name));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
