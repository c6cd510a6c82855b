package org.packbench.ui;

import org.packbench.ui.model.UiText;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.packbench.access.AccessControl;
import org.packbench.access.Actor;

/**
 * The strip at the top of the window: who is working, whether a supervisor is signed in and until
 * when, and setup mode said plainly while there is no supervisor yet. F9 signs a supervisor in,
 * Ctrl+L signs out, Ctrl+U adds a user.
 */
final class SessionBar extends HBox {
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private final AccessControl access;
    private final UiText text;
    private final Background background;
    private final Runnable changed;
    private final Label who = new Label();
    private final Label message = new Label();
    private boolean setupMode = true;

    SessionBar(AccessControl access, UiText text, Background background, Runnable changed) {
        super(16);
        this.access = access;
        this.text = text;
        this.background = background;
        this.changed = changed;
        setId("session-bar");
        getStyleClass().add("session-bar");
        setAlignment(Pos.CENTER_LEFT);
        who.setId("session-who");
        who.getStyleClass().add("session-who");
        message.setId("session-message");
        message.getStyleClass().add("status-error");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button supervisor = new Button(text.get("session.supervisor"));
        supervisor.setId("session-supervisor");
        supervisor.setFocusTraversable(false);
        supervisor.setOnAction(e -> signIn(true));
        Button user = new Button(text.get("session.addUser"));
        user.setId("session-add-user");
        user.setFocusTraversable(false);
        user.setOnAction(e -> addUser());
        Button out = new Button(text.get("session.signOut"));
        out.setId("session-sign-out");
        out.setFocusTraversable(false);
        out.setOnAction(e -> signOut());
        for (Button b : new Button[] {supervisor, user, out}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        message.setWrapText(true);
        javafx.scene.layout.VBox left = new javafx.scene.layout.VBox(2, who, message);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        HBox.setHgrow(left, Priority.ALWAYS);
        getChildren().addAll(left, spacer, supervisor, user, out);
        // A supervisor's rights lapse by the clock, not by a click: look again twice a minute.
        Timeline tick = new Timeline(new KeyFrame(Duration.seconds(30), e -> refresh()));
        tick.setCycleCount(Timeline.INDEFINITE);
        tick.play();
    }

    /** Reads setup mode off the FX thread and shows who is working; asks for a sign-in once accounts exist. */
    void refresh() {
        Task<Boolean> setup = new Task<>() {
            @Override
            protected Boolean call() {
                return access.setupMode();
            }
        };
        setup.setOnSucceeded(e -> {
            setupMode = setup.getValue();
            show();
        });
        background.run(setup);
    }

    /** At start: once accounts exist, the bench is not used without someone signed in. */
    void askForWorker() {
        Task<Boolean> needed = new Task<>() {
            @Override
            protected Boolean call() {
                return !access.accounts().isEmpty() && !access.signedIn();
            }
        };
        needed.setOnSucceeded(e -> {
            if (needed.getValue()) {
                signIn(false);
            }
            refresh();
        });
        background.run(needed);
    }

    private void show() {
        getStyleClass().removeAll("session-setup", "session-supervisor");
        if (setupMode) {
            getStyleClass().add("session-setup");
            who.setText(text.get("session.setupMode"));
            return;
        }
        Actor worker = access.current();
        String line = access.supervisor()
                .map(s -> text.get("session.asSupervisor", s.name(), UNTIL.format(access.supervisorUntil().get())))
                .orElse(worker.role().isPresent()
                        ? text.get("session.working", worker.name(), text.get("role." + worker.role().get().code()))
                        : text.get("session.nobody"));
        if (access.supervisor().isPresent()) {
            getStyleClass().add("session-supervisor");
        }
        who.setText(line);
    }

    /** F9: a supervisor signs in on top of the packer; or, with {@code supervisorOnly} false, whoever starts work. */
    void signIn(boolean supervisorOnly) {
        namesThen(names -> SignInDialog.ask(text, supervisorOnly ? "session.supervisor" : "session.signIn", names,
                message.getText()).ifPresentOrElse(answer -> {
                    Task<Actor> task = new Task<>() {
                        @Override
                        protected Actor call() {
                            return access.signIn(answer.name(), answer.pin());
                        }
                    };
                    task.setOnSucceeded(e -> {
                        message.setText("");
                        refresh();
                        changed.run();
                    });
                    task.setOnFailed(e -> {
                        message.setText(problem(task.getException()));
                        refresh();
                        changed.run();
                    });
                    background.run(task);
                    backToWindow();
                }, this::backToWindow));
    }

    /** Keys go back to the main window after a dialog, so that F-keys and the scan field work at once. */
    private void backToWindow() {
        if (getScene() != null && getScene().getWindow() != null) {
            getScene().getWindow().requestFocus();
        }
    }

    /** Ctrl+L: the supervisor steps away, or, without one, the packer signs out and the next signs in. */
    void signOut() {
        if (setupMode) {
            // Nobody signs in before a supervisor exists, so there is nobody to sign out: say so,
            // or the key seems broken.
            message.getStyleClass().setAll("label", "status-error");
            message.setText(text.get("session.signOut.setupMode"));
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

    /** Ctrl+U: a new account; the first one a new bench makes is its supervisor. */
    void addUser() {
        Optional<NewUserDialog.Answer> asked = NewUserDialog.ask(text, setupMode);
        backToWindow();
        asked.ifPresent(answer -> {
            Task<Void> task = new Task<>() {
                @Override
                protected Void call() {
                    access.addAccount(answer.name(), answer.role(), answer.pin().length == 0 ? null : answer.pin());
                    return null;
                }
            };
            task.setOnSucceeded(e -> {
                message.setText("");
                message.getStyleClass().setAll("label", "status-ok");
                message.setText(text.get("session.added", answer.name(), text.get("role." + answer.role().code())));
                refresh();
            });
            task.setOnFailed(e -> {
                message.getStyleClass().setAll("label", "status-error");
                message.setText(problem(task.getException()));
            });
            background.run(task);
        });
    }

    private void namesThen(java.util.function.Consumer<List<String>> then) {
        Task<List<String>> names = new Task<>() {
            @Override
            protected List<String> call() {
                return access.accounts().stream().map(a -> a.name()).toList();
            }
        };
        names.setOnSucceeded(e -> then.accept(names.getValue()));
        background.run(names);
    }

    private String problem(Throwable t) {
        return text.failure(t);
    }
}
