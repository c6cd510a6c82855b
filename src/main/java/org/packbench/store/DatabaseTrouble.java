package org.packbench.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;

/**
 * What SQLite's refusals mean for the person at the bench: a full disk, a read-only file or
 * folder, a file that is no database, another writer holding the lock. Each becomes one sentence
 * naming the database file and what to do; only what cannot be named stays a {@link StoreException}
 * with SQLite's own words, for the error log.
 */
final class DatabaseTrouble {
    // SQLite's primary result codes (sqlite.org/rescode.html); the extended ones carry them in the low byte.
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int NOTADB = 26;

    private DatabaseTrouble() {}

    /** {@code e} as the reader should see it; {@code busySeconds} is how long a writer waits for the lock. */
    static RuntimeException of(Path file, SQLException e, int busySeconds) {
        SQLException sqlite = sqliteCause(e);
        if (sqlite == null) {
            return new StoreException(e.getMessage(), e);
        }
        Path shown = file.toAbsolutePath();
        Message why =
                switch (sqlite.getErrorCode() & 0xFF) {
                    case FULL -> Message.of("db.full", shown);
                    case READONLY -> readOnly(shown);
                    case CANTOPEN -> Files.isDirectory(shown)
                            ? Message.of("db.isFolder", shown)
                            : readOnlyOr(shown, Message.of("db.cannotOpen", shown));
                    case NOTADB -> Message.of("db.notADatabase", shown);
                    case CORRUPT -> Message.of("db.corrupt", shown);
                    case BUSY, LOCKED -> Message.of("db.busy", shown, busySeconds);
                    case IOERR -> readOnlyOr(shown, Message.of("db.io", shown, firstLine(sqlite.getMessage())));
                    default -> null;
                };
        return why == null ? new StoreException(e.getMessage(), e) : new ProblemException(why, e);
    }

    /** The first SQLException of the chain that comes from SQLite itself (it carries a result code). */
    private static SQLException sqliteCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() != 0) {
                return s;
            }
        }
        return null;
    }

    private static Message readOnly(Path file) {
        return readOnlyOr(file, Message.of("db.readOnly", file));
    }

    /** Which part is read-only, when the file system says so; {@code otherwise} when it does not. */
    private static Message readOnlyOr(Path file, Message otherwise) {
        if (Files.exists(file) && !Files.isWritable(file)) {
            return Message.of("db.readOnlyFile", file);
        }
        Path folder = file.getParent();
        if (folder != null && Files.isDirectory(folder) && !Files.isWritable(folder)) {
            return Message.of("db.readOnlyFolder", file, folder);
        }
        return otherwise;
    }

    private static String firstLine(String s) {
        String text = s == null ? "" : s.strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
