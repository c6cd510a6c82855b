package org.packbench.ui;

import org.packbench.ui.model.UiText;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.packbench.app.Workbench;
import org.packbench.catalog.Marketplace;
import org.packbench.scan.ScanInput;
import org.packbench.verify.dispatch.DispatchResult;
import org.packbench.verify.dispatch.Verdict;

/**
 * Отгрузка: continuous scan-to-verify. Each scan gets a verdict the size of the screen, green or
 * red, with its reason and its own sound; the field is ready for the next scan at once.
 */
public final class DispatchScreen implements Screen {
    private static final int RECENT = 12;

    private final Workbench workbench;
    private final UiText text;
    private final Background background;
    private final VerdictSound sound;
    private final String bench;

    private final VBox root = new VBox(14);
    private final TextField scan = new TextField();
    private final ComboBox<String> lane = new ComboBox<>();
    private final VBox verdictPanel = new VBox(8);
    private final Label verdict = new Label();
    private final Label reason = new Label();
    private final Label counters = new Label();
    private final ObservableList<String> recent = FXCollections.observableArrayList();
    private volatile ScanInput scanInput;
    private int ok;
    private int refused;
    /**
     * How long a verdict stays in colour. A green panel left up until the next scan would be read as
     * that parcel's OK when its scan was missed, so the verdict turns neutral after a few seconds.
     */
    private final javafx.animation.PauseTransition fade;

    /** A verdict stays in colour this long on the bench. */
    static final javafx.util.Duration VERDICT_HOLD = javafx.util.Duration.seconds(4);

    public DispatchScreen(Workbench workbench, UiText text, Background background, VerdictSound sound, String bench) {
        this(workbench, text, background, sound, bench, VERDICT_HOLD);
    }

    DispatchScreen(Workbench workbench, UiText text, Background background, VerdictSound sound, String bench,
                   javafx.util.Duration hold) {
        this.fade = new javafx.animation.PauseTransition(hold);
        fade.setOnFinished(e -> toNeutral());
        this.workbench = workbench;
        this.text = text;
        this.background = background;
        this.sound = sound;
        this.bench = bench;
        build();
    }

    private void build() {
        Label title = new Label(text.get("nav.dispatch"));
        title.getStyleClass().add("screen-title");
        lane.setId("dispatch-lane");
        lane.getItems().addAll(text.get("dispatch.lane.any"), "VK", "Ozon");
        lane.getSelectionModel().selectFirst();
        lane.setFocusTraversable(false);
        Label laneLabel = new Label(text.get("dispatch.lane"));
        counters.setId("dispatch-counters");
        counters.getStyleClass().add("counters");
        HBox top = new HBox(16, title, laneLabel, lane, counters);
        top.setAlignment(Pos.CENTER_LEFT);

        scan.setId("dispatch-scan");
        scan.setPromptText(text.get("dispatch.scan.prompt"));
        scan.getStyleClass().add("scan-field");
        scan.setOnAction(e -> submit());

        verdict.setId("dispatch-verdict");
        verdict.getStyleClass().add("verdict-title");
        reason.setId("dispatch-reason");
        reason.getStyleClass().add("verdict-reason");
        reason.setWrapText(true);
        verdictPanel.setId("dispatch-panel");
        verdictPanel.getChildren().addAll(verdict, reason);
        verdictPanel.setAlignment(Pos.CENTER);
        verdictPanel.getStyleClass().addAll("verdict", "verdict-idle");
        verdict.setText(text.get("dispatch.ready"));
        VBox.setVgrow(verdictPanel, Priority.ALWAYS);
        verdictPanel.setMaxWidth(Double.MAX_VALUE);
        verdictPanel.setMaxHeight(Double.MAX_VALUE);

        ListView<String> list = new ListView<>(recent);
        list.setId("dispatch-recent");
        list.setPrefHeight(170);
        list.setFocusTraversable(false);
        updateCounters();
        root.getChildren().addAll(top, scan, verdictPanel, new Label(text.get("dispatch.recent")), list);
        root.getStyleClass().add("screen");
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        // The scanner's settings are read once per visit, not on every scan: a scan should cost
        // one look-up and one write, nothing more.
        Task<ScanInput> read = new Task<>() {
            @Override
            protected ScanInput call() {
                return workbench.config().scanInput();
            }
        };
        read.setOnSucceeded(e -> scanInput = read.getValue());
        background.run(read);
        scan.requestFocus();
    }

    @Override
    public void acceptScan(String data) {
        scan.setText(data);
        submit();
    }

    private Optional<Marketplace> lane() {
        return switch (lane.getSelectionModel().getSelectedIndex()) {
            case 1 -> Optional.of(Marketplace.VK);
            case 2 -> Optional.of(Marketplace.OZON);
            default -> Optional.empty();
        };
    }

    private void submit() {
        String data = scan.getText();
        scan.clear();
        if (data.isBlank()) {
            return;
        }
        Optional<Marketplace> chosen = lane();
        ScanInput input = scanInput;
        Task<DispatchResult> task = new Task<>() {
            @Override
            protected DispatchResult call() {
                return workbench.dispatch().scan((input != null ? input : workbench.config().scanInput()).read(data),
                        chosen, bench);
            }
        };
        task.setOnSucceeded(e -> show(task.getValue()));
        task.setOnFailed(e -> {
            verdictPanel.getStyleClass().setAll("verdict", "verdict-bad");
            verdict.setText(text.get("dispatch.verdict.unknown"));
            reason.setText(text.get("error.unexpected", String.valueOf(task.getException().getMessage())));
            fade.playFromStart();
        });
        background.run(task);
        scan.requestFocus();
    }

    private void show(DispatchResult r) {
        boolean good = r.verdict() == Verdict.OK;
        verdictPanel.getStyleClass().setAll("verdict", good ? "verdict-ok" : "verdict-bad");
        verdict.setText(text.get("dispatch.verdict." + r.verdict().code()));
        reason.setText(text.of(r.reason()));
        sound.play(r.verdict());
        if (good) {
            ok++;
        } else {
            refused++;
        }
        updateCounters();
        recent.add(0, verdict.getText() + " — " + reason.getText());
        if (recent.size() > RECENT) {
            recent.remove(RECENT, recent.size());
        }
        fade.playFromStart();
        scan.requestFocus();
    }

    /** Back to "ready": the last verdict stays readable, small, and in the list of recent scans. */
    private void toNeutral() {
        String last = verdict.getText();
        verdictPanel.getStyleClass().setAll("verdict", "verdict-idle");
        verdict.setText(text.get("dispatch.ready"));
        reason.setText(text.get("dispatch.last", last));
    }

    private void updateCounters() {
        counters.setText(text.get("dispatch.counters", ok, refused));
    }
}
