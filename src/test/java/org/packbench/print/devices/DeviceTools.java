package org.packbench.print.devices;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The programs the device tests drive. Missing ones skip a test on a developer's machine and fail
 * it where PACKBENCH_REQUIRE_ALL=1 (CI), so a CI image without them cannot pass silently.
 */
public final class DeviceTools {
    public static final String INSTALL = "apt-get install socat cups cups-bsd";

    private DeviceTools() {}

    public static void require(String purpose, String... programs) {
        List<String> missing =
                Arrays.stream(programs).filter(p -> find(p).isEmpty()).toList();
        if (missing.isEmpty()) {
            return;
        }
        String message = purpose + " needs " + String.join(", ", missing) + "; install them: " + INSTALL;
        if ("1".equals(System.getenv("PACKBENCH_REQUIRE_ALL"))) {
            fail(message + " (PACKBENCH_REQUIRE_ALL=1 forbids skipping)");
        }
        Assumptions.abort(message);
    }

    /** The program on PATH, or in the sbin folders a non-root PATH leaves out (cupsd, lpadmin). */
    public static Optional<Path> find(String program) {
        if (program.startsWith("/")) {
            return Optional.of(Path.of(program)).filter(Files::isExecutable);
        }
        List<String> dirs =
                new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        dirs.addAll(List.of("/usr/sbin", "/sbin", "/usr/local/sbin"));
        return dirs.stream()
                .filter(d -> !d.isEmpty())
                .flatMap(d -> Stream.of(Path.of(d, program)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    public static String path(String program) {
        return find(program).map(Path::toString).orElseThrow(() -> new IllegalStateException(program + " not found"));
    }
}
