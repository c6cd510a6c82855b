package org.packbench.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import org.packbench.i18n.ProblemException;
import org.packbench.location.DatabaseAddress;
import org.packbench.store.Database;
import org.packbench.store.DatabaseCopy;

/**
 * {@code db copy}: a bench's history moved from its SQLite file into a warehouse's empty PostgreSQL
 * database, chain and seals included. The seals were made with the bench's key, so the key (and the
 * bench's anchor) go with them, beside the local file that stands for the server on this computer;
 * the other benches of the warehouse are given a copy of that key.
 */
public final class WarehouseMove {
    private WarehouseMove() {}

    public record Moved(Map<String, Long> rows, Path key) {}

    /** @param bench the name of the bench that copies: the copied printers become its own */
    public static Moved run(Path from, DatabaseAddress.PostgresServer to, char[] password, Path toLocal, String bench) {
        Path benchKey = KeyFile.of(from);
        Path warehouseKey = KeyFile.of(toLocal);
        if (Files.exists(benchKey) && Files.exists(warehouseKey) && !sameBytes(benchKey, warehouseKey)) {
            throw new ProblemException("db.copy.keyElsewhere", warehouseKey, benchKey);
        }
        Database source = Database.open(from);
        try (Database target = Database.open(to, password == null ? null : new String(password), toLocal, bench)) {
            Map<String, Long> rows = DatabaseCopy.copy(source, target, bench);
            DataLocation.ensureFolder(toLocal);
            if (Files.exists(benchKey)) {
                Files.copy(
                        benchKey,
                        warehouseKey,
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
            Path anchor = new AnchorFile(from).path();
            if (Files.exists(anchor)) {
                Files.copy(anchor, new AnchorFile(toLocal).path(), StandardCopyOption.REPLACE_EXISTING);
            }
            return new Moved(rows, warehouseKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean sameBytes(Path a, Path b) {
        try {
            return Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
