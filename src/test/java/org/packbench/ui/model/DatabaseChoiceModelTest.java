package org.packbench.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.access.Role;
import org.packbench.app.DataLocation;
import org.packbench.app.Workbench;
import org.packbench.location.DatabaseAddress;
import org.packbench.store.PostgresCluster;
import org.packbench.ui.model.StatusLine.Tone;

/**
 * Pointing a bench at the warehouse's server from the window: the address checked against a real
 * PostgreSQL (the login answered or refused, in Russian), saved for the next start where the
 * command line finds it too, refused to a packer once a supervisor exists.
 */
class DatabaseChoiceModelTest {
    @TempDir
    Path dir;

    private Workbench bench;
    private Path data;

    @BeforeEach
    void open() {
        bench = Workbench.open(dir.resolve("own.db"), Clock.systemUTC());
        data = dir.resolve("data/packbench");
    }

    private DatabaseChoiceModel model(String password) {
        return new DatabaseChoiceModel(
                bench,
                data,
                new UiText(Locale.forLanguageTag("ru")),
                new InlineWork(),
                () -> password == null ? null : password.toCharArray());
    }

    @Test
    void aServerThatAnswersIsSavedAndTheNextStartOpensIt() throws Exception {
        PostgresCluster cluster = PostgresCluster.shared();
        String url = cluster.url(cluster.newDatabase());
        DatabaseChoiceModel model = model(cluster.password());
        assertTrue(
                model.status().text().startsWith("Сейчас этот стол работает с "),
                model.status().text());
        model.addressProperty().set(url);
        model.check();
        assertEquals(Tone.OK, model.status().tone(), model.status().text());
        assertTrue(
                model.status().text().startsWith("Сервер postgresql://packbench@127.0.0.1:"),
                model.status().text());
        model.save();
        assertEquals(Tone.OK, model.status().tone(), model.status().text());
        DatabaseAddress next = DataLocation.address(
                null, Map.of("XDG_DATA_HOME", dir.resolve("data").toString()), "Linux", "/none");
        assertEquals(DatabaseAddress.parse(url), next);
        assertFalse(Files.readString(data.resolve("database.txt")).contains(cluster.password()), "no password kept");
    }

    @Test
    void aWrongPasswordIsSaidAsTheServerRefusingTheLogin() {
        PostgresCluster cluster = PostgresCluster.shared();
        DatabaseChoiceModel model = model("not-the-password");
        model.addressProperty().set(cluster.url(cluster.newDatabase()));
        model.check();
        assertEquals(Tone.ERROR, model.status().tone());
        assertTrue(
                model.status().text().contains("не принял вход пользователя packbench"),
                model.status().text());
    }

    @Test
    void aJdbcUrlOrAPasswordInTheAddressIsRefusedBeforeAnythingIsAsked() {
        DatabaseChoiceModel model = model(null);
        model.addressProperty().set("jdbc:postgresql://127.0.0.1/x");
        model.check();
        assertEquals(Tone.ERROR, model.status().tone());
        assertTrue(model.status().text().contains("JDBC"), model.status().text());
        model.addressProperty().set("postgresql://127.0.0.1/x?user=a&password=secret");
        model.save();
        assertEquals(Tone.ERROR, model.status().tone());
        assertFalse(model.status().text().contains("secret"), model.status().text());
        assertFalse(Files.exists(data.resolve("database.txt")));
    }

    @Test
    void anEmptyFieldGoesBackToTheBenchsOwnFile() {
        DatabaseChoiceModel model = model(null);
        model.addressProperty().set("postgresql://127.0.0.1/warehouse?user=packbench");
        model.save();
        assertTrue(Files.exists(data.resolve("database.txt")));
        model.addressProperty().set("");
        model.save();
        assertFalse(Files.exists(data.resolve("database.txt")));
        assertEquals(
                "Сохранено: со следующего запуска стол работает со своей базой на этом компьютере.",
                model.status().text());
    }

    @Test
    void onceASupervisorExistsAPackerCannotChangeIt() {
        bench.access().addAccount("boss", Role.SUPERVISOR, "4711".toCharArray());
        DatabaseChoiceModel model = model(null);
        model.addressProperty().set("postgresql://127.0.0.1/warehouse?user=packbench");
        model.save();
        assertEquals(Tone.ERROR, model.status().tone());
        assertFalse(Files.exists(data.resolve("database.txt")));
    }
}
