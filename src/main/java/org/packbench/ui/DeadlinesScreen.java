package org.packbench.ui;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.packbench.app.Workbench;
import org.packbench.marketplace.orders.Deadline;
import org.packbench.ui.model.DeadlinesModel;
import org.packbench.ui.model.UiText;

/**
 * Сроки: every open order's deadlines counted down from its confirmation (Ozon 30 min to report
 * the label and 72 h to ship, VK 2 h to push the tracking number), the most urgent first, overdue
 * in red. Where the bench reports a deadline itself, the row says where that report stands in the
 * outbox; a failed one is red, says why and what to do, and has a Повторить button. The countdown
 * ticks every second; the orders are read again every half minute.
 */
public final class DeadlinesScreen implements Screen {
    private final UiText text;
    private final DeadlinesModel model;
    private final FileSources files;

    private final VBox root = new VBox(14);
    private final TableView<Deadline> table = new TableView<>();
    private final Timeline tick = new Timeline(new KeyFrame(Duration.seconds(1), e -> table.refresh()));
    private final Timeline reload = new Timeline(new KeyFrame(Duration.seconds(30), e -> refresh()));

    /** @param retried run after a push was retried from the board, so the window's marketplaces item follows */
    public DeadlinesScreen(
            Workbench workbench, UiText text, Background background, FileSources files, Runnable retried) {
        this.text = text;
        this.model = new DeadlinesModel(workbench.orders(), workbench.outbox(), workbench.clock(), text, background);
        model.afterEachRetry(retried);
        this.files = files;
        build();
    }

    private void build() {
        Label title = new Label(text.get("nav.deadlines"));
        title.getStyleClass().add("screen-title");
        Button importButton = new Button(text.get("deadlines.import"));
        importButton.setId("deadlines-import");
        importButton.setOnAction(e -> files.open(text.get("deadlines.import"), "CSV", "*.csv", "*.txt")
                .ifPresent(model::importFile));
        HBox top = new HBox(16, title, importButton);
        top.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("deadlines-status");
        StatusLabel.bind(status, model.status());
        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(top, status, table);
        root.getStyleClass().add("screen");
        tick.setCycleCount(Timeline.INDEFINITE);
        reload.setCycleCount(Timeline.INDEFINITE);
    }

    private void buildTable() {
        table.setId("deadlines-table");
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(text.get("deadlines.none")));
        // The deadline's own words start with its marketplace ("Ozon: …", "VK: …"): no column of its
        // own, so that the report's state has the room to be read whole at 1366×768.
        table.getColumns().add(fixed(TextColumns.of(text, "deadlines.col.order", model::order), 120));
        table.getColumns().add(fixed(TextColumns.of(text, "deadlines.col.kind", model::kind), 290));
        table.getColumns().add(fixed(TextColumns.of(text, "deadlines.col.due", model::due), 160));
        table.getColumns().add(fixed(TextColumns.of(text, "deadlines.col.left", model::left), 210));
        table.getColumns().add(pushColumn());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Deadline d, boolean empty) {
                super.updateItem(d, empty);
                getStyleClass().removeAll("row-bad", "row-warn");
                if (!empty && d != null) {
                    switch (model.standing(d)) {
                        case OVERDUE, PUSH_FAILED -> getStyleClass().add("row-bad");
                        case SOON -> getStyleClass().add("row-warn");
                        default -> {}
                    }
                }
            }
        });
    }

    /** A column as wide as its longest words; the report's column takes the rest. */
    private static <T> TableColumn<Deadline, T> fixed(TableColumn<Deadline, T> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
        return column;
    }

    /**
     * Where the bench's report stands, wrapped over as many lines as it takes (the problem's
     * sentence says what to do, and is never cut short), with Повторить under a failed one.
     */
    private TableColumn<Deadline, Deadline> pushColumn() {
        TableColumn<Deadline, Deadline> column = new TableColumn<>(text.get("deadlines.col.push"));
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setSortable(false);
        column.setCellFactory(c -> new TableCell<>() {
            private final javafx.scene.text.Text words = new javafx.scene.text.Text();
            private final Button retry = new Button(text.get("deadlines.push.retry"));
            private final VBox box = new VBox(6, words);

            {
                getStyleClass().add("push-cell");
                // Text, not a Label: its height follows from its wrapping width alone, so the row is
                // exactly as tall as the wrapped words at the column's width.
                words.getStyleClass().add("push-words");
                words.wrappingWidthProperty().bind(column.widthProperty().subtract(20));
                retry.setFocusTraversable(false);
                retry.setMinWidth(Region.USE_PREF_SIZE);
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(Deadline d, boolean empty) {
                super.updateItem(d, empty);
                String said = empty || d == null ? "" : model.push(d);
                if (said.isEmpty()) {
                    setGraphic(null);
                    return;
                }
                words.setText(said);
                boolean failed = model.retryable(d);
                words.getStyleClass().remove("push-failed");
                if (failed) {
                    words.getStyleClass().add("push-failed");
                    retry.setId("deadlines-retry-" + model.order(d));
                    retry.setOnAction(e -> model.retry(d));
                    box.getChildren().setAll(words, retry);
                } else {
                    box.getChildren().setAll(words);
                }
                setGraphic(box);
            }
        });
        return column;
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
        model.refresh();
    }
}
