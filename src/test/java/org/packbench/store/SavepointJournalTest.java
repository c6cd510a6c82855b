package org.packbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch is one transaction with a savepoint per label. What a savepoint would undo stays in
 * memory: in a temporary file SQLite wrote it again for every label, 35 system calls each.
 */
class SavepointJournalTest {
    private static final Path OPEN_FILES = Path.of("/proc/self/fd");

    @TempDir
    Path dir;

    @Test
    void labelsUndoneOneByOneInsideABatchNeverReachATemporaryFile() throws Exception {
        assumeTrue(Files.isDirectory(OPEN_FILES), "needs /proc to list the open files");
        Database db = Database.open(dir.resolve("bench.db"));
        db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE journal_probe (id INTEGER PRIMARY KEY, note TEXT NOT NULL)");
                s.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400) "
                        + "INSERT INTO journal_probe (id, note) SELECT i, printf('%.900c', 'a') FROM n");
            }
            return null;
        });
        List<String> during = db.inTransaction(c -> {
            for (int label = 0; label < 20; label++) {
                String note = "label " + label;
                // Each savepoint rewrites every page of the table: far more than the 64 KiB
                // SQLite keeps in memory when its temporary files are on disk.
                db.inTransaction(inner -> {
                    try (PreparedStatement p =
                            inner.prepareStatement("UPDATE journal_probe SET note = ? || substr(note, 12)")) {
                        p.setString(1, String.format("%-11s", note));
                        p.executeUpdate();
                    }
                    return null;
                });
            }
            return temporaryFilesOpen();
        });
        assertEquals(List.of(), during, "the savepoints' journal went to a temporary file");
        try (var c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM journal_probe WHERE note LIKE 'label 19 %'")) {
            rs.next();
            assertEquals(400, rs.getInt(1), "every savepoint's update is kept");
        }
        db.close();
    }

    /** SQLite's temporary files, open and already unlinked (it deletes them on open). */
    private static List<String> temporaryFilesOpen() {
        try (Stream<Path> fds = Files.list(OPEN_FILES)) {
            return fds.map(fd -> {
                        try {
                            return Files.readSymbolicLink(fd).toString();
                        } catch (IOException e) {
                            return ""; // closed since it was listed
                        }
                    })
                    .filter(target -> target.contains("etilqs_"))
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
