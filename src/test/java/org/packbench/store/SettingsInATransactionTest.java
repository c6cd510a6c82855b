package org.packbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Inside one transaction a setting is read once (a batch read the same five for every label), and
 * what the transaction itself writes or undoes is what it reads next, on either engine.
 */
class SettingsInATransactionTest {
    @TempDir
    Path dir;

    private EngineUnderTest.Place place;
    private Database db;
    private SqliteSettings settings;

    private void open(EngineUnderTest engine) {
        place = engine.place(dir, "settings");
        db = place.open();
        settings = new SqliteSettings(db);
        settings.set("company.name", "ООО «Ромашка»");
    }

    @AfterEach
    void close() {
        place.close();
    }

    /** Changes the row under the settings' feet, on the transaction's own connection. */
    private static void overwrite(java.sql.Connection c, String value) throws java.sql.SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE setting SET value = ? WHERE name = 'company.name'")) {
            p.setString(1, value);
            p.executeUpdate();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aValueReadOnceStandsForTheRestOfTheTransactionAndOnlyThere(EngineUnderTest engine) {
        open(engine);
        List<Optional<String>> read = db.inTransaction(c -> {
            List<Optional<String>> seen = new ArrayList<>();
            seen.add(settings.get("company.name"));
            overwrite(c, "not through the settings");
            seen.add(settings.get("company.name"));
            return seen;
        });
        assertEquals(List.of(Optional.of("ООО «Ромашка»"), Optional.of("ООО «Ромашка»")), read);
        assertEquals(Optional.of("not through the settings"), settings.get("company.name"), "read afresh outside");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void whatTheTransactionWritesItReadsNextAndAnUndoneSavepointTakesItBack(EngineUnderTest engine) {
        open(engine);
        List<Optional<String>> read = db.inTransaction(c -> {
            List<Optional<String>> seen = new ArrayList<>();
            seen.add(settings.get("company.name"));
            settings.set("company.name", "ООО «Василёк»");
            seen.add(settings.get("company.name"));
            assertThrows(
                    IllegalStateException.class,
                    () -> db.inTransaction(inner -> {
                        settings.set("company.name", "ООО «Одуванчик»");
                        seen.add(settings.get("company.name"));
                        throw new IllegalStateException("the label was refused");
                    }));
            seen.add(settings.get("company.name"));
            // Undone by a keep that says no, rather than by a failure: forgotten all the same.
            db.inTransaction(
                    inner -> {
                        overwrite(inner, "ООО «Лютик»");
                        seen.add(settings.get("company.name"));
                        return false;
                    },
                    kept -> kept);
            seen.add(settings.get("company.name"));
            return seen;
        });
        assertEquals(
                List.of(
                        Optional.of("ООО «Ромашка»"),
                        Optional.of("ООО «Василёк»"),
                        Optional.of("ООО «Одуванчик»"),
                        Optional.of("ООО «Василёк»"),
                        Optional.of("ООО «Василёк»"),
                        Optional.of("ООО «Василёк»")),
                read);
        assertEquals(Optional.of("ООО «Василёк»"), settings.get("company.name"));
    }
}
