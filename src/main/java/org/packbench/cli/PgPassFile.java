package org.packbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Whether the PostgreSQL password file is there for the driver to read (PGPASSFILE, else ~/.pgpass). */
final class PgPassFile {
    private PgPassFile() {}

    static boolean present(Map<String, String> env, String userHome) {
        String named = env.get("PGPASSFILE");
        Path file = named != null && !named.isBlank() ? Path.of(named) : Path.of(userHome, ".pgpass");
        return Files.isRegularFile(file);
    }
}
