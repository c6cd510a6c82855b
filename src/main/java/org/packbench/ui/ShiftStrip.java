package org.packbench.ui;

import org.packbench.ui.model.UiText;
import java.time.format.DateTimeFormatter;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.packbench.app.Shift;
import org.packbench.app.Workbench;
import org.packbench.journal.ShiftRecords;
import org.packbench.marketplace.LabelValues;

/**
 * The shift on Упаковка: today's count for the title row and this bench's last labels with their
 * print state, read from the log in the background (so they survive a restart).
 */
final class ShiftStrip {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Workbench workbench;
    private final UiText text;
    private final Background background;
    private final Label today = new Label();
    private final ListView<String> latest = new ListView<>();

    ShiftStrip(Workbench workbench, UiText text, Background background) {
        this.workbench = workbench;
        this.text = text;
        this.background = background;
        today.setId("packing-today");
        today.getStyleClass().add("counters");
        latest.setId("packing-latest");
        latest.setPrefHeight(130);
        latest.setFocusTraversable(false);
    }

    Label today() {
        return today;
    }

    ListView<String> latest() {
        return latest;
    }

    /** Reads the shift again; call on the FX thread. */
    void refresh() {
        Task<Shift.Today> task = new Task<>() {
            @Override
            protected Shift.Today call() {
                return workbench.shift().today();
            }
        };
        task.setOnSucceeded(e -> {
            Shift.Today shift = task.getValue();
            today.setText(text.get("packing.today", shift.printed()));
            latest.setItems(FXCollections.observableArrayList(shift.latest().stream().map(this::line).toList()));
        });
        background.run(task);
    }

    private String line(ShiftRecords.ShiftLabel l) {
        String when = TIME.format(l.issuedAt().atZone(workbench.clock().getZone()));
        String status = l.status().isEmpty() ? "" : " · " + text.get("packing.job." + l.status());
        return when + "  " + LabelValues.labelId(l.labelId()) + "  " + l.order() + "  " + l.sku() + status;
    }
}
