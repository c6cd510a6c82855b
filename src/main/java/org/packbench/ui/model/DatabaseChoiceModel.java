package org.packbench.ui.model;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.packbench.access.Right;
import org.packbench.app.DatabaseChoice;
import org.packbench.app.Workbench;
import org.packbench.i18n.ProblemException;
import org.packbench.location.DatabaseAddress;

/**
 * The dialog that points this bench at a database: its own file (the field left empty) or a
 * warehouse's PostgreSQL server. The address is checked (the server answers the login) and saved
 * for the next start; the password is never typed here, it is the computer's ~/.pgpass or
 * PGPASSWORD, as for the command line.
 */
public final class DatabaseChoiceModel {
    private final Workbench workbench;
    private final Path dataDirectory;
    private final UiText text;
    private final Work work;
    private final StringProperty address = new SimpleStringProperty("");
    private final StatusLine status = new StatusLine();

    private final java.util.function.Supplier<char[]> password;

    /** @param password the server's password for the check (PGPASSWORD), or null for ~/.pgpass */
    public DatabaseChoiceModel(
            Workbench workbench,
            Path dataDirectory,
            UiText text,
            Work work,
            java.util.function.Supplier<char[]> password) {
        this.workbench = workbench;
        this.dataDirectory = dataDirectory;
        this.text = text;
        this.work = work;
        this.password = password;
        status.plain(text.get("database.now", workbench.databaseAddress().display()));
        // The saved choice is a file: read off the drawing thread, like every other file.
        work.run(
                () -> DatabaseChoice.read(dataDirectory)
                        .map(DatabaseAddress::text)
                        .orElse(""),
                address::set,
                // A choice that no longer reads is shown as refused, and can be typed again.
                failed -> status.error(text.failure(failed)));
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StatusLine status() {
        return status;
    }

    /** Whether the address typed would be reached, said on the status line. */
    public void check() {
        Optional<Optional<DatabaseAddress>> typed = typed();
        if (typed.isEmpty()) {
            return;
        }
        if (typed.get().isEmpty()) {
            status.plain(text.get("database.ownFile"));
            return;
        }
        DatabaseAddress chosen = typed.get().get();
        status.plain(text.get("database.checking", chosen.display()));
        work.run(
                () -> {
                    Workbench.probe(chosen, password.get());
                    return chosen;
                },
                ok -> status.ok(text.get("database.answers", ok.display())),
                failed -> status.error(text.failure(failed)));
    }

    /** Saves the address for the next start; a supervisor's to change. */
    public void save() {
        try {
            workbench.access().require(Right.EDIT_SETTINGS);
        } catch (ProblemException e) {
            status.error(text.of(e.problem()));
            return;
        }
        Optional<Optional<DatabaseAddress>> typed = typed();
        if (typed.isEmpty()) {
            return;
        }
        work.run(
                () -> {
                    DatabaseChoice.save(dataDirectory, typed.get());
                    return typed.get();
                },
                saved -> status.ok(saved.map(a -> text.get("database.saved", a.display()))
                        .orElseGet(() -> text.get("database.savedOwnFile"))),
                failed -> status.error(text.failure(failed)));
    }

    /** The field read: empty for the bench's own file; nothing when it cannot be read (said on the line). */
    private Optional<Optional<DatabaseAddress>> typed() {
        String t = address.get() == null ? "" : address.get().strip();
        if (t.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        try {
            return Optional.of(Optional.of(DatabaseAddress.parse(t)));
        } catch (ProblemException e) {
            status.error(text.of(e.problem()));
            return Optional.empty();
        }
    }
}
