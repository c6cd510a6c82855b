package org.packbench.access;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.packbench.i18n.ProblemException;
import org.packbench.store.Database;
import org.packbench.store.EngineUnderTest;
import org.packbench.store.SqliteAccounts;

/**
 * A second process at the bench: {@code PinAttempts DB GO N PIN} waits for the file GO to exist,
 * then tries PIN N times on the account "boss" and prints each outcome's key, one a line. DB is a
 * {@code --db} value; for a server, the process is started with the place's environment.
 */
public final class PinAttempts {
    private PinAttempts() {}

    public static void main(String[] args) throws Exception {
        Path go = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        Database database = EngineUnderTest.openAsCommandLine(args[0]);
        AccessControl access = new AccessControl(
                new SqliteAccounts(database, Clock.systemUTC()),
                org.packbench.app.BenchSeal.open(database, Clock.systemUTC()),
                Clock.systemUTC(),
                Duration.ofMinutes(5),
                Actor.unnamed("process"));
        System.out.println("ready");
        System.out.flush();
        while (!Files.exists(go)) {
            Thread.onSpinWait();
        }
        for (int i = 0; i < n; i++) {
            try {
                access.verify("boss", args[3].toCharArray());
                System.out.println("signed in");
            } catch (ProblemException e) {
                System.out.println(e.problem().key());
            }
        }
    }
}
