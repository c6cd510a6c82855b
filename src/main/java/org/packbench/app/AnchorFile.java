package org.packbench.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.packbench.i18n.ProblemException;
import org.packbench.seal.Anchor;
import org.packbench.seal.BenchKey;

/** The anchor's file, {@code <database>.anchor}: outside the database, owner-only, replaced whole. */
final class AnchorFile {
    static final String SUFFIX = ".anchor";
    /** An anchor is a few hundred bytes; anything much larger is not one, and is not read into memory. */
    private static final long MAX_BYTES = 4096;

    private final Path file;

    AnchorFile(Path database) {
        Path db = database.toAbsolutePath();
        this.file = db.resolveSibling(db.getFileName() + SUFFIX);
    }

    Path path() {
        return file;
    }

    boolean exists() {
        return Files.exists(file);
    }

    /** The anchor as found: missing, not one sealed with {@code key}, or sound. */
    Anchor.Reading read(BenchKey key) {
        if (Files.notExists(file)) {
            return Anchor.Reading.missing();
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                return Anchor.read("", key);
            }
            return Anchor.read(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), key);
        } catch (IOException e) {
            throw new ProblemException("seal.anchor.unreadable", file, IoReason.of(e));
        }
    }

    void write(Anchor anchor, BenchKey key) {
        try {
            OwnerOnlyFile.replace(file, anchor.text(key).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ProblemException("seal.anchor.unwritable", file, IoReason.of(e));
        }
    }
}
