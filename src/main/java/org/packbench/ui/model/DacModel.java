package org.packbench.ui.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.packbench.marketplace.LabelValues;
import org.packbench.marketplace.vk.Dac;
import org.packbench.marketplace.vk.DacRegistry;

/**
 * The DAC screen's state: the seller's VK codes as the registry judges them today, and the
 * answer to the last add or remove. Every rule (format, validity, who may change codes) is the
 * registry's; this only words its answers.
 */
public final class DacModel {
    /** How a code's row is drawn. */
    public enum Standing {
        VALID,
        EXPIRING_SOON,
        UNUSABLE
    }

    /** One code as listed, in the screen's words. */
    public record Row(Dac dac, String code, String issued, String lastDay, String status, Standing standing) {}

    private final DacRegistry dacs;
    private final UiText text;
    private final Work work;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StatusLine status = new StatusLine();

    public DacModel(DacRegistry dacs, UiText text, Work work) {
        this.dacs = dacs;
        this.text = text;
        this.work = work;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StatusLine status() {
        return status;
    }

    public void refresh() {
        work.run(() -> new Listing(dacs.all(), dacs.today()), l -> rows.setAll(l.rows(text)));
    }

    /**
     * Adds {@code code} issued on {@code issued}; {@code typed} is what the packer typed for the
     * date, named in the error when it is not one. {@code whenAdded} runs once the code is kept.
     * False when the date is not one, so nothing was sent to the registry.
     */
    public boolean add(String code, Optional<LocalDate> issued, String typed, Runnable whenAdded) {
        if (issued.isEmpty()) {
            status.error(text.get("dac.dateFormat", typed));
            return false;
        }
        work.run(
                () -> dacs.add(code, issued.get()),
                d -> {
                    status.ok(text.get("dac.added", d.code(), LabelValues.date(d.lastValidDay())));
                    refresh();
                    whenAdded.run();
                },
                t -> status.error(text.failure(t)));
        return true;
    }

    /** Whether there is a code to remove; if not, the status says to pick one. */
    public boolean canRemove(Row row) {
        if (row == null) {
            status.error(text.get("dac.remove.none"));
            return false;
        }
        return true;
    }

    public String removeQuestion(Row row) {
        return text.get("dac.remove.confirm", row.code());
    }

    /** Removes the code; labels already printed keep it. */
    public void remove(Row row, Runnable whenRemoved) {
        work.run(
                () -> {
                    dacs.remove(row.code());
                    return row;
                },
                r -> {
                    status.ok(text.get("dac.removed", r.code()));
                    refresh();
                    whenRemoved.run();
                },
                t -> status.error(text.failure(t)));
    }

    private record Listing(List<Dac> all, LocalDate today) {
        List<Row> rows(UiText text) {
            return all.stream()
                    .map(d -> new Row(
                            d,
                            d.code(),
                            LabelValues.date(d.issuedOn()),
                            LabelValues.date(d.lastValidDay()),
                            text.get("dac.status." + d.status(today).name()) + " ("
                                    + text.get("dac.daysLeft", d.daysLeft(today)) + ")",
                            switch (d.status(today)) {
                                case EXPIRED, NOT_YET_VALID -> Standing.UNUSABLE;
                                case EXPIRING_SOON -> Standing.EXPIRING_SOON;
                                default -> Standing.VALID;
                            }))
                    .toList();
        }
    }
}
