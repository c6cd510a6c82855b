package org.packbench.ui;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
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
import org.packbench.ui.model.DeadlinesModel;
import org.packbench.ui.model.UiText;

/**
 * Сроки: every open order's deadlines counted down from its confirmation (Ozon 30 min to report
 * the label and 72 h to ship, VK 2 h to push the tracking number), the most urgent first, overdue
 * in red. The countdown ticks every second; the orders are read again every half minute.
 */
public final class DeadlinesScreen implements Screen {
    private final UiText text;
    private final DeadlinesModel model;
    private final FileSources files;

    private final VBox root = new VBox(14);
    private final TableView<Deadline> table = new TableView<>();
    private final Timeline tick = new Timeline(new KeyFrame(Duration.seconds(1), e -> table.refresh()));
    private final Timeline reload = new Timeline(new KeyFrame(Duration.seconds(30), e -> refresh()));

    public DeadlinesScreen(Workbench workbench, UiText text, Background background, FileSources files) {
        this.text = text;
        this.model = new DeadlinesModel(workbench.orders(), workbench.clock(), text, background);
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
        table.getColumns().add(TextColumns.of(text, "deadlines.col.order", model::order));
        table.getColumns().add(TextColumns.of(text, "deadlines.col.marketplace", model::marketplace));
        table.getColumns().add(TextColumns.of(text, "deadlines.col.kind", model::kind));
        table.getColumns().add(TextColumns.of(text, "deadlines.col.due", model::due));
        table.getColumns().add(TextColumns.of(text, "deadlines.col.left", model::left));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Deadline d, boolean empty) {
                super.updateItem(d, empty);
                getStyleClass().removeAll("row-bad", "row-warn");
                if (!empty && d != null) {
                    switch (model.standing(d)) {
                        case OVERDUE -> getStyleClass().add("row-bad");
                        case SOON -> getStyleClass().add("row-warn");
                        default -> {}
                    }
                }
            }
        });
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
