package org.packbench.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import org.packbench.location.DatabaseAddress;

/**
 * A bench to be opened, now by a command or later by the window once it is up: where its records
 * are, this computer's local file for them, where a server's password comes from (asked only when
 * opening), and the bench's name on a server. The one place that opens a file or a server by its
 * address.
 */
public record BenchOpening(DatabaseAddress address, Path localFile, Supplier<char[]> password, String bench) {
    public Workbench open(Clock clock) {
        if (address instanceof DatabaseAddress.PostgresServer server) {
            return Workbench.open(server, password.get(), localFile, clock, bench);
        }
        return Workbench.open(localFile, clock);
    }

    /** The records' address as the person reads it: the file's path, or the server. */
    @Override
    public String toString() {
        return address.display();
    }
}
