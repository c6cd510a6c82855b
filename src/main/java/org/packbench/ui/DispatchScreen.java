package org.packbench.ui;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.packbench.app.Workbench;
import org.packbench.ui.model.DispatchModel;
import org.packbench.ui.model.UiText;

/**
 * Отгрузка: continuous scan-to-verify. Each scan gets a verdict the size of the screen, green or
 * red, with its reason and its own sound; the field is ready for the next scan at once.
 */
public final class DispatchScreen implements Screen {
    /** A verdict stays in colour this long on the bench. */
    static final Duration VERDICT_HOLD = Duration.seconds(4);

    private final UiText text;
    private final DispatchModel model;

    private final VBox root = new VBox(14);
    private final TextField scan = new TextField();
    private final ComboBox<String> lane = new ComboBox<>();
    /** How long a verdict stays in colour before the model turns it neutral. */
    private final PauseTransition fade;

    public DispatchScreen(Workbench workbench, UiText text, Background background, VerdictSound sound, String bench) {
        this(workbench, text, background, sound, bench, VERDICT_HOLD);
    }

    DispatchScreen(
            Workbench workbench, UiText text, Background background, VerdictSound sound, String bench, Duration hold) {
        this.text = text;
        this.model = new DispatchModel(workbench.dispatch(), workbench.config(), sound::play, bench, text, background);
        this.fade = new PauseTransition(hold);
        fade.setOnFinished(e -> model.toNeutral());
        build();
    }

    private void build() {
        Label title = new Label(text.get("nav.dispatch"));
        title.getStyleClass().add("screen-title");
        lane.setId("dispatch-lane");
        lane.getItems().addAll(model.lanes());
        lane.getSelectionModel().selectFirst();
        lane.setFocusTraversable(false);
        Label laneLabel = new Label(text.get("dispatch.lane"));
        Label counters = new Label();
        counters.setId("dispatch-counters");
        counters.getStyleClass().add("counters");
        counters.textProperty().bind(model.counters());
        HBox top = new HBox(16, title, laneLabel, lane, counters);
        top.setAlignment(Pos.CENTER_LEFT);

        scan.setId("dispatch-scan");
        scan.setPromptText(text.get("dispatch.scan.prompt"));
        scan.getStyleClass().add("scan-field");
        scan.setOnAction(e -> submit());

        ListView<String> list = new ListView<>(model.recent());
        list.setId("dispatch-recent");
        list.setPrefHeight(170);
        list.setFocusTraversable(false);
        root.getChildren().addAll(top, scan, verdictPanel(), new Label(text.get("dispatch.recent")), list);
        root.getStyleClass().add("screen");
    }

    /** The verdict the size of the screen, in the colour of its tone. */
    private VBox verdictPanel() {
        Label verdict = new Label();
        verdict.setId("dispatch-verdict");
        verdict.getStyleClass().add("verdict-title");
        verdict.textProperty().bind(model.verdict());
        Label reason = new Label();
        reason.setId("dispatch-reason");
        reason.getStyleClass().add("verdict-reason");
        reason.setWrapText(true);
        reason.textProperty().bind(model.reason());
        VBox panel = new VBox(8, verdict, reason);
        panel.setId("dispatch-panel");
        panel.setAlignment(Pos.CENTER);
        tone(panel, model.tone().get());
        model.tone().addListener((o, was, now) -> tone(panel, now));
        VBox.setVgrow(panel, Priority.ALWAYS);
        panel.setMaxWidth(Double.MAX_VALUE);
        panel.setMaxHeight(Double.MAX_VALUE);
        return panel;
    }

    private static void tone(VBox panel, DispatchModel.Tone tone) {
        panel.getStyleClass()
                .setAll(
                        "verdict",
                        switch (tone) {
                            case OK -> "verdict-ok";
                            case BAD -> "verdict-bad";
                            case IDLE -> "verdict-idle";
                        });
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        model.opened();
        scan.requestFocus();
    }

    @Override
    public void acceptScan(String data) {
        scan.setText(data);
        submit();
    }

    private void submit() {
        String data = scan.getText();
        scan.clear();
        model.scan(data, lane.getSelectionModel().getSelectedIndex(), () -> {
            fade.playFromStart();
            scan.requestFocus();
        });
        scan.requestFocus();
    }
}
