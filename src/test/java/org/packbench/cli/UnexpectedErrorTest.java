package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19 item 10: an unexpected failure is one line on stderr, its stack trace in a log beside the database. */
class UnexpectedErrorTest {
    @TempDir
    Path dir;

    @Test
    void aFileThatIsNotADatabaseIsOneLineAndTheTraceGoesToTheLog() throws Exception {
        Path db = dir.resolve("not-a-db.db");
        Files.writeString(db, "this is a text file, not SQLite ".repeat(200));
        CliRun run = CliRun.of("catalog", "list", "--db", db.toString());
        assertEquals(1, run.exit());
        String[] lines = run.err().strip().split("\\R");
        assertEquals(1, lines.length, run.err());
        assertTrue(lines[0].startsWith("error: "), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace on stderr");
        assertTrue(lines[0].contains("not a database"), "the reason, from the deepest cause: " + run.err());
        Path log = dir.resolve(ErrorHandler.LOG_NAME);
        assertTrue(lines[0].endsWith("(details in " + log.toAbsolutePath() + ")"), run.err());
        assertTrue(Files.readString(log).contains("\tat org.packbench.store.Database.open"), "the trace is kept in the log");
    }

    @Test
    void theReasonIsTheDeepestCauseOnOneShortLine() {
        Exception e = new IllegalStateException("outer", new java.io.IOException("No space left\non device " + "x".repeat(500)));
        String reason = ErrorHandler.reason(e);
        assertTrue(reason.startsWith("IOException: No space left on device"), reason);
        assertTrue(reason.length() <= 200, reason);
        assertFalse(reason.contains("\n"));
    }
}
