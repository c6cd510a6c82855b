package org.packbench.ui;

import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.packbench.access.AccessControl;
import org.packbench.marketplace.outbox.Outbox;
import org.packbench.ui.model.MarketplacesStatusModel;
import org.packbench.ui.model.SessionModel;
import org.packbench.ui.model.StatusLine;
import org.packbench.ui.model.UiText;

/**
 * The strip at the top of the window, as {@link SessionModel} words it: who is working, whether a
 * supervisor is signed in and until when, and setup mode said plainly while there is no supervisor
 * yet. F9 signs a supervisor in, Ctrl+L signs out, Ctrl+U adds a user. Beside it, on every screen,
 * what the marketplaces have not yet been told ({@link MarketplacesStatusModel}), red while a push
 * failed; nothing while the outbox owes nothing.
 */
final class SessionBar extends HBox {
    private final UiText text;
    private final SessionModel model;
    private final MarketplacesStatusModel marketplaces;

    SessionBar(AccessControl access, Outbox outbox, UiText text, Background background, Runnable changed) {
        super(16);
        this.text = text;
        this.model = new SessionModel(access, text, background, changed);
        this.marketplaces = new MarketplacesStatusModel(outbox, text, background);
        model.whenSignInNeeded(() -> signIn(false));
        setId("session-bar");
        getStyleClass().add("session-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label who = new Label();
        who.setId("session-who");
        who.getStyleClass().add("session-who");
        who.textProperty().bind(model.whoProperty());
        // Wraps rather than ends in "…" when the marketplaces item takes its place beside it.
        who.setWrapText(true);
        Label message = StatusLabel.of(model.message(), "session-message");
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        VBox left = new VBox(2, who, message);
        HBox.setHgrow(left, Priority.ALWAYS);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren()
                .addAll(
                        left,
                        marketplacesItem(),
                        spacer,
                        button("session.supervisor", "session-supervisor", () -> signIn(true)),
                        button("session.addUser", "session-add-user", this::addUser),
                        button("session.signOut", "session-sign-out", this::signOut));
        model.modeProperty().addListener((obs, was, now) -> paint(now));
        // A supervisor's rights lapse by the clock, not by a click: look again twice a minute.
        Timeline tick = new Timeline(new KeyFrame(Duration.seconds(30), e -> refresh()));
        tick.setCycleCount(Timeline.INDEFINITE);
        tick.play();
    }

    /** The marketplaces' item: shown only while it has something to say, a red pill while a push failed. */
    private Label marketplacesItem() {
        Label item = new Label();
        item.setId("marketplaces-status");
        item.setWrapText(true);
        item.setMinWidth(Region.USE_PREF_SIZE);
        item.textProperty().bind(marketplaces.line().textProperty());
        item.visibleProperty().bind(item.textProperty().isNotEmpty());
        item.managedProperty().bind(item.visibleProperty());
        item.setTooltip(new javafx.scene.control.Tooltip(text.get("marketplaces.bar.where")));
        paintMarketplaces(item, marketplaces.line().tone());
        marketplaces.line().toneProperty().addListener((obs, was, now) -> paintMarketplaces(item, now));
        return item;
    }

    private static void paintMarketplaces(Label item, StatusLine.Tone tone) {
        item.getStyleClass().removeAll("marketplaces-failed", "marketplaces-warn", "marketplaces-waiting");
        if (!item.getStyleClass().contains("marketplaces-item")) {
            item.getStyleClass().add("marketplaces-item");
        }
        item.getStyleClass()
                .add(
                        switch (tone) {
                            case ERROR -> "marketplaces-failed";
                            case WARN -> "marketplaces-warn";
                            default -> "marketplaces-waiting";
                        });
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(text.get(key));
        b.setId(id);
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void paint(SessionModel.Mode mode) {
        getStyleClass().removeAll("session-setup", "session-supervisor");
        switch (mode) {
            case SETUP -> getStyleClass().add("session-setup");
            case SUPERVISOR -> getStyleClass().add("session-supervisor");
            default -> {}
        }
    }

    /** Shows who is working now, and what the marketplaces are still owed. */
    void refresh() {
        model.refresh();
        lookAtMarketplaces();
    }

    /** Reads the outbox again (another screen shown, a push retried). */
    void lookAtMarketplaces() {
        marketplaces.look();
    }

    /** At start: once accounts exist, the bench is not used without someone signed in. */
    void askForWorker() {
        model.askForWorker();
    }

    /** F9: a supervisor signs in on top of the packer; or, with {@code supervisorOnly} false, whoever starts work. */
    void signIn(boolean supervisorOnly) {
        model.names(names -> SignInDialog.ask(
                        text, model.signInTitle(supervisorOnly), model.signInHeader(supervisorOnly), names)
                .ifPresentOrElse(
                        answer -> {
                            model.signIn(answer.name(), answer.pin());
                            backToWindow();
                        },
                        this::backToWindow));
    }

    /** Keys go back to the main window after a dialog, so that F-keys and the scan field work at once. */
    private void backToWindow() {
        if (getScene() != null && getScene().getWindow() != null) {
            getScene().getWindow().requestFocus();
        }
    }

    /** Ctrl+L: the supervisor steps away, or, without one, the packer signs out and the next signs in. */
    void signOut() {
        model.signOut();
    }

    /** Ctrl+U: a new account; the first one a new bench makes is its supervisor. */
    void addUser() {
        Optional<NewUserDialog.Answer> asked =
                NewUserDialog.ask(text, model.newUserHeader(), model.roles(), model.newUserRole(), model::roleName);
        backToWindow();
        asked.ifPresent(answer -> model.addUser(answer.name(), answer.role(), answer.pin()));
    }
}
