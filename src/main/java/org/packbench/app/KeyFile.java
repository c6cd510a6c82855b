package org.packbench.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.packbench.i18n.ProblemException;
import org.packbench.seal.BenchKey;

/**
 * The bench key's file, {@code <database>.key}: the key in Base64 on one line, readable and
 * writable by the operating-system user only. It is kept out of the database on purpose, and
 * should be kept out of the database's backups too (backed up apart from them).
 */
final class KeyFile {
    static final String SUFFIX = ".key";

    private KeyFile() {}

    static Path of(Path database) {
        Path db = database.toAbsolutePath();
        return db.resolveSibling(db.getFileName() + SUFFIX);
    }

    /**
     * The key in {@code file}; empty when there is no such file. A file others can read is refused
     * rather than tightened: the key may already have been read, and its owner should know.
     */
    static Optional<BenchKey> read(Path file) {
        if (Files.notExists(file)) {
            return Optional.empty();
        }
        try {
            Optional<String> open = OwnerOnlyFile.openToOthers(file);
            if (open.isPresent()) {
                throw new ProblemException("seal.key.openToOthers", file, open.get());
            }
            byte[] bytes = Base64.getDecoder()
                    .decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            return Optional.of(BenchKey.of(bytes));
        } catch (IllegalArgumentException e) {
            throw new ProblemException("seal.key.damaged", file);
        } catch (IOException e) {
            throw new ProblemException("seal.key.unreadable", file, IoReason.of(e));
        }
    }

    /** A new random key written to {@code file} (which must not exist yet), on disk before it is used. */
    static BenchKey create(Path file) {
        BenchKey key = BenchKey.random(new SecureRandom());
        byte[] text = (Base64.getEncoder().encodeToString(key.bytes()) + "\n").getBytes(StandardCharsets.US_ASCII);
        try {
            if (!OwnerOnlyFile.createNew(file, text)) {
                // Made in the moment since it was found missing: use that one.
                return read(file).orElseThrow();
            }
        } catch (IOException e) {
            throw new ProblemException("seal.key.unreadable", file, IoReason.of(e));
        }
        return key;
    }
}
