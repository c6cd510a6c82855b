package org.packbench.ui.model;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.packbench.app.Shift;
import org.packbench.journal.ShiftRecords;
import org.packbench.marketplace.LabelValues;

/**
 * The shift on Упаковка: today's count and this bench's last labels with their print state, as the
 * log holds them (so they survive a restart), each label as one line of the list.
 */
public final class ShiftModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Shift shift;
    private final ZoneId zone;
    private final UiText text;
    private final Work work;
    private final ReadOnlyStringWrapper today = new ReadOnlyStringWrapper("");
    private final ObservableList<String> latest = FXCollections.observableArrayList();

    /** @param zone where the bench is: a label's time is said on the bench's own clock */
    public ShiftModel(Shift shift, ZoneId zone, UiText text, Work work) {
        this.shift = shift;
        this.zone = zone;
        this.text = text;
        this.work = work;
    }

    /** "Сегодня напечатано: N". */
    public ReadOnlyStringProperty todayProperty() {
        return today.getReadOnlyProperty();
    }

    /** The latest labels, newest first. */
    public ObservableList<String> latest() {
        return latest;
    }

    /** Reads the shift again; call on the drawing thread. */
    public void refresh() {
        work.run(shift::today, t -> {
            today.set(text.get("packing.today", t.printed()));
            latest.setAll(t.latest().stream().map(this::line).toList());
        });
    }

    private String line(ShiftRecords.ShiftLabel l) {
        String when = TIME.format(l.issuedAt().atZone(zone));
        String status = l.status().isEmpty() ? "" : " · " + text.get("packing.job." + l.status());
        return when + "  " + LabelValues.labelId(l.labelId()) + "  " + l.order() + "  " + l.sku() + status;
    }
}
