package org.packbench.ui.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.packbench.access.AccessControl;
import org.packbench.access.Account;
import org.packbench.access.Actor;
import org.packbench.access.Role;

/**
 * The strip at the top of the window: who is working, whether a supervisor is signed in and until
 * when, setup mode said plainly while there is no supervisor yet, and the answer to the last
 * sign-in or new account. Who may sign in, with which PIN, and when an account locks is
 * {@link AccessControl}'s; this words its answers. A PIN is only passed through: the array handed
 * in is wiped once the access control has read it, and nothing here keeps or logs it.
 */
public final class SessionModel {
    private static final DateTimeFormatter UNTIL =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    /** How the strip is drawn: setup mode, a supervisor on top, or the worker alone. */
    public enum Mode {
        SETUP,
        SUPERVISOR,
        WORKER
    }

    private record Look(boolean setupMode, String who, Mode mode) {}

    private final AccessControl access;
    private final UiText text;
    private final Work work;
    private final Runnable changed;
    private final ReadOnlyStringWrapper who = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.WORKER);
    private final StatusLine message = new StatusLine();
    private boolean setupMode = true;
    private Runnable signInNeeded = () -> {};

    /** @param changed run after someone signed in or out, so the screen in front shows what they may see */
    public SessionModel(AccessControl access, UiText text, Work work, Runnable changed) {
        this.access = access;
        this.text = text;
        this.work = work;
        this.changed = changed;
    }

    public ReadOnlyStringProperty whoProperty() {
        return who.getReadOnlyProperty();
    }

    public String who() {
        return who.get();
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public Mode mode() {
        return mode.get();
    }

    /** What the last sign-in, sign-out or new account came to; empty when there is nothing to say. */
    public StatusLine message() {
        return message;
    }

    /** What to do when someone must sign in before the bench is used: ask them. */
    public void whenSignInNeeded(Runnable ask) {
        signInNeeded = ask;
    }

    /** Reads setup mode in the background and says who is working. */
    public void refresh() {
        work.run(this::look, look -> {
            setupMode = look.setupMode();
            mode.set(look.mode());
            who.set(look.who());
        });
    }

    private Look look() {
        if (access.setupMode()) {
            return new Look(true, text.get("session.setupMode"), Mode.SETUP);
        }
        Optional<Actor> supervisor = access.supervisor();
        Optional<Instant> until = access.supervisorUntil();
        if (supervisor.isPresent() && until.isPresent()) {
            String line = text.get("session.asSupervisor", supervisor.get().name(), UNTIL.format(until.get()));
            return new Look(false, line, Mode.SUPERVISOR);
        }
        Actor worker = access.current();
        String line = worker.role().isPresent()
                ? text.get(
                        "session.working", worker.name(), roleName(worker.role().get()))
                : text.get("session.nobody");
        return new Look(false, line, Mode.WORKER);
    }

    /** At start, and after the packer signs out: once accounts exist, the bench is not used without someone signed in. */
    public void askForWorker() {
        work.run(() -> !access.accounts().isEmpty() && !access.signedIn(), needed -> {
            if (needed) {
                signInNeeded.run();
            }
            refresh();
        });
    }

    /** The names to offer in the sign-in dialog, read in the background. */
    public void names(Consumer<List<String>> then) {
        work.run(() -> access.accounts().stream().map(Account::name).toList(), then);
    }

    /** The sign-in dialog's title: a supervisor on top (F9), or whoever starts work. */
    public String signInTitle(boolean supervisorOnly) {
        return text.get(supervisorOnly ? "session.supervisor" : "session.signIn");
    }

    /** Above the sign-in form: why the last attempt failed, else the title again. */
    public String signInHeader(boolean supervisorOnly) {
        return message.text().isEmpty() ? signInTitle(supervisorOnly) : message.text();
    }

    /**
     * Signs {@code name} in; a wrong PIN counts towards the lock and is said. {@code pin} is wiped
     * once the access control has read it.
     */
    public void signIn(String name, char[] pin) {
        work.run(
                () -> {
                    try {
                        return access.signIn(name, pin);
                    } finally {
                        Arrays.fill(pin, '\0');
                    }
                },
                actor -> {
                    message.clear();
                    refresh();
                    changed.run();
                },
                t -> {
                    message.error(text.failure(t));
                    refresh();
                    changed.run();
                });
    }

    /** Ctrl+L: the supervisor steps away, or, without one, the packer signs out and the next signs in. */
    public void signOut() {
        if (setupMode) {
            // Nobody signs in before a supervisor exists, so there is nobody to sign out: say so,
            // or the key seems broken.
            message.error(text.get("session.signOut.setupMode"));
            return;
        }
        if (access.supervisor().isPresent()) {
            access.endSupervisor();
            refresh();
            changed.run();
            return;
        }
        access.signOut();
        refresh();
        changed.run();
        askForWorker();
    }

    /** Above the new-account form; the first account a new bench makes is its supervisor, and it says so. */
    public String newUserHeader() {
        return text.get(setupMode ? "session.newUser.first" : "session.newUser");
    }

    /** The roles a new account may have. */
    public List<Role> roles() {
        return List.of(Role.SUPERVISOR, Role.PACKER);
    }

    /** The role a new account starts with: a new bench's first is its supervisor. */
    public Role newUserRole() {
        return setupMode ? Role.SUPERVISOR : Role.PACKER;
    }

    public String roleName(Role role) {
        return role == null ? "" : text.get("role." + role.code());
    }

    /** Adds an account (an empty PIN is none); {@code pin} is wiped once the access control has read it. */
    public void addUser(String name, Role role, char[] pin) {
        work.run(
                () -> {
                    try {
                        access.addAccount(name, role, pin.length == 0 ? null : pin);
                        return name;
                    } finally {
                        Arrays.fill(pin, '\0');
                    }
                },
                added -> {
                    message.ok(text.get("session.added", added, roleName(role)));
                    refresh();
                },
                t -> message.error(text.failure(t)));
    }
}
