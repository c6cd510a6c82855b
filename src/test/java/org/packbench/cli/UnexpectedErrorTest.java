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
    void aFileThatIsNotADatabaseIsNamedInOneLineWithWhatToDo() throws Exception {
        Path db = dir.resolve("not-a-db.db");
        Files.writeString(db, "this is a text file, not SQLite ".repeat(200));
        CliRun run = CliRun.of("catalog", "list", "--db", db.toString());
        assertEquals(1, run.exit());
        String[] lines = run.err().strip().split("\\R");
        assertEquals(1, lines.length, run.err());
        assertEquals(
                "error: " + db.toAbsolutePath() + " is not a PackBench database (it is not an SQLite file); "
                        + "name the bench's database with --db, or move this file away",
                lines[0]);
    }

    @Test
    void anUnexpectedFailureIsOneLineAndItsTraceGoesToTheLogBesideTheDatabase() throws Exception {
        Path db = dir.resolve("bench.db");
        picocli.CommandLine cl = PackbenchCommand.commandLine((file, locale) -> {}, CliRun.CLOCK);
        java.io.StringWriter err = new java.io.StringWriter();
        cl.setErr(new java.io.PrintWriter(err, true));
        picocli.CommandLine.ParseResult parsed = cl.parseArgs("catalog", "list", "--db", db.toString());
        Exception bug = new IllegalStateException("outer", new NullPointerException("no sku"));

        int exit = new ErrorHandler().handleExecutionException(bug, cl, parsed);

        assertEquals(1, exit);
        String[] lines = err.toString().strip().split("\\R");
        assertEquals(1, lines.length, err.toString());
        Path log = dir.resolve(ErrorHandler.LOG_NAME);
        assertEquals("error: NullPointerException: no sku (details in " + log.toAbsolutePath() + ")", lines[0]);
        assertTrue(
                Files.readString(log).contains("\tat org.packbench.cli.UnexpectedErrorTest"),
                "the trace is kept in the log");
    }

    @Test
    void aWindowThatCannotOpenItsDatabaseIsOneLineInTheWindowsLanguage() {
        Path db = dir.resolve("notes.db");
        picocli.CommandLine cl = PackbenchCommand.commandLine(
                (file, locale) -> {
                    throw new org.packbench.i18n.ProblemException("db.notADatabase", file);
                },
                CliRun.CLOCK);
        java.io.StringWriter err = new java.io.StringWriter();
        cl.setErr(new java.io.PrintWriter(err, true));
        assertEquals(1, cl.execute("--db", db.toString()));
        assertEquals(
                "error: " + db + " — не база данных PackBench (это не файл SQLite); укажите базу рабочего места "
                        + "(--db) или уберите этот файл",
                err.toString().strip());
    }

    @Test
    void theReasonIsTheDeepestCauseOnOneShortLine() {
        Exception e = new IllegalStateException(
                "outer", new java.io.IOException("No space left\non device " + "x".repeat(500)));
        String reason = ErrorHandler.reason(e);
        assertTrue(reason.startsWith("IOException: No space left on device"), reason);
        assertTrue(reason.length() <= 200, reason);
        assertFalse(reason.contains("\n"));
    }
}
