package org.packbench.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.packbench.location.DatabaseAddress;

/**
 * The database this computer's bench works on when neither {@code --db} nor {@code PACKBENCH_DB}
 * names one, as a supervisor chose it in the window: one line in the data folder, the computer's
 * own (a warehouse's benches each point at the server; the choice is not a record in a database).
 * Taken at the next start; a running bench keeps the database it opened.
 */
public final class DatabaseChoice {
    static final String FILE = "database.txt";

    private DatabaseChoice() {}

    public static Optional<DatabaseAddress> read(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(DatabaseAddress.parse(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves {@code address}; empty goes back to the bench's own file in the data folder. */
    public static void save(Path dataDirectory, Optional<DatabaseAddress> address) {
        Path file = dataDirectory.resolve(FILE);
        try {
            if (address.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            Files.createDirectories(dataDirectory);
            Files.writeString(file, address.get().text() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
