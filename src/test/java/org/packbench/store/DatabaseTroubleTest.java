package org.packbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.app.SyntheticCatalog;
import org.packbench.catalog.CatalogImport;
import org.packbench.catalog.CatalogReader;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.i18n.ProblemException;

/** Issue 19 item 10: what SQLite refuses is said in the reader's words, with the file and what to do. */
class DatabaseTroubleTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aDiskThatFillsDuringAnImportSaysSoAndLeavesTheCatalogAsItWas() throws Exception {
        Path file = dir.resolve("bench.db");
        Database fresh = Database.open(file);
        int pages = fresh.read(c -> {
            try (var s = c.createStatement();
                    var rs = s.executeQuery("PRAGMA page_count")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        // SQLite's own limit on the file's size answers exactly as a full disk does: SQLITE_FULL.
        Database small = Database.open(file, settings -> settings.setMaxPageCount(pages + 40));
        CatalogImport fill = new CatalogImport(new SqliteCatalogRepository(small, CLOCK), new CatalogReader(List.of()));

        ProblemException full = assertThrows(
                ProblemException.class,
                () -> fill.run(SyntheticCatalog.csv(5000), ImportOptions.STRICT, ImportProgress.NONE));

        assertEquals("db.full", full.problem().key());
        assertEquals(
                "the disk holding the database " + file + " is full, so nothing was written; free some space "
                        + "on it and try again",
                full.problem().english());
        assertFalse(full.problem().english().contains("rollback"), "not what the rollback after it said");
        assertEquals(0, new SqliteCatalogRepository(fresh, CLOCK).count(), "no row of it was kept");
    }

    @Test
    void eachRefusalOfSqliteIsOneSentenceNamingTheFile() {
        Path file = dir.resolve("bench.db");
        assertEquals(
                "the database " + file + " is busy: another PackBench (the window, serve or a command) has been "
                        + "writing to it for more than 15 s; try again once it has finished",
                sentence(file, new SQLException("[SQLITE_BUSY] The database file is locked", null, 5)));
        assertEquals(
                "the database " + file + " is damaged; restore it from a backup",
                sentence(file, new SQLException("[SQLITE_CORRUPT] database disk image is malformed", null, 11)));
        assertEquals(
                file + " is not a PackBench database (it is not an SQLite file); name the bench's database with "
                        + "--db, or move this file away",
                sentence(file, new SQLException("[SQLITE_NOTADB] file is not a database", null, 26)));
        // An extended code carries its primary one in the low byte: SQLITE_IOERR_FSYNC is 1034.
        assertEquals(
                "the database " + file + " could not be read or written ([SQLITE_IOERR_FSYNC] disk I/O error); "
                        + "check the disk and try again",
                sentence(file, new SQLException("[SQLITE_IOERR_FSYNC] disk I/O error\nmore", null, 1034)));
        // A constraint is the store's own business: it stays an exception for the error log.
        assertInstanceOf(
                StoreException.class,
                DatabaseTrouble.of(
                        file,
                        new SQLException(
                                "[SQLITE_CONSTRAINT_PRIMARYKEY] UNIQUE constraint failed: sku.sku", null, 1555),
                        15));
    }

    private static String sentence(Path file, SQLException e) {
        RuntimeException said = DatabaseTrouble.of(file, e, 15);
        return assertInstanceOf(ProblemException.class, said).problem().english();
    }
}
