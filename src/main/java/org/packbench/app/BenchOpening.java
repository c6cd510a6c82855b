package org.packbench.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import org.packbench.location.DatabaseAddress;

/**
 * A bench to be opened later, as the window does once it is up: where its records are, this
 * computer's local file for them, and where a server's password comes from (asked only then).
 */
public record BenchOpening(DatabaseAddress address, Path localFile, Supplier<char[]> password) {
    public Workbench open(Clock clock) {
        if (address instanceof DatabaseAddress.PostgresServer server) {
            return Workbench.open(server, password.get(), localFile, clock);
        }
        return Workbench.open(localFile, clock);
    }

    /** The records' address as the person reads it: the file's path, or the server. */
    @Override
    public String toString() {
        return address.display();
    }
}
