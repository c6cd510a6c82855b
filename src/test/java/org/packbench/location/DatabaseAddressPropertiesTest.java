package org.packbench.location;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.packbench.i18n.ProblemException;

/**
 * A warehouse's address over many generated ones: what the window saves (text()) reads back as the
 * same address, and a password never comes through: refused in the address, absent from what is
 * shown or saved.
 */
class DatabaseAddressPropertiesTest {
    @Provide
    Arbitrary<String> names() {
        // Letters, digits and the characters a database or role name may carry once quoted.
        return Arbitraries.strings()
                .withChars("abcxyzABCабвгдё0123456789_-. @+&=%")
                .ofMinLength(1)
                .ofMaxLength(20)
                .filter(s -> !s.isBlank() && s.strip().equals(s));
    }

    @Provide
    Arbitrary<String> hosts() {
        // Names as DNS has them: a Cyrillic host name travels as punycode (xn--…).
        return Arbitraries.of("127.0.0.1", "db", "db.warehouse.local", "10.0.0.5", "xn--80aqafgnbi.local");
    }

    @Property(tries = 10_000)
    void whatIsSavedReadsBackAsTheSameAddress(
            @ForAll("hosts") String host,
            @ForAll("names") String database,
            @ForAll("names") String user,
            @ForAll("names") String sslmode,
            @ForAll boolean withPort) {
        DatabaseAddress.PostgresServer server = new DatabaseAddress.PostgresServer(
                host,
                withPort ? 6543 : DatabaseAddress.PostgresServer.DEFAULT_PORT,
                database,
                user,
                Map.of("sslmode", sslmode));
        assertEquals(server, DatabaseAddress.parse(server.text()));
    }

    @Property(tries = 10_000)
    void aPasswordInTheAddressIsRefusedAndNeverRepeated(
            @ForAll("hosts") String host, @ForAll("names") String user, @ForAll boolean inUserInfo) {
        String secret = "s3cret-Пароль";
        String url = inUserInfo
                ? "postgresql://" + user.replace("@", "%40").replace(":", "%3A") + ":" + secret + "@" + host + "/db"
                : "postgresql://" + host + "/db?user=u&password=" + secret;
        ProblemException e = assertThrows(ProblemException.class, () -> DatabaseAddress.parse(url));
        assertEquals("db.address.password", e.problem().key());
        assertFalse(e.problem().english().contains(secret), e.problem().english());
    }

    @Property(tries = 2_000)
    void theShownAddressNamesServerDatabaseAndUser(@ForAll("hosts") String host, @ForAll("names") String user) {
        DatabaseAddress.PostgresServer server =
                new DatabaseAddress.PostgresServer(host, 5432, "packbench", user, Map.of("sslmode", "require"));
        String shown = server.display();
        assertTrue(shown.contains(host) && shown.contains(user) && shown.contains("packbench"), shown);
    }
}
