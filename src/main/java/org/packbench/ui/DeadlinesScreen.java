package org.packbench.ui;

import org.packbench.ui.model.UiText;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.packbench.app.Workbench;
import org.packbench.marketplace.orders.Deadline;
import org.packbench.marketplace.orders.Deadlines;
import org.packbench.marketplace.orders.OrderBook;
import org.packbench.marketplace.orders.OrderListReader;

/**
 * Сроки: every open order's deadlines counted down from its confirmation (Ozon 30 min to report
 * the label and 72 h to ship, VK 2 h to push the tracking number), the most urgent first, overdue
 * in red. The countdown ticks every second; the orders are read again every half minute.
 */
public final class DeadlinesScreen implements Screen {
    private final Workbench workbench;
    private final UiText text;
    private final Background background;
    private final FileSources files;
    private final Clock clock;

    private final VBox root = new VBox(14);
    private final TableView<Deadline> table = new TableView<>();
    private final Label status = new Label();
    private final DateTimeFormatter time;
    private final Timeline tick = new Timeline(new KeyFrame(Duration.seconds(1), e -> table.refresh()));
    private final Timeline reload = new Timeline(new KeyFrame(Duration.seconds(30), e -> refresh()));

    public DeadlinesScreen(Workbench workbench, UiText text, Background background, FileSources files) {
        this.workbench = workbench;
        this.text = text;
        this.background = background;
        this.files = files;
        this.clock = workbench.clock();
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(text.locale())
                .withZone(ZoneId.systemDefault());
        build();
    }

    private void build() {
        Label title = new Label(text.get("nav.deadlines"));
        title.getStyleClass().add("screen-title");
        Button importButton = new Button(text.get("deadlines.import"));
        importButton.setId("deadlines-import");
        importButton.setOnAction(e -> files.open(text.get("deadlines.import"), "CSV", "*.csv", "*.txt").ifPresent(this::importFile));
        HBox top = new HBox(16, title, importButton);
        top.setAlignment(Pos.CENTER_LEFT);
        status.setId("deadlines-status");
        table.setId("deadlines-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(text.get("deadlines.none")));
        table.getColumns().add(TextColumns.of(text, "deadlines.col.order", d -> d.order().number()));
        table.getColumns().add(TextColumns.of(text, "deadlines.col.marketplace", d -> d.order().marketplace().code()));
        table.getColumns().add(TextColumns.of(text, "deadlines.col.kind", d -> text.get("deadlines.kind." + d.kind().name())));
        table.getColumns().add(TextColumns.of(text, "deadlines.col.due", d -> time.format(d.due())));
        table.getColumns().add(TextColumns.of(text, "deadlines.col.left", d -> left(d, clock.instant())));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Deadline d, boolean empty) {
                super.updateItem(d, empty);
                getStyleClass().removeAll("row-bad", "row-warn");
                if (!empty && d != null) {
                    Instant now = clock.instant();
                    if (d.overdue(now)) {
                        getStyleClass().add("row-bad");
                    } else if (d.remaining(now).compareTo(java.time.Duration.ofMinutes(15)) < 0) {
                        getStyleClass().add("row-warn");
                    }
                }
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(top, status, table);
        root.getStyleClass().add("screen");
        tick.setCycleCount(Timeline.INDEFINITE);
        reload.setCycleCount(Timeline.INDEFINITE);
    }

    private String left(Deadline d, Instant now) {
        java.time.Duration r = d.remaining(now);
        boolean over = r.isNegative();
        java.time.Duration a = r.abs();
        String hms = String.format("%d:%02d:%02d", a.toHours(), a.toMinutesPart(), a.toSecondsPart());
        return over ? text.get("deadlines.overdue", hms) : hms;
    }


    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        refresh();
        tick.play();
        reload.play();
    }

    /** Reads the open orders again, off the FX thread. */
    public void refresh() {
        Task<List<Deadline>> task = new Task<>() {
            @Override
            protected List<Deadline> call() {
                List<Deadline> all = new ArrayList<>();
                for (OrderBook.Tracked t : workbench.orders().open()) {
                    Deadlines.of(t.order(), t.progress()).stream().filter(d -> !d.met()).forEach(all::add);
                }
                all.sort(Comparator.comparing(Deadline::due));
                return all;
            }
        };
        task.setOnSucceeded(e -> table.setItems(FXCollections.observableArrayList(task.getValue())));
        background.run(task);
    }

    private void importFile(java.nio.file.Path file) {
        Task<OrderListReader.Reading> task = new Task<>() {
            @Override
            protected OrderListReader.Reading call() throws Exception {
                return new org.packbench.marketplace.orders.OrderImport(workbench.orders(), ZoneId.systemDefault())
                        .run(org.packbench.app.InputFile.read(file, org.packbench.app.InputFile.Kind.ORDERS));
            }
        };
        task.setOnSucceeded(e -> {
            OrderListReader.Reading r = task.getValue();
            status.getStyleClass().setAll("label", r.problems().isEmpty() ? "status-ok" : "status-error");
            status.setText(r.problems().isEmpty() ? text.get("deadlines.imported", r.orders().size())
                    : text.of(r.problems().get(0).describe()));
            refresh();
        });
        task.setOnFailed(e -> {
            status.getStyleClass().setAll("label", "status-error");
            status.setText(text.failure(task.getException()));
        });
        background.run(task);
    }
}
